"""A text rendering that prints nested comments flush left says that its replies may read as top-level
comments (`comments.nesting_hidden`), and only then."""

from __future__ import annotations

import html

import pytest

from discourse.parse import parse_text, read_pages
from discourse.report.page_json import page_to_dict

ARTICLE = ("Council approves the new river bridge\nBy Jane Reporter on March 4, 2021\n\n"
           "The city council voted on Tuesday to approve the long-debated river bridge, ending a decade of argument.\n\n"
           "Opponents, who had argued for a tunnel, said they would keep campaigning against the plan.\n\n")
NAMES = ("Ann Smith", "Bob Jones", "Carla Diaz")
TEXTS = ("A bridge is cheaper to build and to keep, and the ferry is slow.",
         "Cheaper, but it cuts the riverside park in two and nobody asked us.",
         "Please add a cycle lane this time, the old bridge had none at all.")


def thread(link: str | None = "Reply", indents: tuple[str, ...] = ("", "", ""), marker: str = "",
           names: tuple[str, ...] = NAMES) -> str:
    """A w3m-like page of three comments, each a name and a date over its text, `link` under each; the
    second comment indented by `indents[1]` and opened by `marker` where given."""
    comments = []
    for n, (name, text, pad) in enumerate(zip(names, TEXTS, indents)):
        opening = f"{pad}{marker}\n\n" if marker and n == 1 else ""
        under = f"{pad}{link}\n\n" if link else ""
        comments.append(f"{pad}{name}\n{pad}March {4 + n}, 2021 10:20 am\n\n{opening}{pad}{text}\n\n{under}")
    return ARTICLE + f"{len(names)} Comments\n\n" + "".join(comments)


def test_a_flat_thread_with_a_reply_link_under_each_comment_hides_its_nesting():
    page = parse_text(thread())
    assert [c.parent for c in page.comments.items] == [None, None, None]
    assert page.comments.nesting_hidden
    assert page_to_dict(page)["comments"]["nesting_hidden"] is True


def test_reply_links_in_other_languages_and_run_into_other_links_count():
    for link in ("Antworten", "Ответить", "Respect3 ReplyReport", "Like (3)Reply", "回复"):
        assert parse_text(thread(link)).comments.nesting_hidden, link


def test_a_thread_whose_text_shows_a_reply_does_not_hide_its_nesting():
    indented = parse_text(thread(indents=("", "    ", "")))
    marked = parse_text(thread(marker="Replying to @Ann Smith"))
    for page in (indented, marked):
        assert [c.parent for c in page.comments.items] == [None, 1, None]
        assert not page.comments.nesting_hidden


def test_a_blog_without_reply_links_or_with_other_links_only_says_nothing():
    for link in (None, "Report", "Quote", "3 replies"):
        page = parse_text(thread(link))
        assert len(page.comments.items) == 3 and not page.comments.nesting_hidden, link


def test_two_comments_are_too_few_to_say():
    page = parse_text(thread(names=NAMES[:2]))
    assert len(page.comments.items) == 2 and not page.comments.nesting_hidden


def test_the_flag_is_no_doubt_about_the_count():
    page = parse_text(thread())
    assert page.comments.nesting_hidden and not page.comments.doubtful


def test_an_html_page_never_hides_its_nesting_even_where_read_from_its_rendered_text():
    body = "".join(f"<p>{html.escape(line)}</p>" for line in thread().splitlines() if line)
    page = read_pages(f"<html><head><title>Bridge</title></head><body>{body}</body></html>".encode(), "t.html")[0]
    assert [c.furniture for c in page.comments.items] == [["Reply"]] * 3  # the text reader's reading
    assert page.comments.source == "text-fallback" and not page.comments.nesting_hidden



def forum_thread(marks: tuple[str, ...], box: tuple[str, ...] = ()) -> str:
    """A w3m-like forum thread of four posts: a name, its poster's `box`, a date, the text, then `marks` (with
    "{n}" for the post's number) and "Reply" under each."""
    posts = []
    for n, (name, text) in enumerate(zip(("erin", *NAMES), ("Who else thinks the bridge is a good idea?", *TEXTS)), 1):
        head = "\n".join((name, *box, f"March {3 + n}, 2021 10:20 am"))
        shown = "".join(mark.format(n=n) + "\n" for mark in marks)
        posts.append(f"{head}\n{text}\n{shown}Reply\n\n")
    return ARTICLE + "4 Replies\n\n" + "".join(posts)


@pytest.mark.parametrize("marks, box", [(("Post #{n}",), ()), (("Post {n} of 4",), ()), (("#{n}", "Quote"), ()),
                                        (("#{n}", "Reply Quote"), ()), ((), ("Member", "Posts: 42", "Joined: Jan 2020")),
                                        (("#{n}",), ("Posts: 42",))])
def test_a_forum_thread_flat_by_design_does_not_hide_its_nesting(marks, box):
    """A post number, a poster's box, or a bare number with a quote link beside each post is a forum's, whose
    engine nests nothing."""
    page = parse_text(forum_thread(marks, box))
    assert [c.author for c in page.comments.items] == ["erin", *NAMES]
    assert [c.text for c in page.comments.items][1:] == list(TEXTS)
    assert not page.comments.nesting_hidden


@pytest.mark.parametrize("marks", [("Report",), ("#{n}",), ("Quote",), ("Reply Quote",)])
def test_a_news_thread_with_no_forum_marks_still_hides_its_nesting(marks):
    """A bare number over each comment, or a quote link beside its reply link, is a news thread's too."""
    page = parse_text(forum_thread(marks))
    assert [c.author for c in page.comments.items] == ["erin", *NAMES]
    assert [c.text for c in page.comments.items][1:] == list(TEXTS)
    assert page.comments.nesting_hidden
