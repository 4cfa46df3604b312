"""The date of a news report whose dateline gives the month and day only (新华社北京12月31日电).

The year is the document's only when it gives the day in full: a date with its year on the
dateline's day (a title's, a byline's, a page's ``2024年12月31日``), or its year and month
(（2024年12月）), and only one such year. A year the text merely names is not taken: a
report filed in December speaks of the year to come (中央经济工作会议, 12月12日: "2024年
是…关键一年" was said in 2023), a 新年贺词 is titled with the next year, its sentences set
deadlines (2025年12月31日前), and a wrong date is worse than none.

When the text gives no year, the file may: a Word file records the days it was created and
last saved, a web page the day it published the report (its <meta>, a visible 发布时间：… or
来源 line, a paper's source line). A report is written up within days of its dateline's day,
so a stamp a short while after that day, in a year the stamps agree on, gives it (a file saved
on 2025-01-02 holds a report of 12月31日 2024); the day stays the dateline's. A stamp long
after the day (a file copied from a template, edited or reposted months later) gives nothing.

Nor does a date the report's words give later on, but for a photo of the day (这是2024年3月5日
拍摄的…): a feature recalls the same day of past years (2019年3月5日上午，总书记…), often
with its time, and the words alone cannot tell that day from the report's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from desktop.core.importing.chars import ascii_digits
from desktop.core.importing.dates import date_line, dates_told_at, parse_date
from desktop.core.importing.press import dateline_day

# A time of the day after a date: the day a report tells of (2024年3月5日上午, 5日19时).
_TIME_OF_DAY = re.compile(
    r"\s*(?:上午|下午|晚上|晚间|晚|早上|早晨|清晨|凌晨|中午|傍晚|夜间|\d{1,2}\s*[时点:：])"
)
# A photo's caption: 这是2024年3月5日拍摄的…, …日在…拍摄
_CAPTION_TIME = re.compile(r"[^，。；]{0,20}拍摄")
# How long after a report's day (or before it: a draft) a file holding it may be created or
# saved and still tell its year: a report is written up and filed within weeks; a stamp
# further from the day is an edit's, or a template's.
_STAMP_WINDOW = (-7, 45)


def dateline_date(lines: Sequence[str], stamps: Sequence[str] = ()) -> str | None:
    """The ISO date of a report in ``lines`` (its first lines, and any removed from among
    them) whose dateline has no year, or None when no dateline or no year fits; ``stamps``
    are the ISO days the file was created and saved, asked when the lines give no year."""
    at, day = _dateline(lines)
    if at is None or day is None:
        return None
    month, day_of_month = day
    year = _dated_year(lines, at, month, day_of_month)
    if year is None:
        year = _stamped_year(stamps, month, day_of_month)
    if year is None:  # last: a lead may recall a past year's day (2019年3月5日，总书记…)
        year = _year_of_day(lines[at], month, day_of_month)
    if year is None:  # a photo of the day further on (这是2024年3月5日拍摄的…), not an old one
        year = _one_year(_captioned_years(line, month, day_of_month) for line in lines[at + 1 :])
    if year is None:
        return None
    try:
        return date(year, month, day_of_month).isoformat()
    except ValueError:
        return None  # 2月30日: no such day


def has_dateline(lines: Sequence[str]) -> bool:
    """Whether ``lines`` (a report's first lines) give a dateline's day (新华社北京3月5日电,
    本报讯 3月5日): the day the report tells of, whatever day a page published it."""
    return _dateline(lines)[0] is not None


def _dateline(lines: Sequence[str]) -> tuple[int | None, tuple[int, int] | None]:
    """Where the first dateline in ``lines`` is, and its month and day."""
    return next(
        ((index, found) for index, line in enumerate(lines) if (found := dateline_day(line))),
        (None, None),
    )


def _dated_year(lines: Sequence[str], dateline: int, month: int, day: int) -> int | None:
    """The one year of the dates given in full on the dateline's day, or in its month with
    no day (2024年12月31日 or （2024年12月） over 12月31日电; 2023年12月11日 is another
    day). Such a date counts on a line of its own (a date line) or above the dateline (a
    page's date, a byline); the lead's is asked after the file's stamps (``_year_of_day``);
    further on, the report's sentences name other days of other years (2023年12月31日，我们
    也在这里开过会). Two years, and none is the day's."""
    years = {
        year
        for index, line in enumerate(lines)
        if "年" in line and (year := _year_of(line, index - dateline, month, day)) is not None
    }
    return years.pop() if len(years) == 1 else None


def _year_of(line: str, after: int, month: int, day: int) -> int | None:
    """The year of the date ``line`` (``after`` lines below the dateline's: less than 0
    above it) gives on ``month``/``day``, if it may date the report."""
    found = date_line(line)
    if found is None and after < 0:
        found = parse_date(line)
    if found is None or len(found) < len("YYYY-MM") or int(found[5:7]) != month:
        return None
    if len(found) == len("YYYY-MM") or int(found[8:10]) == day:
        return int(found[:4])
    return None


def _year_of_day(text: str, month: int, day: int) -> int | None:
    """The year of a date ``text`` (the lead the dateline opens) gives in full on
    ``month``/``day`` as the day it reports, one year only: with the time of that day
    (…电 2024年3月5日上午，…开幕) or in a photo's caption (这是2024年3月5日拍摄的…). A
    feature's lead recalls the same day of a past year without one (2019年3月5日，总书记…);
    and a file's stamps, when near the day, come first."""
    digits = ascii_digits(text)
    years = {
        year
        for year, end in _years_on(text, month, day)
        if _TIME_OF_DAY.match(digits, end) or _CAPTION_TIME.match(digits, end)
    }
    return years.pop() if len(years) == 1 else None


def _captioned_years(text: str, month: int, day: int) -> set[int]:
    """The years of the photos of ``month``/``day`` a caption in ``text`` dates (这是2024年3月
    5日拍摄的…): a report's photos are of its day; an archive photo (资料照片) is not."""
    if "拍摄" not in text or "资料" in text:
        return set()  # most paragraphs: two tests
    digits = ascii_digits(text)
    return {year for year, end in _years_on(text, month, day) if _CAPTION_TIME.match(digits, end)}


def _years_on(text: str, month: int, day: int) -> list[tuple[int, int]]:
    """The years of the full dates ``text`` gives on ``month``/``day`` (not as a bound), each
    with where it ends in ``ascii_digits(text)``."""
    return [
        (int(found[:4]), end)
        for found, end in dates_told_at(text)
        if len(found) == len("YYYY-MM-DD") and (int(found[5:7]), int(found[8:10])) == (month, day)
    ]


def _one_year(years: Iterable[set[int]]) -> int | None:
    """The one year in all of ``years``, or None when there is none or more than one."""
    found = set().union(*years)
    return found.pop() if len(found) == 1 else None


def _stamped_year(stamps: Sequence[str], month: int, day: int) -> int | None:
    """The year the stamps put the day in: the ``month``/``day`` a few weeks before a stamp
    at most, or a few days after it (a report drafted the day before). A stamp far from any
    such day says nothing (an edit months later, a template's); None when none is near, or
    the near ones disagree."""
    years = set()
    for stamp in stamps:
        try:
            stamped = date.fromisoformat(stamp)
        except ValueError:
            continue
        near = [
            year
            for year in (stamped.year - 1, stamped.year, stamped.year + 1)
            if _STAMP_WINDOW[0] <= _days_after(stamped, year, month, day) <= _STAMP_WINDOW[1]
        ]
        years.update(near)  # at most one: the window is shorter than a year
    return years.pop() if len(years) == 1 else None


def _days_after(stamped: date, year: int, month: int, day: int) -> int:
    """How many days ``stamped`` is after ``year``-``month``-``day`` (no such day: far)."""
    try:
        return (stamped - date(year, month, day)).days
    except ValueError:
        return 10**6  # 2月29日 of a common year
