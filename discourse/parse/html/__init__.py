"""HTML pages: the article and the comment thread as the page itself built them."""

from __future__ import annotations

from discourse.model import Page
from discourse.parse.html.fallback import read_as_text


def read_html(raw: bytes, path: str) -> Page:
    """One HTML page as a `Page` (source.format "html")."""
    return read_as_text(raw, path)
