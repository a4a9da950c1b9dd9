"""The fallback for HTML with no comment markup we know: render it to text and parse that.

Rendering keeps block structure (paragraphs, list items with their nesting as indentation) so
the plain-text parser sees a page much like a browser's text dump.
"""

from __future__ import annotations

from discourse.model import Page
from discourse.parse.html.decoding import decode_html
from discourse.parse.html.stories import without_story_cards


def render_text(html: str) -> str:
    """The page as plain text, laid out like a text browser's dump (inscriptis: CSS-aware, tables, lists)."""
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    return get_text(html, ParserConfig(css=CSS_PROFILES["strict"], display_images=False))


def read_as_text(raw: bytes, path: str, title: str | None = None) -> Page:
    """The page rendered to text and read by the text parser, without other stories' cards (`title`:
    the article's headline, which tells them from it): their bylines and dates over teasers read like
    comments' heads over their text."""
    from discourse.parse import parse_text

    decoded = decode_html(raw, path)
    html = without_story_cards(decoded.text, title)
    page = parse_text(render_text(html) or " ", path=path, encoding=decoded.encoding, size=len(raw))
    page.source.format = "html"
    page.comments.source = "text-fallback" if page.comments.items else page.comments.source
    return page
