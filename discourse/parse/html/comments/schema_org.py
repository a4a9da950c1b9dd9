"""Comments declared with schema.org (microdata, RDFa) or SIOC RDFa, and schema.org JSON-LD.

`itemtype=".../Comment"`, `typeof="schema:Comment"`/`"sioct:Comment"` (Drupal 7 prints it on every
comment), `DiscussionForumPosting` replies. JSON-LD `comment` arrays are used only where the
markup holds no comment element (then the text comes from the JSON).
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from discourse.parse.html.comments.items import Found
from discourse.parse.html.dom import ancestors, select

_MARKED = ('[itemtype*="schema.org/Comment"], [itemtype*="schema.org/UserComments"], [typeof*="Comment"], '
           '[itemprop="comment"][itemscope]')
_FORUM = '[itemtype*="DiscussionForumPosting"], [typeof*="DiscussionForumPosting"]'


def find_schema_org(tree: LexborHTMLParser, json_comments: list[dict], order: dict[int, int]) -> Found | None:
    # lexbor returns an element once per comma-separated selector it matches (a post marked both
    # as microdata and as RDFa comes twice): one each, in document order.
    nodes = _dedupe(_in_order(tree, _MARKED, order))
    if nodes and _opens_the_thread(nodes[0]):
        return Found("forum", nodes[1:], opening=nodes[0])
    if nodes:
        return Found("schema.org", nodes)
    posts = _dedupe(_in_order(tree, _FORUM, order))
    if len(posts) > 1:
        # The first posting is the thread's opening post (the article); the others answer it.
        return Found("forum", posts[1:])
    if json_comments:
        return Found("schema.org", [], json_comments=json_comments)
    return None


def _opens_the_thread(first) -> bool:
    """The first comment is a thread's opening post: it sits in a DiscussionForumPosting that
    declares no text of its own before it, and it was published when the posting was (NodeBB marks
    the whole topic a posting and every post, the first too, one of its comments). A blog's article
    marked a posting is answered by its first comment, published later."""
    posting = next((a for a in ancestors(first) if a.css_matches(_FORUM)), None)
    if posting is None:
        return False
    text = posting.css_first('[itemprop~="articleBody"], [itemprop~="text"]')
    if text is None or not any(a.mem_id == first.mem_id for a in ancestors(text)):
        return False
    published = _published(first)
    return published is not None and published == _published(posting, inside=first)


_PUBLISHED = '[itemprop~="datePublished"], [itemprop~="dateCreated"]'


def _published(node, inside=None) -> str | None:
    """The node's declared time of publication (`content` or `datetime`), not one within `inside`."""
    for mark in node.css(_PUBLISHED):
        if inside is not None and any(a.mem_id == inside.mem_id for a in ancestors(mark)):
            continue
        value = (mark.attributes.get("content") or mark.attributes.get("datetime") or "").strip()
        return value or None
    return None


def _in_order(tree: LexborHTMLParser, selector: str, order: dict[int, int]):
    return sorted(select(tree, selector), key=lambda node: order.get(node.mem_id, 0))


def _dedupe(nodes):
    """One element per comment: an element marked again inside itself (itemscope repeated) counts once."""
    ids = {node.mem_id for node in nodes}
    out, seen = [], set()
    lengths: dict[int, int] = {}  # a comment's text length, read once however many replies it holds
    for node in nodes:
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        parent = next((a for a in ancestors(node) if a.mem_id in ids), None)
        if parent is not None and not _has_own_text_outside(parent, node, lengths):
            continue
        out.append(node)
    return out


def _has_own_text_outside(parent, child, lengths: dict[int, int]) -> bool:
    if parent.mem_id not in lengths:
        lengths[parent.mem_id] = len((parent.text() or "").strip())
    return lengths[parent.mem_id] > len((child.text() or "").strip()) + 40
