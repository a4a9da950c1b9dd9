"""What the parser reads of the lines after a comment thread (its furniture, a byline printed under the
thread, whether the thread shows yearless heads), read over the lines picked in C: the same answers as
a reading of every line."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.model import LineRole
from discourse.parse import article, patterns
from discourse.parse.boilerplate import lowered_line_kind
from discourse.parse.comments import CommentReader
from discourse.parse.lines import LineFacts

REST_LINES = st.lists(st.sampled_from([
    "", "   ", "Comments are closed.", "Leave a Reply", "Share this:", "Related posts", "A line of prose here.",
    "  indented prose", "Ann Lee", "June 3", "3 May", "May 3, 2021", "Bob, 12 March 2020", "٣ مايو", "Footer © 2021",
]), max_size=25)


def reader_of(lines: list[str]) -> CommentReader:
    facts = LineFacts.of(lines)
    return CommentReader(lines, facts, [None if text else LineRole.BLANK for text in facts.text])


@settings(max_examples=300, deadline=None)
@given(REST_LINES, st.integers(0, 25), st.sampled_from([None, True, False]))
def test_lines_after_the_thread_set_apart_as_a_reading_of_each_line(lines, first, closed):
    """Each written line from `first` on is furniture of its kind ("other" where none), in line order;
    blank lines stay blank; a closed notice says commenting is closed, a comment form that it is open."""
    reader = reader_of(lines)
    reader.section.closed = closed
    first = min(first, len(lines))
    reader._set_rest_apart(first)
    written = [i for i in range(first, len(lines)) if lines[i].strip()]
    kinds = [lowered_line_kind(lines[i].strip().lower()) or "other" for i in written]
    assert [(item.text, item.kind, item.span.first, item.span.last) for item in reader.boilerplate] == \
        [(lines[i].strip(), kind, i + 1, i + 1) for i, kind in zip(written, kinds)]
    assert reader.roles[first:] == [LineRole.BOILERPLATE if line.strip() else LineRole.BLANK for line in lines[first:]]
    expected = True if "closed_notice" in kinds else False if "comment_form" in kinds and closed is None else closed
    assert reader.section.closed is expected


@settings(max_examples=300, deadline=None)
@given(REST_LINES, st.integers(0, 25))
def test_yearless_heads_found_on_the_lines_holding_a_digit_as_on_every_line(lines, start):
    """Two lines of a day and month alone, each under a line set apart by a blank line (or the start), with
    no comment form ("Leave a Reply") nor the furniture after a thread between the first two."""
    reader = reader_of(lines)
    start = min(start, len(lines))
    found = []
    for i in range(start + 1, len(lines)):
        if len(reader.text[i]) <= 16 and patterns.is_day_and_month(reader.text[i]):
            above = reader._name_line_above(i)
            if above >= start and (above == start or not reader.text[above - 1]):
                found.append(i)
    shown = len(found) >= 2 and not any(reader._ends_thread(i) for i in range(found[0] + 1, found[1]))
    assert reader._shows_yearless_heads(start) is shown


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(REST_LINES.map(" ".join) | st.sampled_from(["x" * 151 + "1", "１ Mai", "²"]),
                          st.sampled_from([None, LineRole.BOILERPLATE, LineRole.BODY, LineRole.BLANK])), max_size=20),
       st.integers(0, 20))
def test_dated_furniture_after_the_thread_is_that_of_a_test_of_each_line(rows, start):
    """Furniture lines short enough for a byline and holding a decimal digit, from `start` on."""
    stripped, roles = [text.strip() for text, _ in rows], [role for _, role in rows]
    expected = [i for i in range(start, len(stripped)) if roles[i] is LineRole.BOILERPLATE
                and len(stripped[i]) <= 150 and re.search(r"\d", stripped[i])]
    assert article._dated_furniture_after(stripped, roles, start) == expected
