"""What every export reader shares: comment ids to a repaired reply tree, text from stored HTML,
exact timestamps, and the `Page` an export item becomes.

An export names each comment's parent by id, so the tree is exact, but exports are not always
consistent: a parent id the file does not hold, a reply to a comment left out as spam, two
comments replying to each other. Each is repaired (the comment is kept, never dropped) and
listed as a `Repair`, as the text parser does for broken indentation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

from discourse.model import Article, Comment, Comments, Page, Paragraph, Repair, Source, Span
from discourse.parse.dates import find_date

# Unix times in seconds have at most 11 digits until the year 5138; longer ones are milliseconds.
_MILLISECOND_DIGITS = 12
_EPOCH = re.compile(r"^\d{9,14}(?:\.\d+)?$")
_BLOCK_TAG = re.compile(
    r"(?i)<\s*/?\s*(br|p|div|li|ul|ol|h[1-6]|blockquote|pre|table|tr|section|article|figure|figcaption|hr)\b[^>]*>")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class Entry:
    """One comment as an export stores it, before the tree is built.

    `parent` is the id it replies to (None: top level); `position` its place in the file, which
    orders siblings with the same timestamp.
    """

    record: str
    parent: str | None
    paragraphs: list[str]
    span: Span
    position: int
    author: str | None = None
    date: str | None = None
    date_iso: str | None = None
    kind: str = "comment"


@dataclass
class LeftOut:
    """Comments an export holds but a reader leaves out (spam, unapproved, deleted), by reason.

    Their parents are kept so a reply to a left-out comment can be attached to its nearest
    kept ancestor."""

    parents: dict[str, str | None] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, record: str, parent: str | None, reason: str) -> None:
        self.parents[record] = parent
        self.reasons[reason] += 1

    def warning(self) -> str | None:
        if not self.reasons:
            return None
        counts = ", ".join(f"{count} {reason}" for reason, count in sorted(self.reasons.items()))
        total = sum(self.reasons.values())
        return f"left out {total} comment{'s' if total != 1 else ''} ({counts})"


def build_tree(entries: list[Entry], left_out: LeftOut | None = None) -> tuple[list[Comment], list[Repair]]:
    """The comments in reading order (each thread depth-first, siblings by time), with exact parents.

    Depth-first order puts every parent before its replies, as a page shows them. A parent that
    is missing, left out, or part of a cycle is repaired and listed.
    """
    left_out = left_out or LeftOut()
    first_by_id: dict[str, Entry] = {}
    notes: list[tuple[Entry, str, str]] = []  # (entry, repair kind, message after "comment N (id X) ")
    for entry in entries:
        if entry.record in first_by_id:
            notes.append((entry, "duplicate_id", "has the same id as an earlier comment; kept as a separate "
                                                 "comment, and replies go to the first"))
        else:
            first_by_id[entry.record] = entry
    parents = {id(entry): _resolved_parent(entry, first_by_id, left_out, notes) for entry in entries}
    _break_cycles(entries, parents, notes)
    ordered = _depth_first(entries, parents)
    index_of = {id(entry): number for number, entry in enumerate(ordered, start=1)}
    comments: list[Comment] = []
    for number, entry in enumerate(ordered, start=1):
        parent = parents[id(entry)]
        parent_index = index_of[id(parent)] if parent is not None else None
        depth = comments[parent_index - 1].depth + 1 if parent_index else 0
        comments.append(Comment(number, parent_index, depth, entry.paragraphs, entry.span, entry.author,
                                entry.date, entry.date_iso, entry.kind, record=entry.record))
    repairs = [Repair(kind, f"comment {index_of[id(entry)]} (id {entry.record}) {message}", index_of[id(entry)])
               for entry, kind, message in notes]
    return comments, sorted(repairs, key=lambda repair: repair.comment or 0)


def _resolved_parent(entry: Entry, by_id: dict[str, Entry], left_out: LeftOut,
                     notes: list[tuple[Entry, str, str]]) -> Entry | None:
    """The kept comment this one hangs under: its parent, or the nearest kept ancestor of a left-out one."""
    target, skipped = entry.parent, 0
    seen: set[str] = set()
    while target is not None and target in left_out.parents and target not in by_id and target not in seen:
        seen.add(target)
        target, skipped = left_out.parents[target], skipped + 1
    if target is None:
        if skipped:
            notes.append((entry, "parent_left_out", f"replies to id {entry.parent}, which was left out; "
                                                    "kept at the top level"))
        return None
    parent = by_id.get(target)
    if parent is None:
        notes.append((entry, "orphan", f"replies to id {entry.parent}, which the export does not hold; "
                                       "kept at the top level"))
        return None
    if parent is entry:
        notes.append((entry, "cycle", "replies to itself; kept at the top level"))
        return None
    if skipped:
        notes.append((entry, "parent_left_out", f"replies to id {entry.parent}, which was left out; "
                                                f"attached to its nearest kept ancestor, id {target}"))
    return parent


def _break_cycles(entries: list[Entry], parents: dict[int, Entry | None],
                  notes: list[tuple[Entry, str, str]]) -> None:
    """Comments whose parents lead round in a circle: the earliest one is moved to the top level."""
    settled: set[int] = set()
    for start in entries:
        path: list[Entry] = []
        on_path: set[int] = set()
        node: Entry | None = start
        while node is not None and id(node) not in settled and id(node) not in on_path:
            path.append(node)
            on_path.add(id(node))
            node = parents[id(node)]
        if node is not None and id(node) in on_path:
            loop = path[path.index(node):]
            first = min(loop, key=_time_order)
            parents[id(first)] = None
            others = ", ".join(f"id {member.record}" for member in loop if member is not first)
            notes.append((first, "cycle", f"is part of a reply cycle with {others}; kept at the top level"))
        settled.update(on_path)


def _time_order(entry: Entry) -> tuple[str, int]:
    return entry.date_iso or "", entry.position


def _depth_first(entries: list[Entry], parents: dict[int, Entry | None]) -> list[Entry]:
    """Threads in time order, each depth-first; iterative, so a reply chain thousands deep is fine."""
    children: dict[int | None, list[Entry]] = defaultdict(list)
    for entry in entries:
        parent = parents[id(entry)]
        children[id(parent) if parent is not None else None].append(entry)
    ordered: list[Entry] = []
    stack = sorted(children[None], key=_time_order, reverse=True)
    while stack:
        entry = stack.pop()
        ordered.append(entry)
        stack.extend(sorted(children[id(entry)], key=_time_order, reverse=True))
    return ordered


def html_paragraphs(markup: str | None) -> list[str]:
    """The paragraphs of text stored as HTML or as plain text with blank lines between paragraphs
    (WordPress stores both). Tags are dropped, entities decoded, whitespace within a paragraph folded."""
    if not markup or not markup.strip():
        return []
    text = markup
    if "<" in markup or "&" in markup:
        import lxml.html

        marked = _BLOCK_TAG.sub(lambda match: "\n" if match.group(1).lower() == "br" else "\n\n", markup)
        try:
            root = lxml.html.fragment_fromstring(marked, create_parent="div")
        except Exception:  # lxml refuses some fragments (e.g. only a comment); keep the text as it is
            root = None
        if root is not None:
            for element in root.xpath(".//script|.//style"):
                element.drop_tree()
            text = root.text_content()
    return text_paragraphs(text)


def text_paragraphs(value: object) -> list[str]:
    """Paragraphs of plain text (a table cell, a JSON value): blank lines separate them; whitespace
    within one is folded."""
    if value is None:
        return []
    return [" ".join(chunk.split()) for chunk in _PARAGRAPH_BREAK.split(str(value)) if chunk.strip()]


def iso_moment(value: object) -> str | None:
    """A timestamp as ISO 8601: `YYYY-MM-DDTHH:MM:SSZ` where the zone is known (converted to UTC),
    `YYYY-MM-DDTHH:MM:SS` where it is not, `YYYY-MM-DD` for a bare date; None when it does not parse.

    Accepts ISO forms, Unix times (seconds or milliseconds, as ConvoKit corpora store them), RSS
    dates (RFC 2822), and the dates pages print."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    if not text:
        return None
    if isinstance(value, (int, float)) or _EPOCH.match(text):
        seconds = float(text)
        if len(text.split(".")[0]) >= _MILLISECOND_DIGITS:
            seconds /= 1000
        try:
            return _iso(datetime.fromtimestamp(seconds, timezone.utc))
        except (OverflowError, OSError, ValueError):
            return None
    moment = _parsed(text)
    if moment is not None:
        return _iso(moment) if ":" in text else moment.date().isoformat()
    found = find_date(text)
    return found[0] if found else None


def _parsed(text: str) -> datetime | None:
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        return moment.replace(microsecond=0).isoformat()
    return moment.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def day_of(value: object) -> str | None:
    """The calendar day (YYYY-MM-DD) of a timestamp, for `Article.date`."""
    moment = iso_moment(value)
    return moment[:10] if moment else None


def clean(value: object) -> str | None:
    """A text field as the page model wants it: stripped, None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def article_paragraphs(paragraphs: list[str], span: Span) -> list[Paragraph]:
    return [Paragraph(text, None, span) for text in paragraphs]


@dataclass
class ExportItem:
    """One article of an export with its comments, ready to become a `Page`."""

    record: str
    article: Article
    entries: list[Entry]
    left_out: LeftOut = field(default_factory=LeftOut)
    closed: bool | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ExportFile:
    """The file an export's pages come from."""

    path: str
    size: int
    line_count: int
    format: str
    platform: str
    encoding: str = "utf-8"


def export_page(file: ExportFile, item: ExportItem) -> Page:
    """The `Page` of one export item: the exact tree, its repairs, the comments left out, and the
    checks every reader's page gets.

    `comments.declared` is the number of reader comments the export holds for the item (an export
    states its comments by holding them), so the count checks meant for rendered pages stay quiet.
    """
    from discourse.parse import finish

    items, repairs = build_tree(item.entries, item.left_out)
    comments = Comments(items=items, closed=item.closed, repairs=repairs, source=file.platform,
                        status="present" if items else "empty")
    comments.declared = comments.found
    page = Page(
        source=Source(file.path, file.encoding, file.size, file.line_count, file.format, item.record),
        article=item.article, boilerplate=[], comments=comments, line_roles=[],
    )
    left_out = item.left_out.warning()
    page.warnings.extend(f"{file.path} [{item.record}]: {warning}"
                         for warning in [*item.warnings, *([left_out] if left_out else [])])
    return finish(page)


def beside(path: str, name: str) -> Path | None:
    """A companion file in the same folder as an export (an articles table, ConvoKit's
    conversations.json); none for standard input, whose folder is unknown."""
    from discourse.parse.reading import STDIN

    if path == STDIN:
        return None
    candidate = Path(path).parent / name
    return candidate if candidate.is_file() and candidate.resolve() != Path(path).resolve() else None


def line_count(raw: bytes) -> int:
    return raw.count(b"\n") + (0 if raw.endswith(b"\n") or not raw else 1)


__all__ = ["Entry", "LeftOut", "ExportItem", "ExportFile", "build_tree", "export_page", "html_paragraphs",
           "text_paragraphs", "iso_moment", "day_of", "clean", "article_paragraphs", "beside", "line_count"]
