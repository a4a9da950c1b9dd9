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
    """The article. `provenance` names, per field, the evidence it was read from
    (e.g. {"title": "json-ld", "date": "meta article:published_time", "author": "byline"}, or
    "metadata" for a field given by a `--metadata` table). `section` and `url` come from
    exports and metadata tables; a rendered page does not give them."""

    title: str | None = None
    title_inferred: bool = False
    author: str | None = None
    outlet: str | None = None
    date: str | None = None
    date_text: str | None = None
    teaser: str | None = None
    section: str | None = None
    url: str | None = None
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    provenance: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


LINKBACK_KINDS = frozenset({"pingback", "trackback"})


@dataclass
class Comment:
    """One comment. index is 1-based in document order; parent is an index or None.

    kind is "comment" (a reader's comment), "pingback" or "trackback" (another site linking
    here: kept in the tree, left out of the reader-comment count) or "moderator_notice" (a
    staff notice posted as a comment, counted as the page counts it). `date` is as shown;
    `date_iso` is the same moment as ISO 8601 where it parses, else None. `record` is the
    comment's own id where the input has one (an export's comment id), so rows can be joined back.
    `furniture` holds the lines a line reader set apart beside the comment, as printed: its links
    ("Reply", "Report", "▲ 3 ▼") and its poster's box ("Posts: 42"). Not its text, yet what shows it
    a thread's comment, not a feed's post.
    """

    index: int
    parent: int | None
    depth: int
    paragraphs: list[str]
    span: Span
    author: str | None = None
    date: str | None = None
    date_iso: str | None = None
    kind: str = "comment"
    title: str | None = None
    record: str | None = None
    furniture: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def is_reader_comment(self) -> bool:
        return self.kind not in LINKBACK_KINDS


@dataclass
class Repair:
    """A fix made to an inconsistent reply tree, so the user can see what was guessed. `name`: whom a
    reply said it answers (`reply_marker`, `reply_target_missing`), as the checks read it, not the message."""

    kind: str
    message: str
    comment: int | None = None
    name: str | None = None


@dataclass
class Comments:
    """The comment section.

    source: the evidence the tree was built from (`text` for the plain-text parser; for HTML
    `schema.org`, `wordpress`, `drupal`, `blogger`, `movabletype`, `hacker-news`,
    `reddit`, `disqus-static`, `cackle-static`, `livejournal`, `tumblr-notes`, `microformats`,
    `comment-markup`, `definition-list`, `forum`, `generic-repeated-blocks`, `script-embed`,
    `comments-link` or `text-fallback`; for exports the platform's name; docs/schema.md says what each means).
    status: `present` (comments in the page), `empty` (a section with none), `script-only`
    (comments that only a script loads, so not in the saved page), `absent` (no section found).
    doubts: why the comment section may be wrong, in words; `doubtful` is true when there is any.
    nesting_hidden: a text rendering's thread whose replies may have been read as top-level comments: the
    page offers a reply link under most comments, yet its text shows no comment answering another (no
    indentation, no reply marker), as a rendering that prints nested comments flush left does. Never
    true for HTML (the markup shows the nesting) or exports, nor where any parent was read.
    """

    items: list[Comment] = field(default_factory=list)
    declared: int | None = None
    closed: bool | None = None
    header: str | None = None
    repairs: list[Repair] = field(default_factory=list)
    source: str | None = None
    status: str | None = None
    doubts: list[str] = field(default_factory=list)
    nesting_hidden: bool = False

    @property
    def found(self) -> int:
        """Reader comments found: pingbacks and trackbacks are not counted."""
        return sum(1 for comment in self.items if comment.is_reader_comment)

    @property
    def doubtful(self) -> bool:
        return bool(self.doubts)


@dataclass
class Source:
    """Where a page came from. format is "text", "markdown" (a Markdown-style text rendering),
    "html" (or an export's name); record names the page inside a file that holds many (a WARC
    record's URI, an export's thread id)."""

    path: str
    encoding: str
    size: int
    line_count: int
    format: str = "text"
    record: str | None = None


@dataclass
class Page:
    source: Source
    article: Article
    boilerplate: list[Boilerplate]
    comments: Comments
    line_roles: list[LineRole]
    warnings: list[str] = field(default_factory=list)
