"""What the parse asks of every line of a page, worked out once per page.

The section finder, the boilerplate marker, the article reader and the comment reader all
read the same lines: each used to strip and lower-case the lines it looked at, and the
header test ran line by line through two function calls. Done once here, in list
comprehensions, that work costs a fraction of what it did (about a tenth of the parse).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import sub

from discourse.model import Span
from discourse.parse.starts import ascii_firsts, starts


@dataclass(frozen=True)
class LineFacts:
    """Per line of a page (same indices as the lines): its text without the indentation, that
    text lower-cased (the patterns of furniture, headers and widgets are matched lower-cased), and
    the width of the indentation (which nests comments), and whether it holds a decimal digit
    (`digit_lines`: the section finder, the article's metadata reader and the counted-header hint
    ask it)."""

    text: list[str]
    lowered: list[str]
    indent: list[int]
    digits: list[bool]

    @classmethod
    def of(cls, lines: list[str], encoded: bytes | None = None) -> LineFacts:
        """The facts of lines as `reading.split_lines` gives them (right-stripped already).
        `encoded`: the UTF-8 bytes of the text they were split from, if the caller has them
        (see `digit_lines`)."""
        # Each step is one `map` of a C function over the lines: no Python code runs per line.
        text = list(map(str.strip, lines))
        indent = list(map(sub, map(len, lines), map(len, text)))
        joined = "\n".join(text)
        # A page of ASCII text is lower-cased in one call; on another page, str.lower reads every
        # character of the whole page through its slow path, so each line is lower-cased alone and
        # its ASCII lines take the fast one. The same lines either way (line ends are neither cased
        # nor case-ignorable, so no letter's lower case depends on the next line).
        lowered = joined.lower().split("\n") if joined.isascii() else list(map(str.lower, text))
        return cls(text, lowered, indent, digit_lines(text, joined, encoded))


# Deleted from a page's bytes: every byte but the ASCII digits and the line end; every ASCII byte
# but those (the non-ASCII bytes stay); every ASCII byte; every non-ASCII byte.
_NOT_DIGITS = bytes(sorted(set(range(256)) - set(b"0123456789\n")))
_ASCII_NOT_DIGITS = bytes(sorted(set(range(128)) - set(b"0123456789\n")))
_ASCII = bytes(range(128))
_NOT_ASCII = bytes(range(128, 256))
_DIGIT = re.compile(r"\d")


def digit_lines(text: list[str], joined: str | None = None, encoded: bytes | None = None) -> list[bool]:
    """Whether each line holds a decimal digit (a regex `\\d`), asked of every line by the article's
    metadata reader and the counted-header hint. A regex search reads a line character by
    character in Python's engine; here the lines' bytes lose every byte but the ASCII digits and
    line ends in one C call (the bytes of a non-ASCII character are never either). On a page with
    non-ASCII characters that pass keeps their bytes too, and the far shorter rest is read for the
    digits and, searched in C, for the non-ASCII characters apart. Only where those include a decimal digit ("٣",
    "１") are the lines with other characters and no ASCII digit searched one by one. `joined`: the
    lines joined by line ends, where the caller has them already. `encoded`: the UTF-8 bytes of a
    text whose lines, split at its line ends, hold the same digits as `text`'s (split by
    `reading.split_lines`, which only drops a last empty line, expands tabs and strips spaces), where
    the caller has encoded it already: the lines are not encoded again."""
    if not text:
        return []  # joined, no lines would read as one empty line
    if encoded is None:
        joined = "\n".join(text) if joined is None else joined
        if joined.isascii():
            return list(map(bool, joined.encode("ascii").translate(None, _NOT_DIGITS).split(b"\n")))
        encoded = joined.encode("utf-8", "surrogatepass")
    kept = encoded.translate(None, _ASCII_NOT_DIGITS)
    digits = kept.translate(None, _NOT_ASCII).split(b"\n")[:len(text)]
    if _DIGIT.search(kept.translate(None, _ASCII).decode("utf-8", "surrogatepass")) is None:
        return list(map(bool, digits))  # `\d` is `str.isdecimal`: one search, no set of the characters
    return [bool(found) or not line.isascii() and _DIGIT.search(line) is not None
            for found, line in zip(digits, text)]


@lru_cache(maxsize=1 << 16)
def line_span(number: int) -> Span:
    """The span of the single line `number` (1-based). Spans are frozen, so one object per number
    serves every page: making a frozen dataclass costs three times a plain one, and the parse sets
    apart thousands of single lines."""
    return Span(number, number)


class FirstCharacters(dict):
    """Whether a line opening with a character may match a pattern, by character, read as a dict look-up
    in C: most lines cannot open a match, and asking a pattern that ignores case is a regex call.
    The ASCII characters are answered up front; another is asked of the pattern once and remembered
    (up to `_REMEMBERED` characters, so a page of scattered scripts cannot grow it without end)."""

    _REMEMBERED = 4096

    def __init__(self, pattern: re.Pattern) -> None:
        self._first = starts(pattern).first
        admitted = ascii_firsts(self._first)
        super().__init__((chr(code), chr(code) in admitted) for code in range(128))
        self[""] = bool(self._first(""))  # an empty line: admitted only where the pattern admits any text

    def __missing__(self, character: str) -> bool:
        admitted = bool(self._first(character))
        if len(self) < self._REMEMBERED:
            self[character] = admitted
        return admitted
