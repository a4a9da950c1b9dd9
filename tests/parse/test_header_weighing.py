"""The header weighing's shortcut: candidates skipped by their ceiling could never have won.

`discourse.parse.section._weigh` weighs a candidate header's window only while its ceiling (cheap
tests) can still beat the best weight found. That is the same choice as weighing every window
exactly when, and only when, no window weighs more than its ceiling: the property checked here on
pages made of the lines that strain the cheap tests (image placeholders, list items whose marker
is followed by a long gap, closing verbs of saying, dates in prose, headers).
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.parse import section
from discourse.parse.lines import LineFacts, digit_lines
from discourse.parse.reading import split_lines

LINES = st.sampled_from([
    "", "12 Comments", "Comments", "3 Responses to “A Title”", "Leave a Reply",
    "A body paragraph that ends with a full stop, written in 2014.",
    "wrapped prose that mentions 2014 and goes on to the next line",
    "Jane Doe says:", "Bob on May 1, 2020 at 9:00 am said:", "Posted by: jonathan at October 29, 2012 05:23 PM",
    "  1. Roger Weeks Says:", "  2. Ann 10/28/12 5:33 PM", "    • Reply", "• [avatar] Kay 3 hours ago",
    "[avatar] Jane Doe wrote [icon]", "[logo] 12 May 2020", "[                    ] Website",
    "1." + " " * 240 + "Jane Doe on May 1, 2020 at 9:00 am",  # a list item shorter than its line
    "•" + " " * 230 + "Bob 10/28/12 5:33 PM",
    "Dr. Jane Doe10/28/12 5:33 PM", "Fri, 2012-11-09 17:18 — Jane", "josh g.", "5:49 p.m.",
    "A reply that ends like a date, at 5:49 p.m.", "- a related link", "12.", "(42)",
    "Ann ١٠/٢٨/١٢ ٥:٣٣", "Kay said", "x" * 250 + " 2014", "² squared", "Bob wrote:",  # digits of other scripts
])
PAGES = st.lists(LINES, min_size=1, max_size=60).map("\n".join)


def windows_of(text: str):
    """(lines, stripped lines, the window after each header-like line) of a page."""
    lines = split_lines(text)
    facts = LineFacts.of(lines)
    section.forget_lines()
    headers = section.header_lines(facts)
    ends = [*headers[1:], len(lines)]
    return lines, facts.text, [section._window(facts.text, i + 1, end) for i, end in zip(headers, ends)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_no_window_weighs_more_than_its_ceiling(text):
    lines, texts, windows = windows_of(text)
    for window in windows:
        weight, signatures = section._evidence(lines, texts, window, digit_lines(texts))
        most, signers = section._ceiling(lines, texts, window, digit_lines(texts))
        assert weight <= most
        assert max(signatures) <= signers


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_the_chosen_header_is_the_one_weighing_every_candidate_chooses(text):
    lines = split_lines(text)
    facts = LineFacts.of(lines)
    section.forget_lines()
    found = section.find_section(lines, facts)
    ceiling = section._ceiling
    try:
        section._ceiling = lambda lines, texts, window, digits: (float("inf"), len(window))  # every window weighed
        section.forget_lines()
        weighed_all = section.find_section(lines, facts)
    finally:
        section._ceiling = ceiling
    assert found == weighed_all


HEADER_LINES = LINES | st.sampled_from([
    "Comments (12)", "Kommentare: 3", "{ 5 comments }", "١٢ Comments", "There are 4 responses", "No Comments",
    "Have your say", "12 Comments" + " to a post" * 20, "   7 Replies", "Reader comments:", "comments", "(3)",
    "12 Comments: " + "İ" * 187, "12 Comments: " + "İ" * 188,  # 200 and 201 characters, lower-cased to 387 and 389
    "12 Comments: " + "i" * 188, "  Comments",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(HEADER_LINES, min_size=1, max_size=40).map("\n".join))
def test_header_lines_are_the_lines_is_header_accepts(text):
    """The header scan, its tests spelt out in one loop over the lines: the same lines as asking
    `is_header` of each."""
    facts = LineFacts.of(split_lines(text))
    assert section.header_lines(facts) == [i for i, line in enumerate(facts.text) if section.is_header(line)]


def test_the_header_scan_asks_the_pattern_once_per_line_text_and_keeps_every_line_of_it():
    """A text repeated on the page (a menu, a widget, blank lines) is one question to the pattern, and
    every line holding it is a header; a header line longer than a header's limit is not, though its
    lower case is the same text as a shorter one's."""
    page = ["Comments", "", "Comments", "A line of prose.", "  Comments", "12 Comments: " + "İ" * 187,
            "12 Comments: " + "İ" * 188, "12 Comments"]
    facts = LineFacts.of(page)
    assert section.header_lines(facts) == [0, 2, 4, 5, 7]


DATE_PIECES = st.lists(st.one_of(
    st.sampled_from(["1", "2", "12", "05", "2020", "123", "٣", "١٢"]),
    st.sampled_from(["-", ".", "/", ":", " ", "  ", ", ", ". ", "st ", "nd, ", "TH. ", "\t", "\n", "x"]),
    st.sampled_from(["May", "Septembers", "Mär", "abcdefghijk", "days", "Hours", "mins", "ſecs", "ago", " ago", "am",
                     "p.m.", "GMT", "mo", "giorni", " fa", "dagen", " geleden", "vor ", "il y a ", "hace ", "Tagen",
                     "jours", "días", "de ", "mayo de "]),
), min_size=1, max_size=8).map("".join)


def test_a_spanish_date_with_its_two_des_is_a_date_to_the_ceiling():
    """"3 de mayo de 2021" is a comment timestamp, so a head dated so alone counts to the ceiling."""
    assert section._DATE("Lucía 3 de mayo de 2021") is not None


@settings(max_examples=3000, deadline=None)
@given(DATE_PIECES)
def test_the_ceilings_date_test_is_the_timestamp_pattern_at_a_digit_after_no_digit(text):
    """The ceiling's date test says whether the timestamp pattern matches at a digit that follows no
    digit: never no where `patterns.timestamps` finds a timestamp (the ceiling would be too low)."""
    from discourse.parse import patterns

    starts = [k for k, char in enumerate(text) if char.isdecimal() and not (k and text[k - 1].isdecimal())]
    expected = any(patterns.COMMENT_DATE.match(text, k) is not None for k in starts)
    assert (section._DATE(text) is not None) == expected
    if patterns.timestamps(text):
        assert section._DATE(text) is not None


def test_every_noun_of_a_count_last_header_holds_a_stem_the_header_scan_looks_for():
    """`header_lines` tries the count-last pattern only on lines holding one of `_COUNT_NOUN_STEMS`:
    the letters each noun of the pattern begins with must hold one, or such headers go unseen."""
    from itertools import takewhile

    from discourse.parse import patterns

    try:
        from re import _constants as constants, _parser as parser
    except ImportError:  # Python 3.10
        import sre_constants as constants  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]
    tree = list(parser.parse(patterns.COUNT_AFTER_HEADER.pattern, patterns.COUNT_AFTER_HEADER.flags))
    nouns = next(arg[3] for op, arg in tree if op is constants.SUBPATTERN and arg[3][0][0] is constants.BRANCH)
    alternatives = nouns[0][1][1]
    assert len(alternatives) >= 5
    for alternative in alternatives:
        letters = "".join(chr(arg) for _, arg in takewhile(lambda item: item[0] is constants.LITERAL, alternative))
        assert any(stem in letters.lower() for stem in section._COUNT_NOUN_STEMS), letters


PROSE_LINES = st.sampled_from([
    "", "A short line.", "A body paragraph that ends with a full stop, written in 2014 by someone.",
    "  An indented paragraph of running text with more than twelve words in it, it ends here!",
    "Twelve words are not enough when the line does not end a sentence like this",
    "one two three four five six seven eight nine ten eleven twelve.",
    "one two three four five six seven eight nine ten eleven.",
    "a\u00a0b\u00a0c\u00a0d\u00a0e\u00a0f\u00a0g\u00a0h\u00a0i\u00a0j\u00a0k\u00a0l and a closing quote.”",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PROSE_LINES, max_size=40), st.integers(min_value=0, max_value=4))
def test_prose_lines_are_the_first_lines_read_as_prose(lines, count):
    """The prose scan, which splits each distinct line text once: the first `count` lines that
    `_is_prose_line` accepts, repeated lines included."""
    assert section._prose_lines(lines, count) == [i for i, line in enumerate(lines) if section._is_prose_line(line)][:count]
