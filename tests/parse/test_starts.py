"""The first-character test put before the line patterns never turns away a line they match."""

import re

import pytest

from discourse.parse.boilerplate import _ANY_KIND, _LINE_KIND
from discourse.parse.comments import _WIDGET
from discourse.parse.section import _NOUN_FIRST_HEADER as _NOUN_FIRST_SOURCE
from discourse.parse.starts import Dispatch, source_starts, starts

_NOUN_FIRST_HEADER = re.compile(_NOUN_FIRST_SOURCE.pattern)  # the parser reads it by first character only

LINES = [
    "12 comments", "٣ comments", "comments (3)", "kommentare", "{ 4 comments }", "there are 2 responses",
    "leave a reply", "© 2012 the paper", "↑ top of page", "comments are closed.", "reply", "like 3",
    "thumbs up 2", "most popular", "related articles:", "ähnliche artikel", "à lire aussi",
    "i agree with the author.", "[avatar] jane says:", "“quoted”", "", "• menu item",
    "promoted by outbrain", "powered by zemanta",  # a related-links widget's credit, its second alternative
]


@pytest.mark.parametrize("pattern", [_NOUN_FIRST_HEADER, _LINE_KIND, _ANY_KIND, _WIDGET])
def test_every_line_a_pattern_matches_passes_its_first_character_test(pattern):
    test = starts(pattern)
    assert not test.every
    for line in LINES:
        if pattern.match(line):
            assert test.admit(line), line
    assert not test.admit("i agree with the author.")  # most lines are turned away before the regex


def test_a_digit_class_admits_digits_of_any_script():
    test = starts(re.compile(r"\d+ comments"))
    assert test.admit("٣ comments") and test.admit("3 comments") and not test.admit("x comments")


@pytest.mark.parametrize("source", [r"x|(?i:comments)", r".*comments", r"[^x]comments", r"a*", r"(a)?\1b"])
def test_a_pattern_it_cannot_read_or_that_may_match_nothing_admits_every_line(source):
    pattern = re.compile(source)
    test = starts(pattern)
    assert test.every and test.admit("anything") and test.admit("")


def test_a_pattern_that_ignores_case_admits_every_case_of_its_first_letters():
    """Every character the pattern itself takes for its first letter (the Kelvin sign for k, the
    long s for s, dotted and dotless i) passes the test; other letters do not."""
    pattern = re.compile(r"(by|kommentare|said|this)\b", re.IGNORECASE)
    test = starts(pattern)
    for code in range(0x3000):
        first = chr(code)
        if any(pattern.match(first + rest) for rest in ("y", "ommentare", "aid", "his")):
            assert test.admit(first + "x"), hex(code)
    assert test.admit("By") and test.admit("KOMMENTARE") and not test.admit("A line of text")


@pytest.mark.parametrize("pattern", [_NOUN_FIRST_HEADER, _LINE_KIND, _ANY_KIND, _WIDGET])
def test_the_pattern_tried_by_first_character_matches_as_the_whole_pattern_does(pattern):
    """Only the alternatives a line's first character admits are tried: the match (its span and the
    kind it names) is the whole pattern's on every line."""
    dispatch = Dispatch(pattern)
    for line in LINES + [line.upper() for line in LINES]:
        whole, tried = pattern.match(line), dispatch.match(line)
        assert (whole and (whole.span(), whole.lastgroup)) == (tried and (tried.span(), tried.lastgroup)), line
    assert dispatch.table("i") is None or len(dispatch.table("i").pattern) < len(pattern.pattern)


@pytest.mark.parametrize("source, texts", [
    (r"^(\{\s*)?(\d+|no) comments$", ["{ 3 comments", "3 comments", "no comments", "x"]),  # an optional head
    (r"(?=c)comments|(?!x)\w+ says", ["comments", "jane says", "xavier says"]),  # look-arounds stay whole
    (r"(?i)^(reply|like)$", ["Reply", "LIKE", "report"]),  # global flags stay in front
    (r"(?P<a>^([]x]|yes|\d)$)|(?P<b>^(no|[^y]o)$)", ["]", "x", "yes", "4", "٣", "no", "go", "yo", ""]),
    (r"(?P<a>^(ab|cd) x$|^(pq|rs) y$)", ["ab x", "cd x", "pq y", "rs y", "ab y"]),  # a second alternative in one kind
])
def test_patterns_of_other_shapes_match_alike(source, texts):
    pattern = re.compile(source)
    dispatch = Dispatch(pattern)
    for text in texts:
        whole, tried = pattern.match(text), dispatch.match(text)
        assert (whole and (whole.span(), whole.lastgroup)) == (tried and (tried.span(), tried.lastgroup)), text


def starts_the_long_way(source: str):
    """The alternative compiled, then read: what `source_starts` gives without compiling it."""
    try:
        return starts(re.compile(source))
    except re.error:
        return starts(re.compile(""))  # no test


@pytest.mark.parametrize("pattern", [_NOUN_FIRST_HEADER, _LINE_KIND, _ANY_KIND, _WIDGET])
def test_each_alternative_read_uncompiled_has_the_first_characters_of_its_compiled_pattern(pattern):
    sources = [source for part in Dispatch(pattern)._parts for source, _ in part[2]]
    assert len(sources) > 10
    for source in sources:
        assert source_starts(source) == starts_the_long_way(source), source


@pytest.mark.parametrize("source", [r"(?P=kind) x", r"(?i)reply", r"\d+ comments", r"(?:a|b)?c", r"[x-z]|\w", r"(?i:x)y"])
def test_a_source_read_uncompiled_has_the_first_characters_of_its_compiled_pattern(source):
    assert source_starts(source) == starts_the_long_way(source)
