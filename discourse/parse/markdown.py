"""Markdown-style text renderings (html2text and the like) read as the plain text the parser knows.

A page converted by html2text (or written in Markdown) is text, but not the text a browser's
text dump (w3m, lynx) shows, which is what the parser reads: headings carry `#` marks, list
items are `* ` / `1. ` indented two or three columns a level, and the paragraphs inside a list
item (a comment's date, its text, its "Reply") start at column 0 rather than under the item;
quotes are `> ` lines, tables are `a | b` rows under a `---|---` rule, links `[text](url)`,
images `![alt](src)`, emphasis `**` / `_`, and list-like starts are escaped (`29\\. Mai`).

`looks_like_markdown` decides by content; `normalise` rewrites such a text line by line into a
w3m-like rendering: the same number of lines, each line the rendering of its source line, so
every span the parser reports still points at the lines of the file. What changes:

- heading marks, emphasis marks, backslash escapes and link targets are dropped (a link keeps
  its text, an image its alt text); a link-reference definition (`[1]: http://…`) reads blank;
- list items are laid out as w3m lays them: four columns a level, `•`/`□`/`☆`/`○`/`■` bullets
  by depth, numbers right-aligned; the lines inside an item are indented under its text, up to
  the end of the list (html2text closes a list with at least two empty lines, while the
  paragraphs inside an item are one empty line apart);
- quote lines are indented four columns a level, under the list item they sit in;
- table rows lose their cell bars (empty leading cells dropped, the others two spaces apart) and
  the `---|---` rules under a header row read blank, as do horizontal rules' twins: `* * *`
  becomes a rule of `━` as w3m draws `<hr>`.

Lines that held only markup (a table rule, an empty `>` line, a reference definition) read blank.
Hard-wrapped paragraphs are left wrapped: the parser reads w3m's wrapped paragraphs already.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain, islice
from operator import itemgetter

from discourse.parse.lines import FirstCharacters

__all__ = ["looks_like_markdown", "normalise", "normalised_lines"]


class _AtLineStarts:
    """A pattern matched at the start of a line (`body`: the pattern without its `^`), found as a
    line end followed by it, plus a match at the text's start: the same matches as the multi-line
    pattern with `^` (no body matches a line end). The engine tried that `^` at every character of
    the page; it skips from one line end to the next in C."""

    def __init__(self, body: str) -> None:
        self._first = re.compile(body, re.MULTILINE)
        self._later = re.compile(f"\n(?:{body})", re.MULTILINE)

    def finditer(self, text: str) -> Iterator[re.Match]:
        first = self._first.match(text)
        return chain([first] if first else [], self._later.finditer(text))


# Detection: each mark counted over the whole text, as far as the decision needs (`_found`).
_TABLE_RULE_BODY = r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[-:| \t]*$"
_HEADING = _AtLineStarts(r"#{1,6}[ \t]+\S")
_STAR_ITEM = _AtLineStarts(r"[ \t]*[*+][ \t]+\S")
_ESCAPE_START = _AtLineStarts(r"[ \t]*(?:\d+\\\.|\\[-+*#])[ \t]")
_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\s]+(?:[ \t]+\"[^\"\n]*\")?\)")
_BOLD = re.compile(r"\*\*\S[^*\n]*\*\*")
_TABLE_RULES = _AtLineStarts(_TABLE_RULE_BODY)
_TABLE_RULE = re.compile(_TABLE_RULE_BODY)  # a line's own rule, matched at its start
_STAR_RULE = _AtLineStarts(r"[ \t]*\* \* \*[ \t]*$")


def looks_like_markdown(text: str) -> bool:
    """Whether a text is a Markdown-style rendering: `#` headings with other marks (star
    bullets, escaped list starts, links, bold, table rules, `* * *` rules), or several links.
    A browser's text dump has none of these marks at the start of its lines (w3m draws
    bullets as `•`), so its lines are left alone."""
    linked = "](" in text
    if not linked and "\n#" not in text and not text.startswith("#"):
        return False  # the common case of a plain rendering, decided without a regex scan
    links = _found(_LINK, text, 3) if linked else 0
    if links >= 3:
        return True
    headings = _found(_HEADING, text, 3)  # three headings decide as any more would
    if not headings:
        return False
    marks = 2 * links
    for mark, weight, most in _MARKS:  # six marks decide as any more would
        if marks >= _ENOUGH_MARKS:
            break
        marks += weight * _found(mark, text, min(most, -(-(_ENOUGH_MARKS - marks) // weight)))
    marks = min(marks, _ENOUGH_MARKS)
    return 2 * headings + marks >= 6 and (marks >= 1 or headings >= 3)


# Each mark counted in `looks_like_markdown`: its pattern, its weight, the most of it that counts
# (star bullets count up to five; the others' counts stop at six marks' worth).
_MARKS = ((_STAR_ITEM, 1, 5), (_ESCAPE_START, 2, 3), (_BOLD, 1, 6), (_TABLE_RULES, 2, 3), (_STAR_RULE, 2, 3))
_ENOUGH_MARKS = 6


def _found(pattern: re.Pattern | _AtLineStarts, text: str, enough: int) -> int:
    """How many matches of pattern text holds, counting no further than `enough`: the decision
    needs no more, and on a long page with marks throughout, a count of every match was a fifth of
    the parse."""
    return sum(1 for _ in islice(pattern.finditer(text), enough))


# Normalisation, line by line.
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[*+-]|\d{1,6}[.)])(?:[ \t]+(?P<text>\S.*)|[ \t]*)$")
_ITEM_OPENERS = FirstCharacters(_ITEM)  # a space or tab, a bullet, a decimal digit
_FIRST_CHARACTER = itemgetter(slice(None, 1))
_QUOTE = re.compile(r"^[ \t]*((?:>[ \t]?)+)")
_RULE = re.compile(r"^[ \t]*(?:\* \* \*|\*{3,}|-{3,}|_{3,})[ \t]*$")
_REFERENCE = re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_INLINE_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^)\n]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_LINK_TEXT_TAIL = re.compile(r"(?P<text>[^\[\]\n]*)\]\([^)\n]*\)")  # "AM](https://…)": a wrapped link's rest
_LINK_TARGET_TAIL = re.compile(r"[^()\[\]\n]*\)")  # 'link")': the rest of a wrapped link's target
_OPEN_AT_LINE_END = re.compile(r"\[[^\[\]\n]*\n|\]\([^()\n]*\n")  # a link's text or target open at a line's end
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# The mark first, then what may not come before it (a look-behind over the mark and the character
# before it): a pattern opening with its literal is searched for in C, not tried at every position.
_EMPHASIS_STAR = re.compile(r"\*(?<![*\w]\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")
_EMPHASIS_UNDERSCORE = re.compile(r"_(?<![_\w]_)(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![_\w])")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*")
# A line at the margin that `_heading` reads as a heading opens so, and only such a line.
_HEADING_MARK = re.compile(r"#{1,6}[ \t]")
_START = re.Match.start

_BULLETS = "•□☆○■"
_RULE_MARKS = frozenset("*-_")  # the first character of a `_RULE` line past its indentation
_BLOCK_MARKS = _RULE_MARKS | frozenset(">#[")  # ... of any block pattern's line (reference definitions too)
_BULLET_MARKS = frozenset("*+-")
_BLANKS = (" ", "\t")  # what `[ \t]` matches; "" (the end of a text) is neither
_RULE_TEXT = "━" * 40
_LEVEL = 4  # w3m's indentation per list or quote level


def normalise(text: str) -> str:
    """The w3m-like rendering of a Markdown-style text: the same lines, see the module's doc."""
    return "\n".join(map(str.rstrip, normalised_lines(text)))


def normalised_lines(text: str) -> list[str]:
    """The lines of `normalise`, unjoined (the parser reads lines, and joining them only to split
    them again copied the page twice) and not all right-stripped: `reading.tidy_lines` strips every
    line the parser reads, and `normalise` strips them too."""
    if "\r" in text:  # a search in C: most pages have no CR, and each replace copies the page
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if "](" in text and _OPEN_AT_LINE_END.search(text):  # most pages wrap no link: one search in C tells
        _close_wrapped_links(lines)
    for number, is_row in _table_lines(lines, text).items():
        lines[number] = _table_row(lines[number]) if is_row else ""
    shapes = _line_shapes(lines)
    items = _list_items(lines, shapes)
    closes = _list_closes(lines, shapes) + [len(lines)]  # the end of the text closes any list still open
    close_at = 0  # the first close at or after the line after the last item: items come in order
    out: list[str] = []
    levels: list[int] = []  # the source indentation of each open list level
    column: int | None = None  # the text column of the list item the lines belong to
    last = None
    for at, (number, item) in enumerate(items + [(len(lines), None)]):
        previous = last[0] + 1 if last else 0
        while closes[close_at] < previous:
            close_at += 1
        close = closes[close_at]
        if close < number:  # the list ends at `close`: the lines from there on are under no item
            _put_lines(lines, previous, close, column, out)
            levels, column, previous = [], None, close
        elif item and last and item[0] == last[1][0] and (item[1] != last[1][1] or item[1] not in _BULLET_MARKS) \
                and _starts_new_list(last[1], item):  # a sibling bullet of the same mark, most, needs no call
            levels, column = [], None
        if previous < number:
            _put_lines(lines, previous, number, column, out)
        if item is None:
            break
        last = number, item
        indent, marker, rest = item
        while levels and levels[-1] > indent:
            levels.pop()
        if not levels or levels[-1] < indent:
            levels.append(indent)
        # `rest` opens with no space: an item in it opens with its marker, a bullet or a (decimal) digit
        first = rest[:1]
        inner = _ITEM.match(rest) if _ITEM_OPENERS[first] else None
        while inner and inner["text"] and not _RULE.match(rest):
            # "*      * Reply": an item whose only content is a list (html2text writes the inner
            # item on the outer one's line): the inner item is the one shown, a level deeper.
            levels.append(len(lines[number].expandtabs(8)) - len(rest))
            marker, rest = inner["marker"], inner["text"]
            inner, first = _ITEM.match(rest), rest[:1]
        depth = len(levels) - 1
        if marker in "*+-":
            start, marker = _LEVEL * depth + 2, _BULLETS[depth % len(_BULLETS)]
        else:
            start = _LEVEL * depth + max(0, 3 - len(marker))
        column = _LEVEL * depth + _LEVEL
        heading = _heading(rest) if first == "#" else None
        rest = heading[1] if heading else rest
        # most items' text holds no inline mark (`_inline`'s own test): it is only right-stripped
        shown = _inline(rest) if _holds_inline_mark(rest) else rest.rstrip()
        if heading and _holds_nothing(lines, items, at):
            # A heading over nothing ("* #### Like Searchblog" before the next item: a sidebar
            # widget's title over an ad slot or a box a script fills) is a heading, not an entry.
            out.append(" " * (_LEVEL * depth) + shown)
            continue
        out.append(" " * start + marker + (" " + shown if rest else ""))
    return out


def _close_wrapped_links(lines: list[str]) -> None:
    """Links a rendering wrapped onto the next line, as html2text does at its default width: the text ("[March 4,
    2024 at 10:12" over "AM](https://…)") or the target's title ("[9:15 AM](https://… "permanent" over "link")")
    runs on. Each is closed on its first line and its rest on the next loses the target, so that `_inline` reads
    both lines' words and no bracket is left in a name. Only a line whose last "[" or "](" is left open is looked
    at, and only the start of the line under it."""
    for number in range(len(lines) - 1):
        line = lines[number]
        opened = line.rfind("[")
        if opened < 0:
            continue
        if line.find("]", opened) < 0:
            if number + 2 < len(lines) and "](" in lines[number + 1]:
                _close_wrapped_target(lines, number + 1, -1)  # "[Mar" over "4](https://…" over '"title")'
            below = lines[number + 1]
            start = len(below) - len(below.lstrip())
            tail = _LINK_TEXT_TAIL.match(below, start)
            if tail:
                lines[number], lines[number + 1] = _wrapped_text_joined(line, opened, below, start, tail)
            continue
        _close_wrapped_target(lines, number, opened)


def _wrapped_text_joined(line: str, opened: int, below: str, start: int, tail: re.Match) -> tuple[str, str]:
    """The two lines of a link whose text wraps ("… [March 4, 2024 at 10:12" over "AM](https://…)"), its text
    whole on one of them: a date's or a name's words split over two lines read as no date nor name. On the line
    under where another link ends right before it (a commenter's name linked, glued to the date's link), so
    that the two links' texts stay apart, or where a list item's words stand before it with none after; else on
    the line it opens, where words stand before it ("Posted by NAME on [DATE", a byline kept whole) or go on after
    it. A list item's line is never left empty (two empty lines end a list): a link alone on its lines keeps its
    rest under, unlinked."""
    text, after = tail.group("text"), below[tail.end():]
    item = _ITEM.match(line)
    before = line[item.start("text") if item and item.group("text") else 0:opened].rstrip()  # a list marker is no word
    if before.endswith(")") or item and before and not after.strip():
        return line[:opened], f"{below[:start]}{line[opened:]} {text}](){after}"
    if before or after.strip():
        return f"{line} {text}]()", below[:start] + after
    return line + "]()", below[:tail.end("text")] + after


def _close_wrapped_target(lines: list[str], number: int, opened: int) -> None:
    """A link's target left open on line `number` after its text (opened at `opened`), its rest ('link")') at the
    start of the next line: the target is closed there, and its rest dropped from the next line."""
    line, below = lines[number], lines[number + 1]
    target = line.rfind("](")
    start = len(below) - len(below.lstrip())
    tail = _LINK_TARGET_TAIL.match(below, start) if target > opened and line.find(")", target) < 0 else None
    if tail:
        lines[number], lines[number + 1] = line + ")", below[:start] + below[tail.end():]


def _put_lines(lines: list[str], start: int, end: int, column: int | None, out: list[str]) -> None:
    """Append the renderings of the lines from `start` to `end`, none of them a list item, under the
    item whose text column is `column` (if any). A line of prose without an inline mark, most lines,
    is taken as it is when it stands at or right of the column, and is otherwise moved to it, with
    no call; its right end is left as it is (`reading.tidy_lines` strips every line the parser reads)."""
    base, append = column or 0, out.append
    margin = " " * base  # what a line at column 0 is moved by
    for line in lines[start:end]:
        stripped = line and line.lstrip()  # most blank lines are empty: no call
        if not stripped:
            append("")
        elif stripped[0] in _BLOCK_MARKS:
            append("" if stripped[0] == "[" and _REFERENCE.match(line) else _block_line(line, stripped, column))
        elif "]" in stripped or "<" in stripped or "*" in stripped or "_" in stripped or "\\" in stripped:
            append(" " * max(len(line) - len(stripped), base) + _inline(stripped))  # `_block_line`'s last case
        elif stripped is line:  # at column 0: moved to the item's column, if any, with no count
            append(margin + line)
        else:
            append(" " * max(len(line) - len(stripped), base) + stripped)


def _holds_nothing(lines: list[str], items: list[tuple[int, tuple[int, str, str]]], at: int) -> bool:
    """Whether the list item `items[at]` has nothing under it: only empty lines up to the next item,
    which is no deeper (or up to the end of the text)."""
    number, (indent, _, _) = items[at]
    following = items[at + 1] if at + 1 < len(items) else None
    end = following[0] if following else len(lines)
    if following and following[1][0] > indent:
        return False
    return all(not lines[between].strip() for between in range(number + 1, end))


class _LineShapes(dict):
    """A line's shape by its first character, one letter: "e" an empty line, "o" a line that may open
    a list item (`_ITEM_OPENERS`: a space or tab, a bullet, a decimal digit), "h" one that may be a
    heading ("#"), "x" any other. A dict look-up in C; the ASCII characters are answered up front,
    another is asked of `_ITEM_OPENERS` once and remembered (up to `_REMEMBERED` characters)."""

    _REMEMBERED = 4096

    def __init__(self) -> None:
        super().__init__((first, self._shape(first)) for first in ("", *map(chr, range(128))))

    @staticmethod
    def _shape(first: str) -> str:
        return "e" if not first else "o" if _ITEM_OPENERS[first] else "h" if first == "#" else "x"

    def __missing__(self, first: str) -> str:
        shape = self._shape(first)
        if len(self) < self._REMEMBERED:
            self[first] = shape
        return shape


_SHAPES = _LineShapes()
_OPENING_SHAPE = re.compile("o")
_EMPTY_RUN = re.compile("ee+")  # two empty lines or more
_HEADING_SHAPE = re.compile("h")


def _line_shapes(lines: list[str]) -> str:
    """The shapes of lines (`_LineShapes`), one letter a line, joined: a string whose places are the
    line numbers, searched in C for the lines `_list_items` and `_list_closes` read. A line's first
    character is all either needs, and a test of each line in Python, or a search of the page's text
    with the line ends counted, cost more than the reading of the lines found."""
    return "".join(map(_SHAPES.__getitem__, map(_FIRST_CHARACTER, lines)))


def _list_items(lines: list[str], shapes: str) -> list[tuple[int, tuple[int, str, str]]]:
    """The list items among lines, each with its line number, as `_list_item` reads it (`shapes`: the
    lines' `_line_shapes`). The item pattern is tried only on the lines whose first character can
    open an item: most lines are empty or prose."""
    numbers = list(map(_START, _OPENING_SHAPE.finditer(shapes)))
    return [(number, item) for number, found in zip(numbers, map(_ITEM.match, map(lines.__getitem__, numbers)))
            if found and (item := _list_item(found)) and not (item[0] == 0 and _in_broken_lines(lines, number))]


def _list_item(item: re.Match) -> tuple[int, str, str] | None:
    """A list item's indentation, marker and text (`item`: `_ITEM`'s match of its line). An empty
    item is "  * " or "  1. " (html2text indents every item); an escaped start (`1\\.`) and a rule
    (`* * *`, the one rule the item pattern matches) are no items."""
    indent, marker, text = item.groups()
    width = len(indent) if "\t" not in indent else len(indent.expandtabs(8))  # most indents hold no tab
    if not text:
        return None if len(indent) < 2 or marker in "+-" else (width, marker, "")
    if text[:3] == "* *" and item.group().strip(" \t\n") == "* * *":  # the match holds the line
        return None
    return width, marker, text


def _in_broken_lines(lines: list[str], number: int) -> bool:
    """Whether a line sits in a run of `<br>`-broken lines, which html2text ends with two spaces:
    a "* Coal scam = $213 billion" line there is the text of a paragraph, not a list item (an
    html2text list item is indented)."""
    return lines[number].endswith("  ") or (number > 0 and lines[number - 1].endswith("  "))


def _list_closes(lines: list[str], shapes: str) -> list[int]:
    """Where lists are closed for sure: the first line of each run of two empty lines or more
    (html2text ends a list so, while the paragraphs of one item are one empty line apart), and a
    heading at the margin (html2text writes a heading inside an item on the item's line, and may
    leave a single empty line between a list and the heading after it). `shapes`: the lines'
    `_line_shapes`, searched for both."""
    runs = map(_START, _EMPTY_RUN.finditer(shapes))
    headings = [number for number in map(_START, _HEADING_SHAPE.finditer(shapes)) if _HEADING_MARK.match(lines[number])]
    return sorted([*runs, *headings]) if headings else list(runs)


def _starts_new_list(item: tuple[int, str, str], following: tuple[int, str, str]) -> bool:
    """Whether the next list item, at the same indentation as `item` with no close between them,
    begins a new list, so the lines between them are text after the list rather than the item's
    own (a comment's date, text and "Reply" under its name). A deeper item (a reply) or a
    shallower one (back out of a nested list) continues the list, as does a sibling of the same
    kind (bullets, or the next number); a list of another kind or a numbering restart is new."""
    marker, next_marker = item[1], following[1]
    if marker in "*+-":
        return next_marker != marker
    return not (next_marker[-1:] == marker[-1:] and next_marker[:-1].isdigit() and marker[:-1].isdigit()
                and int(next_marker[:-1]) == int(marker[:-1]) + 1)


def _block_line(line: str, stripped: str, column: int | None) -> str:
    """A line that is no list item: a heading, a rule, a quote or a paragraph line, indented
    under the list item it belongs to (`column`), if any. `stripped`: the line without its
    indentation, non-blank; its first character picks the patterns that can match (each opens
    with spaces or tabs, then its mark), so a line of prose is tried against none."""
    base, first = column or 0, stripped[0]
    if first in _RULE_MARKS and _RULE.match(line):
        return " " * base + _RULE_TEXT
    quote = _QUOTE.match(line) if first == ">" else None
    if quote:
        level = quote.group(1).count(">")
        rest = _inline(line[quote.end():].strip())
        return " " * (base + _LEVEL * level) + rest if rest else ""
    heading = _heading(line) if first == "#" else None
    if heading:
        line = heading[0] + heading[1]
        stripped = line.lstrip()
    indent = len(line) - len(stripped)
    return " " * max(indent, base) + _inline(stripped)


def _heading(line: str) -> tuple[str, str] | None:
    r"""A heading line's indentation and text, or None: the line is spaces or tabs, one to six "#",
    a space or tab, and the text, which loses its closing marks (a space or tab, then "#"s) and the
    spaces and tabs around it. Read with string methods: the pattern it stands for,
    `^([ \t]*)#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`, tried its closing part after every character
    of the text, a tenth of the normaliser's work on the html2text pages."""
    marked = line.lstrip(" \t")
    text = marked.lstrip("#")
    if not 1 <= len(marked) - len(text) <= 6 or text[:1] not in _BLANKS:
        return None
    text = text.strip(" \t")
    unclosed = text.rstrip("#")
    if unclosed[-1:] in _BLANKS:  # closing marks after a blank (`text` ends with no blank: none were cut)
        text = unclosed.rstrip(" \t")
    return line[:len(line) - len(marked)], text


def _holds_inline_mark(text: str) -> bool:
    """Whether text holds a character `_inline` may change text around (`]`, `<`, `*`, `_`, a
    backslash): five searches in C cost less than one call of a pattern's search."""
    return "]" in text or "<" in text or "*" in text or "_" in text or "\\" in text


def _inline(text: str) -> str:
    """Text without link targets, emphasis marks and escapes. Each pattern runs only where its mark
    is in the text (each tries a look-behind or a bracket at many positions), and the marks are
    looked for in as few scans as tell them apart: most lines hold none."""
    if "]" in text and ("](" in text or "][" in text) or "<" in text:
        text = _IMAGE.sub(r"\1", text)
        text = _INLINE_LINK.sub(r"\1", text)
        text = _REFERENCE_LINK.sub(r"\1", text)
        text = _AUTOLINK.sub(r"\1", text)
    star, underscore = "*" in text, "_" in text
    if star and "**" in text or underscore and "__" in text:
        text = _STRONG.sub(r"\2", text)
    if star:  # the patterns change nothing in a text without their mark
        text = _EMPHASIS_STAR.sub(r"\1", text)
    if underscore:
        text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPED.sub(r"\1", text)
    return text.rstrip()


def _table_lines(lines: list[str], text: str) -> dict[int, bool]:
    """The lines of Markdown tables: True for a row, False for the `---|---` rule under the header
    row. A table is the row above a rule and the rows after it up to the first empty line. Only
    the lines holding "---" can be rules (`text`: the lines joined by line ends, searched for them),
    and most pages have few or none."""
    table: dict[int, bool] = {}
    for number in _lines_holding(text, "---"):
        if "|" not in lines[number] or not _TABLE_RULE.match(lines[number]):
            continue
        table[number] = False
        if number and lines[number - 1].strip():
            table.setdefault(number - 1, True)
        after = number + 1
        while after < len(lines) and lines[after].strip() and not _TABLE_RULE.match(lines[after]):
            table[after] = True
            after += 1
    return table


def _lines_holding(text: str, part: str) -> list[int]:
    """The numbers of the lines of text (split at line ends) holding `part`, which holds no line end,
    found by searching the text in C from one hit on from the end of its line: a test of every line
    was a call per line, for the few lines that hold it."""
    numbers, number, searched, at = [], 0, 0, text.find(part)
    while at >= 0:
        number += text.count("\n", searched, at)
        numbers.append(number)
        searched = text.find("\n", at)
        if searched < 0:
            break
        at = text.find(part, searched)
    return numbers


def _table_row(line: str) -> str:
    """A table row as w3m lays cells out: side by side, empty cells dropped. A list marker in
    front of the first bar (html2text puts a table inside a list item so) stays in front."""
    item = _ITEM.match(line)
    if item and item["text"]:
        head, rest = line[:item.start("text")], item["text"]
    else:
        rest = line.lstrip()
        head = line[:len(line) - len(rest)]
    cells = [cell.strip() for cell in _CELL_BAR.split(rest) if cell.strip()]
    return head + "  ".join(cells) if cells else ""
