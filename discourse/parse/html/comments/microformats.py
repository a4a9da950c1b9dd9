"""Comments marked up with microformats: `h-cite`/`h-entry` inside the post's `h-entry`
(`p-comment`), with `p-author`, `dt-published` and `e-content` read by `fields`."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from discourse.parse.html.comments.items import Found


def find_microformats(tree: LexborHTMLParser) -> Found | None:
    nodes = tree.css(".p-comment.h-cite, .p-comment.h-entry, .h-entry .h-cite, .h-entry .h-entry")
    seen, unique = set(), []
    for node in nodes:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            unique.append(node)
    return Found("microformats", unique) if unique else None
