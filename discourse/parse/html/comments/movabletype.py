"""Movable Type and TypePad comment threads: the comment's text first, then its signature.

Movable Type's templates sign each comment below its text: "Posted by: NAME at DATE" in a
`span.comments-post` inside `div.comments-body` (MT 2 and 3), "Posted by: NAME | DATE" in a
`p.comment-footer` after `div.comment-content`, both inside `div.comment` (MT 3.2 and later,
and TypePad), or a `p.posted` after the `div#cNNN` that holds the text (older templates).
TypePad is Movable Type's hosted edition and prints the same templates, so its threads are
reported as `movabletype` too. A page counts as Movable Type by its generator meta
("Movable Type", movabletype.org, typepad.com) or, where it has none, by a signature in
Movable Type's own footer inside its own comment block; a page whose generator names another
platform is not Movable Type, whatever its classes. Blogger shares `comments-content`,
`comment-content` and `comment-footer`, but signs nothing there, so its threads stay with the
platform conventions.

Here the comment is the element that holds a signature, or, in an element named for comments,
the comment element just before it; the signature is read for the author and date (`fields`)
and left out of the text. A signature after its comment's element outside any comment section
(`div#cNNN` + `p.posted` in the page's main column, beside the article) is left to the
repeated-block detector (`generic`), which pairs each block with the line after it once the
article is read, and names the thread `movabletype` on a Movable Type page (`signed_pairs`).
The page's trackbacks (`div.trackback`, MT 3's `div.trackback-body`) are read with its comments,
as linkbacks dated by their "Tracked on" line, so a user sees them but does not count them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse import patterns
from discourse.parse.html.comments.items import Found
from discourse.parse.html.dom import ancestors, classes, ident, names, select, squash, text_of

SOURCE = "movabletype"
_GENERATOR = re.compile(r"movable\s?type|typepad", re.I)
# "Posted by" in the languages Movable Type's templates were translated into.
_SIGNATURE = re.compile(r"^(?:posted|written|publié|posté|écrit|rédigé|verfasst|geschrieben|escrito|publicado"
                        r"|scritto|pubblicato|geplaatst)\s+(?:by|par|von|por|da|door)\s*:?\s*", re.I)
# A trackback's footer: "Tracked on DATE".
_TRACKED = re.compile(r"^tracked\s+on\s*:?\s*", re.I)
# Between the name and the date: Movable Type's "at" (and its translations) or TypePad's "|".
_NAME_END = re.compile(r"\s*\|\s*|\s+(?:at|on|le|à|am|um|el|em|a las|il|alle|op|om)\s+(?=[^|]*\d)", re.I)
# Movable Type's footers where they sit in its templates: a signature in one is evidence enough.
_OWN_FOOTERS = ".comments-body .comments-post, .comments-content .comment-footer"
# On a page whose generator is Movable Type, any footer so named that signs a comment.
_FOOTERS = ".comments-post, .comment-footer, .posted, .comment-posted, .comments-posted"
# A trackback's element: `div.trackback` (Movable Type 4 and later), `div.trackback-body` (MT 3).
_TRACKBACK_CLASSES = frozenset({"trackback", "trackback-body"})
_ITEM_CLASSES = frozenset({"comments-body", "comment", "comment-content", "comment-body"})
_ITEM_ID = re.compile(r"^(?:c|comment-?)[0-9a-f]*\d[0-9a-f]*$", re.I)
_MAX_CLIMB = 3  # the signature sits at most this deep inside its comment
# The element a signed comment list sits in, where signatures follow their comments as siblings.
_SECTION = re.compile(r"(?:^|[\s_-])comments?(?:[-_](?:content|list|body|area))?(?:$|\s)", re.I)


def find_movable_type(tree: LexborHTMLParser, order: dict[int, int]) -> Found | None:
    """The comments of a Movable Type or TypePad page, each found from its signature."""
    body = tree.body
    if body is None:
        return None
    makers = generators(tree)
    if makers and not any(_GENERATOR.search(made_by) for made_by in makers):
        return None  # another platform's page, whatever its classes are called
    footers = _FOOTERS if makers else _OWN_FOOTERS
    items: dict[int, LexborNode] = {}
    signatures: dict[int, LexborNode] = {}
    extra: dict[int, list[LexborNode]] = {}
    for footer in select(body, footers):
        signed = _SIGNATURE.match(text_of(footer)) or _TRACKED.match(text_of(footer))
        item, outside = _comment_of(footer) if signed else (None, False)
        if item is None or item.mem_id in items:
            continue
        items[item.mem_id], signatures[item.mem_id] = item, footer
        if outside:
            extra[item.mem_id] = [footer]
    if not items:
        return None
    trackbacks = _trackbacks(body, items)
    for node in trackbacks:
        tracked = next((part for part in node.css("p, div, span") if _TRACKED.match(text_of(part))), None)
        if tracked is not None:
            signatures[node.mem_id] = tracked
    nodes = [*items.values(), *trackbacks]
    return Found(SOURCE, sorted(nodes, key=lambda node: order.get(node.mem_id, 0)), extra, signatures=signatures)


def _trackbacks(body: LexborNode, items: dict[int, LexborNode]) -> list[LexborNode]:
    """The page's trackbacks ("Trackback from SITE on TITLE", "Tracked on DATE"): other weblogs
    linking to the entry, listed beside its comments (read as kind `trackback`, not counted)."""
    found = [node for node in select(body, ".trackback, .trackback-body")
             if _TRACKBACK_CLASSES.intersection(classes(node)) and node.mem_id not in items and text_of(node)]
    ids = {node.mem_id for node in found}
    return [node for node in found if not any(up.mem_id in ids for up in ancestors(node))]


@dataclass
class Signed:
    """What a signature says: the commenter's name and the date as shown."""

    author: str | None
    date: str | None


def read_signature(footer: LexborNode) -> Signed | None:
    """"Posted by: NAME | DATE", "Posted by NAME at DATE", "Rédigé par : NAME | DATE": the name is
    the link that starts what follows the lead words (a name may hold "at"), else what comes
    before the first separator; the date is the rest, up to its last timestamp (a "Reply" link
    may follow it)."""
    text = text_of(footer)
    tracked = _TRACKED.match(text)
    if tracked is not None:  # a trackback's footer dates it; its "author" is the linking weblog
        return Signed(None, squash(text[tracked.end():]) or None)
    lead = _SIGNATURE.match(text)
    if lead is None:
        return None
    rest = text[lead.end():]
    names = (squash(a.text()) for a in footer.css("a"))
    link = next((name for name in names if name and rest.startswith(name)), None)
    if link is not None:
        name, after = link, rest[len(link):]
        separator = _NAME_END.match(after)
        after = after[separator.end():] if separator else after.lstrip(" |")
    else:
        pieces = _NAME_END.split(rest, maxsplit=1)
        name, after = pieces[0], pieces[1] if len(pieces) > 1 else ""
    spans = patterns.timestamps(after)
    date = squash(after[:spans[-1][1]] if spans else after)
    return Signed(squash(name) or None, date or None)


def made_by_movable_type(tree: LexborHTMLParser) -> bool:
    return any(_GENERATOR.search(made_by) for made_by in generators(tree))


def generators(tree: LexborHTMLParser) -> list[str]:
    """What the page's generator metas name (a page may carry one per plugin)."""
    return [meta.attributes.get("content") or "" for meta in tree.css('meta[name="generator" i]')]


def _comment_of(footer: LexborNode) -> tuple[LexborNode | None, bool]:
    """(the comment a signature signs, whether the signature is outside it): the comment element
    the signature sits in, else, in a comment section, the comment element just before it."""
    for depth, ancestor in enumerate(ancestors(footer)):
        if depth >= _MAX_CLIMB:
            break
        if _is_comment_element(ancestor) and len(text_of(ancestor)) > len(text_of(footer)):
            return _outermost(ancestor), False
    before = footer.prev
    while before is not None and (not before.tag or before.tag[0] == "-" or not text_of(before)):
        before = before.prev
    section = footer.parent
    if before is not None and _is_comment_element(before) and section is not None and _SECTION.search(names(section)):
        return before, True
    return None, False


def signed_pairs(tree: LexborHTMLParser, extra: dict[int, list[LexborNode]]) -> bool:
    """Blocks paired with the line after them (as the repeated-block detector pairs them) on a
    Movable Type page, every such line a signature: Movable Type's older templates, named so."""
    return bool(extra) and made_by_movable_type(tree) and all(
        parts and _SIGNATURE.match(text_of(parts[0])) for parts in extra.values())


def _outermost(node: LexborNode) -> LexborNode:
    """`div.comment` rather than the `div.comment-content` inside it: the whole comment, whose
    replies nest in it."""
    parent = node.parent
    return parent if parent is not None and "comment" in classes(parent) else node


def _is_comment_element(node: LexborNode) -> bool:
    return bool(_ITEM_CLASSES.intersection(classes(node))) or bool(_ITEM_ID.match(ident(node)))
