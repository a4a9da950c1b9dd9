"""Which comments in a thread are written by the article's author.

Two kinds of evidence: the comment's author name matches the byline, or a reply addresses the
comment's writer as the author ("Well said, Mr. Cole." under it). Input is plain tuples
(index, parent index or None, comment author or None, text) so any reader, or a
`discourse.model.Comment` list via `comment_tuples`, can use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from discourse.model import Comment

CommentTuple = tuple[int, "int | None", "str | None", str]

_TITLES = r"(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?"
_GREETINGS = r"(?:well said|thanks|thank you|thx|cheers|hi|hey|hello|dear|good point|great reply|agreed|exactly)"
_BYLINE_NOISE = re.compile(r"^\s*(?:by|posted by|written by)\s+", re.I)


@lru_cache(maxsize=1024)
def normalise_name(name: str | None) -> str:
    """Lower case, accents and punctuation removed, so 'Juan Colé' and 'juan cole ' compare equal."""
    if not name:
        return ""
    name = _BYLINE_NOISE.sub("", name)
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", name.lower()).split())


def _name_parts(byline: str) -> tuple[str, str, str]:
    """(full name, first name, surname) of a normalised byline; a one-word byline is all three."""
    parts = normalise_name(byline).split()
    if not parts:
        return "", "", ""
    return " ".join(parts), parts[0], parts[-1]


def name_matches(author: str | None, byline: str | None) -> bool:
    """Same person by name: equal normalised names, or equal once spaces are dropped ('JohnB' style)."""
    a, b = normalise_name(author), normalise_name(byline)
    return bool(a and b) and (a == b or a.replace(" ", "") == b.replace(" ", ""))


@lru_cache(maxsize=256)
def address_pattern(byline: str | None) -> re.Pattern[str] | None:
    """Forms that speak to the byline's person: 'Mr. Cole', 'Juan Cole', or 'Thanks Juan'/'Juan,' openers."""
    full, first, last = _name_parts(byline or "")
    if not full:
        return None
    name = re.escape
    forms = [rf"\b{_TITLES}\s+{name(last)}\b", rf"\b{name(full)}\b" if " " in full else None]
    forms.append(rf"\b{_GREETINGS}[,!]?\s+(?:{name(first)}|{name(last)})\b")
    forms.append(rf"^\W*(?:{name(first)}|{name(last)})\s*[,:!]")
    return re.compile("|".join(f for f in forms if f), re.I | re.M)


def addresses_author(text: str, byline: str | None) -> str | None:
    """The words in text that address the byline's person, if any."""
    if not normalise_name(byline) or not _may_name(text, byline):
        return None  # the pattern (a millisecond to compile, once per byline) is built only when it may match
    match = address_pattern(byline).search(text)
    return match.group().strip() if match else None


# Characters that IGNORECASE matches to a Latin letter missing from their lower case ("ſ" is "s").
_FOLDED_LATIN = ("ı", "ſ", "İ")


def _may_name(text: str, byline: str | None) -> bool:
    """Whether text can hold the first name or surname (every form of `address_pattern` does): a
    substring test on the lower-cased text, which skips the case-insensitive search on most comments."""
    _, first, last = _name_parts(byline or "")
    lowered = text.lower()
    return first in lowered or last in lowered or any(char in text for char in _FOLDED_LATIN)


def find_author_comments(
    comments: Iterable[CommentTuple], byline: str | None
) -> dict[int, list[str]]:
    """Map comment index -> evidence strings for each comment judged to be by the article's author."""
    evidence: dict[int, list[str]] = {}
    for index, parent, author, text in comments:
        if name_matches(author, byline):
            evidence.setdefault(index, []).append(f"comment author {author!r} matches byline {byline!r}")
        words = addresses_author(text, byline) if parent is not None else None
        if words:
            evidence.setdefault(parent, []).append(f"reply {index} addresses it as the author: {words!r}")
    return evidence


def comment_tuples(comments: Iterable[Comment]) -> list[CommentTuple]:
    """Adapt document-model comments to the plain tuples `find_author_comments` takes."""
    return [(c.index, c.parent, c.author, c.text) for c in comments]
