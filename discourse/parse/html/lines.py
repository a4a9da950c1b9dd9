"""Line numbers for an HTML page: the blocks of text the reader kept, numbered in document order.

An HTML page has no lines of its own, so the reader numbers what it read: the title, each body
heading and paragraph, the teaser, the comment header, and for each comment its meta line
(author, date, title) and its paragraphs, in the order their elements appear in the markup.
`source.lines` is the number of these blocks and every `lines` span points into them, so the
spans are ordered and disjoint just as they are for a text page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from discourse.model import Comment, LineRole, Span


@dataclass
class Numbering:
    """Collects pieces of text with their position in the markup, then numbers them."""

    order: dict[int, int]
    _pieces: list[tuple[int, int, list[LineRole], object]] = field(default_factory=list)

    def add(self, node: LexborNode | None, roles: list[LineRole], target: object = None,
            after_all: bool = False) -> None:
        """Lines with these roles at node's position (the top without a node, the end with
        after_all); `target` (anything with a `span`) gets their span."""
        if after_all:
            position = len(self.order) + 1
        else:
            position = self.order.get(node.mem_id, -1) if node is not None else -1
        self._pieces.append((position, len(self._pieces), roles or [LineRole.BLANK], target))

    def add_comment(self, node: LexborNode | None, comment: Comment, meta_lines: int) -> None:
        """A comment's meta line and paragraphs as one run of lines (its span covers both)."""
        self.add(node, [LineRole.COMMENT_META] * meta_lines + [LineRole.COMMENT] * len(comment.paragraphs), comment)

    def number(self) -> list[LineRole]:
        """Assign spans to every target; returns the role of each line."""
        roles: list[LineRole] = []
        for _, _, piece_roles, target in sorted(self._pieces, key=lambda piece: (piece[0], piece[1])):
            first = len(roles) + 1
            roles.extend(piece_roles)
            if target is not None:
                target.span = Span(first, len(roles))
        return roles
