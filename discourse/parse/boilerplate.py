"""Page furniture: footers, related links, video captions, comment forms, closed notices.

Set apart with a kind, never dropped, so a user can check what the parser left out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import getitem

from discourse.model import Boilerplate, LineRole
from discourse.parse import patterns
from discourse.parse.lines import LineFacts, line_span
from discourse.parse.starts import Dispatch, starts


# The kinds' alternations are matched through their dispatch tables only, and compiling them whole cost a
# tenth of the parser's import, so they are kept as sources (`patterns.Source`) and compiled where a caller
# asks for them (`__getattr__`); the widget credit is read only as one of their parts.
_LINE_KINDS = (
    (patterns.CLOSED_NOTICE, "closed_notice"),
    (patterns.source("COMMENT_FORM"), "comment_form"),
    (patterns.source("FOOTER"), "footer"),
)
# The credit line a related-links widget prints under an article ("Related Posts Plugin for WordPress",
# "Related articles by Zemanta", "Recommended by Outbrain"): not a header with links under it, so the
# body would otherwise end on it. Matched lower-cased within the kinds' alternation only: its source.
_WIDGET_CREDIT = patterns.Source(
    r"^((related|similar) (posts|articles|stories|content)|you (may|might) also like)"
    r" (plugin|widget|by|from|powered by)\b.{0,60}$"
    r"|^(recommended|promoted|sponsored|powered) by \w[\w .-]{0,30}$"
)
_RUN_HEADERS = ((patterns.source("RELATED_HEADER"), "related_links"), (patterns.source("SEE_ALSO_HEADER"), "see_also"),
                (patterns.source("VIDEO_CAPTION"), "video_caption"), (_WIDGET_CREDIT, "widget_credit"))
_LIST_ITEM = (patterns.BULLET_MARKER, patterns.NUMBER_MARKER)
_LINK_LINE_CHARS = 100
_SEE_ALSO_LINES = 6  # a box of one to three links, each a headline and perhaps its section


def _one_pattern(kinds) -> patterns.Source:
    """The patterns as one case-sensitive alternation for lower-cased lines, tried in order:
    one regex call per line instead of five (see patterns.lowercase_matcher)."""
    return patterns.Source("|".join(f"(?P<{kind}>{pattern.pattern})" for pattern, kind in kinds))


class KindMatcher:
    """The kind of a lower-cased line among run headers and single-line kinds, both read from one
    dispatch table per first character (`Dispatch`): `any_kind` as the alternation of all the kinds,
    `line_kind` as that of the line kinds alone. The second needs no tables of its own: where the
    whole alternation matches a line kind, no run header matched before it, and the line kinds,
    tried in their order, match as they do alone; where nothing matches, no line kind does. Only a
    line that a run header matches first is tried against the line kinds alone, with their
    alternation compiled on that first need."""

    def __init__(self, run_headers, line_kinds) -> None:
        self.run_header_kinds = frozenset(kind for _, kind in run_headers)
        self.line_kinds_source = _one_pattern(line_kinds)
        self.any_kind_source = _one_pattern(tuple(run_headers) + tuple(line_kinds))
        self.first = starts(self.any_kind_source).first  # half the lines fail it
        self._dispatch = Dispatch(self.any_kind_source)
        self.any_kind = self._dispatch.match

    def line_kind(self, lowered: str) -> str | None:
        """The line kind of a lower-cased line, or None."""
        match = self.any_kind(lowered) if self.first(lowered[:1]) else None
        if match is None:
            return None
        return match.lastgroup if match.lastgroup not in self.run_header_kinds else self._line_kind_alone(lowered)

    def line_kinds(self, lowered: list[str], default: str | None = None) -> list[str | None]:
        """`line_kind` of each of many lower-cased lines (`default` where it is None): the
        first-character test of every line in C, the tables only on the lines it admits."""
        kinds: list[str | None] = [default] * len(lowered)
        admitted = compress(range(len(lowered)), map(self.first, map(getitem, lowered, repeat(_HEAD))))
        for k, found in self._dispatch.matches(lowered, admitted):
            kind = found.lastgroup
            kinds[k] = kind if kind not in self.run_header_kinds else self._line_kind_alone(lowered[k]) or default
        return kinds

    def _line_kind_alone(self, lowered: str) -> str | None:
        match = _compiled(self.line_kinds_source).match(lowered)
        return match.lastgroup if match else None


@lru_cache(maxsize=None)
def _compiled(source: patterns.Source) -> re.Pattern:
    return re.compile(source.pattern, source.flags)


_KINDS = KindMatcher(_RUN_HEADERS, _LINE_KINDS)
_ANY_KIND_FIRST, _ANY_KIND_MATCH = _KINDS.first, _KINDS.any_kind
_HEAD = slice(0, 1)  # a text's first character ("" for an empty text)


def __getattr__(name: str) -> re.Pattern:
    """`_LINE_KIND` and `_ANY_KIND`, the kinds' alternations compiled whole, for a caller that
    compares the dispatch tables with them: the parser itself never compiles them."""
    sources = {"_LINE_KIND": _KINDS.line_kinds_source, "_ANY_KIND": _KINDS.any_kind_source}
    if name not in sources:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _compiled(sources[name])


def line_kind(text: str) -> str | None:
    """The boilerplate kind of a single stripped line, or None."""
    return _KINDS.line_kind(text.lower())


def lowered_line_kind(lowered: str) -> str | None:
    """`line_kind` of a line already lower-cased (for callers that test it against other patterns too)."""
    return _KINDS.line_kind(lowered)


def lowered_line_kinds(lowered: list[str], default: str | None = None) -> list[str | None]:
    """`lowered_line_kind` of each of many lower-cased lines (`default` where it is None)."""
    return _KINDS.line_kinds(lowered, default)


def mark_boilerplate(facts: LineFacts, roles: list[LineRole | None], start: int, end: int) -> list[Boilerplate]:
    """Mark boilerplate lines in lines[start:end]: single lines, plus related-link lists and captions."""
    found: list[Boilerplate] = []
    text, lowered = facts.text, facts.lowered
    i = start  # the next line not yet read (a run read on skips its lines)
    # Only lines whose first character can begin a match are read: picked in C.
    for k in compress(range(start, end), map(_ANY_KIND_FIRST, map(getitem, lowered[start:end], repeat(_HEAD)))):
        if k < i:
            continue
        match = _ANY_KIND_MATCH(lowered[k]) if roles[k] is None and text[k] else None
        kind = match.lastgroup if match else None
        if kind == "related_links":
            i = _mark_run(text, roles, k, end, kind, found, _is_list_item)
        elif kind == "see_also":
            i = _mark_run(text, roles, k, end, "related_links", found, _is_link_line, limit=_SEE_ALSO_LINES)
        elif kind == "video_caption":
            i = _mark_run(text, roles, k, end, kind, found, _is_caption, limit=1)
        else:
            if kind:  # a widget's credit line is part of its related links
                _add(found, roles, text, k, "related_links" if kind == "widget_credit" else kind)
            i = k + 1
    return found


def _is_list_item(text: str) -> bool:
    """A list item (read from the stripped line: the markers' patterns allow any indentation)."""
    return any(pattern.match(text) for pattern in _LIST_ITEM)


def _is_link_line(text: str) -> bool:
    """Under a "See also" header: a list item, or a short line that ends no sentence (a headline,
    its section's name)."""
    return _is_list_item(text) or len(text) <= _LINK_LINE_CHARS and not patterns.ends_with(text, ".!?:…")


def _is_caption(text: str) -> bool:
    return len(text) <= 200


def _mark_run(text, roles, i, end, kind, found, belongs, limit=10_000) -> int:
    """Mark the header line at i and the following lines that belong to it (blank lines allowed)."""
    _add(found, roles, text, i, kind)
    taken, j = 0, i + 1
    while j < end and taken < limit:
        if not text[j]:
            j += 1
            continue
        if roles[j] is not None or not belongs(text[j]):
            break
        _add(found, roles, text, j, kind)
        taken, j = taken + 1, j + 1
    return j


def _add(found: list[Boilerplate], roles: list[LineRole | None], text: list[str], i: int, kind: str) -> None:
    roles[i] = LineRole.BOILERPLATE
    found.append(Boilerplate(text[i], kind, line_span(i + 1)))
