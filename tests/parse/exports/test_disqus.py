"""Disqus exports: threads with posts become pages; deleted and spam posts are left out and counted."""

import pytest

from discourse.parse import InputError, load_all, read_pages
from tests.parse.exports.conftest import FIXTURES, tree

DISQUS = FIXTURES / "disqus.xml"


@pytest.fixture(scope="module")
def pages():
    return load_all(DISQUS)


def test_only_threads_with_posts_become_pages(pages):
    assert [page.source.record for page in pages] == ["5001"]
    page = pages[0]
    assert (page.source.format, page.comments.source) == ("disqus", "disqus")
    assert page.article.title == "Council votes to close the old bridge"
    assert (page.article.author, page.article.outlet, page.article.section) == (
        "Priya Natarajan", "valleygazette", "Local politics")
    assert (page.article.date, page.article.url) == ("2024-05-02", "https://gazette.example.net/2024/05/bridge-vote/")


def test_posts_hang_under_their_exact_parents(pages):
    assert tree(pages[0]) == [
        ("9001", None, "Carl Weber"),
        ("9003", "9001", "Dana Ruiz"),  # its parent 9002 was deleted: the nearest kept ancestor
        ("9005", "9003", "Priya Natarajan"),
        ("9006", None, "Eve Cycle"), ("9007", "9006", "Frank Cycle"),  # a cycle, broken at its earliest post
    ]
    assert pages[0].comments.items[0].paragraphs == ["Closing the bridge is a mistake.",
                                                     "The detour adds twenty minutes."]
    assert pages[0].comments.items[1].text == "I agree with Carl — keep it open."
    assert pages[0].comments.items[0].date_iso == "2024-05-02T08:00:00Z"


def test_deleted_and_spam_posts_are_left_out_counted_and_repairs_listed(pages):
    page = pages[0]
    assert any("left out 2 comments (1 deleted, 1 spam)" in warning for warning in page.warnings)
    assert [(r.kind, r.comment) for r in page.comments.repairs] == [("parent_left_out", 2), ("cycle", 4)]
    assert "comment 4 (id 9006) is part of a reply cycle with id 9007" in page.comments.repairs[1].message


def test_threads_without_any_post_are_an_error_not_empty_output():
    raw = DISQUS.read_bytes()
    raw = raw[:raw.index(b"<post ")] + b"</disqus>\n"
    with pytest.raises(InputError, match="holds 2 threads but no posts in them"):
        read_pages(raw, "threads-only.xml")


def test_truncated_export_is_a_one_line_error():
    raw = DISQUS.read_bytes()[:-40]
    with pytest.raises(InputError, match=r"^cut.xml: malformed XML in the Disqus export \(.*\)$"):
        read_pages(raw, "cut.xml")
