"""One comment element read into its parts: author, date as shown (and ISO), title, kind, paragraphs.

Each part is looked for first where the markup names it (schema.org `itemprop`, microformats,
`fn`/`cite`, `…author…`, `…date…`, `time`), then in the comment's meta line as the text parser
reads one ("Jane says:", "Posted by: Jane at 5 pm"). Whatever held the author, the date, the
title or furniture (reply links, votes, avatars) is left out of the comment's paragraphs. Replies
nested inside the element are other comments and are left out too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from discourse.parse import patterns
from discourse.parse.commenters import read_commenter
from discourse.parse.html.comments.comment_dates import comment_date_iso
from discourse.parse.html.comments.furniture import clean_lines, is_furniture_element
from discourse.parse.html.dom import HIDDEN_TAGS, ancestors, blocks, names, squash, text_of

_AUTHOR = ("[itemprop=author] [itemprop=name]", "[itemprop=author]", "[itemprop=creator] [itemprop=name]",
           "[typeof*=UserAccount]", "[rel*=has_creator]", ".p-author", ".u-author", ".fn", "cite",
           ".comment-author", "[class*=author]", "[class*=user]", "[class*=name]", "[class*=nick]", ".by a",
           "[class*=posted]", "[class*=byline]")
_DATE = ("time", "[itemprop=dateCreated]", "[itemprop=datePublished]", ".dt-published", "[class*=date]",
         "[class*=time]", "[class*=posted]", "[class*=meta]", "[class*=byline]", "small", ".by", "em")
_TITLE = ("[itemprop=name]:not([itemprop=author] *)", "[class*=title]", "h3", "h4", "h5", "h6")
_CONTENT = ("[itemprop=text]", "[itemprop=articleBody]", "[itemprop=commentText]", ".e-content", ".p-content",
            "[property*=content]", "[class*=comment-content]", "[class*=comment-text]", "[class*=commenttext]",
            "[class*=comment_text]", "[class*=comment-body]", "[class*=comment_body]", "[class*=commentbody]",
            "[class*=cbody]", "[class*=message]", "[class*=content]", "[class*=text]", "[class*=body]",
            "[class*=entry]", "blockquote.comment", "dd")
_NAME_CUT = re.compile(r"\s*(?:\(not verified\)|\bsays?\b|\bsaid\b|\bwrote\b|\bschreibt\b|\bsagt\b|\bdit\b"
                       r"|\ba écrit\b)\s*:?\s*$", re.I)
_NAME_LEAD = re.compile(r"^(?:posted by|written by|by|von|par|por|comment by|from)\s*:?\s+", re.I)
_DATE_LEAD = re.compile(r"^(?:posted|published|written|commented)?\s*(?:on|am|le|el|em|at)?\s+", re.I)
_DATE_TRAIL = re.compile(r"[\s|·•,—–-]+$")
_MAX_NAME_CHARS = 80
_MAX_NAME_WORDS = 8
_MAX_META_CHARS = 200


@dataclass
class ItemFields:
    author: str | None = None
    date: str | None = None
    date_iso: str | None = None
    title: str | None = None
    kind: str = "comment"
    paragraphs: list[str] = field(default_factory=list)
    parts: list[LexborNode] = field(default_factory=list)  # elements read as author/date/title


def read_item(node: LexborNode, extra: list[LexborNode], others: set[int]) -> ItemFields:
    """The parts of one comment; `others` are the mem_ids of the other comments (nested replies)."""
    roots = [node, *extra]
    found = ItemFields(kind=_kind(node))
    author_node = _first(roots, _AUTHOR, others, _name_from)
    if author_node is not None:
        found.author = _name_from(author_node)
        found.parts.append(author_node)
    date_node = _first(roots, _DATE, others, _date_from)
    if date_node is not None:
        found.date, found.date_iso = _date_from(date_node), comment_date_iso(date_node)
        found.parts.append(date_node)
    title_node = _first(roots, _TITLE, others, lambda n: _title_from(n, found.author))
    if title_node is not None:
        found.title = _title_from(title_node, found.author)
        found.parts.append(title_node)
    lines = _own_lines(roots, others, found.parts)
    if found.author is None or found.date is None:
        _from_meta_line(found, lines)
    found.paragraphs = clean_lines(_without_meta(lines, found), found.author, found.date)
    return found


def _kind(node: LexborNode) -> str:
    marks = names(node)
    if re.search(r"(?:^|\s)pingback(?:$|\s)", marks):
        return "pingback"
    if re.search(r"(?:^|\s)trackback(?:$|\s)", marks):
        return "trackback"
    return "comment"


def _belongs(candidate: LexborNode, root: LexborNode, others: set[int]) -> bool:
    """The candidate is in this comment, not in a reply nested inside it, and not hidden."""
    for ancestor in ancestors(candidate):
        if ancestor.mem_id == root.mem_id:
            return True
        if ancestor.mem_id in others or ancestor.tag in HIDDEN_TAGS:
            return False
    return False


def _first(roots: list[LexborNode], selectors: tuple[str, ...], others: set[int], reader) -> LexborNode | None:
    for selector in selectors:
        for root in roots:
            for candidate in root.css(selector):
                if candidate.mem_id != root.mem_id and _belongs(candidate, root, others) and reader(candidate):
                    return candidate
    return None


def _name_from(node: LexborNode) -> str | None:
    text = text_of(node)
    if not text or len(text) > _MAX_META_CHARS:
        return None
    spans = patterns.timestamps(text)
    if spans:
        before = text[:spans[0][0]]
        text = before if before.strip(" |,:—–-") else text[spans[-1][1]:]
    text = _NAME_LEAD.sub("", _NAME_CUT.sub("", squash(text))).strip(" |,:—–-·•")
    text = re.sub(r"\s+(?:on|at|am|le|el|em|um)$", "", text, flags=re.I).strip(" |,:—–-")
    if not text:
        link = node.css_first("a")
        text = squash(link.text()) if link is not None else ""
    if not text or len(text) > _MAX_NAME_CHARS or len(text.split()) > _MAX_NAME_WORDS:
        return None
    if patterns.REPLY_LINK.match(text) or text.lower() in ("anonymous said", "reply", "name", "avatar"):
        return None
    return text


def _date_from(node: LexborNode) -> str | None:
    text = text_of(node)
    if not text or len(text) > _MAX_META_CHARS:
        return None
    spans = patterns.timestamps(text)
    if not spans:
        return None
    shown = text[spans[0][0]:spans[-1][1]]
    return _DATE_TRAIL.sub("", _DATE_LEAD.sub("", shown)) or None


def _title_from(node: LexborNode, author: str | None) -> str | None:
    text = text_of(node)
    if not text or len(text) > _MAX_META_CHARS or text == author or patterns.timestamps(text):
        return None
    if is_furniture_element(names(node)) or "author" in names(node):
        return None
    return text if node.tag in ("h3", "h4", "h5", "h6") or "title" in names(node) else None


def _own_lines(roots: list[LexborNode], others: set[int], parts: list[LexborNode]) -> list[str]:
    """The text lines of the comment, its replies, read parts and furniture elements left out."""
    skip = set(others) | {part.mem_id for part in parts}
    content = _first(roots, _CONTENT, others, lambda n: not _holds_any(n, parts) and bool(text_of(n)))
    sources = [content] if content is not None else roots
    lines: list[str] = []
    for root in sources:
        furniture = {n.mem_id for n in root.traverse(include_text=False)
                     if n.mem_id != root.mem_id and is_furniture_element(names(n)) and _belongs(n, root, others)}
        lines.extend(block.text for block in blocks(root, skip | furniture))
    return lines


def _holds_any(node: LexborNode, parts: list[LexborNode]) -> bool:
    ids = {part.mem_id for part in parts}
    return any(n.mem_id in ids for n in node.traverse(include_text=False))


def _from_meta_line(found: ItemFields, lines: list[str]) -> None:
    """"Jane says:" / "Posted by: Jane at 5:10 PM" lines the markup did not name."""
    for line in lines[:3] + lines[-2:]:
        commenter = read_commenter(line)
        if commenter is None:
            continue
        found.author = found.author or commenter.author
        if found.date is None and commenter.date:
            found.date = commenter.date
            found.date_iso = comment_date_iso(None, commenter.date)
        return


def _without_meta(lines: list[str], found: ItemFields) -> list[str]:
    """Drop the meta lines (author and date on one line) that the paragraphs would otherwise start with."""
    out = []
    for line in lines:
        commenter = read_commenter(line) if len(line) <= _MAX_META_CHARS else None
        if commenter is not None and (commenter.author == found.author or commenter.date == found.date):
            continue
        out.append(line)
    return out
