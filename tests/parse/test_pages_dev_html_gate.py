"""Evaluation gate for the HTML reader on the real dev pages: per-field accuracy must not fall
below pinned floors (the figures in benchmarks/README.md, printed by
`python3 benchmarks/score_pages.py --format html`); raise them when the reader improves."""

import json

import pytest

from discourse.parse import load
from tests.conftest import shared_path
from tests.parse.test_pages_dev_gate import scorer

# Pages right per field on the 39 original HTML pages.
FLOORS = {"title": 39, "author": 37, "date": 36, "body_start": 37, "body_end": 36, "count": 38, "closed": 39,
          "parents": 33, "comment_authors": 32}


@pytest.fixture(scope="module")
def results():
    folder = shared_path("pages-dev")
    score_page = scorer().score_page
    pages = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["pages"]
    return [(facts, load(folder / f"{facts['id']}.html")) for facts in pages], score_page


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_html_field_accuracy_holds_its_floor(results, field):
    pages, score_page = results
    right = sum(score_page(page, facts)[field] is True for facts, page in pages)
    assert right >= FLOORS[field], f"{field}: {right} pages right, floor {FLOORS[field]}"


def test_every_html_dev_page_is_read_as_html_with_a_sound_tree(results):
    pages, _ = results
    for facts, page in pages:
        assert page.source.format == "html"
        for comment in page.comments.items:
            assert comment.parent is None or comment.parent < comment.index
            assert comment.depth == (0 if comment.parent is None else page.comments.items[comment.parent - 1].depth + 1)
