"""A comment's date as ISO 8601, where the page gives enough to say it.

A `datetime` attribute (on `time`, or schema.org `content`) is the page's own reading and wins.
Else the shown text: a full date (day, month, year, via `discourse.parse.dates`) and, where
printed next to it, the time of day ("5:49 pm", "17:39", "16h07"); a date in figures ("10/28/12",
"25-04-2021") only where it is surely one. Relative dates ("3 days ago")
and dates without a year stay None rather than guessed, unless the element's `title` (its tooltip)
gives the full date.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from selectolax.lexbor import LexborNode

from discourse.parse.dates import find_date
from discourse.parse.html.dom import text_of

_ISO = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?")
_TIME = re.compile(r"\b(?P<hour>[01]?\d|2[0-3])(?:[:h.](?P<minute>[0-5]\d))(?::\d\d)?\s*(?P<half>[ap]\.?\s?m\b\.?)?",
                   re.I)
# Day, month and year in figures, with slashes, (vBulletin's default, "05-02-2023") dashes or dots ("04.25.2021",
# which the shared reader takes day first only; "05.06.12"), one kind in a date.
_SHORT = re.compile(r"\b(?P<first>\d\d?)(?P<cut>[/.-])(?P<second>\d\d?)(?P=cut)(?P<year>\d{4}|\d\d)\b")
# What a meta line prints before its date: nothing, or a posting word ("Posted", "Posted on", "on").
_POSTING_LEAD = re.compile(
    r"^\s*(?:(?:posted|published|written|commented|updated|edited)\s*(?:on|at)?|on|at)?\s*:?\s*$", re.I)
# At most this much between a short date and the clock time printed with it ("10/28/12 at 5:41 PM").
_CLOCK_GAP = 5


def comment_date_iso(node: LexborNode | None, shown: str | None = None) -> str | None:
    if node is not None:
        declared = declared_date_iso(node)
        if declared:
            return declared
        shown = shown or text_of(node)
        # A relative date shown ("3 years ago") with the full one in its tooltip (Commento, Isso).
        return parse_shown_date(shown or "") or parse_shown_date(node.attributes.get("title") or "")
    return parse_shown_date(shown or "")


def declared_date_iso(node: LexborNode) -> str | None:
    """The ISO date an element's `datetime`, `content` or `title` attribute (or a `time` inside it)
    declares: the page's own reading of its date, never to be read another way."""
    for attribute in ("datetime", "content", "title"):
        declared = _iso_time(node.attributes.get(attribute) or "")
        if declared:
            return declared
    inner = node.css_first("time[datetime]")
    return _iso_time(inner.attributes.get("datetime") or "") if inner is not None else None


def _iso_time(value: str) -> str | None:
    """The ISO date (and minute) a value begins with, where the calendar and the clock have it: a
    template's broken value ("2021-02-30T25:61") dates nothing, and the date shown is read instead."""
    match = _real_iso(value)
    if match is None:
        return None
    year, month, day, hour, minute = match.groups()
    return f"{year}-{month}-{day}" + (f"T{hour}:{minute}" if hour else "")


def is_real_time(value: str) -> bool:
    """An ISO value's date (and hour and minute, where given) exist on the calendar and clock."""
    return _real_iso(value) is not None


def _real_iso(value: str) -> re.Match | None:
    """The ISO value's parts, read once, where the calendar and clock have them."""
    match = _ISO.match(value)
    if match is None:
        return None
    try:
        datetime(*(int(part) for part in match.groups() if part is not None))
    except ValueError:
        return None
    return match


def parse_shown_date(text: str, month_first: bool | None = None) -> str | None:
    """The ISO date (and minute) a shown text gives; `month_first`: how the thread writes figures
    that read either way ("05.06.12"), where its other dates settle it (else None: unknown)."""
    if _ISO.match(text):
        return _iso_time(text)
    found = find_date(text)
    rest = text
    if found is None:
        short = _SHORT.search(text)  # Blogger and US CMSs: 10/28/12 5:41 PM; vBulletin: 10-28-2012
        day = _short_date(short, month_first) if short is not None and _is_short_date(text, short) else None
        if day is None:
            return None
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


def _short_date(short: re.Match, month_first: bool | None = None) -> str | None:
    """The ISO day of "10/28/12" or "25-04-2021": month first where that reads (the US default,
    vBulletin's; a day-first thread is settled later, as a whole), else day first where only that
    reads, else None. Dots are a day-first convention (German, Russian, Polish…) that a few English
    sites print month first ("11.06.12"): dotted figures with a two-digit year that read either way
    are read only in the order `month_first` gives, else not at all (None rather than a guess)."""
    first, second, year = int(short.group("first")), int(short.group("second")), int(short.group("year"))
    year = year + 2000 if year < 100 else year
    either_way = first <= 12 and second <= 12 and first != second
    if month_first is None and either_way and short.group("cut") == "." and len(short.group("year")) == 2:
        return None
    orders = [(first, second), (second, first)]
    for month, day in orders if month_first is not False else orders[::-1]:
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def _is_short_date(text: str, short: re.Match) -> bool:
    """Whether figures like "3-4-22" are a date and not a score or a range that happens to sit in
    the date element: so where the year has four figures, the figures are all the text (after a
    posting word: "Posted 10/28/12", "on 10/28/12"), or a clock time is printed right beside them."""
    if len(short.group("year")) == 4:
        return True
    if _POSTING_LEAD.search(text[:short.start()]) and not text[short.end():].strip(" .,|·•"):
        return True
    return any(_near(text, short, clock) for clock in _TIME.finditer(text))


def _near(text: str, short: re.Match, clock: re.Match) -> bool:
    """Whether the clock time sits right before or after the short date: no figures and at most a
    short word ("at", "um") between them."""
    if clock.start() >= short.end():
        gap = text[short.end():clock.start()]
    elif clock.end() <= short.start():
        gap = text[clock.end():short.start()]
    else:
        return False
    return len(gap.strip()) <= _CLOCK_GAP and not any(ch.isdigit() for ch in gap)
