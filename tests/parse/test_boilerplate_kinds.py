"""The kinds of boilerplate lines read from one dispatch table per first character give the kinds the
whole alternations give, for the single-line kinds as for all kinds."""

import re

from hypothesis import given, settings, strategies as st

from discourse.parse import boilerplate
from discourse.parse.boilerplate import KindMatcher, lowered_line_kind, lowered_line_kinds


def _whole_kind(pattern: re.Pattern, line: str) -> str | None:
    match = pattern.match(line)
    return match.lastgroup if match else None


# A run header that also reads as a footer or a form: the line kinds must be tried alone on it.
_RUN_HEADERS = ((re.compile(r"^(related|more) (posts|links):?$"), "related_links"),
                (re.compile(r"^(watch|video)s?:$"), "video_caption"))
_LINE_KINDS = ((re.compile(r"^(related posts|more links|copyright)$"), "footer"),
               (re.compile(r"^(leave a reply|related posts)\.?\s*:?$"), "comment_form"))
_TOY = KindMatcher(_RUN_HEADERS, _LINE_KINDS)
_TOY_LINE_KINDS = re.compile(_TOY.line_kinds_source.pattern)
_TOY_ANY_KIND = re.compile(_TOY.any_kind_source.pattern)

_WORDS = ["related", "more", "posts", "links", "watch", "video", "copyright", "leave", "a", "reply", "x"]
_TOY_LINES = st.lists(st.sampled_from(_WORDS), max_size=3).map(" ".join).flatmap(
    lambda text: st.sampled_from([text, text + ":", text + "s:", text + ".", text + " :"]))


def test_a_line_a_run_header_matches_first_still_gets_its_line_kind():
    assert _whole_kind(_TOY_ANY_KIND, "related posts") == "related_links"
    assert _TOY.line_kind("related posts") == "footer"
    assert _TOY.line_kind("related posts:") == "comment_form"
    assert _TOY.line_kind("more posts") is None
    assert _TOY.line_kinds(["related posts", "more posts", "copyright", "watch:"], "other") == \
        ["footer", "other", "footer", "other"]


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOY_LINES, max_size=8))
def test_the_toy_kinds_match_as_their_whole_alternations(lines):
    expected = [_whole_kind(_TOY_LINE_KINDS, line) for line in lines]
    assert [_TOY.line_kind(line) for line in lines] == expected
    assert _TOY.line_kinds(lines, "other") == [kind or "other" for kind in expected]
    for line in lines:
        found = _TOY.any_kind(line)
        assert (found and found.lastgroup) == _whole_kind(_TOY_ANY_KIND, line)


_PAGE_LINES = ["leave a reply", "comments are closed.", "© 2012 the paper", "related articles:", "see also",
               "watch:", "powered by wordpress", "copyright 2020 all rights reserved", "post a comment",
               "recommended by outbrain", "i agree with the author.", "", "reply", "top of page"]
_SAMPLES = st.lists(st.sampled_from(_PAGE_LINES), min_size=1, max_size=3).map(" ".join) | st.text(max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SAMPLES, max_size=8))
def test_the_line_kinds_are_those_of_their_whole_alternation(lines):
    lowered = [line.lower() for line in lines]
    expected = [_whole_kind(boilerplate._LINE_KIND, line) for line in lowered]
    assert [lowered_line_kind(line) for line in lowered] == expected
    assert lowered_line_kinds(lowered) == expected


def test_the_whole_alternations_hold_every_kind():
    assert _whole_kind(boilerplate._LINE_KIND, "leave a reply") == "comment_form"
    assert _whole_kind(boilerplate._ANY_KIND, "related articles:") == "related_links"
