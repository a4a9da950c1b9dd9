"""The doubts on pages whose entries read as a thread but are not one: a live blog or a list of stories with a
"Reply" or "Report" link under each entry, and reply or report links in more languages where no thread was read.
Each page is written as w3m prints it (lines under one another) and as html2text does (paragraphs, headings)."""

import pytest

from discourse.parse import parse_text

BODY = ["By Jane Roe", "May 2, 2023", "",
        "The council approved the river bridge on Tuesday night by nine votes to four, ending a decade of debate.", "",
        "The bridge will cost 40 million and open in 2026, the mayor said after the vote in the town hall.", "",
        "Residents who live by the river had asked for a tunnel instead, but the council found it too dear.", ""]


def w3m(title: str, before: list[str], entries: list[tuple[str, ...]], under: str) -> str:
    """A page as w3m prints it: a title, the lines `before` the entries, then each entry's lines with `under`
    (a link) below it."""
    lines = [title, "", *before]
    for entry in entries:
        lines += [*entry, under, ""]
    return "\n".join(lines) + "\n"


def h2t(title: str, before: list[str], entries: list[tuple[str, ...]], under: str) -> str:
    """The same page as html2text prints it (emphasis ignored): a Markdown title, a blank line after each
    block, a link as its text alone (links ignored)."""
    lines = [f"# {title}", "", *before]
    for entry in entries:
        lines += [line for text in (*entry, under) for line in (text, "")]
    return "\n".join(lines) + "\n"


LIVE = [("Jane Roe May 2, 2023 at 10:00 am", "The council has opened the meeting with the bridge first on the agenda."),
        ("Jane Roe May 2, 2023 at 10:20 am", "Councillors are now debating the cost of the tunnel option against it."),
        ("Tom Fisk May 2, 2023 at 10:45 am", "The vote is in: the bridge is approved by nine votes to four tonight."),
        ("Jane Roe May 2, 2023 at 11:00 am", "Residents outside the hall cheered when the result was read out.")]
THREAD = [("Ann Lee May 2, 2023 at 10:00 am", "A bridge is cheaper to build and to keep up than a tunnel."),
          ("Bob Stone May 2, 2023 at 11:00 am", "Cheaper, but it splits the park along the river in two."),
          ("Cy Park May 2, 2023 at 12:00 pm", "Please add a cycle lane this time, the old one had none.")]


def read(text: str) -> tuple[int, list[str]]:
    parsed = parse_text(text)
    return parsed.comments.found, parsed.comments.doubts


@pytest.mark.parametrize("under", ["Reply", "Report abuse"])
def test_entries_under_a_reply_or_report_link_with_no_article_before_them_are_doubted(under):
    # "Reply" or "Report abuse" under each entry is what a thread prints, but a live blog with no article text
    # before its entries prints it too: the entries read as comments are doubted.
    found, doubts = read(w3m("Live: Council votes on the river bridge", [], LIVE, under))
    assert found >= 2 and any("no article text" in doubt for doubt in doubts)


@pytest.mark.parametrize("render", [w3m, h2t])
def test_a_news_page_with_a_reply_link_under_each_comment_is_not_doubted(render):
    # An article's running text, then comments: a thread read right.
    assert read(render("Council approves the river bridge", BODY, THREAD, "Reply")) == (3, [])


def page_of(posts: list[tuple[str, str]], under: list[list[str]]) -> str:
    """An article, then each post's head and text over its own lines of links."""
    lines = ["Council votes on the river bridge", "", *BODY]
    for (head, text), links in zip(posts, under):
        lines += [head, text, "", *links, *[""] * bool(links)]
    return "\n".join(lines) + "\n"


def test_one_entrys_reply_link_read_with_its_text_is_no_threads_sign():
    # A live blog's one embedded post ends in its own "Beantworten": beside one entry of three it is no
    # thread's sign, as the same link under each comment is.
    found, doubts = read(page_of(THREAD, [["Beantworten"], [], []]))
    assert found == 3 and any("no header" in doubt for doubt in doubts)
    assert read(page_of(THREAD, [["Beantworten"]] * 3)) == (3, [])


@pytest.mark.parametrize("reply, report", [("Reply", "Report"), ("Ответить", "Пожаловаться"),
                                           ("Antworten", "Melden"), ("| Ответить", "| Пожаловаться")])
def test_reply_and_report_links_of_an_unread_thread_are_counted_together_in_any_language(reply, report):
    # Where no comment section was found, reply and report links under the posts, two of each, show a thread
    # that was not read, whatever the page's language.
    posts = [("", "A bridge is cheaper to build and to keep up than a tunnel."),
             ("", "Cheaper, but it splits the park along the river in two.")]
    found, doubts = read(page_of(posts, [[reply, report]] * 2))
    assert found == 0 and any("reply or report links" in doubt for doubt in doubts)


@pytest.mark.parametrize("link", ["Reply", "Ответить"])
def test_two_reply_links_on_a_page_without_comments_are_no_thread(link):
    # An article that prints a reply link twice (a letter's "Reply" to the editor, a share box) shows no thread.
    posts = [("", "A bridge is cheaper to build and to keep up than a tunnel.")] * 2
    assert read(page_of(posts, [[link]] * 2)) == (0, [])


def article_over(lines: list[str]) -> str:
    """An article with no comments, then `lines` under it."""
    return "\n".join(["Annual reports", "", *BODY, *lines]) + "\n"


@pytest.mark.parametrize("lines", [
    ["| Report | Year | Size |", "|---|---|---|", "| Report on the river bridge | 2021 | 2 MB |",
     "| Report on flooding | 2022 | 1 MB |", "| Report on traffic | 2023 | 3 MB |"],
    ["Datasets", "", "| Report | Flood map 2021 |", "| Report | Traffic counts 2022 |", "| Report | Noise survey 2023 |"],
    ["* Report on the river bridge (2021)", "* Report on flooding (2022)", "* Report on traffic (2023)"],
    ["Report: the bridge opens in May", "", "Report: the tunnel is too dear", "", "Report: the park is split"]])
def test_a_table_or_list_of_reports_under_an_article_is_no_unread_thread(lines):
    # Rows, items or headlines that open with "Report" are no report link under each comment: the link fills
    # its table row or line where a thread prints it.
    assert read(article_over(lines)) == (0, [])


@pytest.mark.parametrize("lines", [["| Reply |", "| Reply |", "| Reply |"],
                                   ["Report Post » erin", "Report Post » kim", "Report Post » olga"]])
def test_a_link_that_fills_its_row_or_runs_into_a_name_counts_as_an_unread_threads_link(lines):
    # A forum's reply row in a table, and a report link before its poster's name, are a thread's links.
    found, doubts = read(article_over(lines))
    assert found == 0 and any("3 reply or report links" in doubt for doubt in doubts)


BYLINE = ["By Jane Roe", "May 2, 2023", ""]


@pytest.mark.parametrize("render, before", [
    (w3m, BYLINE),  # a video's page: a title and a byline over the thread
    (w3m, [*BYLINE, "Which is better?", ""]),  # a forum's short question
    (h2t, [*BYLINE, "Which is better?", ""]),
    (w3m, [*BYLINE, "The council approved the river bridge on Tuesday night by nine votes to four, ending a…", ""]),
    (h2t, [*BYLINE, "The council approved the river bridge on Tuesday night by nine votes to four, ending a…", ""])])
def test_a_thread_of_different_people_under_little_or_no_article_text_is_not_doubted(render, before):
    # Each comment by another person, none the article's author: a thread, however short the text it answers.
    assert read(render("Bridge or tunnel?", before, THREAD, "Reply")) == (3, [])


def test_entries_signed_by_the_articles_own_author_are_doubted():
    # A live blog whose reporters each sign one entry, the byline's author among them, reads as its entries.
    entries = [("Jane Roe May 2, 2023 at 10:00 am", LIVE[0][1]), ("Tom Fisk May 2, 2023 at 10:20 am", LIVE[1][1]),
               ("Ann Lee May 2, 2023 at 10:45 am", LIVE[2][1])]
    found, doubts = read(w3m("Live: Council votes on the river bridge", BYLINE, entries, "Reply"))
    assert found == 3 and any("no article text" in doubt for doubt in doubts)
