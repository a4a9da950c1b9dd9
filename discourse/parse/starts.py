"""The characters a line pattern's match can begin with: a one-character test before the regex.

Every line of a page is tried against the furniture patterns, and most lines of the page
against the comment-header and widget patterns. Each is an anchored alternation of many
words, and Python's regex engine tries each alternative in turn even where the line's
first character rules them all out (about half the lines). The first characters are read
off the pattern itself, so the test can never drift from the pattern: whatever this reading
does not understand gives no test at all (the regex then runs on every line, as before).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

try:  # Python 3.11 and later
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ANY_DECIMAL = "decimal"  # `\d`: any decimal digit, of any script
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
_ATOMIC = {getattr(_sre, "ATOMIC_GROUP", _sre.SUBPATTERN)} - {_sre.SUBPATTERN}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}


class _Unknown(Exception):
    """A construct this reading does not follow: no test for this pattern."""


@dataclass(frozen=True)
class Starts:
    """The first characters a pattern's matches can have (`decimal`: any decimal digit as well;
    `folded`: in either case, as the pattern ignores case; `every`: no test, any text may match)."""

    chars: frozenset[str]
    decimal: bool = False
    every: bool = False
    folded: bool = False

    def admit(self, text: str) -> bool:
        """False when no match of the pattern can begin text (nor match an empty text)."""
        return self.first(text[:1])

    @property
    def first(self) -> Callable[[str], bool]:
        """`admit` of a text's first character (`text[:1]`): where the set says it all, the set's own
        lookup, with no Python call around it (the test runs on every line)."""
        if self.every:
            return _anything
        if self.folded:  # a one-character class ignoring case folds exactly as the pattern's letters do
            members = "".join(map(re.escape, sorted(self.chars))) + ("\\d" if self.decimal else "")
            return re.compile(f"[{members}]", re.IGNORECASE).match
        if self.decimal:
            return lambda first: first in self.chars or first.isdecimal()
        return self.chars.__contains__


def ascii_firsts(first: Callable[[str], bool]) -> frozenset[str]:
    """The ASCII characters `first` (a `Starts.first`) admits, each asked once: a set look-up answers
    it for an ASCII character without a call, where a pattern that ignores case is a regex match."""
    return frozenset(filter(first, map(chr, range(128))))


def _anything(first: str) -> bool:
    return True


def starts(pattern: re.Pattern) -> Starts:
    """The first characters of `pattern`'s matches; every text is admitted when the pattern may
    match the empty string or uses a construct not read here."""
    return _starts_of(_sre_parse.parse(pattern.pattern, pattern.flags), pattern.flags)


def source_starts(source: str) -> Starts:
    """`starts(re.compile(source))`, the source parsed once and never compiled (a pattern's alternative
    is read for its first characters alone); no test where the source does not parse on its own."""
    try:
        parsed = _sre_parse.parse(source)
    except re.error:  # a reference to a group outside it
        return Starts(frozenset(), every=True)
    return _starts_of(parsed, parsed.state.flags)  # the flags `re.compile` would give the pattern


def _starts_of(parsed, flags: int) -> Starts:
    """`starts` of a parsed pattern with these flags."""
    every = Starts(frozenset(), every=True)
    try:
        chars, nullable = _first(parsed)
    except _Unknown:
        return every
    if nullable or not chars:
        return every
    return Starts(frozenset(chars - {_ANY_DECIMAL}), _ANY_DECIMAL in chars, folded=bool(flags & re.IGNORECASE))


def _first(items) -> tuple[set[str], bool]:
    """(first characters, whether the sequence can match the empty string) of a parsed sequence."""
    chars: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # anchors and look-arounds consume nothing: ignoring them only widens the set
        if op is _sre.LITERAL:
            return chars | {chr(arg)}, False
        if op is _sre.IN:
            return chars | _in_set(arg), False
        if op is _sre.SUBPATTERN:
            if arg[1] & re.IGNORECASE:
                raise _Unknown  # an inline (?i)
            inner, nullable = _first(arg[3])
        elif op in _ATOMIC:
            inner, nullable = _first(arg)
        elif op is _sre.BRANCH:
            inner, nullable = set(), False
            for alternative in arg[1]:
                found, empty = _first(alternative)
                inner, nullable = inner | found, nullable or empty
        elif op in _REPEATS:
            inner, nullable = _first(arg[2])
            nullable = nullable or arg[0] == 0
        else:
            raise _Unknown  # any character, a back-reference, a conditional group, ...
        chars |= inner
        if not nullable:
            return chars, False
    return chars, True


def _in_set(members) -> set[str]:
    """The characters of a `[...]` set; a digit class stands for all decimal digits."""
    chars: set[str] = set()
    for op, arg in members:
        if op is _sre.LITERAL:
            chars.add(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < 512:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is _sre.CATEGORY and arg in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_UNI_DIGIT):
            chars.add(_ANY_DECIMAL)
        else:
            raise _Unknown  # a negated set, a wide range, another class
    return chars


class Dispatch:
    """`pattern.match`, where the pattern is tried with only the alternatives that can begin the text.

    The line patterns are alternations of many words (`^(leave a reply|post a comment|…)$`, several
    such joined): Python's regex engine tries every alternative in turn, though the text's first
    character rules out most. Here the pattern's alternations are split (its top level, and a
    `^(…)` group at the head of each alternative) and, for each first character met, compiled again
    with the alternatives `starts` admits for it, in their order: those left out cannot match, so the
    match is the pattern's own. A shape not read here keeps its alternative whole."""

    _MAX_TABLES = 1024  # first characters remembered (each a compiled pattern); beyond, built per call

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        if _GLOBAL_FLAGS.match(pattern.pattern):  # "(?i)…": flags that must stay in front, one part
            self._parts = [("", "", [(pattern.pattern, Starts(frozenset(), every=True))], "", "")]
        else:
            self._parts = [_part(item) for item in _alternatives(pattern.pattern)]
        self._tables: dict[str, re.Pattern | None] = {}
        self.tables = self._tables  # read by loops that spell `match` out: first character -> its pattern

    def match(self, text: str) -> re.Match | None:
        first = text[:1]
        table = self._tables.get(first, _UNSET)
        if table is _UNSET:
            table = self.table(first)
        return table.match(text) if table is not None else None

    def matches(self, texts: list[str], indices) -> list[tuple[int, re.Match]]:
        """(index, match) of each of texts[indices] that the pattern matches, in order: `match`
        spelt out in one loop (a call per line cost as much as the look-up)."""
        tables, table_of, found = self._tables, self.table, []
        for k in indices:
            text = texts[k]
            table = tables.get(text[:1], _UNSET)
            if table is _UNSET:
                table = table_of(text[:1])
            hit = table.match(text) if table is not None else None
            if hit is not None:
                found.append((k, hit))
        return found

    def table(self, first: str) -> re.Pattern | None:
        """The pattern for texts beginning with `first` ("" for the empty text), or None where no
        alternative can match such a text."""
        found = self._tables.get(first, _UNSET)
        if found is not _UNSET:
            return found
        pieces = []
        for opening, head, alternatives, rest, closing in self._parts:
            kept = [source for source, test in alternatives
                    if test.every or first in test.chars or test.decimal and first.isdecimal()]
            if kept:
                pieces.append(opening + head + "|".join(kept) + rest + closing)
        compiled = re.compile("|".join(pieces), self.pattern.flags) if pieces else None
        if len(self._tables) < self._MAX_TABLES:
            self._tables[first] = compiled
        return compiled


_UNSET = object()
_GROUP_OPENING = re.compile(r"\((?:\?P<\w+>|\?:|(?!\?))")  # a group, named or not, not a look-around
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _part(item: str) -> tuple[str, str, list[tuple[str, Starts]], str, str]:
    """(opening, head, [(alternative, its first characters)], rest, closing) of one top-level alternative:
    `(?P<kind>^(A|B)REST)` gives ("(?P<kind>", "^(", [A, B], ")REST", ")"); another shape, one
    alternative: the item whole, as `(?P<kind>^(A|B)REST|^C)`, whose REST holds a second alternative."""
    opening = _GROUP_OPENING.match(item)
    if opening and _group_end(item, opening.end()) == len(item) - 1:
        inner, closing, opening_text = item[opening.end():-1], ")", opening.group()
    else:
        inner, closing, opening_text = item, "", ""
    if inner.startswith("^(") and len(_alternatives(inner)) == 1:  # not "^(A|B)X|^C": C would lose its table
        end = _group_end(inner, 2)
        if end is not None and inner[end + 1:end + 2] not in ("?", "*", "+", "{"):  # the group, once
            return opening_text, "^(", [_with_starts(a) for a in _alternatives(inner[2:end])], inner[end:], closing
    return opening_text, "", [_with_starts(inner)], "", closing


def _with_starts(source: str) -> tuple[str, Starts]:
    return source, source_starts(source)


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source."""
    found, start, depth, i, in_set = [], 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            if source[i + 1:i + 2] == "]" or source[i + 1:i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3  # "[]…]", "[^]…]": the bracket is a member
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(source[start:i])
            start = i + 1
        i += 1
    found.append(source[start:])
    return found


def _group_end(source: str, start: int) -> int | None:
    """Index of the bracket closing the group whose content begins at `start`, or None."""
    depth, i, in_set = 0, start, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            if source[i + 1:i + 2] == "]" or source[i + 1:i + 3] == "^]":
                i += 2 if source[i + 1] == "]" else 3
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return None
