"""A comment as found in the markup, and the reply tree the markup implies.

Every kind of evidence (schema.org, platform conventions, microformats, repeated blocks) only
has to say which elements are comments; the tree is then read the same way for all of them:
a comment nested inside another answers it (WordPress `ol.children`, Blogger, Disqus), and a
comment inside a reply container that follows another comment answers that one (Drupal
`div.indented`, and the many themes that put replies in a sibling `…-sub`/`…-replies` block),
and a comment in a wrapper of the shape that wraps each comment with its answers (Substack's
`comment-list-item`) answers the comment at the top of the next such wrapper up. Where no comment
holds another and each carries its level in a class (Dreamwidth's flat run of `comment-depth-N`
threads, LiveJournal's `b-tree-twig-N`), a comment answers the last one before it a level up.
Where nothing above places any comment under another, a flat list whose replies carry only a reply
class (a static blog's `li.comment.comment-reply`, `li.reply` in `ol.comments`) reads the same way:
a marked reply is a level below the unmarked comment before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from discourse.parse.html.dom import ancestors, classes, names, shape

_REPLY_CONTAINER = re.compile(r"indent|child|repl|sub|nested|thread|answer|respon", re.I)
# A class that gives a comment's level in the thread, named as the platforms name it: "comment-depth-2",
# "wpd_comment_level-2", "thread-level-2", "b-tree-twig-2", WordPress's "depth-2"; not a rank ("user-level-5").
_LEVEL_CLASS = re.compile(r"^(?:(?:[a-z]+[-_])*(?:twig|(?:comments?|thread)[-_]?(?:depth|level))|depth)[-_]?"
                          r"(?P<level>\d{1,2})$")
# A class that marks a comment itself as a reply ("reply", "comment-reply", "is-reply", "reply-comment"): not
# a link or form inside it ("comment-reply-link", "comment-reply-title"), nor one that has replies ("has-reply").
REPLY_CLASS = re.compile(r"^(?:(?:comment|is)[-_]{1,2})?reply$|^reply[-_]comment$")


@dataclass
class Marked:
    """A comment's fields as its platform marks them, read before the shared reading guesses them."""

    author: str | None
    date: str | None
    date_iso: str | None
    parent: int | None  # the mem_id of the comment it answers, where the platform says so


@dataclass
class Found:
    """What one kind of evidence found: comment elements (document order) and its name."""

    source: str
    nodes: list[LexborNode]
    extra: dict[int, list[LexborNode]] = field(default_factory=dict)  # parts of a comment outside its element
    json_comments: list[dict] = field(default_factory=list)  # comments that exist only as JSON-LD
    # A comment's signature line ("Posted by: NAME | DATE") where the platform signs each comment.
    signatures: dict[int, LexborNode] = field(default_factory=dict)
    # Author, date and parent read from a platform's own marks, by the comment element's mem_id.
    marked: dict[int, Marked] = field(default_factory=dict)
    opening: LexborNode | None = None  # a forum thread's opening post: the page's article


def parents(nodes: list[LexborNode]) -> tuple[list[int | None], set[int]]:
    """For each comment element, the index (into nodes) of the comment it answers, or None; and the
    indexes of the replies whose parent is a guess: marked as replies by a class alone, in a flat
    list that does not say which comment they answer (read as the one printed before them)."""
    position = {node.mem_id: i for i, node in enumerate(nodes)}
    heads = _heads(nodes)
    levels = _levels(nodes, heads)
    if levels is not None:
        return _parents_by_level(levels), set()
    out: list[int | None] = []
    for i, node in enumerate(nodes):
        parent = _parent_index(node, position, i)
        out.append(parent if parent is not None else _wrapping_comment(node, i, heads))
    if all(parent is None for parent in out):
        marked = _reply_levels(nodes, heads)
        if marked is not None:
            by_class = _parents_by_level(marked)
            return by_class, {i for i, parent in enumerate(by_class) if parent is not None}
    return out, set()


def _heads(nodes: list[LexborNode]) -> dict[int, tuple[int, list[int]]]:
    """For each element that holds comments: the depth of its shallowest ones and their indexes."""
    heads: dict[int, tuple[int, list[int]]] = {}
    for i, node in enumerate(nodes):
        line = list(ancestors(node))
        depth = len(line)
        for up in line:
            held = heads.get(up.mem_id)
            if held is None or depth < held[0]:
                heads[up.mem_id] = (depth, [i])
            elif depth == held[0]:
                held[1].append(i)
    return heads


def _levels(nodes: list[LexborNode], heads: dict[int, tuple[int, list[int]]]) -> list[int] | None:
    """Each comment's level as its own element or its own wrappers name it, where every comment
    has one, some are replies (a level above the lowest), and no comment holds another (nesting,
    where there is any, says more than a class)."""
    ids = {node.mem_id for node in nodes}
    levels: list[int] = []
    for i, node in enumerate(nodes):
        if any(up.mem_id in ids for up in ancestors(node)):
            return None
        level = None
        for up in (node, *ancestors(node)):
            if up is not node and heads[up.mem_id][1] != [i]:
                break  # past this comment's own wrappers: a box of several comments
            level = next((int(m.group("level")) for token in classes(up) if (m := _LEVEL_CLASS.match(token))), None)
            if level is not None:
                break
        if level is None:
            return None
        levels.append(level)
    return levels if len(set(levels)) > 1 and _is_thread_order(levels) else None


def _reply_levels(nodes: list[LexborNode], heads: dict[int, tuple[int, list[int]]]) -> list[int] | None:
    """Level 1 for each comment whose own element or own wrapper carries a reply class, 0 for the
    others, where some are so marked and the marks could be a thread in reading order."""
    levels = [1 if any(REPLY_CLASS.match(token) for up in _own_wrappers(node, i, heads) for token in classes(up))
              else 0 for i, node in enumerate(nodes)]
    return levels if len(set(levels)) > 1 and _is_thread_order(levels) else None


def _own_wrappers(node: LexborNode, own: int, heads: dict[int, tuple[int, list[int]]]) -> list[LexborNode]:
    """The comment's element and the elements up from it that hold no other comment."""
    wrappers = [node]
    for up in ancestors(node):
        if heads[up.mem_id][1] != [own]:
            break
        wrappers.append(up)
    return wrappers


def _is_thread_order(levels: list[int]) -> bool:
    """Whether the levels could be a thread printed in reading order: the first comment at the
    lowest level and each at most one deeper than the one before (classes that number anything
    else rarely keep to that)."""
    return levels[0] == min(levels) and all(after <= before + 1 for before, after in zip(levels, levels[1:]))


def _parents_by_level(levels: list[int]) -> list[int | None]:
    """The last comment before each one at the level just above it (None at the lowest level)."""
    lowest = min(levels)
    last_at: dict[int, int] = {}
    out: list[int | None] = []
    for i, level in enumerate(levels):
        out.append(last_at.get(level - 1) if level > lowest else None)
        last_at[level] = i
        for deeper in [known for known in last_at if known > level]:
            del last_at[deeper]
    return out


def _wrapping_comment(node: LexborNode, own: int, heads: dict[int, tuple[int, list[int]]]) -> int | None:
    """The comment at the top of a wrapper of the kind that holds this comment and its replies (a
    "comment-list-item" holding the comment, then a list of the answers): the wrapper of the same
    shape further up holds the comment this one answers. A box that holds several comments at its
    top (the thread, a "more comments" block) is no wrapper."""
    own_wrappers: set[str] = set()
    for up in ancestors(node):
        _, top = heads[up.mem_id]
        if top == [own]:
            own_wrappers.add(shape(up))
        elif len(top) == 1 and top[0] < own and shape(up) in own_wrappers:
            return top[0]
    return None


def _parent_index(node: LexborNode, position: dict[int, int], own: int) -> int | None:
    for ancestor in ancestors(node):
        index = position.get(ancestor.mem_id)
        if index is not None:
            return index
        if _REPLY_CONTAINER.search(names(ancestor)) and not _one_of_a_list(ancestor):
            before = _previous_comment(ancestor, position, own)
            if before is not None:
                return before
    return None


def _one_of_a_list(container: LexborNode) -> bool:
    """A "thread" box after another so named is the next top-level thread of a list (Remark42's
    `div.thread` per thread), not a reply container after a comment."""
    sibling = _previous_element(container)
    return sibling is not None and sibling.tag == container.tag and names(sibling) == names(container)


def _previous_comment(container: LexborNode, position: dict[int, int], own: int) -> int | None:
    """The comment just before a reply container: its previous sibling, or the last top-level comment in it."""
    sibling = _previous_element(container)
    if sibling is None:
        return None
    index = position.get(sibling.mem_id)
    if index is not None and index < own:
        return index
    inside = [position[n.mem_id] for n in sibling.traverse(include_text=False) if n.mem_id in position]
    inside = [i for i in inside if i < own]
    return inside[0] if inside else None


def _previous_element(node: LexborNode) -> LexborNode | None:
    sibling = node.prev
    while sibling is not None and (not sibling.tag or sibling.tag[0] == "-"):
        sibling = sibling.prev
    return sibling


def depths(parent_of: list[int | None]) -> list[int]:
    out: list[int] = []
    for parent in parent_of:
        out.append(0 if parent is None else out[parent] + 1)
    return out
