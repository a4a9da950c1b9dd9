"""Properties that hold for any text: no exception, every line accounted for, a sound tree."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.model import LineRole
from discourse.parse import InputError, parse_text
from discourse.parse.lines import LineFacts, digit_lines

PAGE_LINES = st.sampled_from([
    "", "  ", "A Short Title", "By Jane Doe | (The Outlet)", "Last updated: 26 August, 2014",
    "A body paragraph that ends with a full stop.", "11 Responses", "No Comments Yet", "Leave a Reply",
    "  1. A numbered comment.", "  2) Another one.", "    • A reply.", "      - A deeper reply.",
    "        ◦ Deeper still.", "            ▪ Far too deep.", "     Continuation text.",
    "Jane Doe says:", "Bob on May 1, 2020 at 9:00 am said:", "Reply", "Comments are closed.",
    "Related video:", "Recommended Reads", "- A related link", "Cy responded to Jane Doe says:",
])
PAGES = st.one_of(st.lists(PAGE_LINES, max_size=40).map("\n".join), st.text(max_size=400))


def check_tree(page):
    items = page.comments.items
    assert page.comments.found == len(items)
    for position, comment in enumerate(items, start=1):
        assert comment.index == position
        if comment.parent is None:
            assert comment.depth == 0
        else:
            assert 1 <= comment.parent < comment.index
            assert comment.depth == items[comment.parent - 1].depth + 1


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_any_text_parses_with_every_line_accounted_for_and_a_sound_tree(text):
    try:
        page = parse_text(text)
    except InputError as error:
        assert "\n" not in str(error)
        assert not text.strip()
        return
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if text.replace("\r\n", "\n").replace("\r", "\n").endswith("\n"):
        lines.pop()
    assert len(page.line_roles) == len(lines)
    assert all(isinstance(role, LineRole) for role in page.line_roles)
    check_tree(page)


# Every code point, lone surrogates included (hypothesis leaves them out of st.text() by default).
ANY_CHARACTER = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())
ODD_PAGES = st.one_of(
    st.text(ANY_CHARACTER, max_size=300),
    st.lists(st.one_of(PAGE_LINES, st.text(ANY_CHARACTER, max_size=30)), max_size=30).map("\n".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ODD_PAGES)
def test_parse_text_never_raises_on_any_str_but_blank_text(text):
    try:
        page = parse_text(text)
    except InputError:
        assert not text.strip()
        return
    check_tree(page)


def test_a_lone_surrogate_is_text_like_any_other():
    page = parse_text("A Title\n\nBody \ud800 text of a page that has a broken character in it, said the tester.\n")
    assert page.source.size > 0
    assert page.article.title == "A Title"


LINE_TEXT = st.text(st.characters(blacklist_characters="\n"), max_size=30) | st.sampled_from(
    ["Posted 12 May", "ein Datum: ٣ أيار", "“Quoted” 2014", "１２ コメント", "x\ud800 5", "café", "²"])


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE_TEXT, max_size=20))
def test_digit_lines_says_which_lines_a_digit_search_finds(lines):
    """The per-line digit flags the metadata reader uses instead of a search per line: the same
    answer as `\\d` on any line (ASCII or not, a lone surrogate included)."""
    assert digit_lines(lines) == [re.search(r"\d", line) is not None for line in lines]


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE_TEXT | st.sampled_from(["ΟΔΟΣ", "Σ", "ΑΣ.", "İstanbul", "ẞ", "ǅ"]), max_size=20))
def test_lines_lower_cased_one_by_one_read_as_the_page_lower_cased_whole(lines):
    """Non-ASCII pages are lower-cased line by line (ASCII ones whole): the same lines as the whole
    page lower-cased, final sigmas and letters that lower-case to two characters included."""
    facts = LineFacts.of(lines)
    assert facts.lowered == "\n".join(line.strip() for line in lines).lower().split("\n")
