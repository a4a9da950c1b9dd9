"""The parsed HTML tree and the few questions every part of the reader asks of it.

selectolax (lexbor) builds the tree: it parses a typical news page in a few milliseconds and
repairs malformed or truncated markup the way a browser does. Text is read block by block: a
block element's own inline text (its text nodes and inline children) is one block, as a
browser lays it out, so a paragraph never runs into the next one and a comment's text never
runs into its author line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator
from urllib.parse import SplitResult, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Elements whose content is never page text.
HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head",
                         "select", "textarea", "input", "button", "option", "canvas", "video", "audio", "map",
                         "title", "meta", "link"})
BLOCK_TAGS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "td", "th",
                        "dd", "dt", "article", "section", "header", "footer", "aside", "ul", "ol", "dl", "table",
                        "tr", "tbody", "thead", "form", "figure", "figcaption", "main", "nav", "address",
                        "fieldset", "center", "hr", "body", "html", "details", "summary", "caption", "menu"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_DIGITS = re.compile(r"\d+")


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


_CRAWLER_COPY_SHARE = 2  # the copy for crawlers holds more than twice the text the page shows
_MIN_COPY_CHARS = 200  # a tracking pixel's or an "enable JavaScript" note's noscript is no copy of a page
# A page's first noscripts: the copy for crawlers is one of few (nested ones are not read again and again).
_MAX_COPIES = 50
# What parts a page's title from the site's name ("Headline | Site", "Headline - Site").
_TITLE_SEPARATOR = re.compile(r"\s+[|·•–—-]\s+|\s+::\s+")
_MIN_HEADLINE_CHARS = 8  # a headline, not a one-word section name that any note may hold


def show_crawler_copy(tree: LexborHTMLParser) -> None:
    """Unwrap the `noscript` that holds the page where the rest of the body is a script's empty
    shell: single-page forum apps (Flarum) print the thread for crawlers and readers without
    scripts only there, under its headline. A page with text of its own keeps its noscripts hidden
    (tracking pixels; an "enable JavaScript" note or a gallery's fallback that is longer than a
    short page's own text, yet names no headline of the page)."""
    body = tree.body
    if body is None:
        return
    copies = body.css("noscript")[:_MAX_COPIES]
    if not copies:
        return
    copy = max(copies, key=lambda node: len(node.text() or ""))
    held = squash(copy.text())
    if len(held) < _MIN_COPY_CHARS:
        return  # most pages' noscripts (a tracking pixel): no need to measure the body's text
    shown = sum(len(block.text) for block in blocks(body))
    if len(held) > _CRAWLER_COPY_SHARE * shown and (shown == 0 or _holds_a_headline(tree, copy, held.casefold())):
        copy.unwrap()


def _holds_a_headline(tree: LexborHTMLParser, copy: LexborNode, held: str) -> bool:
    """The copy repeats a part of the page's title (the headline on either side of the site's
    name) or a headline shown outside it: asked only of a page that shows some text of its own
    (a "Loading..." shell), since a body with none has nothing but the copy to read."""
    title = tree.css_first("title")
    headlines = _TITLE_SEPARATOR.split(squash(title.text())) if title is not None else []
    headlines += [squash(h1.text()) for h1 in tree.css("h1")
                  if not within(h1, {copy.mem_id})]
    return any(len(headline) >= _MIN_HEADLINE_CHARS and headline.casefold() in held for headline in headlines)


def squash(text: str | None) -> str:
    """Whitespace-normalised text (non-breaking and zero-width spaces included)."""
    if not text:
        return ""
    if "\u200b" in text or "\ufeff" in text:
        text = text.replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())


def classes(node: LexborNode) -> list[str]:
    value = node.attributes.get("class") if node.tag and node.tag[0] != "-" else None
    return value.lower().split() if value else []


def ident(node: LexborNode) -> str:
    value = node.attributes.get("id") if node.tag and node.tag[0] != "-" else None
    return value.lower() if value else ""


def names(node: LexborNode) -> str:
    """Class and id in one lowercase string, for pattern tests on what a site calls an element."""
    if not node.tag or node.tag[0] == "-":
        return ""
    attributes = node.attributes
    return f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()


def shape(node: LexborNode, marks: list[str] | None = None) -> str:
    """The tag and classes with digits removed: elements a site repeats (comments, list items) share it.
    `marks`: the classes to read, where a caller leaves some of the element's out."""
    tokens = classes(node) if marks is None else marks
    return node.tag + "." + ".".join(sorted(_DIGITS.sub("N", token) for token in tokens))


def ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None and parent.tag not in (None, "-document"):
        yield parent
        parent = parent.parent


def element_children(node: LexborNode) -> list[LexborNode]:
    return [child for child in node.iter(include_text=False) if child.tag and child.tag[0] != "-"]


def text_of(node: LexborNode) -> str:
    """All text under node, squashed, words kept apart across elements (lexbor's own walk: fast;
    use `blocks` where scripts must be left out or block boundaries matter)."""
    return squash(node.text(deep=True, separator=" "))


def marked_name(node: LexborNode) -> str:
    """The name a schema.org author element marks inside it, or "": Discourse prints "jane (Jane
    Doe)" with the user name marked, and templates often give the name only as a meta tag's content."""
    if not {"author", "creator"} & set((node.attributes.get("itemprop") or "").lower().split()):
        return ""
    inner = node.css_first('[itemprop~="name" i]')
    if inner is None:
        return ""
    return squash(inner.attributes.get("content") if inner.tag == "meta" else inner.text(deep=True, separator=" "))


@dataclass
class Block:
    """One block of text: the element it belongs to and its squashed inline text."""

    node: LexborNode
    text: str


def blocks(root: LexborNode, skip: frozenset[int] | set[int] = frozenset()) -> list[Block]:
    """The text blocks under root in document order. Subtrees whose mem_id is in `skip` are left
    out; a `<br>` ends a block (old blogs separate paragraphs with them)."""
    out: list[Block] = []
    pieces: list[str] = []
    owner = [root]

    def flush() -> None:
        text = squash("".join(pieces))
        pieces.clear()
        if text:
            out.append(Block(owner[-1], text))

    # An explicit stack, not recursion: pages nest thousands of elements deep.
    stack: list[tuple[Iterator[LexborNode], bool]] = [(root.iter(include_text=True), False)]
    while stack:
        children, is_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if is_block:
                flush()
                owner.pop()
            continue
        tag = child.tag
        if tag == "-text":
            pieces.append(child.text_content or "")
        elif not tag or tag[0] == "-" or tag in HIDDEN_TAGS or tag == "img" or child.mem_id in skip:
            continue
        elif tag == "br":
            flush()
        elif tag in BLOCK_TAGS or (tag == "cite" and not "".join(pieces).strip() and _in_quote(child)):
            flush()
            owner.append(child)
            stack.append((child.iter(include_text=True), True))
        else:
            stack.append((child.iter(include_text=True), False))
    flush()
    return out


def _in_quote(node: LexborNode) -> bool:
    """Within a blockquote, two levels up at most: a `<cite>` that opens a quote is its own line
    ("Ann wrote:" over the quoted words, as a forum prints it), not the quote's first words."""
    parent = node.parent
    return parent is not None and (parent.tag == "blockquote" or (parent.parent is not None
                                                                   and parent.parent.tag == "blockquote"))


def url_parts(href: str) -> SplitResult:
    """A link's parts; an address that cannot be split ("http://[broken") has none: links are
    the page's text, and a page may hold any."""
    try:
        return urlsplit(href)
    except ValueError:
        return urlsplit("")


def select(root, selector: str) -> list[LexborNode]:
    """root.css(selector) once per element: lexbor returns an element once per comma-separated
    selector it matches."""
    seen: set[int] = set()
    out = []
    for node in root.css(selector):
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            out.append(node)
    return out


def css_for_words(words: list[str]) -> str:
    """A selector for elements whose class or id contains any of the words (lexbor matches it in C;
    callers confirm with their own pattern, since substrings are looser than words)."""
    return ", ".join(f'[class*="{word}" i], [id*="{word}" i]' for word in words)


def document_order(tree: LexborHTMLParser) -> dict[int, int]:
    """Each element's position in document order, by mem_id (to sort what was found in several passes)."""
    root = tree.root
    if root is None:
        return {}
    return {node.mem_id: index for index, node in enumerate(root.traverse(include_text=False))}


def within(node: LexborNode, members: set[int]) -> bool:
    """Whether node or one of its ancestors is in `members` (mem_ids)."""
    if node.mem_id in members:
        return True
    return any(parent.mem_id in members for parent in ancestors(node))


def subtree_ids(nodes: Iterable[LexborNode]) -> set[int]:
    return {node.mem_id for node in nodes}
