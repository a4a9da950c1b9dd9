"""Parsing: page files in, `discourse.model.Page` out."""

from __future__ import annotations

from pathlib import Path

from discourse.model import Comments, LineRole, Page, Source
from discourse.parse.article import parse_article
from discourse.parse.boilerplate import mark_boilerplate
from discourse.parse.comments import CommentReader, find_comment_section
from discourse.parse.reading import InputError, decode, expand_paths, read_page_bytes, split_lines

__all__ = ["InputError", "load", "parse_text", "expand_paths"]


def load(path: str | Path) -> Page:
    """Read and parse one page file. Raises InputError with a one-line message."""
    path = Path(path)
    raw = read_page_bytes(path)
    text, encoding = decode(raw, str(path))
    return parse_text(text, path=str(path), encoding=encoding, size=len(raw))


def parse_text(text: str, path: str = "<text>", encoding: str = "utf-8", size: int | None = None) -> Page:
    """Parse the plain-text rendering of a page. Never raises on odd text; warns instead."""
    lines = split_lines(text)
    if not any(line.strip() for line in lines):
        raise InputError(f"{path}: no text (the file is blank)")
    roles: list[LineRole | None] = [None if line.strip() else LineRole.BLANK for line in lines]
    start = find_comment_section(lines)
    end = len(lines) if start is None else start
    boilerplate = mark_boilerplate(lines, roles, 0, end)
    article, furniture = parse_article(lines, roles, end)
    comments, comment_boilerplate = CommentReader(lines, roles).read(end) if start is not None else (None, [])
    boilerplate = boilerplate + furniture
    page = Page(
        source=Source(path, encoding, len(text.encode("utf-8")) if size is None else size, len(lines)),
        article=article,
        boilerplate=sorted(boilerplate + comment_boilerplate, key=lambda b: b.span.first),
        comments=comments if comments is not None else _no_comments(boilerplate),
        line_roles=[role or LineRole.BODY for role in roles],
    )
    page.warnings.extend(_warnings(page))
    return page


def _no_comments(boilerplate) -> Comments:
    """A page without a comment section may still say whether commenting is open or closed."""
    kinds = {item.kind for item in boilerplate}
    closed = True if "closed_notice" in kinds else (False if "comment_form" in kinds else None)
    return Comments(closed=closed)


def _warnings(page: Page) -> list[str]:
    warnings = [f"{page.source.path}: {repair.message}" for repair in page.comments.repairs]
    if not page.article.paragraphs:
        warnings.append(f"{page.source.path}: no article body found")
    if page.article.title_inferred:
        warnings.append(f"{page.source.path}: the page shows no title; inferred \"{page.article.title}\"")
    return warnings
