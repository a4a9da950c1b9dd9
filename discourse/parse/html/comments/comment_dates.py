"""A comment's date as ISO 8601, where the page gives enough to say it.

A `datetime` attribute (on `time`, or schema.org `content`) is the page's own reading and wins.
Else the shown text: a full date (day, month, year, via `discourse.parse.dates`) and, where
printed next to it, the time of day ("5:49 pm", "17:39", "16h07"). Relative dates ("3 days ago")
and dates without a year stay None rather than guessed, unless the element's `title` (its tooltip)
gives the full date.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from discourse.parse.dates import find_date
from discourse.parse.html.dom import text_of

_ISO = re.compile(r"^\s*((?:19|20)\d\d-\d\d-\d\d)(?:[T ](\d\d:\d\d))?")
_TIME = re.compile(r"\b(?P<hour>[01]?\d|2[0-3])(?:[:h.](?P<minute>[0-5]\d))(?::\d\d)?\s*(?P<half>[ap]\.?\s?m\b\.?)?",
                   re.I)
# Month first, with slashes or (vBulletin's default, "05-02-2023") dashes, one kind in a date.
_SHORT_US = re.compile(r"\b(?P<month>1[0-2]|0?[1-9])(?P<cut>[/-])(?P<day>3[01]|[12]\d|0?[1-9])(?P=cut)(?P<year>\d\d|\d{4})\b")


def comment_date_iso(node: LexborNode | None, shown: str | None = None) -> str | None:
    if node is not None:
        for attribute in ("datetime", "content", "title"):
            match = _ISO.match(node.attributes.get(attribute) or "")
            if match:
                return match.group(1) + (f"T{match.group(2)}" if match.group(2) else "")
        inner = node.css_first("time[datetime]")
        if inner is not None:
            match = _ISO.match(inner.attributes.get("datetime") or "")
            if match:
                return match.group(1) + (f"T{match.group(2)}" if match.group(2) else "")
        shown = shown or text_of(node)
        # A relative date shown ("3 years ago") with the full one in its tooltip (Commento, Isso).
        return parse_shown_date(shown or "") or parse_shown_date(node.attributes.get("title") or "")
    return parse_shown_date(shown or "")


def parse_shown_date(text: str) -> str | None:
    match = _ISO.match(text)
    if match:
        return match.group(1) + (f"T{match.group(2)}" if match.group(2) else "")
    found = find_date(text)
    rest = text
    if found is None:
        short = _SHORT_US.search(text)  # Blogger and US CMSs: 10/28/12 5:41 PM; vBulletin: 10-28-2012
        if short is None:
            return None
        year = int(short.group("year"))
        year = year + 2000 if year < 100 else year
        day = f"{year:04d}-{int(short.group('month')):02d}-{int(short.group('day')):02d}"
        rest = text[:short.start()] + " " + text[short.end():]
    else:
        day = found[0]
        rest = text.replace(found[1], " ", 1)
    time = _TIME.search(rest)
    if time is None:
        return day
    hour = int(time.group("hour"))
    half = (time.group("half") or "").lower().replace(".", "").replace(" ", "")
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return f"{day}T{hour:02d}:{time.group('minute')}"
