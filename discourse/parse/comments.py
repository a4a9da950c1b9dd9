"""The comment section of a plain-text page: where it starts, its header, its comments.

A comment starts at a marker (a number, a bullet) or a commenter line ("Jane says:");
unmarked text indented under a comment continues it. Nesting comes from the marker's
indentation, or from a site's "responded to NAME" marker.
"""

from __future__ import annotations

import re

from discourse.model import Boilerplate, Comments, LineRole, Span
from discourse.parse import patterns
from discourse.parse.boilerplate import line_kind
from discourse.parse.reply_tree import OpenComment, TreeBuilder

_LOOKAHEAD = 15
_RESPONDED_TO = re.compile(r"^(?P<author>.+?)\s*(?:responded|replied) to (?P<target>.+?)(?: on (?P<date>.+?))?$", re.I)


def declared_count(header: str) -> int | None:
    match = patterns.COMMENT_HEADER.match(header)
    if not match:
        return None
    count = match.group("count").lower()
    return int(count) if count.isdigit() else patterns.COUNT_WORDS.get(count)


def _starts_comment(line: str) -> bool:
    text = line.strip()
    return bool(patterns.NUMBER_MARKER.match(line) or patterns.BULLET_MARKER.match(line)
                or patterns.COMMENTER_LINE.match(text))


def find_comment_section(lines: list[str]) -> int | None:
    """Index of the comment section's first line: a header followed by comments, or a page of comments."""
    headers = [i for i, line in enumerate(lines) if _is_header(line.strip())]
    for i in headers:
        ahead = [line for line in lines[i + 1:i + 1 + _LOOKAHEAD] if line.strip()]
        if any(_starts_comment(line) or patterns.CLOSED_NOTICE.match(line.strip()) for line in ahead):
            return i
    counted = [i for i in headers if declared_count(lines[i].strip()) is not None]
    if counted:
        return counted[-1]
    first = next((line for line in lines if line.strip()), "")
    if patterns.NUMBER_MARKER.match(first) or patterns.COMMENTER_LINE.match(first.strip()):
        return 0
    return None


def _is_header(text: str) -> bool:
    return bool(patterns.COMMENT_HEADER.match(text) or patterns.BARE_COMMENT_HEADER.match(text))


class CommentReader:
    """Reads lines[start:] into comments, boilerplate and line roles."""

    def __init__(self, lines: list[str], roles: list[LineRole | None]) -> None:
        self.lines, self.roles = lines, roles
        self.tree = TreeBuilder()
        self.section = Comments()
        self.boilerplate: list[Boilerplate] = []
        self._open: OpenComment | None = None
        self._blank_before = False

    def read(self, start: int) -> tuple[Comments, list[Boilerplate]]:
        for i in range(start, len(self.lines)):
            if self.roles[i] is LineRole.BLANK:
                self._blank_before = True
                continue
            self._read_line(i)
            self._blank_before = False
        self._close()
        self.tree.finish(self.section.declared)
        self.section.items, self.section.repairs = self.tree.comments, self.tree.repairs
        return self.section, self.boilerplate

    def _read_line(self, i: int) -> None:
        line = self.lines[i]
        text = line.strip()
        kind = line_kind(text)
        if self.section.header is None and _is_header(text) and self._open is None:
            self.section.header, self.section.declared = text, declared_count(text)
            self.roles[i] = LineRole.COMMENT_HEADER
        elif kind:
            self._boilerplate(i, kind)
        elif patterns.REPLY_LINK.match(text):
            self.roles[i] = LineRole.COMMENT_META
        elif self._read_marker(i, line):
            pass
        elif self._read_commenter(i, text):
            self.roles[i] = LineRole.COMMENT_META
        elif self._continues(line):
            self._append_text(i, text)
        else:
            self._boilerplate(i, "other")

    def _boilerplate(self, i: int, kind: str) -> None:
        self.roles[i] = LineRole.BOILERPLATE
        self.boilerplate.append(Boilerplate(self.lines[i].strip(), kind, Span(i + 1, i + 1)))
        if kind == "closed_notice":
            self.section.closed = True
        elif kind == "comment_form" and self.section.closed is None:
            self.section.closed = False

    def _read_marker(self, i: int, line: str) -> bool:
        match = patterns.NUMBER_MARKER.match(line) or patterns.BULLET_MARKER.match(line)
        if not match:
            return False
        marker = match.group("marker")
        if self._open and not self._open.paragraphs and self._open.author and self._open.last_line == i - 1:
            self._open.indent = len(match.group("indent"))
        else:
            self._start(i, len(match.group("indent")))
        self._open.text_column = match.start("text")
        if marker[0].isdigit():
            self._open.number = int(marker[:-1])
        if self._read_commenter(i, match.group("text"), opened_by_marker=True):
            self.roles[i] = LineRole.COMMENT_META
        else:
            self._append_text(i, match.group("text"))
        return True

    def _read_commenter(self, i: int, text: str, opened_by_marker: bool = False) -> bool:
        """A "Name says:" line names the author of the comment it opens (or of a bare marker above)."""
        match = patterns.COMMENTER_LINE.match(text)
        if not match:
            return False
        author, date = match.group("author"), match.group("date")
        replied = _RESPONDED_TO.match(author)
        if not opened_by_marker and not (self._open and not self._open.paragraphs and self._open.author is None):
            self._start(i, len(self.lines[i]) - len(self.lines[i].lstrip()))
        self._open.author, self._open.date, self._open.last_line = author, date, i
        if replied:
            self._open.author, self._open.reply_to_name = replied.group("author"), replied.group("target")
        return True

    def _continues(self, line: str) -> bool:
        if self._open is None:
            return False
        indent = len(line) - len(line.lstrip())
        return indent >= self._open.indent or indent > 0

    def _start(self, i: int, indent: int) -> None:
        self._close()
        self._open = OpenComment(indent=indent, text_column=indent, first_line=i, last_line=i)

    def _append_text(self, i: int, text: str) -> None:
        comment = self._open
        if self._blank_before or not comment.paragraphs:
            comment.paragraphs.append([])
        comment.paragraphs[-1].append(text)
        comment.last_line = i
        self.roles[i] = LineRole.COMMENT

    def _close(self) -> None:
        if self._open is not None:
            self.tree.add(self._open)
            self._open = None
