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
FLOORS = {"title": 37, "author": 37, "date": 36, "body_start": 36, "body_end": 36, "count": 36, "closed": 39,
          "parents": 30, "comment_authors": 30}
# The same on the 39 html2text renderings (python3 benchmarks/score_pages.py --format h2t).
H2T_FLOORS = {"title": 37, "author": 36, "date": 35, "body_start": 33, "body_end": 33, "count": 35, "closed": 39,
              "parents": 29, "comment_authors": 31}
SUFFIXES = {"txt": (".txt", FLOORS), "h2t": (".h2t.txt", H2T_FLOORS)}


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
    counts = {}
    for rendering, (suffix, floors) in SUFFIXES.items():
        results = [score_page(load(folder / f"{facts['id']}{suffix}"), facts) for facts in pages]
        counts[rendering] = {field: sum(r[field] is True for r in results) for field in floors}
    return counts


@pytest.mark.parametrize("rendering,field", [(r, f) for r, (_, floors) in SUFFIXES.items() for f in sorted(floors)])
def test_field_accuracy_holds_its_floor(passes, rendering, field):
    floor, right = SUFFIXES[rendering][1][field], passes[rendering][field]
    assert right >= floor, f"{rendering} {field}: {right} pages right, floor {floor}"


def test_every_dev_page_parses_with_a_sound_tree():
    folder = shared_path("pages-dev")
    for path in sorted(folder.glob("pd*.txt")):
        page = load(path)
        for comment in page.comments.items:
            assert comment.parent is None or comment.parent < comment.index
