"""Threads of the link aggregators researchers most often save: Hacker News and old Reddit.

Both print every comment with the platform's own marks, and neither is read right by the
conventions shared with blogs: Hacker News lays its thread out flat, one table row
(`tr.athing.comtr`) per comment, and says how deep a reply is only by an indent (`td.ind`'s
`indent` attribute, or the width of the spacer image in it, 40 pixels a level); old Reddit nests
each reply in its parent's `div.child`, but wraps every comment's text in a `form.usertext` that
reads like a reply form. So each is read from its own marks: the commenter (`a.hnuser`;
Reddit's `data-author`), the date (`span.age`'s `title`; the `time` in the comment's own
tagline), the text (`div.commtext`; the comment's own `div.usertext-body`) and the comment it
answers (the nearest comment before it one level up; the nearest read `div.thing` it sits in).
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from discourse.parse.html.comments.comment_dates import comment_date_iso
from discourse.parse.html.comments.items import Found, Marked
from discourse.parse.html.dom import ancestors, classes, element_children, squash, text_of

_HN_INDENT_PIXELS = 40


def find_aggregator_thread(tree: LexborHTMLParser) -> Found | None:
    """A Hacker News or old Reddit thread, or None where the page has neither's comment marks."""
    return _hacker_news(tree) or _reddit(tree)


def _hacker_news(tree: LexborHTMLParser) -> Found | None:
    found = Found("hacker-news", [])
    open_at_depth: list[int] = []  # the text element of the latest comment at each depth
    for row in tree.css("tr.athing.comtr"):
        text = row.css_first(".commtext") or row.css_first("div.comment")
        if text is None:
            continue
        depth = min(_hn_depth(row), len(open_at_depth))
        del open_at_depth[depth:]
        user, age = row.css_first("a.hnuser"), row.css_first("span.age")
        found.nodes.append(text)
        found.marked[text.mem_id] = Marked(
            author=squash(text_of(user)) if user is not None else None,
            date=squash(text_of(age)) if age is not None else None,
            date_iso=comment_date_iso(age) if age is not None else None,
            parent=open_at_depth[-1] if open_at_depth else None)
        open_at_depth.append(text.mem_id)
    return found if found.nodes else None


def _hn_depth(row: LexborNode) -> int:
    """The reply level: `td.ind`'s `indent`, else its spacer image's width in 40-pixel steps."""
    indent = row.css_first("td.ind")
    if indent is None:
        return 0
    level = _small_number(indent.attributes.get("indent") or "")
    if level is not None:
        return level
    spacer = indent.css_first("img")
    width = _small_number((spacer.attributes.get("width") or "") if spacer is not None else "")
    return (width or 0) // _HN_INDENT_PIXELS


def _small_number(text: str) -> int | None:
    """Decimal digits as a number; None for "²" (a digit to `isdigit`, not to `int`) or for more
    digits than any level or width has, which `int` may refuse."""
    return int(text) if text.isdecimal() and len(text) <= 6 else None


def _reddit(tree: LexborHTMLParser) -> Found | None:
    found = Found("reddit", [])
    text_of_thing: dict[int, int] = {}  # a comment's div.thing: its text element (both mem_ids)
    for thing in tree.css("div.thing"):
        if "comment" not in classes(thing) and thing.attributes.get("data-type") != "comment":
            continue
        entry = next((child for child in element_children(thing) if "entry" in classes(child)), None)
        text = entry.css_first(".usertext-body") if entry is not None else None
        if text is None:
            continue
        tagline = entry.css_first(".tagline")
        when = tagline.css_first("time") if tagline is not None else None
        shown = tagline.css_first("a.author") if tagline is not None else None
        name = thing.attributes.get("data-author") or (text_of(shown) if shown is not None else None)
        parent = _nearest_read_ancestor(thing, text_of_thing)
        found.nodes.append(text)
        found.marked[text.mem_id] = Marked(
            author=squash(name) if name else None,
            date=squash(text_of(when)) if when is not None else None,
            date_iso=comment_date_iso(when) if when is not None else None,
            parent=parent)
        text_of_thing[thing.mem_id] = text.mem_id
    return found if found.nodes else None


def _nearest_read_ancestor(thing: LexborNode, text_of_thing: dict[int, int]) -> int | None:
    """The text element of the nearest comment this one sits in that was read, or None at the top.

    A comment printed without its text (removed, deleted) is not read, yet its replies still sit in it.
    They go under the comment it answered, inside which the page shows them: an editor follows them
    as part of that conversation, and a stand-in for the missing comment would add a comment with
    no words to the count."""
    return next((text_of_thing[up.mem_id] for up in ancestors(thing) if up.mem_id in text_of_thing), None)
