"""Dates as pages print them, turned into ISO dates.

Only full dates (day, month, year) are normalised; "Nov 18" without a year stays
unknown rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan januar janvier enero janeiro",
            "february feb februar février fevrier febrero fevereiro",
            "march mar märz maerz mars marzo março",
            "april apr avril abril",
            "may mai mayo maio",
            "june jun juni juin junio junho",
            "july jul juli juillet julio julho",
            "august aug août aout agosto",
            "september sep sept septembre septiembre setembro",
            "october oct oktober octobre octubre outubro",
            "november nov novembre noviembre novembro",
            "december dec dezember décembre decembre diciembre dezembro",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>[A-Za-zéûçä]{3,10})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b{_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.{_YEAR}\b"),
]


def find_date(text: str) -> tuple[str, str] | None:
    """The first full date in text as (ISO date, the text it came from), or None."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso:
                return iso, match.group(0)
    return None


def _to_iso(match: re.Match) -> str | None:
    parts = match.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else MONTHS.get(parts["month"].lower())
    if not month:
        return None
    try:
        return date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:
        return None
