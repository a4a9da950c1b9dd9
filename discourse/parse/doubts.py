"""Doubt, said out loud: why a page's comment section may be wrong.

Every reader (plain text, HTML, exports) runs the same checks on the `Comments` it built, so an
editor sees the same warning whatever the input was. Each doubt is one plain sentence; a page
with any doubt is `comments.doubtful`. The checks look at what any wrong parse leaves behind
(counts that disagree, comments with no author or date, navigation-like items, evidence that
is only a guess), never at a particular site.
"""

from __future__ import annotations

import re

from discourse.model import Comments, Page

# Declared and found counts further apart than this (as a share of the declared count, and
# never for a gap of one or two: a deleted comment or a pingback) are a doubt.
COUNT_GAP_SHARE = 0.2
COUNT_GAP_MIN = 2
# A share of comments with neither author nor date above this means comment starts were guessed.
UNATTRIBUTED_SHARE = 0.5
# Comments this short that repeat, or that read like link titles, look like navigation.
NAVIGATION_WORDS = 12
NAVIGATION_SHARE = 0.5
GUESSED_SOURCES = {"generic-repeated-blocks": "the comment tree was found by a generic detector of repeated blocks",
                   "text-fallback": "no comment markup was found; the comments were read from the page's text"}
_PAGINATION = re.compile(r"(?i)\b(older|newer|previous|next)\s+comments\b|\bcomment[- ]page\b|\bpage \d+ of \d+\b")


def assess(page: Page) -> list[str]:
    """The doubts about this page's comment section, in words (empty: nothing to doubt)."""
    comments = page.comments
    doubts = [*_count_doubts(comments), *_attribution_doubts(comments), *_navigation_doubts(comments)]
    if comments.items and comments.source in GUESSED_SOURCES:
        doubts.append(GUESSED_SOURCES[comments.source])
    return doubts


def _count_doubts(comments: Comments) -> list[str]:
    found, declared = comments.found, comments.declared
    if declared is None:
        return ["comments were found but the page has no comment header"] if found and not comments.header else []
    gap = abs(declared - found)
    if gap <= max(COUNT_GAP_MIN, COUNT_GAP_SHARE * declared):
        return []
    if found < declared and _paginated(comments):
        return [f"the page declares {declared} comments but shows only {found} (comments are paginated)"]
    return [f"the page declares {declared} comments but {found} were found"]


def _paginated(comments: Comments) -> bool:
    return any(_PAGINATION.search(repair.message) for repair in comments.repairs) or comments.status == "paginated"


def _attribution_doubts(comments: Comments) -> list[str]:
    items = [c for c in comments.items if c.is_reader_comment]
    if len(items) < 2:
        return []
    bare = sum(1 for c in items if not c.author and not c.date)
    if bare / len(items) > UNATTRIBUTED_SHARE:
        return [f"{bare} of {len(items)} comments show neither an author nor a date"]
    return []


def _navigation_doubts(comments: Comments) -> list[str]:
    items = [c for c in comments.items if c.is_reader_comment]
    if len(items) < 3:
        return []
    short = [c for c in items if len(c.text.split()) <= NAVIGATION_WORDS and not _sentence_like(c.text)]
    if len(short) / len(items) > NAVIGATION_SHARE:
        return [f"{len(short)} of {len(items)} comments are short title-like lines, as in navigation or a sidebar"]
    return []


def _sentence_like(text: str) -> bool:
    """Prose ends sentences or has a verb-ish spread of small words; link titles rarely do."""
    stripped = text.strip()
    return bool(stripped) and (stripped[-1] in ".!?…:)\"'" or len(re.findall(r"\b(i|you|we|it|is|are|was|the)\b",
                                                                          stripped.lower())) >= 2)
