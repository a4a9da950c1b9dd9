"""Escaping, number formats and the page shell shared by the index and the article pages.

Comments are untrusted: every piece of text reaches the page through `esc`, and the shell
pins the one stylesheet and script with a Content-Security-Policy.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator

from discourse.analysis.statistics import Proportion
from discourse.report.html.assets import CONTENT_SECURITY_POLICY, CSS, JS


def esc(value: object) -> str:
    """Text for an element body or a quoted attribute: & < > " ' all escaped."""
    return html.escape(str(value), quote=True)


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
