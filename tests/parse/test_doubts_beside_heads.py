"""Where no comment was read, the signs of a missed thread are looked for beside what looks like its
posts, in any of the shapes and languages a thread prints them; lists that only look like a thread
(events, a glossary, letters to the editor, tweets) are no doubt."""

import pytest

from discourse.parse import parse_text

BODY = "Here is a line of the story itself, which runs on for enough words to read as an ordinary paragraph."


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def story(*after: str) -> str:
    """A headline and two paragraphs of a story, then `after` (a line each)."""
    return page("Harbour wall to be rebuilt after the storm", "", BODY, "", BODY, "", *after)


def doubts_of(text: str) -> list[str]:
    return parse_text(text).comments.doubts


# Three posts, each a name over a date over a paragraph (the first reads as the story's byline).
POSTS = (("Nina Berg", "June 5, 2024 at 8:10 am", "The old wall was already cracked long before the storm came."),
         ("Omar Haddad", "June 5, 2024 at 9:40 am", "it kept the fishing boats safe for a hundred years though."),
         ("Pia Lund", "June 6, 2024 at 7:05 am", "please keep the steps down to the beach when you rebuild it."))
# The same shape that is no thread: a list of talks on a programme.
TALKS = (("Sea Shanties", "July 1, 2024", "A choir from the harbour sings the old working songs of the port."),
         ("Knot Tying", "July 8, 2024", "A retired sailor shows twelve knots and what each one is good for."),
         ("Tide Tables", "July 15, 2024", "An hour on reading the tides before taking a small boat out."))


def listing(items, *, before=(), under=()):
    """Each item a name and a date over its paragraph, `under` (a line each) under every paragraph,
    `before` (a line each) above the list."""
    lines = [line for text in before for line in (text, "")]
    for name, date, text in items:
        lines += [name, date, "", text, "", *(line for extra in under for line in (extra, ""))]
    return story(*lines)


@pytest.mark.parametrize("under", [
    "Beantworten", "Ответить", "返信", "Svar", "Melden", "Signaler", "Segnala", "Denunciar", "J'aime · Répondre",
    "▲ 7 ▼", "↑ 7 ↓", "+7", "Like (7)", "Upvote", "Vote up", "Quote", "Flag"])
def test_a_link_or_a_vote_under_each_post_is_a_threads(under):
    assert any("name a commenter and a date" in doubt for doubt in doubts_of(listing(POSTS, under=(under,))))


@pytest.mark.parametrize("box", [("Posts: 120",), ("Joined: March 2019",), ("• Beiträge: 12",)])
def test_a_forum_poster_box_between_the_posts_is_a_threads(box):
    lines = []
    for name, date, text in POSTS:
        lines += [name, date, "", *box, "", text, ""]
    assert any("name a commenter and a date" in doubt for doubt in doubts_of(story(*lines)))


@pytest.mark.parametrize("before", [
    "Sort by Newest", "All Comments", "Отзывы", "Yorumlar", "コメント", "评论", "» Comments", "💬 Comments",
    "= Comments =", "!@#$%^&*()  COMMENTS", "4 comments »"])
def test_a_header_or_a_sort_control_over_the_posts_is_a_threads(before):
    assert any("name a commenter and a date" in doubt for doubt in doubts_of(listing(POSTS, before=(before,))))


@pytest.mark.parametrize("after", ["Load more comments", "Leave a Reply", "Post a comment", "Comments are closed."])
def test_a_comment_form_or_a_closed_notice_under_the_posts_is_a_threads(after):
    assert any("name a commenter and a date" in doubt for doubt in doubts_of(page(*listing(POSTS).splitlines(), after)))


# Related posts under a story: a one-line byline dated by the day over each summary.
RELATED = (("Jane Reporter, May 2, 2024", "The council approved the budget on monday, with a rise in the rates."),
           ("Tom Writer, May 1, 2024", "The ferry will stop running once the wall is rebuilt, the operator says."))


@pytest.mark.parametrize("after", ["Leave a Reply", "Post a comment", "Comments are closed."])
def test_a_form_or_a_closed_notice_under_posts_dated_by_the_day_is_a_posts_not_a_threads(after):
    # A post with no comments shows its form or notice under whatever list ends it; a comment shows its time.
    lines = [line for byline, text in RELATED for line in (byline, "", text, "")]
    assert not doubts_of(story(*lines, after, ""))
    timed = [line for byline, text in RELATED for line in (f"{byline} at 10:00 am", "", text, "")]
    assert any("name a commenter and a date" in doubt for doubt in doubts_of(story(*timed, after, "")))


@pytest.mark.parametrize("elsewhere", [
    "Report this ad", "Report an error", "Report a typo", "Report: harbour repairs cost more", "Reply to this article"])
def test_a_line_that_opens_with_a_links_word_is_no_link(elsewhere):
    assert not doubts_of(listing(TALKS, before=(elsewhere, "Coming up at the museum")))
    assert not doubts_of(listing(TALKS, before=(elsewhere,)))


@pytest.mark.parametrize("after", ["Discussion", "Responses", "What do you think?", "Permalink", "Comments (0)"])
def test_a_header_or_a_link_after_a_list_heads_what_follows_not_the_list(after):
    assert not doubts_of(page(*listing(TALKS).splitlines(), after, ""))


@pytest.mark.parametrize("under", ["12 Likes", "1,234 likes", "2 comments"])
def test_a_count_under_each_item_is_a_feeds_too(under):
    # Embedded posts of one account show their likes; a feed of stories shows its counts of comments.
    assert not doubts_of(listing(TALKS, under=(under,)))


def test_a_sidebar_title_over_the_items_is_no_sort_control():
    for title in ("Most popular", "Top 10", "Newest"):
        assert not doubts_of(listing(TALKS, before=(title,)))


@pytest.mark.parametrize("quote", ["Omar Haddad on June 5, 2024 at 9:40 am said:",
                                   "Quote from: Omar Haddad on June 05, 2024", "Originally Posted by Omar Haddad"])
def test_a_quote_naming_a_post_above_is_a_threads(quote):
    lines = []
    for n, (name, date, text) in enumerate(POSTS):
        lines += [name, date, "", text, ""]
        if n == len(POSTS) - 1:
            lines += [quote, "", "> it kept the fishing boats safe", "",
                      "Safe until the storm, which is the point.", ""]
    assert any("name a commenter and a date" in doubt for doubt in doubts_of(story(*lines)))
