"""The fallback for HTML with no comment markup we know: render it to text and parse that.

Rendering keeps block structure (paragraphs, list items with their nesting as indentation) so
the plain-text parser sees a page much like a browser's text dump.
"""

from __future__ import annotations

from discourse.model import Page
from discourse.parse.html.decoding import decode_html


def render_text(html: str) -> str:
    """The page as plain text, laid out like a text browser's dump (inscriptis: CSS-aware, tables, lists)."""
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    return get_text(html, ParserConfig(css=CSS_PROFILES["strict"], display_images=False))


def read_as_text(raw: bytes, path: str) -> Page:
    from discourse.parse import parse_text

    decoded = decode_html(raw, path)
    page = parse_text(render_text(decoded.text) or " ", path=path, encoding=decoded.encoding, size=len(raw))
    page.source.format = "html"
    page.comments.source = "text-fallback" if page.comments.items else page.comments.source
    return page
