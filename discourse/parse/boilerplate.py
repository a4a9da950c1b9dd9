"""Page furniture: footers, related links, video captions, comment forms, closed notices.

Set apart with a kind, never dropped, so a user can check what the parser left out.
"""

from __future__ import annotations

from discourse.model import Boilerplate, LineRole, Span
from discourse.parse import patterns

_LINE_KINDS = (
    (patterns.CLOSED_NOTICE, "closed_notice"),
    (patterns.COMMENT_FORM, "comment_form"),
    (patterns.FOOTER, "footer"),
)
_LIST_ITEM = (patterns.BULLET_MARKER, patterns.NUMBER_MARKER)


def line_kind(text: str) -> str | None:
    """The boilerplate kind of a single stripped line, or None."""
    for pattern, kind in _LINE_KINDS:
        if pattern.match(text):
            return kind
    return None


def mark_boilerplate(lines: list[str], roles: list[LineRole | None], start: int, end: int) -> list[Boilerplate]:
    """Mark boilerplate lines in lines[start:end]: single lines, plus related-link lists and captions."""
    found: list[Boilerplate] = []
    i = start
    while i < end:
        text = lines[i].strip()
        if roles[i] is not None or not text:
            i += 1
            continue
        if patterns.RELATED_HEADER.match(text):
            i = _mark_run(lines, roles, i, end, "related_links", found, _is_list_item)
        elif patterns.VIDEO_CAPTION.match(text):
            i = _mark_run(lines, roles, i, end, "video_caption", found, _is_caption, limit=1)
        else:
            kind = line_kind(text)
            if kind:
                _add(found, roles, lines, i, kind)
            i += 1
    return found


def _is_list_item(line: str) -> bool:
    return any(pattern.match(line) for pattern in _LIST_ITEM)


def _is_caption(line: str) -> bool:
    return len(line.strip()) <= 200


def _mark_run(lines, roles, i, end, kind, found, belongs, limit=10_000) -> int:
    """Mark the header line at i and the following lines that belong to it (blank lines allowed)."""
    _add(found, roles, lines, i, kind)
    taken, j = 0, i + 1
    while j < end and taken < limit:
        if not lines[j].strip():
            j += 1
            continue
        if roles[j] is not None or not belongs(lines[j]):
            break
        _add(found, roles, lines, j, kind)
        taken, j = taken + 1, j + 1
    return j


def _add(found: list[Boilerplate], roles: list[LineRole | None], lines: list[str], i: int, kind: str) -> None:
    roles[i] = LineRole.BOILERPLATE
    found.append(Boilerplate(lines[i].strip(), kind, Span(i + 1, i + 1)))
