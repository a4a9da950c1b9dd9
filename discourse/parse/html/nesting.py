"""Markup nested deeper than any page needs, brought up to a depth the reader handles in linear time.

A comment's text, forms and quotes are read from its whole subtree, so a chain of replies nested
thousands deep costs the square of its length (2,000 levels: half a minute). No real thread nests
that deep: WordPress lets a site choose at most 10 levels, and forums show a few. Where elements of
one kind sit more than their kind's cap inside each other, those below that level are moved up, in
document order, to follow the element at that level as its siblings: replies deeper than the cap
answer the comment the last kept reply answers, and each comment's subtree is its own again. Text
that followed a nested element inside its parent then comes before the moved elements (in a reply
chain there is none: the replies close the comment).

A kind is a tag sharing a class or an `itemprop` (capped at `MAX_LEVELS`), or a tag alone, whatever
its marks (capped at `MAX_TAG_LEVELS`): broken markup leaves tags such as `<font>` or `<div>`
unclosed on each paragraph, nesting a long page's text a hundred deep, and must keep its text in
order; a chain that gives each level a class of its own is still capped by its tag.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["MAX_LEVELS", "MAX_TAG_LEVELS", "cap_nesting", "capped_nesting"]

MAX_LEVELS = 64
MAX_TAG_LEVELS = 512
# An element below MAX_LEVELS of its kind has at least MAX_LEVELS ancestors: lexbor finds one in C,
# so a page of ordinary depth (the dev pages nest at most 37 elements) costs no walk in Python.
_DEEPER_THAN_CAP = " > ".join(["*"] * (MAX_LEVELS + 1))
# Each pass settles every chain it meets; another kind nested inside a moved element needs one more.
_MAX_PASSES = 4

Kind = tuple[str, str]


def cap_nesting(tree: LexborHTMLParser) -> int:
    """Moves the elements nested deeper than their kind's cap in their own kind up to that level,
    and returns how many were moved (0 on a page whose markup nests as it should)."""
    moved = 0
    root = tree.root
    for _ in range(_MAX_PASSES):
        if root is None or tree.css_first(_DEEPER_THAN_CAP) is None:
            break
        deepest = _deepest_kept(root)
        if not deepest:
            break
        moved += sum(_bring_up(node, kind) for node, kind in deepest)
    return moved


def capped_nesting(moved: int) -> str:
    """What moving `moved` elements did to the page, for its warnings and its thread's repairs."""
    return (f"{moved} element(s) nested more than {MAX_LEVELS} deep in elements of their class (or "
            f"{MAX_TAG_LEVELS} in elements of their tag) were read at that level")


def _marks(node: LexborNode) -> list[str]:
    """What a page calls an element: its classes and its schema.org properties (microdata comments
    and their text are often bare `div`s told apart by `itemprop` alone)."""
    attributes = node.attributes
    value, prop = attributes.get("class"), attributes.get("itemprop")
    return (value.lower().split() if value else []) + (["itemprop=" + p for p in prop.lower().split()] if prop else [])


def _kinds(node: LexborNode) -> list[Kind]:
    """The kinds an element belongs to: its tag with each of its marks, and its tag alone."""
    return [*((node.tag, mark) for mark in _marks(node)), (node.tag, "")]


def _levels(kind: Kind) -> int:
    return MAX_LEVELS if kind[1] else MAX_TAG_LEVELS


def _deepest_kept(root: LexborNode) -> list[tuple[LexborNode, Kind]]:
    """The elements at the last kept level of a kind that hold more of that kind, with the kind.
    One walk (an explicit stack: the chains are thousands deep) that counts each kind on the path
    and does not go below such an element."""
    found: list[tuple[LexborNode, Kind]] = []
    on_path: dict[Kind, int] = {}
    stack: list[tuple[object, list[Kind]]] = [(root.iter(include_text=False), [])]
    while stack:
        children, kinds = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            for kind in kinds:
                on_path[kind] -= 1
            continue
        if not child.tag or child.tag[0] == "-":
            continue
        own = _kinds(child)
        full = [kind for kind in own if on_path.get(kind, 0) >= _levels(kind) - 1 and _of_kind_below(child, kind)]
        if full:
            found.append((child, full[0]))
            continue
        for kind in own:
            on_path[kind] = on_path.get(kind, 0) + 1
        stack.append((child.iter(include_text=False), own))
    return found


def _is_kind(node: LexborNode, kind: Kind) -> bool:
    tag, mark = kind
    return node.tag == tag and (not mark or mark in _marks(node))


def _of_kind_below(node: LexborNode, kind: Kind) -> bool:
    return any(inner.mem_id != node.mem_id and _is_kind(inner, kind) for inner in node.traverse(include_text=False))


def _bring_up(node: LexborNode, kind: Kind) -> int:
    """Moves node's descendants of its kind to follow it, in document order; returns how many. The
    deepest goes first, each to just after node: lexbor's move walks what it moves, so each then
    carries only its own content, not the chain below it."""
    below = [inner for inner in node.traverse(include_text=False)
             if inner.mem_id != node.mem_id and _is_kind(inner, kind)]
    for inner in reversed(below):
        node.insert_after(inner, move=True)
    return len(below)
