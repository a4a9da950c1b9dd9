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
    `every`: no test, any text may match)."""

    chars: frozenset[str]
    decimal: bool = False
    every: bool = False

    def admit(self, text: str) -> bool:
        """False when no match of the pattern can begin text (nor match an empty text)."""
        return self.first(text[:1])

    @property
    def first(self) -> Callable[[str], bool]:
        """`admit` of a text's first character (`text[:1]`): where the set says it all, the set's own
        lookup, with no Python call around it (the test runs on every line)."""
        if self.every:
            return _anything
        if self.decimal:
            return lambda first: first in self.chars or first.isdecimal()
        return self.chars.__contains__


def _anything(first: str) -> bool:
    return True


def starts(pattern: re.Pattern) -> Starts:
    """The first characters of `pattern`'s matches; every text is admitted when the pattern
    ignores case, may match the empty string, or uses a construct not read here."""
    every = Starts(frozenset(), every=True)
    if pattern.flags & re.IGNORECASE:
        return every
    try:
        chars, nullable = _first(_sre_parse.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return every
    return every if nullable else Starts(frozenset(chars - {_ANY_DECIMAL}), _ANY_DECIMAL in chars)


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
