"""Dates as English text writes them, turned into ISO 8601.

An English speech's head gives its day in words (``January 5, 2024``, ``5 January 2024``,
``Jan. 5, 2024``, ``Friday, 5th January 2024``), often after the place it was given
(``New York, 5 January 2024``), where a Chinese one writes ``2024年1月5日``. A line that is
such a date and nothing else is the speech's date, as a Chinese date line is.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Z][a-z]{2,8})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|2[01])\d{2})"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?),?\s+"
# The place a speech was given, before its day: one to four capitalised words (New York,).
_PLACE = r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)?"
_OPEN = rf"[(\[]?\s*{_PLACE}(?:{_WEEKDAY})?"
_CLOSE = r"\s*[)\]]?\.?"
# January 5, 2024 and Jan. 5 2024 as American English writes the day; 5 January 2024 and
# 5th of January 2024 as British English and the UN do.
_LATIN_DATE_LINES = (
    re.compile(rf"{_OPEN}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_CLOSE}"),
    re.compile(rf"{_OPEN}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_CLOSE}"),
)
_LINE_MAX = 60


def latin_date_line(text: str) -> str | None:
    """The ISO date of a line that is only an English date (with its weekday or place), or
    None."""
    stripped = text.strip()
    if not stripped or len(stripped) > _LINE_MAX or stripped[-1] not in "0123456789).]":
        return None  # most lines: one test
    match = next(filter(None, (line.fullmatch(stripped) for line in _LATIN_DATE_LINES)), None)
    if match is None:
        return None
    month = _MONTHS.get(match.group("month").lower())
    if month is None:
        return None
    try:
        return date(int(match.group("year")), month, int(match.group("day"))).isoformat()
    except ValueError:
        return None  # February 30: no such day
