"""The date of a news report whose dateline gives the month and day only (新华社北京12月31日电).

The year is the document's only when it gives the day in full: a date with its year on the
dateline's day (a title's, a byline's, a page's ``2024年12月31日``), or its year and month
(（2024年12月）), and only one such year. A year the text merely names is not taken: a
report filed in December speaks of the year to come (中央经济工作会议, 12月12日: "2024年
是…关键一年" was said in 2023), a 新年贺词 is titled with the next year, its sentences set
deadlines (2025年12月31日前), and a wrong date is worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.core.importing.dates import date_line, parse_date
from desktop.core.importing.press import dateline_day


def dateline_date(lines: Sequence[str]) -> str | None:
    """The ISO date of a report in ``lines`` (its first lines, and any removed from among
    them) whose dateline has no year, or None when no dateline or no year fits."""
    at, day = next(
        ((index, found) for index, line in enumerate(lines) if (found := dateline_day(line))),
        (None, None),
    )
    if at is None or day is None:
        return None
    month, day_of_month = day
    year = _dated_year(lines, at, month, day_of_month)
    if year is None:
        return None
    try:
        return date(year, month, day_of_month).isoformat()
    except ValueError:
        return None  # 2月30日: no such day


def _dated_year(lines: Sequence[str], dateline: int, month: int, day: int) -> int | None:
    """The one year of the dates given in full on the dateline's day, or in its month with
    no day (2024年12月31日 or （2024年12月） over 12月31日电; 2023年12月11日 is another
    day). Such a date counts on a line of its own (a date line) or above the dateline (a
    page's date, a byline); the report's sentences name other days of other years (a
    deadline: 2025年12月31日前完成). Two years, and none is the day's."""
    years = {
        year
        for index, line in enumerate(lines)
        if "年" in line and (year := _year_of(line, index < dateline, month, day)) is not None
    }
    return years.pop() if len(years) == 1 else None


def _year_of(line: str, above: bool, month: int, day: int) -> int | None:
    """The year of the date ``line`` gives on ``month``/``day``, if it may date the report."""
    found = date_line(line) or (parse_date(line) if above else None)
    if found is None or len(found) < len("YYYY-MM") or int(found[5:7]) != month:
        return None
    if len(found) == len("YYYY-MM") or int(found[8:10]) == day:
        return int(found[:4])
    return None
