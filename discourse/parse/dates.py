"""Dates as pages print them, turned into ISO dates.

Only full dates (day, month, year) are normalised; "Nov 18" without a year stays
unknown rather than guessed, and so does "02/03/2020" (day or month first) unless the
caller knows which way the page writes its dates (`day_first`, see `slashed_order`) or the
weekday printed before it fits one reading alone ("Tue, 05/02/2023": 2 May 2023).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan januar janvier enero janeiro januari gennaio stycznia styczeń jän января",
            "february feb februar février fevrier febrero fevereiro februari febbraio lutego luty февраля",
            "march mar märz maerz mär mrz mars marzo março maart marca marzec марта",
            "april apr avril abril aprile kwietnia kwiecień апреля",
            "may mai mayo maio mei maggio maja maj мая",
            "june jun juni juin junio junho giugno czerwca czerwiec июня",
            "july jul juli juillet julio julho luglio lipca lipiec июля",
            "august aug août aout agosto augustus sierpnia sierpień августа",
            "september sep sept septembre septiembre setembro settembre września wrzesień сентября",
            "october oct oktober octobre octubre outubro okt ottobre października październik октября",
            "november nov novembre noviembre novembro listopada listopad ноября",
            "december dec dezember dez décembre decembre diciembre dezembro dicembre grudnia grudzień декабря",
        ],
        start=1,
    )
    for name in names.split()
}
# Weekday names, Monday first, as pages print them before a date ("Tue, 05/02/2023").
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            "monday mon montag mo lundi lun lunes lu segunda seg lunedì lunedi maandag ma",
            "tuesday tue tues dienstag di mardi mar martes terça terca ter martedì martedi dinsdag",
            "wednesday wed mittwoch mi mercredi mer miércoles miercoles mié mie quarta qua mercoledì mercoledi woensdag wo",
            "thursday thu thur thurs donnerstag do jeudi jeu jueves jue ju quinta qui giovedì giovedi donderdag",
            "friday fri freitag fr vendredi ven viernes vi sexta sex venerdì venerdi vrijdag vr",
            "saturday sat samstag sa samedi sam sábado sabado sáb sab sabato zaterdag za",
            "sunday sun sonntag so dimanche dim domingo dom domenica zondag zo",
        ]
    )
    for name in names.split()
}
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]{2,12})([.,]*)\s*$")
_SHORT_WEEKDAY = 3  # "Di", "Tue": an abbreviation counts with its stop or comma ("Tue,"), not alone ("so", "do")
_WEEKDAY_REACH = 16
_MONTH = r"(?P<month>[^\W\d_]{3,12})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
# Each pattern with a character it cannot match without ("" for none): a cheap `in` test skips the
# pattern, which would otherwise try every position of the text.
_PATTERNS = [
    (re.compile(rf"\b{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)\b"), "-"),
    (re.compile(rf"\b{_DAY}\s+(?:[Dd]e\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b"), ""),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), ""),
    (re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.{_YEAR}\b"), "."),
    (re.compile(rf"\b(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{_YEAR}\b"), "/"),
    # MyBB's and vBulletin's "03-04-2024": day and month either way, as a slashed date
    (re.compile(rf"(?<![\w-])(?P<first>\d{{1,2}})-(?P<second>\d{{1,2}})-{_YEAR}\b"), "-"),
]


_SLASHED = re.compile(r"(?<![\d-])(\d{1,2})([/-])(\d{1,2})\2(?:19|20)\d\d\b")


@lru_cache(maxsize=4096)
def find_date(text: str, day_first: bool | None = None) -> tuple[str, str] | None:
    """The first full date in text as (ISO date, the text it came from), or None.

    `day_first` reads "02/03/2020" as 2 March (True) or 3 February (False); None leaves it unread.
    Memoised: a comment's timestamp is read for its ISO form and again to order replies."""
    if _ANY_YEAR.search(text) is None:
        return None  # every full date has a four-digit year: most lines have none
    for pattern, needed in _PATTERNS:
        if needed not in text:
            continue
        for match in pattern.finditer(text):
            either_way = day_first is None and "first" in pattern.groupindex
            order = _weekday_order(text, match) if either_way else day_first
            iso = _to_iso(match, order)
            if iso:
                return iso, match.group(0)
    return None


def _weekday_order(text: str, match: re.Match) -> bool | None:
    """How a slashed date that reads either way is ordered, as the weekday named just before it tells: "Tue,
    05/02/2023" is 2 May (a Tuesday), not 5 February (a Sunday). None where no weekday is named, or where it
    fits both readings or neither."""
    named = _WEEKDAY_BEFORE.search(text[max(0, match.start() - _WEEKDAY_REACH):match.start()])
    weekday = WEEKDAYS.get(named.group(1).lower()) if named else None
    if weekday is None or len(named.group(1)) <= _SHORT_WEEKDAY and not named.group(2):
        return None
    first, second, year = int(match.group("first")), int(match.group("second")), int(match.group("year"))
    fits = [_weekday_of(year, month, day) == weekday for month, day in ((second, first), (first, second))]
    return fits[0] if fits[0] != fits[1] else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def slashed_order(text: str | None) -> bool | None:
    """True where text holds a slashed (or hyphened) date that can only be day first ("18/02/2020", "18-02-2020"),
    False where it can only be month first ("02/18/2020"), None where it holds none or one that reads either way."""
    found = _SLASHED.search(text) if text and ("/" in text or "-" in text) else None
    if found is None:
        return None
    first, second = int(found.group(1)), int(found.group(3))
    return True if first > 12 >= second else False if second > 12 >= first else None


def _slashed(first: int, second: int, parts: dict, day_first: bool | None) -> dict | None:
    """"18/02/2020" is day first, "02/18/2020" month first; "02/03/2020" could be either: read as the
    page's other dates show (`day_first`), else unknown."""
    if first > 12 >= second or first <= 12 and second <= 12 and day_first:
        return {**parts, "day": first, "mnum": second}
    if second > 12 >= first or first <= 12 and second <= 12 and day_first is False:
        return {**parts, "day": second, "mnum": first}
    return None


def _to_iso(match: re.Match, day_first: bool | None) -> str | None:
    parts = match.groupdict()
    if parts.get("first"):
        parts = _slashed(int(parts["first"]), int(parts["second"]), parts, day_first)
        if parts is None:
            return None
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get(parts["month"].lower())
    if not month:
        return None
    try:
        return date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:
        return None
