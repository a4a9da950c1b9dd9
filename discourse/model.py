"""The document model: what a parsed page is, whatever format it came from.

Readers (plain text today, HTML and comment-platform exports later) all produce a
`Page`; everything downstream reads only these dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

SCHEMA = "discourse.page/1"


class LineRole(str, Enum):
    """Where one input line landed. Every line gets exactly one role."""

    TITLE = "title"
    METADATA = "metadata"
    TEASER = "teaser"
    HEADING = "heading"
    BODY = "body"
    BOILERPLATE = "boilerplate"
    COMMENT_HEADER = "comment_header"
    COMMENT = "comment"
    COMMENT_META = "comment_meta"
    BLANK = "blank"


@dataclass(frozen=True)
class Span:
    """Inclusive 1-based input line numbers."""

    first: int
    last: int


@dataclass
class Paragraph:
    text: str
    section: str | None
    span: Span


@dataclass
class Heading:
    text: str
    span: Span


@dataclass
class Boilerplate:
    """Page furniture kept apart from the article, never dropped.

    kind is one of: footer, related_links, video_caption, comment_form,
    closed_notice, navigation, share, other.
    """

    text: str
    kind: str
    span: Span


@dataclass
class Article:
    title: str | None = None
    title_inferred: bool = False
    author: str | None = None
    outlet: str | None = None
    date: str | None = None
    date_text: str | None = None
    teaser: str | None = None
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass
class Comment:
    """One reader comment. index is 1-based in document order; parent is an index or None."""

    index: int
    parent: int | None
    depth: int
    paragraphs: list[str]
    span: Span
    author: str | None = None
    date: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Repair:
    """A fix made to an inconsistent reply tree, so the user can see what was guessed."""

    kind: str
    message: str
    comment: int | None = None


@dataclass
class Comments:
    items: list[Comment] = field(default_factory=list)
    declared: int | None = None
    closed: bool | None = None
    header: str | None = None
    repairs: list[Repair] = field(default_factory=list)

    @property
    def found(self) -> int:
        return len(self.items)


@dataclass
class Source:
    path: str
    encoding: str
    size: int
    line_count: int


@dataclass
class Page:
    source: Source
    article: Article
    boilerplate: list[Boilerplate]
    comments: Comments
    line_roles: list[LineRole]
    warnings: list[str] = field(default_factory=list)
