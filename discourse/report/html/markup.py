"""Escaping, number formats and the page shell shared by the index and the article pages.

Comments are untrusted: every piece of text reaches the page through `esc`, and the shell
pins the one stylesheet and script with a Content-Security-Policy.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator

from discourse.analysis.statistics import Proportion
from discourse.report.html.assets import CONTENT_SECURITY_POLICY, CSS, JS


POP_DIRECTIONAL_FORMATTING, POP_DIRECTIONAL_ISOLATE = "\u202c", "\u2069"
# Bidi controls that open a level, each with what closes it: embeddings and overrides (LRE RLE LRO
# RLO), closed by PDF, and isolates (LRI RLI FSI), closed by PDI.
_BIDI_CLOSER = {**dict.fromkeys("\u202a\u202b\u202d\u202e", POP_DIRECTIONAL_FORMATTING),
                **dict.fromkeys("\u2066\u2067\u2068", POP_DIRECTIONAL_ISOLATE)}
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def esc(value: object) -> str:
    """Text for an element body or a quoted attribute: & < > " ' all escaped, and every bidi level
    the text opens closed at its end (`close_bidi`)."""
    return html.escape(close_bidi(str(value)), quote=True)


def bdi(value: object) -> str:
    """Untrusted inline text isolated from its neighbours' direction (a right-to-left name beside
    a number, say), escaped."""
    return f"<bdi>{esc(value)}</bdi>"


def close_bidi(text: str) -> str:
    """text with each direction embedding, override or isolate it leaves open closed at its end,
    as the Unicode bidi algorithm pairs them, so a U+202E in a comment reverses at most the
    comment's own text, never the labels and figures that follow it on the page."""
    if not _BIDI_CONTROL.search(text):
        return text
    open_levels: list[str] = []
    for character in text:
        if character in _BIDI_CLOSER:
            open_levels.append(_BIDI_CLOSER[character])
        elif character == POP_DIRECTIONAL_FORMATTING and open_levels[-1:] == [POP_DIRECTIONAL_FORMATTING]:
            open_levels.pop()
        elif character == POP_DIRECTIONAL_ISOLATE and POP_DIRECTIONAL_ISOLATE in open_levels:
            while open_levels.pop() != POP_DIRECTIONAL_ISOLATE:
                pass
    return text + "".join(reversed(open_levels))


def signed(value: float) -> str:
    """+0.45 / −0.45, with a real minus sign so the figure reads well."""
    return f"{value:+.2f}".replace("-", "\u2212")


def percent(value: float) -> str:
    return f"{value:.0%}"


def share(p: Proportion) -> str:
    """'3/9 = 33% (95% CI 12–65%)', or why there is no share."""
    if p.share is None:
        return "n/a (no comments)"
    return f"{p.k}/{p.n} = {percent(p.share)} (95% CI {p.low:.0%}\u2013{p.high:.0%})"


def sort_key(p: Proportion) -> str:
    """A share for sorting a table column; no share sorts below every real one."""
    return "-1" if p.share is None else f"{p.share:.4f}"


def document(title: str, body: str) -> str:
    """A whole page: CSP first in <head>, so it governs everything that follows."""
    return "".join(document_parts(title, [body]))


def document_parts(title: str, body: Iterable[str]) -> Iterator[str]:
    """A whole page in pieces, for a page too large to build as one string (a big corpus's index)."""
    yield (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CONTENT_SECURITY_POLICY)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
    )
    yield from body
    yield f"\n<script>{JS}</script>\n</body>\n</html>\n"
