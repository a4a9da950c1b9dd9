"""Evaluation gate on the real dev pages: per-field accuracy must not fall below pinned floors.

The floors sit at the figures in benchmarks/README.md (printed by benchmarks/score_pages.py);
raise them when the parser improves, never lower them to let a change through.
"""

import importlib.util
import json

import pytest

from discourse.parse import load
from tests.conftest import REPO, shared_path

# Pages right per field on the 39 w3m renderings (python3 benchmarks/score_pages.py --format txt).
FLOORS = {"title": 30, "author": 30, "date": 30, "body_start": 30, "body_end": 26, "count": 29, "closed": 39,
          "parents": 21, "comment_authors": 18}


def scorer():
    spec = importlib.util.spec_from_file_location("score_pages", REPO / "benchmarks" / "score_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def passes():
    folder = shared_path("pages-dev")
    score_page = scorer().score_page
    pages = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["pages"]
    results = [score_page(load(folder / f"{facts['id']}.txt"), facts) for facts in pages]
    return {field: sum(r[field] is True for r in results) for field in FLOORS}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_accuracy_holds_its_floor(passes, field):
    assert passes[field] >= FLOORS[field], f"{field}: {passes[field]} pages right, floor {FLOORS[field]}"


def test_every_dev_page_parses_with_a_sound_tree():
    folder = shared_path("pages-dev")
    for path in sorted(folder.glob("pd*.txt")):
        page = load(path)
        for comment in page.comments.items:
            assert comment.parent is None or comment.parent < comment.index
