"""The text renderings of the publishing platforms' pages (tests/parse/html/publishing_platform_pages.py), as
`w3m -dump -T text/html -cols 80` and the html2text command print them (stored in platform_renderings/): the text
reader reads from them the article facts the HTML reader reads from the markup. A date line holding the post's
reading time ("Mar 4, 2024• 2 min read", Ghost's and Medium's) is the byline's, under its writer's name; a link
html2text wrapped onto the next line ("[March 4, 2024 at 10:12" over "AM](https://…)", Blogger's comment heads) is
read as one, and leaves no bracket in the commenter's name."""

from __future__ import annotations

from pathlib import Path

import time

import pytest

from discourse.parse import parse_text
from discourse.parse.markdown import normalise
from tests.parse.html.publishing_platform_pages import FACTS
from tests.parse.stories import STORM_STORY

RENDERINGS = Path(__file__).parent / "platform_renderings"
RENDERERS = ["w3m", "h2t"]


def _read(platform: str, renderer: str):
    path = RENDERINGS / f"{platform}.{renderer}.txt"
    return parse_text(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("platform", ["blogger", "ghost", "medium", "squarespace", "substack"])
def test_a_platforms_rendering_gives_the_article_facts_its_markup_gives(platform, renderer):
    article = _read(platform, renderer).article
    assert (article.title, article.author, article.date) == FACTS[platform][:3]


@pytest.mark.parametrize("date", ["Mar 4, 2024• 2 min read", "Mar 4, 2024 · 12 minute read", "2 min read · Mar 4, 2024",
                                  "4. März 2024 · Lesezeit: 3 Min."])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["touching", "blank-between"])
def test_a_name_over_a_date_and_reading_time_is_the_byline(date, gap):
    article = parse_text(f"Storm Hits Texas\n\nMira Holt{gap}{date}\n\n{STORM_STORY}").article
    assert (article.title, article.author, article.date) == ("Storm Hits Texas", "Mira Holt", "2024-03-04")


@pytest.mark.parametrize("headline", ["Storm of March 4, 2024 Leaves Thousands Without Power",
                                      "A 2 min read on the storm of March 4, 2024 and what it cost"])
def test_a_headline_holding_a_date_stays_the_headline(headline):
    article = parse_text(f"{headline}\n\nBy Mira Holt\n\n{STORM_STORY}").article
    assert (article.title, article.author) == (headline, "Mira Holt")


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("platform", ["blogger", "squarespace", "substack"])
def test_a_platforms_rendering_gives_the_commenters_its_markup_gives(platform, renderer):
    comments = _read(platform, renderer).comments
    assert [c.author for c in comments.items] == [name for name, _ in FACTS[platform][6]]
    assert all("](" not in c.text for c in comments.items)


WRAPPED_LINKS = """\
# River Notes

[Home](https://example.org/) [About](https://example.org/about)

Posted by [Mira Holt](https://example.org/m "author profile") at
[9:15 AM](https://example.org/post "permanent
link")

  1. [Peter Hall](https://example.org/p)[March 4, 2024 at 10:12
AM](https://example.org/post#c1)
"""


def test_a_link_wrapped_onto_the_next_line_is_read_as_one():
    lines = normalise(WRAPPED_LINKS).split("\n")
    assert lines[4:7] == ["Posted by Mira Holt at", "9:15 AM", ""]
    assert [line.strip() for line in lines[8:10]] == ["1. Peter Hall", "March 4, 2024 at 10:12 AM"]


@pytest.mark.parametrize("source, read", [
    ('[Peter Hall](https://example.org/p)[Mar\n4](https://example.org/c/101\n"2024-03-04T10:12:00Z")',
     ["Peter Hall", "Mar 4", ""]),
    ("[March 4, 2024 at\n10:12 AM](https://example.org/c/1) Peter Hall", ["March 4, 2024 at 10:12 AM", " Peter Hall"]),
    ("  1. Bob Stone says: [March 4, 2024 at\n10:12 AM](https://example.org/c/1)",
     ["  1. Bob Stone says:", "March 4, 2024 at 10:12 AM"]),
])
def test_a_links_wrapped_text_is_read_whole_on_one_line(source, read):
    """A link's text wrapped over two lines, its target and title perhaps over a third (html2text's Substack comment
    dates), is read whole: on the line under where another link or a list item's words stand before it, on its own
    where words go on after it."""
    lines = normalise(f"# Title\n\n[a](b) [c](d) [e](f)\n\n{source}\n").split("\n")
    assert [line.strip() for line in lines[4:4 + len(read)]] == [line.strip() for line in read]


def test_a_links_wrapped_text_alone_on_its_lines_stays_split():
    """No line is left empty: two empty lines end a list."""
    lines = normalise("# Title\n\n[a](b) [c](d) [e](f)\n\n[March 4, 2024 at\n10:12 AM](https://example.org/c/1)\n")
    assert lines.split("\n")[4:6] == ["March 4, 2024 at", "10:12 AM"]


@pytest.mark.parametrize("byline", [
    "Posted by Mira Holt on [March 3, 2024 at\n9:15 am](https://example.org/2024/03/storm)",
    "Posted by [Mira Holt](https://example.org/m) on [March 3, 2024 at\n9:15 am](https://example.org/2024/03/storm)",
    "By [Mira\nHolt](https://example.org/m) on March 3, 2024",
])
def test_a_byline_with_a_wrapped_link_names_the_author_and_dates_the_post(byline):
    """The byline's cue, name and date stay on one line: the wrapped link's text is pulled up onto it."""
    article = parse_text(f"# Storm leaves Texas homes without power\n\n{byline}\n\n[a](b) [c](d)\n\n{STORM_STORY}").article
    assert (article.author, article.date) == ("Mira Holt", "2024-03-03")


def test_a_small_word_leading_the_date_onto_its_own_line_names_no_one():
    story = "\n".join(STORM_STORY.split("\n")[:5])
    article = parse_text(f"Storm leaves Texas homes without power\n\nWritten by Mira Holt\non March 3, 2024\n\n{story}").article
    assert article.author != "on"


@pytest.mark.parametrize("text", ["See [the notes\nbelow for details.", "A bracket [ left open\nand a ] closed (b).",
                                  "Ends with [a] and (c\nnothing) else."])
def test_a_bracket_left_open_without_a_links_rest_under_it_stays(text):
    assert normalise(f"# Title\n\n[a](b) [c](d) [e](f)\n\n{text}").endswith(text)


def test_a_long_line_under_an_open_link_is_read_at_once():
    started = time.perf_counter()
    normalise("# Title\n\n[a](b) [c](d) [e](f)\n\n[open\n" + "word " * 3000 + "](x\n")
    assert time.perf_counter() - started < 5
