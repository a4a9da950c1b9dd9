"""Reading: page files in, `discourse.model.Page` out, one reader per input kind.

`read_pages` decides the kind of a file by its content (`discourse.parse.detect`), removes a
gzip layer, and hands the bytes to the reader for that kind: plain text (`parse_text`),
HTML (`discourse.parse.html`), WARC archives (`discourse.parse.warc`, one page per HTML
response), comment-platform exports and research tables (`discourse.parse.exports`: WordPress,
Disqus, comments tables, ConvoKit corpora; one page per article). Every reader returns the same `Page`, and every page's comment section gets the
same doubt checks (`discourse.parse.doubts`).
"""

from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter
from pathlib import Path

from discourse.model import Comments, LineRole, Page, Source
from discourse.parse.article import parse_article, read_byline_in_thread
from discourse.parse.boilerplate import mark_boilerplate
from discourse.parse.comments import CommentReader, declared_count
from discourse.parse import patterns
from discourse.parse.detect import DecompressionError, TruncatedGzip, gunzip, is_gzip, kind_of
from discourse.parse.doubts import UnreadSection, assess, counted_link, hides_nesting
from discourse.parse.exports import EXPORT_KINDS, read_export
from discourse.parse.lines import LineFacts
from discourse.parse.markdown import looks_like_markdown, normalised_lines as markdown_lines
from discourse.parse.reading import (MAX_PAGE_BYTES, InputError, decode_page, expand_paths, read_page_bytes,
                                     split_lines, tidy_lines)
from discourse.parse.section import find_section, forget_lines, head_name

__all__ = ["InputError", "load", "load_all", "read_pages", "parse_text", "expand_paths"]


def load(path: str | Path) -> Page:
    """Read and parse one page file (the first page of a file that holds many).

    Raises InputError with a one-line message."""
    pages = load_all(path)
    if not pages:
        raise InputError(f"{path}: holds no page")
    return pages[0]


def load_all(path: str | Path) -> list[Page]:
    """Every page in one file: one for a page file, one per HTML record of a WARC archive."""
    path = Path(path)
    return read_pages(read_page_bytes(path), str(path))


def read_pages(raw: bytes, path: str) -> list[Page]:
    """The pages in one file's bytes, whatever its kind. Raises InputError with a one-line message."""
    damage = None
    if is_gzip(raw):
        try:
            raw = gunzip(raw, path, MAX_PAGE_BYTES)
        except TruncatedGzip as error:
            raw, damage = error.data, str(error)
        except DecompressionError as error:
            raise InputError(str(error)) from None
    kind = kind_of(raw)
    if kind == "warc":
        from discourse.parse.warc import read_warc

        pages = read_warc(raw, path)
        if damage and pages:
            pages[-1].warnings.append(f"{damage}; the whole records before it were read")
        return pages
    if damage:
        raise InputError(damage)
    if kind in EXPORT_KINDS:
        return read_export(kind, raw, path)
    if kind == "html":
        from discourse.parse.html import read_html

        return [read_html(raw, path)]
    decoded = decode_page(raw, path)
    page = parse_text(decoded.text, path=path, encoding=decoded.encoding, size=len(raw))
    if decoded.doubt:
        page.warnings.append(f"{path}: {decoded.doubt}")
    return [page]


def parse_text(text: str, path: str = "<text>", encoding: str = "utf-8", size: int | None = None) -> Page:
    """Parse the plain-text rendering of a page. Never raises on odd text; warns instead.
    A Markdown-style rendering (html2text) is first read as the plain text it stands for, line
    for line (`discourse.parse.markdown`); its `source.format` is then "markdown"."""
    markdown = looks_like_markdown(text)
    # The normaliser's lines hold no CR, and a tab only where the text holds one.
    lines = tidy_lines(markdown_lines(text), "\t" in text) if markdown else split_lines(text)
    encoded = _plain_bytes(text) if not markdown else None
    facts = LineFacts.of(lines, encoded)
    if not any(facts.text):
        raise InputError(f"{path}: no text (the file is blank)")
    roles: list[LineRole | None] = [None if line else LineRole.BLANK for line in facts.text]
    forget_lines()
    section = find_section(lines, facts)
    end = len(lines) if section is None else section.start
    boilerplate = mark_boilerplate(facts, roles, 0, end)
    hint = _quoted_title(facts.text[section.start]) if section is not None and section.start < len(lines) \
        else None
    opening = (section.opening_head, head_name(lines, section.opening_head)) \
        if section is not None and section.opening_head is not None else None
    article, furniture = parse_article(lines, facts.text, roles, end, blank_separated=markdown, title_hint=hint,
                                       digits=facts.digits, opening_head=opening)
    comments, comment_boilerplate = CommentReader(lines, facts, roles).read(section) if section else (None, [])
    boilerplate = boilerplate + furniture
    byline = read_byline_in_thread(article, facts.text, roles, comments) if comments is not None else None
    if byline is not None:  # a furniture line turned out to be the byline
        boilerplate = [item for item in boilerplate if item.span.first != byline + 1]
        comment_boilerplate = [item for item in comment_boilerplate if item.span.first != byline + 1]
    page = Page(
        source=Source(path, encoding, _utf8_size(text, encoded) if size is None else size, len(lines)),
        article=article,
        boilerplate=sorted(boilerplate + comment_boilerplate, key=attrgetter("span.first")),
        comments=comments if comments is not None else _no_comments(boilerplate),
        line_roles=[role or LineRole.BODY for role in roles],
    )
    if markdown:
        page.source.format = "markdown"
    page.comments.source = page.comments.source or "text"
    if not page.comments.items and page.comments.status is None and _may_name_comments("\n".join(lines)) and any(
            patterns.SCRIPT_NOTICE.search(line) for line in lines if _may_name_comments(line)):
        page.comments.status = "script-only"  # "Please enable JavaScript to view the comments."
    finish(page, (_counted_header_line(facts.text, facts.digits) or _thread_links(facts.text))
           if section is None else None)
    return page


def _plain_bytes(text: str) -> bytes | None:
    """The UTF-8 bytes of a plain page's text that holds other characters than ASCII and no CR: its
    lines split at b"\n" are `split_lines`' lines, so the line facts read their digits from these
    bytes, and the page's size is their length (one encoding of the page, where there were two).
    None for an ASCII page (its size is its length) or one with CRs (they end lines too)."""
    return None if text.isascii() or "\r" in text else text.encode("utf-8", "surrogatepass")


def _utf8_size(text: str, encoded: bytes | None = None) -> int:
    """The size of text in UTF-8: the length of `encoded` (its bytes, where the page was encoded
    already), or its length for ASCII text (a check in C that stops at the first other character),
    where encoding it copied the whole page only to count the copy."""
    if encoded is not None:
        return len(encoded)
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _may_name_comments(line: str) -> bool:
    """A cheap first test before the script-notice pattern: the line holds the stem of "comment"
    ("omment") or of "comentário"/"commento" spelt with one m ("oment"). Asked of the whole page
    first: two searches in C answer most pages that name no comments at all."""
    return "omment" in line or "oment" in line


_SECTION_HINT = patterns.lowercase_matcher(patterns.COMMENT_HEADER, patterns.COUNT_AFTER_HEADER)
_DECIMAL = re.compile(r"\d")


def _holds_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)` in C where it can be (a character loop in Python was two
    fifths of the parse of a page of short lines): a decimal digit answers yes; ASCII text
    without one, no; only other text is read character by character (superscripts are digits too)."""
    return _DECIMAL.search(text) is not None or (not text.isascii() and any(ch.isdigit() for ch in text))


_QUOTED_TITLE = re.compile(
    r"\b(?:to|on|for|zu|auf|sur|à|a|para|su|op)\s*[“\"«„‘'‚]\s*(.{3,200}?)\s*[”\"»“’'‘]\s*:?$", re.IGNORECASE)
_QUOTES = ("“", '"', "«", "„", "‘", "'")


def _quoted_title(header: str) -> str | None:
    """The article title a comment header quotes: "40 Responses to “Has India lost its way?”"."""
    if not any(quote in header for quote in _QUOTES):
        return None
    found = _QUOTED_TITLE.search(header)
    return found.group(1) if found else None


def _counted_header_line(stripped: list[str], digits: list[bool]) -> UnreadSection | None:
    """A line that counts comments ("53 Responses to …", "Comments (12)") on a page where no
    comment section was found: a sign of one that was not read. `stripped`: the page's lines
    without their indentation (`LineFacts.text`), and whether each holds a digit (`LineFacts.digits`)."""
    for line, decimal in zip(stripped, digits):
        if not decimal and (line.isascii() or not _holds_digit(line)):
            continue  # `_holds_digit` spelt out for the common case: most lines hold no digit
        text = line.lstrip("#*>[ ").rstrip("]* ")  # the characters stripped are no digits
        if len(text) > 120 or not _SECTION_HINT.match(text.lower()):
            continue
        count = declared_count(text)
        if count:
            return UnreadSection(f'"{text[:60]}"', of_comments=True)
    return None


TEXT_FORMATS = ("text", "markdown")  # the formats the text reader gives a page
THREAD_LINKS = 3  # reply or report links that show a thread no reader recognised


def _thread_links(stripped: list[str]) -> UnreadSection | None:
    """Reply, report or log-in-to-reply links, one under each comment ("Login or register to post
    comments" 27 times), in any language the doubts know ("Ответить", "Melden", "| 回复" in a table's
    cell), each the whole of its line (see `counted_link`), on a page where no comment section was found: a
    thread that was not read. `stripped`: the page's lines without their indentation."""
    # Each distinct line read once, in the order of its first showing (a page repeats its links, and
    # a page of short lines repeats much else): the count of each is added up.
    links = [(link, times) for link, times in
             ((counted_link(patterns.link_text(line)), times)
              for line, times in Counter(stripped).items() if len(line) < 60)
             if link]
    count = sum(times for _, times in links)
    if count < THREAD_LINKS:
        return None
    return UnreadSection(f'{count} reply or report links ("{links[0][0][:40]}")', of_comments=True)


def finish(page: Page, unread_section: UnreadSection | None = None) -> Page:
    """What every reader does last: the comment status, the doubts, whether replies may hide among the
    top-level comments, and the warnings. `unread_section`: signs of a comment section the reader saw but
    could not read (see `assess`). Only a text rendering hides a thread's nesting: the HTML reader, which
    calls this again after a rendered-text reading of its page, sees the markup's."""
    comments = page.comments
    if comments.status is None:
        comments.status = "present" if comments.items else ("empty" if comments.header else "absent")
    comments.doubts = assess(page, unread_section)
    comments.nesting_hidden = page.source.format in TEXT_FORMATS and hides_nesting(comments)
    page.warnings.extend(_warnings(page))
    return page


def _no_comments(boilerplate) -> Comments:
    """A page without a comment section may still say whether commenting is open or closed."""
    kinds = {item.kind for item in boilerplate}
    closed = True if "closed_notice" in kinds else (False if "comment_form" in kinds else None)
    return Comments(closed=closed)


def _warnings(page: Page) -> list[str]:
    name = page.source.path + (f" [{page.source.record}]" if page.source.record else "")
    warnings = [f"{name}: {repair.message}" for repair in page.comments.repairs]
    if not page.article.paragraphs:
        warnings.append(f"{name}: no article body found")
    if page.article.title_inferred:
        warnings.append(f"{name}: the page shows no title; inferred \"{page.article.title}\"")
    if page.comments.status == "script-only":
        warnings.append(f"{name}: the comments are loaded by a script and are not in the saved page")
    warnings.extend(f"{name}: doubtful comments: {doubt}" for doubt in page.comments.doubts)
    return warnings
