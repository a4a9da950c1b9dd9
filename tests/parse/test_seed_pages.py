"""The five sample pages against the hand-checked facts in ../shared/seeds/expected/."""

import json

import pytest

from discourse.parse import load
from tests.conftest import DATA, shared_path

SEEDS = sorted(p.name for p in DATA.glob("*.txt"))


def expected(name: str) -> dict:
    return json.loads(shared_path("seeds", "expected", name.replace(".txt", ".json")).read_text())


@pytest.fixture(scope="module", params=SEEDS)
def case(request):
    return load(DATA / request.param), expected(request.param)


def test_title(case):
    page, facts = case
    if facts["title"] is None:
        assert page.article.title is None or page.article.title_inferred
    else:
        assert page.article.title == facts["title"]
        assert not page.article.title_inferred


def test_byline_date_outlet(case):
    page, facts = case
    assert page.article.author == facts["author"]
    assert page.article.date == facts["date"]
    assert page.article.outlet == facts["outlet"]


def test_body_start_end_and_count(case):
    page, facts = case
    paragraphs = page.article.paragraphs
    assert paragraphs[0].text.startswith(facts["body_first_paragraph_starts"])
    assert paragraphs[-1].text.endswith(facts["body_last_paragraph_ends"])
    assert len(paragraphs) == facts["body_paragraphs"]


def test_section_headings(case):
    page, facts = case
    assert [h.text for h in page.article.headings] == facts["section_headings"]


def test_boilerplate_set_apart(case):
    page, facts = case
    assert [b.text for b in page.boilerplate] == facts["boilerplate"]
    body = " ".join(p.text for p in page.article.paragraphs)
    for line in facts["boilerplate"]:
        assert line not in body


def test_comment_counts_and_status(case):
    page, facts = case
    assert page.comments.declared == facts["comments_declared"]
    assert page.comments.closed == facts["comments_closed"]
    assert page.comments.found == len(facts["comments"])


def test_every_comment(case):
    page, facts = case
    for got, want in zip(page.comments.items, facts["comments"]):
        assert got.index == want["index"]
        assert got.parent == want["parent"]
        assert len(got.paragraphs) == want["paragraphs"]
        assert got.text.startswith(want["starts"])
        assert got.text.endswith(want["ends"])


def test_teaser_is_not_body():
    page = load(DATA / "000_8f388c47a789cc6a.txt")
    assert page.article.teaser == expected("000_8f388c47a789cc6a.txt")["teaser"]
    assert not page.article.paragraphs[0].text.startswith("LATEST")


def test_retrieval_stamp_is_not_the_publication_date():
    page = load(DATA / "001_d255a6c94168b61c.txt")
    assert page.article.date is None
    assert any(b.text.startswith("Printable version") and b.kind == "footer" for b in page.boilerplate)


def test_count_mismatch_is_reported():
    page = load(DATA / "004_4089cd0367db9c7b.txt")
    assert [r.kind for r in page.comments.repairs] == ["count_mismatch"]
    assert "11" in page.comments.repairs[0].message and "10" in page.comments.repairs[0].message
