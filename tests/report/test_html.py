"""HTML-level tests of `discourse report`: escaping, anchors, completeness, no external
references, the Content-Security-Policy, atomic and reproducible output, bad input, and
the committed reports/ being current."""

from __future__ import annotations

import base64
import filecmp
import hashlib
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from discourse.analysis.page import analyse_page
from discourse.analysis.summary import summarise
from discourse.cli import app
from discourse.parse import load
from discourse.report.html import write_atomic
from discourse.report.plain import caveats
from tests.conftest import DATA, DOUBTFUL_PAGE, REPO
from tests.report.hostile import HOSTILE, HOSTILE_REPORT, SEED_REPORT, build_reports, parse_html

REGENERATE = "discourse report data/ --out reports/"
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "nav", "main", "section", "footer", "h1", "h2",
    "h3", "p", "dl", "dt", "dd", "div", "figure", "figcaption", "svg", "line", "circle", "rect", "text", "desc",
    "mark", "span", "button", "ol", "ul", "li", "article", "details", "summary", "code", "table", "caption",
    "thead", "tbody", "tr", "th", "td", "br", "script", "aside", "bdi",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset"}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build_reports(tmp_path_factory.mktemp("html") / "nested" / "reports")


def pages(out: Path) -> list[Path]:
    return sorted(out.glob("*.html"))


def test_an_index_and_one_page_per_article_in_a_created_folder(out):
    names = {p.name for p in pages(out)}
    expected = {p.with_suffix(".html").name for p in DATA.glob("*.txt")} | {"index.html", HOSTILE_REPORT}
    assert names == expected
    assert not [p for p in out.iterdir() if p.suffix != ".html"], "no temporary files left behind"


def test_every_page_has_the_policy_first_and_pins_its_script_and_style_by_hash(out):
    for path in pages(out):
        parsed = parse_html(path)
        meta = [e for e in parsed.elements if e.tag == "meta"]
        assert meta[0].attrs == {"charset": "utf-8"}
        policy = meta[1].attrs["content"]
        assert meta[1].attrs["http-equiv"] == "Content-Security-Policy"
        assert "default-src 'none'" in policy and "unsafe" not in policy
        (script,), (style,) = parsed.raw["script"], parsed.raw["style"]
        for source in (script, style):
            digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in policy
        assert [e.tag for e in parsed.elements].count("script") == 1


def test_semantic_accessible_shell(out):
    for path in pages(out):
        parsed = parse_html(path)
        tags = [e.tag for e in parsed.elements]
        assert parsed.elements[0].attrs.get("lang") == "en"
        assert tags.count("h1") == 1 and "main" in tags
        assert any(e.tag == "meta" and e.attrs.get("name") == "viewport" for e in parsed.elements)
        for button in (e for e in parsed.elements if e.tag == "button"):
            assert button.attrs.get("type") == "button"


def test_only_known_tags_no_event_handlers_and_no_external_references(out):
    for path in pages(out):
        parsed = parse_html(path)
        assert {e.tag for e in parsed.elements} <= ALLOWED_TAGS, path.name
        for element in parsed.elements:
            assert not [name for name in element.attrs if name.startswith("on")], (path.name, element.attrs)
            assert "style" not in element.attrs
            for name in URL_ATTRIBUTES & element.attrs.keys():
                assert re.fullmatch(r"#[\w-]+|[\w.-]+\.html", element.attrs[name]), (path.name, element.attrs)
        assert not re.search(r"url\(|@import|https?://", "".join(parsed.raw["style"] + parsed.raw["script"]))


def test_every_hostile_field_is_shown_as_text(out):
    page = load(HOSTILE)
    parsed = parse_html(out / HOSTILE_REPORT)
    text = "".join(parsed.text)
    article = page.article
    fields = [article.title, article.author, article.outlet, *(s.text for s in analyse_page(page).sentences)]
    fields += [c.author for c in page.comments.items if c.author]
    fields += [paragraph for c in page.comments.items for paragraph in c.paragraphs]
    for field in fields:
        assert field in text, field
    raw = (out / HOSTILE_REPORT).read_text(encoding="utf-8")
    for payload in ("<script>window", "<img src=x", "<svg onload", "<svg/onload", "</textarea>", "<iframe",
                    "<style>body", "<base href", '<a href="javascript'):
        assert payload not in raw, payload
    title = next(e for e in parse_html(out / HOSTILE_REPORT).elements if e.tag == "title")
    assert title.attrs == {}


def test_the_hostile_title_is_escaped_in_the_index_too(out):
    raw = (out / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned = &quot;title&quot;&lt;/script&gt;" in raw
    assert "<script>window" not in raw


def visible_text(path: Path) -> str:
    return " ".join(" ".join(parse_html(path).text).split())


def test_a_doubtful_parse_gets_a_banner_listing_its_doubts_and_an_index_marker(tmp_path):
    doubtful = tmp_path / "doubtful.txt"
    doubtful.write_text(DOUBTFUL_PAGE, encoding="utf-8")
    out = tmp_path / "reports"
    result = CliRunner().invoke(app, ["report", str(DATA / "004_4089cd0367db9c7b.txt"), str(doubtful),
                                      "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    page = load(doubtful)
    assert page.comments.doubts
    text = visible_text(out / "doubtful.html")
    banner = text.index("The comment section may be misread")
    assert banner < text.index("In short") < text.index("Key figures")
    for doubt in page.comments.doubts:
        assert doubt in text
    assert "may be misread" not in visible_text(out / SEED_REPORT)
    index = visible_text(out / "index.html")
    assert index.count("Unreliable: doubtful parse") == 1


def test_a_thread_whose_rendering_hid_its_nesting_gets_a_banner_beside_the_doubts(tmp_path):
    from tests.parse.test_nesting_hidden import thread

    (tmp_path / "flat.txt").write_text(thread(), encoding="utf-8")
    out = tmp_path / "reports"
    result = CliRunner().invoke(app, ["report", str(DATA / "004_4089cd0367db9c7b.txt"), str(tmp_path / "flat.txt"),
                                      "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    text = visible_text(out / "flat.html")
    caveat = "Replies may be shown as top-level comments: the page offers a reply link under each comment"
    assert text.count(caveat) == 1 and text.index(caveat) < text.index("In short")
    assert '<aside class="banner doubt nesting">' in (out / "flat.html").read_text(encoding="utf-8")
    assert "Replies may be shown" not in visible_text(out / SEED_REPORT)
    index = visible_text(out / "index.html")
    assert index.count("replies not shown") == 1  # the flat thread's row, not the seed's


def test_the_index_marks_exactly_the_pages_whose_figures_may_not_stand(out):
    index = visible_text(out / "index.html")
    marked = [source for source in [*DATA.glob("*.txt"), HOSTILE]
              if caveats(analysis := analyse_page(load(source)), summarise(analysis))]
    assert index.count("Unreliable:") == len(marked) < 6  # pages without comments have nothing to doubt


def test_the_article_page_opens_in_plain_words_and_keeps_the_test_behind_a_click(out):
    raw = (out / SEED_REPORT).read_text(encoding="utf-8")
    in_short = raw[raw.index('id="in-short"'):raw.index('id="figures"')]
    assert "took issue with the article" in in_short and "U = " not in in_short
    assert re.search(r"<details class=\"test\"><summary>The test</summary>Mann-Whitney U[^<]*U = ", raw)


def test_every_comment_is_present_once_with_its_anchor(out):
    for source in [*DATA.glob("*.txt"), HOSTILE]:
        page = load(source)
        ids = [e.attrs.get("id") for e in parse_html(out / source.with_suffix(".html").name).elements]
        comment_ids = [i for i in ids if i and re.fullmatch(r"c\d+", i)]
        assert comment_ids == [f"c{c.index}" for c in page.comments.items]


def test_links_and_anchors_are_consistent(out):
    names = {p.name for p in pages(out)}
    for path in pages(out):
        elements = parse_html(path).elements
        ids = [e.attrs["id"] for e in elements if e.attrs.get("id")]
        assert len(ids) == len(set(ids)), path.name
        for element in elements:
            href = element.attrs.get("href")
            if href and href.startswith("#"):
                assert href[1:] in ids, (path.name, href)
            elif href:
                assert href in names, (path.name, href)
            for reference in (element.attrs.get("aria-labelledby") or "").split():
                assert reference in ids, (path.name, reference)


def test_passages_and_comments_link_both_ways(out):
    elements = parse_html(out / SEED_REPORT).elements
    hrefs = [e.attrs.get("href") for e in elements]
    marks = [e.attrs["id"] for e in elements if e.tag == "mark" and e.attrs.get("id")]
    assert marks, "the seed page has a contested passage"
    for mark in marks:
        assert f"#{mark}" in hrefs
    assert "#c2" in hrefs


def test_index_lists_every_article_most_contested_first(out):
    links = [e.attrs["href"] for e in parse_html(out / "index.html").elements
             if e.tag == "a" and e.attrs.get("href", "").endswith(".html")]
    assert sorted(links) == sorted(p.name for p in pages(out) if p.name != "index.html")
    inputs = {**{p.with_suffix(".html").name: p for p in DATA.glob("*.txt")}, HOSTILE_REPORT: HOSTILE}
    controversy = {name: summarise(analyse_page(load(path))).controversy for name, path in inputs.items()}
    in_order = [controversy[link] for link in links]
    assert in_order == sorted(in_order, reverse=True)
    assert in_order[0] > 0 and in_order[-1] == 0


def test_output_is_reproducible_and_holds_no_absolute_path(out, tmp_path):
    again = build_reports(tmp_path / "again")
    for path in pages(out):
        assert path.read_bytes() == (again / path.name).read_bytes(), path.name
        assert str(tmp_path.parent.parent) not in path.read_text(encoding="utf-8")


def test_bad_files_get_one_line_each_and_the_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = DATA / "004_4089cd0367db9c7b.txt"
    before = good.read_bytes()
    result = CliRunner().invoke(app, ["report", str(tmp_path / "missing.txt"), str(empty), str(good),
                                      "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3 and "missing.txt" in errors[0] and "empty.txt" in errors[1]
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"index.html", SEED_REPORT}
    assert good.read_bytes() == before


def test_same_stems_and_an_input_named_index_get_distinct_pages(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.txt").write_bytes((DATA / "004_4089cd0367db9c7b.txt").read_bytes())
    result = CliRunner().invoke(app, ["report", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(tmp_path)])
    assert result.exit_code == 0
    assert {p.name for p in tmp_path.glob("*.html")} == {"index.html", "index-2.html", "index-3.html"}


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "page.html"
    target.write_text("old")

    def refuse(*_):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_committed_reports_are_current(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    fresh = tmp_path / "reports"
    result = CliRunner().invoke(app, ["report", "data/", "--out", str(fresh)])
    assert result.exit_code == 0, result.output
    committed = REPO / "reports"
    comparison = filecmp.dircmp(committed, fresh)
    stale = comparison.left_only + comparison.right_only + filecmp.cmpfiles(
        committed, fresh, comparison.common_files, shallow=False)[1]
    assert not stale, f"reports/ is stale ({', '.join(stale)}): run `{REGENERATE}` from the repository root"
