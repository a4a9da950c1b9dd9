"""The article part of a plain-text page: title, byline, date, teaser, headings, body.

Lines arrive with the boilerplate already set apart; this module decides, for each
remaining line, whether it is metadata, the title, a heading or body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from discourse.model import Article, Heading, LineRole, Paragraph, Span
from discourse.parse import patterns
from discourse.parse.dates import find_date

_TERMINAL = re.compile(r"[.,;:!?…]['\"’”)\]]*$")
_DASH_DECORATION = re.compile(r"^[–—\-•*]+\s*(.*?)\s*[–—\-•*]+$")
_WRAP_WIDTH = 120
_TITLE_SEARCH_LINES = 6


@dataclass
class Block:
    """Consecutive lines that form one paragraph candidate."""

    first: int
    last: int
    text: str


def parse_article(lines: list[str], roles: list[LineRole | None], end: int) -> Article:
    """Fill roles for lines[:end] that are still unassigned and return the article."""
    article = Article()
    _read_metadata(lines, roles, end, article)
    _read_title(lines, roles, end, article)
    blocks = _body_blocks(lines, roles, end)
    _read_headings_and_paragraphs(blocks, roles, article)
    if article.title is None:
        _infer_title(article)
    return article


def _unassigned(roles: list[LineRole | None], end: int):
    return (i for i in range(end) if roles[i] is None)


def _read_metadata(lines: list[str], roles: list[LineRole | None], end: int, article: Article) -> None:
    for i in _unassigned(roles, end):
        text = lines[i].strip()
        byline = patterns.BYLINE.match(text)
        if byline and len(byline.group("name").split()) <= 5 and article.author is None:
            article.author = byline.group("name").strip()
            outlet = patterns.OUTLET_IN_PARENS.search(byline.group("rest") or "")
            article.outlet = outlet.group(1).strip() if outlet else None
            _read_date(text, article)
            roles[i] = LineRole.METADATA
            continue
        dated = patterns.DATE_LINE.match(text)
        if dated and len(text) < 80 and find_date(dated.group("date")):
            _read_date(text, article)
            roles[i] = LineRole.METADATA
            _read_name_above(lines, roles, i, article)
            continue
        if article.teaser is None and patterns.TEASER.match(text) and _is_first_content(roles, i):
            article.teaser = text
            roles[i] = LineRole.TEASER


def _read_date(text: str, article: Article) -> None:
    found = find_date(text)
    if found and article.date is None:
        article.date, article.date_text = found


def _read_name_above(lines: list[str], roles: list[LineRole | None], i: int, article: Article) -> None:
    """A bare name right above a "Last updated:" line is the byline."""
    above = i - 1
    if above >= 0 and roles[above] is None and patterns.NAME_LINE.match(lines[above].strip()):
        if article.author is None:
            article.author = lines[above].strip()
        roles[above] = LineRole.METADATA


def _is_first_content(roles: list[LineRole | None], i: int) -> bool:
    return all(role in (LineRole.BLANK, LineRole.METADATA) for role in roles[:i])


def _title_like(text: str) -> bool:
    return 0 < len(text) <= 200 and len(text.split()) <= 25 and not re.search(r"[.,;:]$", text)


def _read_title(lines: list[str], roles: list[LineRole | None], end: int, article: Article) -> None:
    """The title is a short line near the top; a long first line means the page shows none."""
    for seen, i in enumerate(_unassigned(roles, end)):
        if seen >= _TITLE_SEARCH_LINES:
            return
        text = lines[i].strip()
        if _title_like(text):
            article.title = text
            roles[i] = LineRole.TITLE
            return
        if len(text) > 200 or re.search(r"[.!?]['\"’”]?$", text):
            return


def _body_blocks(lines: list[str], roles: list[LineRole | None], end: int) -> list[Block]:
    """Paragraphs: one per line on unwrapped pages, blank-line separated blocks on wrapped ones."""
    wrapped = max((len(lines[i]) for i in range(end)), default=0) <= _WRAP_WIDTH
    blocks: list[Block] = []
    for i in _unassigned(roles, end):
        text = lines[i].strip()
        if wrapped and blocks and blocks[-1].last == i - 1:
            block = blocks[-1]
            block.last, block.text = i, f"{block.text} {text}"
        else:
            blocks.append(Block(i, i, text))
    return blocks


def _heading_text(block: Block) -> str | None:
    """Short, title-like lines without closing punctuation are section headings."""
    text = block.text
    decorated = _DASH_DECORATION.match(text)
    if decorated:
        text = decorated.group(1)
    if not text or block.last != block.first or len(text) > 100 or len(text.split()) > 14:
        return None
    if _TERMINAL.search(text) or not (text[0].isupper() or text[0].isdigit()):
        return None
    return text


def _read_headings_and_paragraphs(blocks: list[Block], roles: list[LineRole | None], article: Article) -> None:
    section = None
    for position, block in enumerate(blocks):
        heading = _heading_text(block) if position < len(blocks) - 1 else None
        span = Span(block.first + 1, block.last + 1)
        if heading:
            section = heading
            article.headings.append(Heading(heading, span))
            role = LineRole.HEADING
        else:
            article.paragraphs.append(Paragraph(block.text, section, span))
            role = LineRole.BODY
        for i in range(block.first, block.last + 1):
            roles[i] = role


def _infer_title(article: Article) -> None:
    """No headline on the page: fall back to the teaser or first heading, marked as inferred."""
    candidate = article.teaser.split(":", 1)[1].strip() if article.teaser else None
    if candidate is None and article.headings:
        candidate = article.headings[0].text
    if candidate:
        article.title, article.title_inferred = candidate, True
