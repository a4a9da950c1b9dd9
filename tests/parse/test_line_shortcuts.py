"""Shortcuts of the text parser (each distinct line read once, Markdown marks counted only as far
as they decide): the same answers as the full reading."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from discourse.parse import _thread_links, _utf8_size, markdown, patterns, reading, section
from discourse.parse.doubts import counted_link
from discourse.parse.lines import LineFacts

LINES = st.sampled_from([
    "", "Reply", "  Reply", "• Reply", "[Reply]", "(Report)", "Report abuse", "Permalink", "Log in to reply",
    "Login or register to post comments", "Antworten", "Répondre", "A reply that is a sentence.", "Replies",
    "Reply" + " to this comment at length" * 3, "* Report this comment *", "Share", "12 Comments",
    "| Reply |", "| Report | 2022 | 1 MB |", "Report on flooding (2022)", "Report Post » erin", "Ответить",
])


def every_line(stripped: list[str]):
    """The reading line by line that `_thread_links` stands for: each short line's link, read in order."""
    links = (counted_link(patterns.link_text(line)) for line in stripped if len(line) < 60)
    return [link for link in links if link]


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=30))
def test_thread_links_count_every_link_line_and_name_the_first(stripped):
    links = every_line(stripped)
    found = _thread_links(stripped)
    if len(links) < 3:
        assert found is None
    else:
        assert found is not None and found.of_comments
        assert found.evidence == f'{len(links)} reply or report links ("{links[0][:40]}")'


MARKDOWN_LINES = st.sampled_from([
    "# A heading", "## Another heading", "* a star item", "  + a plus item", "1\\. an escaped start",
    "\\- escaped dash", "see [a link](http://example.org/a)", "![alt](pic.png)", "some **bold** words",
    "---|---", "| a | b |", "* * *", "plain prose line.", "", "#not a heading", "• a w3m bullet",
])


# The line-start marks of `looks_like_markdown` as first written: multi-line patterns opening with `^`.
HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
STAR_ITEM = re.compile(r"^[ \t]*[*+][ \t]+\S", re.MULTILINE)
ESCAPE_START = re.compile(r"^[ \t]*(?:\d+\\\.|\\[-+*#])[ \t]", re.MULTILINE)
TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[-:| \t]*$", re.MULTILINE)
STAR_RULE = re.compile(r"^[ \t]*\* \* \*[ \t]*$", re.MULTILINE)


def every_mark(text: str) -> bool:
    """What `looks_like_markdown` decides, with every mark of the text counted."""
    if "](" not in text and "\n#" not in text and not text.startswith("#"):
        return False
    links = len(markdown._LINK.findall(text)) if "](" in text else 0
    if links >= 3:
        return True
    headings = len(HEADING.findall(text))
    if not headings:
        return False
    marks = (min(len(STAR_ITEM.findall(text)), 5) + 2 * len(ESCAPE_START.findall(text))
             + 2 * links + len(markdown._BOLD.findall(text)) + 2 * len(TABLE_RULE.findall(text))
             + 2 * len(STAR_RULE.findall(text)))
    return 2 * headings + marks >= 6 and (marks >= 1 or headings >= 3)


MARK_TEXTS = st.builds("".join, st.lists(st.sampled_from(
    ["\n", "\r", " ", "\t", "#", "## h", "* a", "+ b", "*", "1\\. x", "\\- y", "---", "|", ":", "* * *", "a"]), max_size=20))


@settings(max_examples=1500, deadline=None)
@given(MARK_TEXTS)
def test_line_start_marks_found_after_each_line_end_are_those_of_the_multi_line_patterns(text):
    """Each mark `_AtLineStarts` finds (a match at the text's start, then after each line end) is one the
    pattern with `^` finds, and none is missed."""
    for found, pattern in ((markdown._HEADING, HEADING), (markdown._STAR_ITEM, STAR_ITEM),
                           (markdown._ESCAPE_START, ESCAPE_START), (markdown._TABLE_RULES, TABLE_RULE),
                           (markdown._STAR_RULE, STAR_RULE)):
        assert markdown._found(found, text, len(text) + 1) == len(pattern.findall(text))


@settings(max_examples=500, deadline=None)
@given(st.lists(MARKDOWN_LINES, max_size=40))
def test_markdown_counted_up_to_what_decides_as_every_mark_counted(lines):
    text = "\n".join(lines)
    assert markdown.looks_like_markdown(text) == every_mark(text)


# The heading pattern `markdown._heading` stands for, as first written.
HEADING_LINE = re.compile(r"^([ \t]*)#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


def every_block_pattern(line: str, column: int | None) -> str:
    """`markdown._block_line` with the rule, quote and heading patterns each tried on every line."""
    base = column or 0
    if markdown._RULE.match(line):
        return " " * base + markdown._RULE_TEXT
    quote = markdown._QUOTE.match(line)
    if quote:
        rest = markdown._inline(line[quote.end():].strip())
        return " " * (base + markdown._LEVEL * quote.group(1).count(">")) + rest if rest else ""
    heading = HEADING_LINE.match(line)
    if heading:
        line = heading.group(1) + heading.group(2)
    stripped = line.lstrip()
    return " " * max(len(line) - len(stripped), base) + markdown._inline(stripped)


HEADING_LINES = st.builds("".join, st.lists(st.sampled_from(
    [" ", "\t", "  ", "#", "##", "###", "#######", "a", "b c", "x#", "#x", "\xa0", "é", "\x0b", "\r"]), max_size=9))


@settings(max_examples=3000, deadline=None)
@given(HEADING_LINES)
def test_a_heading_read_by_string_methods_reads_as_the_heading_pattern(line):
    """`markdown._heading` gives the indentation and text the pattern's groups give, and None where it fails
    (more than six marks, no blank after them, closing marks after a blank or glued to the text)."""
    found = HEADING_LINE.match(line)
    assert markdown._heading(line) == (found.groups() if found else None)


BLOCK_LINES = st.builds(
    "".join, st.lists(st.sampled_from([" ", "\t", "\xa0", "#", "##", ">", "> ", "*", "* * *", "---", "___", "-",
                                       "_", "[x]", "word", "**b**", "\\.", "1.", " # ", "|"]), min_size=1, max_size=6))


@settings(max_examples=1000, deadline=None)
@given(BLOCK_LINES.filter(str.strip), st.sampled_from([None, 0, 4, 8]))
def test_a_block_line_tried_only_against_the_patterns_its_first_character_admits_reads_the_same(line, column):
    assert markdown._block_line(line, line.lstrip(), column) == every_block_pattern(line, column)


# The emphasis patterns as first written, each opening with its look-behind (tried at every position).
EMPHASIS_STAR = re.compile(r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")
EMPHASIS_UNDERSCORE = re.compile(r"(?<![_\w])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![_\w])")


def every_inline_pattern(text: str) -> str:
    """`markdown._inline` with every pattern applied to every text."""
    for pattern, kept in ((markdown._IMAGE, r"\1"), (markdown._INLINE_LINK, r"\1"), (markdown._REFERENCE_LINK, r"\1"),
                          (markdown._AUTOLINK, r"\1"), (markdown._STRONG, r"\2"), (EMPHASIS_STAR, r"\1"),
                          (EMPHASIS_UNDERSCORE, r"\1"), (markdown._ESCAPED, r"\1")):
        text = pattern.sub(kept, text)
    return text.rstrip()


INLINE_TEXTS = st.builds("".join, st.lists(st.sampled_from(
    ["*", "**", "_", "__", " ", "a", "word", "x_y", "[t](u)", "![i](p)", "[r][1]", "<http://a.b>", "\\*", "\\_", "é"]),
    max_size=10))


@settings(max_examples=1500, deadline=None)
@given(INLINE_TEXTS)
def test_inline_marks_dropped_by_their_own_patterns_only_where_their_mark_is_left_read_as_every_pattern(text):
    assert markdown._inline(text) == every_inline_pattern(text)


INLINE_MARK = re.compile(r"[\]<*_\\]")  # the characters `_inline` may change text around
MARKED_TEXTS = st.builds("".join, st.lists(st.sampled_from(
    ["*", "_", "]", "[", "<", ">", "\\", "(", ")", " ", "\t", "a", "word", "x_y", "[t](u)", "<http://a.b>", "é", "  "]),
    max_size=10))


@settings(max_examples=1500, deadline=None)
@given(MARKED_TEXTS)
def test_an_items_text_without_an_inline_mark_only_right_stripped_reads_as_the_inline_rewrite(text):
    """The normaliser passes an item's text through `_inline` only where `_holds_inline_mark` finds a
    mark, which it finds where the pattern of the marks does."""
    assert markdown._holds_inline_mark(text) == (INLINE_MARK.search(text) is not None)
    if not markdown._holds_inline_mark(text):
        assert markdown._inline(text) == text.rstrip()


def split_whole(text: str) -> list[str]:
    """`reading.split_lines` as first written: the text's final line end cut off the whole text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.expandtabs(8).rstrip() for line in text.split("\n")]


PAGE_TEXTS = st.builds("".join, st.lists(st.sampled_from(
    ["\n", "\r\n", "\r", "\t", " ", "a", "# Heading", "* item", "  * reply", "1. first", "> quote", "[t](u)", "| a | b |",
     "---|---", "* * *", "\xa0"]), max_size=25))


@settings(max_examples=1000, deadline=None)
@given(PAGE_TEXTS)
def test_lines_split_without_copying_the_page_read_as_the_page_cut_and_split(text):
    assert reading.split_lines(text) == split_whole(text)


@settings(max_examples=1000, deadline=None)
@given(PAGE_TEXTS)
def test_markdown_lines_handed_over_unjoined_read_as_the_joined_rendering_split_again(text):
    assert reading.tidy_lines(markdown.normalised_lines(text), "\t" in text) == reading.split_lines(markdown.normalise(text))


ITEM_TEXTS = st.builds("".join, st.lists(st.sampled_from(
    ["*", "+", "-", "1", "12", "١", "٣.", ".", ")", " ", "\t", "#", "##", "a", "Reply", "\xa0"]), max_size=8)).filter(
    lambda text: not text[:1].isspace())


@settings(max_examples=1500, deadline=None)
@given(ITEM_TEXTS)
def test_an_items_text_is_tried_as_an_inner_item_or_heading_wherever_either_pattern_matches(rest):
    """The normaliser tries `_ITEM` on an item's text (which opens with no space) only where its first
    character can open an item (`_ITEM_OPENERS`), and the heading pattern only after "#": both patterns
    never match elsewhere."""
    if markdown._ITEM.match(rest):
        assert markdown._ITEM_OPENERS[rest[:1]]
    if HEADING_LINE.match(rest):
        assert rest[:1] == "#"


def closes_line_by_line(lines: list[str]) -> list[int]:
    """`markdown._list_closes` as a loop over the lines: the first of each run of two empty lines or
    more, and each line the heading pattern reads as a heading at the margin."""
    closes, number = [], 0
    while number < len(lines):
        if lines[number]:
            if lines[number][:1] == "#" and HEADING_LINE.match(lines[number]):
                closes.append(number)
            number += 1
            continue
        end = number
        while end < len(lines) and not lines[end]:
            end += 1
        if end - number >= 2:
            closes.append(number)
        number = end
    return closes


CLOSE_LINES = st.sampled_from(["", "", "", " ", "a", "# h", "#\th", "###### h", "####### h", "#h", " # h", "#"])


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="-\n|a", max_size=40), st.sampled_from(["---", "-", "|", "a-"]))
def test_lines_holding_a_part_found_by_searching_the_text_are_those_of_a_test_of_each_line(text, part):
    """`_lines_holding` goes from one hit to the next line end: a line with two hits is named once."""
    assert markdown._lines_holding(text, part) == [number for number, line in enumerate(text.split("\n"))
                                                   if part in line]


@settings(max_examples=1500, deadline=None)
@given(st.lists(CLOSE_LINES, min_size=1, max_size=12))
def test_list_closes_found_by_searching_the_text_are_those_of_a_loop_over_its_lines(lines):
    assert markdown._list_closes(lines, markdown._line_shapes(lines)) == closes_line_by_line(lines)


def items_line_by_line(lines: list[str]) -> list[tuple[int, tuple[int, str, str]]]:
    """`markdown._list_items` as first written: the item pattern matched on each line, rules by `_RULE`."""
    items = []
    for number, line in enumerate(lines):
        found = markdown._ITEM.match(line)
        if not found or markdown._RULE.match(line):
            continue
        if not found["text"] and (len(found["indent"]) < 2 or found["marker"] in "+-"):
            continue
        if len(found["indent"].expandtabs(8)) == 0 and markdown._in_broken_lines(lines, number):
            continue
        items.append((number, (len(found["indent"].expandtabs(8)), found["marker"], found["text"] or "")))
    return items


ITEM_LINES = st.builds("".join, st.lists(st.sampled_from(
    ["*", "+", "-", "1.", "7)", "١.", " ", "  ", "\t", "* * *", "*  * *", "a", "Reply", "  ", "\xa0", "#"]), max_size=6))


@settings(max_examples=1500, deadline=None)
@given(st.lists(ITEM_LINES, min_size=1, max_size=10))
def test_list_items_read_on_the_lines_that_can_open_one_are_those_of_the_item_pattern_on_each_line(lines):
    assert markdown._list_items(lines, markdown._line_shapes(lines)) == items_line_by_line(lines)


def rendered_line_by_line(lines: list[str], column: int | None) -> list[str]:
    """`markdown._put_lines` as first written: every line of prose through `_inline`, right-stripped."""
    rendered = []
    for line in lines:
        stripped = line.lstrip()
        if not stripped:
            rendered.append("")
        elif stripped[0] not in markdown._BLOCK_MARKS:
            rendered.append(" " * max(len(line) - len(stripped), column or 0) + markdown._inline(stripped))
        else:
            rendered.append("" if stripped[0] == "[" and markdown._REFERENCE.match(line)
                            else markdown._block_line(line, stripped, column))
    return rendered


PROSE_LINES = st.builds("".join, st.lists(st.sampled_from(
    [" ", "  ", "\t", "\xa0", "word", "two words", "*", "_", "\\.", "]", "[t](u)", "<x>", "# h", "> q", "[1]: http://a",
     "1.", "é"]), max_size=6))


@settings(max_examples=1500, deadline=None)
@given(st.lists(PROSE_LINES, max_size=8), st.sampled_from([None, 0, 2, 4, 8]))
def test_prose_lines_without_a_mark_taken_as_they_are_read_as_every_line_through_the_inline_rewrite(lines, column):
    """The plain lines are handed on unstripped at their right end: `reading.tidy_lines` strips them."""
    out: list[str] = []
    markdown._put_lines(lines, 0, len(lines), column, out)
    assert reading.tidy_lines(out, True) == reading.tidy_lines(rendered_line_by_line(lines, column), True)


def table_lines_line_by_line(lines: list[str]) -> dict[int, bool]:
    """`markdown._table_lines` with the rule pattern tried on every line that holds a "-" and a "|"."""
    table: dict[int, bool] = {}
    for number, line in enumerate(lines):
        if "-" not in line or "|" not in line or not markdown._TABLE_RULE.match(line):
            continue
        table[number] = False
        if number and lines[number - 1].strip():
            table.setdefault(number - 1, True)
        after = number + 1
        while after < len(lines) and lines[after].strip() and not markdown._TABLE_RULE.match(lines[after]):
            table[after] = True
            after += 1
    return table


TABLE_LINES = st.builds("".join, st.lists(st.sampled_from(
    ["|", "-", "--", "---", ":", " ", "a", "| a | b |", "---|---", ":---:|", "\t"]), max_size=6))


@settings(max_examples=1500, deadline=None)
@given(st.lists(TABLE_LINES, max_size=10))
def test_table_rules_looked_for_only_on_lines_holding_three_dashes_read_as_every_line_tried(lines):
    assert markdown._table_lines(lines, "\n".join(lines)) == table_lines_line_by_line(lines)


CUE_TEXT = st.text(alphabet=st.sampled_from("byBYpostedPOSTEDlastLAST wWvV1 ſKİıxX٣é"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["By Jane Roe", "posted", "LAST updated", "Watch live", "Von", "ſomething",
                                 "", " by", "Kelvin", "İstanbul", "éditorial", "12 May"]) | CUE_TEXT, max_size=20))
def test_metadata_first_characters_answered_by_a_set_for_ascii_are_those_the_case_ignoring_pattern_admits(texts):
    """`_read_metadata` looks a first character up in `FirstCharacters` (ASCII answered up front, another
    asked of the regex once and remembered): no line the cue-word pattern opens is passed over, and a character gets the answer of every ASCII
    character the regex engine's case folding equates it with ("B" and "b", "ſ" and "s", the Kelvin
    sign and "k"), so neither way of asking can leave out a case the pattern matches."""
    from discourse.parse.article import _METADATA_START

    for text in texts:
        first = text[:1]
        if _METADATA_START.match(text):
            assert metadata_first_admitted(first), text
        for other in filter(None, map(chr, range(128))):
            if first and re.fullmatch(re.escape(first), other, re.IGNORECASE):
                assert metadata_first_admitted(other) == metadata_first_admitted(first), (first, other)


def metadata_first_admitted(first: str) -> bool:
    """`_read_metadata`'s first-character test of a line: the look-up it makes."""
    from discourse.parse.article import _METADATA_OPENERS

    return _METADATA_OPENERS[first]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.characters(), max_size=30))
def test_first_characters_looked_up_answer_as_the_pattern_asked_before_and_after_the_memo_is_full(characters):
    """A character's answer, asked twice (remembered, or past the memo's limit not), is whether some text
    opening with it can match: here a pattern of one letter in either case or a non-ASCII letter."""
    from discourse.parse.lines import FirstCharacters

    class Small(FirstCharacters):
        _REMEMBERED = 131  # the 128 ASCII characters, the empty text and two more

    pattern = re.compile(r"(?:b|é)x", re.IGNORECASE)
    openers = Small(pattern)
    for character in characters * 2:
        assert openers[character] == bool(pattern.match(character + "x")), character
    assert len(openers) <= Small._REMEMBERED
    assert openers[""] is False


@settings(max_examples=200, deadline=None)
@given(st.lists(st.characters() | st.sampled_from(["", "1", "٣", "²", "•", "a", "é", " "]), max_size=30))
def test_a_marker_lead_looked_up_answers_as_the_markers_first_test_before_and_after_the_memo_is_full(leads):
    """`section.MAY_LEAD_MARKER` answers `marker`'s first test of a text's first character (a digit, or no
    letter nor number), asked twice: remembered, or past the memo's limit not."""

    class Small(type(section.MAY_LEAD_MARKER)):
        _REMEMBERED = 5

    may_lead = Small()
    for lead in leads * 2:
        assert may_lead[lead] == (lead.isdigit() or not lead.isalnum()), lead
    assert len(may_lead) <= Small._REMEMBERED


def test_ascii_firsts_of_a_case_ignoring_pattern_hold_both_cases():
    from discourse.parse.starts import ascii_firsts, starts

    assert ascii_firsts(starts(re.compile(r"(by|posted)\b", re.IGNORECASE)).first) == frozenset("bBpP")
    assert ascii_firsts(starts(re.compile(r"(by|\d+ comments)")).first) == frozenset("b0123456789")


def marker_by_every_pattern(line: str):
    """A list marker line read by trying every marker pattern on it, as `section.marker` first did."""
    stripped = line.strip()
    if not stripped or not (stripped[0].isdigit() or not stripped[0].isalnum()):
        return None
    match = patterns.NUMBER_MARKER.match(line) or patterns.BULLET_MARKER.match(line)
    if match:
        return len(match.group("indent")), match.start("text"), match.group("text")
    if patterns.BULLET_MARKER.match(line + " x") or patterns.BARE_NUMBER.match(stripped):
        return len(line) - len(stripped), len(line), ""
    return None


MARKER_LINES = st.lists(st.sampled_from(
    ["", " ", "  ", "\t", "\u00a0", "\u2003", "1", "12", "1234567", "٣", "²", "①", "1.", "2)", ".", ")", "•", "-", "*",
     "◦", "►", "[", "(", "“", "|", "a", "Jane", " Doe", " says:", "x", "\u2028", "\x85", "\r"]), max_size=7).map("".join)


@settings(max_examples=3000, deadline=None)
@given(MARKER_LINES)
def test_a_marker_read_through_its_first_character_is_the_one_every_pattern_reads(line):
    """`marker` tries only the pattern a line's first non-space character can open (a decimal digit: the
    numbered ones; a bullet: the bulleted ones; else none): the same answer as trying them all."""
    section.marker.cache_clear()
    assert section.marker(line) == marker_by_every_pattern(line)


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(st.characters(max_codepoint=127)) | st.sampled_from(["x\ud800y", "café", "😀 a"]))
def test_a_page_size_is_the_length_of_its_utf8_bytes(text):
    assert _utf8_size(text) == len(text.encode("utf-8", "surrogatepass"))


PAGE_PIECES = st.sampled_from(["\n", "\t", " ", "\xa0", "\u3000", "7", "٣", "１", "²", "a", "é", "😀", "\ud800", "\x0b"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PAGE_PIECES, max_size=30).map("".join))
def test_digits_read_from_a_plain_pages_bytes_are_those_of_its_lines(text):
    """A plain page's lines, tabs expanded and stripped, and its bytes split at line ends: the same
    digits (the page's bytes are encoded once, for its size and for these)."""
    lines = reading.split_lines(text)
    facts = LineFacts.of(lines, text.encode("utf-8", "surrogatepass"))
    assert facts.digits == [re.search(r"\d", line) is not None for line in lines]
