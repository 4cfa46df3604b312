"""The date of a news report whose dateline gives the month and day only (新华社北京12月31日电).

The year is the document's when it says one plainly near the top: a date with its year on the
dateline's day (a title's, a byline's, a page's ``2024年12月31日``), else the one year its
first lines name (``2024年，我们…``). Years ahead or in a range (``到2035年``, ``2021—2025年``)
name targets and spans, not the day; two different years leave the date unknown, since a
report filed on 12月31日 may well be about the year to come (二〇二五年新年贺词).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from desktop.core.importing.chars import ascii_digits, cn_number
from desktop.core.importing.dates import parse_date
from desktop.core.importing.press import dateline_day

_CN_DIGIT = "〇零一二三四五六七八九"
# A year as a text names it, with the characters before it: 到2035年 is a target.
_YEAR = re.compile(rf"(?P<before>.?)(?P<y>(?:19|20)\d{{2}}|[{_CN_DIGIT}]{{4}})\s*年(?P<after>.?)")
# A year a span runs to or from, or one by which a target is due (到2035年, 2025年前).
_NOT_THE_DAY_BEFORE = tuple("到至—－-~～")
_NOT_THE_DAY_AFTER = tuple("到至—－-~～前")
_YEAR_MIN, _YEAR_MAX = 1900, 2100


def dateline_date(lines: Sequence[str]) -> str | None:
    """The ISO date of a report in ``lines`` (its first lines, and any removed from among
    them) whose dateline has no year, or None when no dateline or no year fits."""
    day = next((found for line in lines if (found := dateline_day(line))), None)
    if day is None:
        return None
    month, day_of_month = day
    year = _dated_year(lines, month, day_of_month) or _only_year(lines)
    if year is None:
        return None
    try:
        return date(year, month, day_of_month).isoformat()
    except ValueError:
        return None  # 2月30日: no such day


def _dated_year(lines: Sequence[str], month: int, day: int) -> int | None:
    """The year of a date given in full on the dateline's day, or in its month with no day
    (2024年12月31日 or （2024年12月） over 12月31日电): 2023年12月11日 is another day."""
    for line in lines:
        if "年" not in line:
            continue
        found = parse_date(line)
        if found is None or len(found) < len("YYYY-MM") or int(found[5:7]) != month:
            continue
        if len(found) == len("YYYY-MM") or int(found[8:10]) == day:
            return int(found[:4])
    return None


def _only_year(lines: Sequence[str]) -> int | None:
    """The one year ``lines`` name as the text's own, or None for none or several."""
    years = {
        year
        for line in lines
        if "年" in line
        for match in _YEAR.finditer(ascii_digits(line))
        if not match.group("before").endswith(_NOT_THE_DAY_BEFORE)
        and not match.group("after").startswith(_NOT_THE_DAY_AFTER)
        and (year := _year_value(match.group("y"))) is not None
    }
    return years.pop() if len(years) == 1 else None


def _year_value(numeral: str) -> int | None:
    value = int(numeral) if numeral.isdigit() else cn_number(numeral)
    return value if value is not None and _YEAR_MIN <= value <= _YEAR_MAX else None
