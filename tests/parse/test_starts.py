"""The first-character test put before the line patterns never turns away a line they match."""

import re

import pytest

from discourse.parse.boilerplate import _ANY_KIND, _LINE_KIND
from discourse.parse.comments import _WIDGET
from discourse.parse.section import _NOUN_FIRST_HEADER
from discourse.parse.starts import starts

LINES = [
    "12 comments", "٣ comments", "comments (3)", "kommentare", "{ 4 comments }", "there are 2 responses",
    "leave a reply", "© 2012 the paper", "↑ top of page", "comments are closed.", "reply", "like 3",
    "thumbs up 2", "most popular", "related articles:", "ähnliche artikel", "à lire aussi",
    "i agree with the author.", "[avatar] jane says:", "“quoted”", "", "• menu item",
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


@pytest.mark.parametrize("source", [r"(?i)comments", r".*comments", r"[^x]comments", r"a*", r"(a)?\1b"])
def test_a_pattern_it_cannot_read_or_that_may_match_nothing_admits_every_line(source):
    pattern = re.compile(source)
    test = starts(pattern)
    assert test.every and test.admit("anything") and test.admit("")


def test_ignoring_case_admits_every_line():
    assert starts(re.compile("comments", re.IGNORECASE)).every
