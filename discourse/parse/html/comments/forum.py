"""Forum quote blocks as reply markers: "NAME said:" over a quote makes the post a reply to
NAME's latest earlier post (XenForo, vBulletin, phpBB, Discourse print the quoted author so)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from discourse.parse.html.dom import text_of

_SAID = re.compile(r"^(?P<name>.{1,60}?)\s+(?:said|wrote|schrieb|a écrit|escribió|disse)\s*:?(?:\s|$)", re.I)
_QUOTES = "blockquote, .bbCodeQuote, .quote, [class*=quote]"


def quoted_author(node: LexborNode, others: set[int]) -> str | None:
    """The author named over the first quote in a post, or None."""
    for quote in node.css(_QUOTES):
        author = quote.attributes.get("data-author")
        if author:
            return author.strip()
        header = quote.css_first(".author, .bbCodeBlock-title, .attribution, cite, [class*=title]")
        text = text_of(header) if header is not None else text_of(quote)[:80]
        match = _SAID.match(text)
        if match:
            return match.group("name").strip()
        if header is not None and text:
            stripped = re.sub(r"\s*(said|wrote)\s*:?\s*$", "", text, flags=re.I).strip()
            if stripped and stripped != text:
                return stripped
    return None


def marker_parents(authors: list[str | None], named: list[str | None], parents: list[int | None],
                   override: bool = False) -> list[int | None]:
    """Parents from markers naming the answered author: where the markup gave none, or (override,
    for explicit "responded to NAME" markers) where the markup's parent is not by that author,
    as happens when a theme stops nesting at its depth limit."""
    out = list(parents)
    for i, name in enumerate(named):
        if not name:
            continue
        current = out[i]
        if current is not None and (not override or (authors[current] or "").lower() == name.lower()):
            continue
        earlier = [j for j in range(i) if authors[j] and authors[j].lower() == name.lower()]
        if earlier:
            out[i] = earlier[-1]
    return out
