"""The scale benchmark's corpus generator: deterministic, and its pages read back as intended.

A generated page the parser misreads would make the benchmark time a different corpus from the
one it reports, so every page is checked against the tree it was meant to have.
"""

import random
import sys
from collections import Counter

import pytest

from discourse.parse import parse_text

from .conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

import corpus_generator as generator  # noqa: E402


@pytest.fixture(scope="module")
def pool():
    return generator.load_pool(generator.source_pages())


def pages(pool, count, seed, start=0):
    return [generator.render(spec) for spec in generator.generate(pool, count, seed, start)]


def test_same_seed_same_pages_and_a_corpus_is_a_prefix_of_a_larger_one(pool):
    assert pages(pool, 20, seed=7) == pages(pool, 20, seed=7)
    assert pages(pool, 20, seed=7) != pages(pool, 20, seed=8)
    assert pages(pool, 5, seed=7, start=15) == pages(pool, 20, seed=7)[15:]


def test_written_corpus_is_the_generated_pages(pool, tmp_path):
    size = generator.write_corpus(pool, tmp_path, 12, seed=3)
    written = [path.read_text(encoding="utf-8") for path in sorted(tmp_path.glob("*.txt"))]
    assert written == pages(pool, 12, seed=3)
    assert size.pages == 12 and size.comments == sum(size.depth_counts)


def test_pages_read_back_with_the_intended_article_and_reply_tree(pool):
    specs = list(generator.generate(pool, 150, seed=11))
    assert sum(len(spec.comments) for spec in specs) > 500
    for number, spec in enumerate(specs):
        page = parse_text(generator.render(spec), path=f"{number}.txt")
        found = page.comments.items
        assert (page.article.title, page.article.author, page.article.outlet) == (spec.title, spec.author, spec.outlet)
        assert [p.text for p in page.article.paragraphs] == list(spec.paragraphs)
        assert page.comments.declared == (len(spec.comments) or None)
        assert [c.parent for c in found] == spec.parents
        assert [tuple(c.paragraphs) for c in found] == list(spec.comments)


def test_parents_follow_the_depths():
    assert generator.parents([0, 1, 2, 1, 0, 1, 2, 2]) == [None, 1, 2, 1, None, 5, 6, 6]


def test_comment_counts_are_heavy_tailed_and_replies_mostly_shallow():
    rng = random.Random(0)
    counts = sorted(generator.comment_count(rng) for _ in range(4000))
    assert 0.2 < counts.count(0) / len(counts) < 0.3
    assert counts[-1] > 20 * counts[len(counts) // 2]
    depths = Counter(d for _ in range(300) for d in generator.reply_depths(rng, 30))
    assert sum(n for d, n in depths.items() if d <= 3) / sum(depths.values()) > 0.95
