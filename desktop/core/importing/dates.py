"""Dates as Chinese documents write them, turned into ISO 8601.

``2016年4月15日``, ``２００９年３月５日``, ``二〇一六年四月十五日``, ``2024-09-08``, ``2016.4.15``
and ``2016/4/15`` all read as full dates; ``2016年4月`` reads as ``2016-04``. A *date line* is a
line that holds a date and nothing else but its wrapping: ``(2016年4月15日)``, ``——1955年7月5日至
6日在第一届全国人民代表大会第二次会议上``, ``…12月21日和22日在…``, ``2024-09-08``, and the
record of a law's passing under its title (``（2023年12月29日…通过　…公布　自…起施行）``), and an
English speech's day in words (``January 5, 2024``: ``latin_dates``).
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.importing.chars import NUMERAL_MAX, ascii_digits, cn_number
from desktop.core.importing.latin_dates import latin_date_line

_CN_DIGIT = "〇零一二三四五六七八九"
_CN_DAY = "一二三四五六七八九十"
_YEAR = rf"(?P<y>\d{{4}}|[{_CN_DIGIT}]{{4}})"
_MONTH = rf"(?P<m>\d{{1,2}}|[{_CN_DAY}]{{1,2}})"
_DAY = rf"(?P<d>\d{{1,2}}|[{_CN_DAY}]{{1,3}})"

_DATE_LINE_MAX = 90
# Four digits written as a class and then three more: a pattern opening with a bare class lets
# the regex engine skip ahead to a digit instead of trying a match at every position.
_HAS_YEAR = re.compile(rf"[0-9０-９{_CN_DIGIT}][0-9０-９{_CN_DIGIT}]{{3}}")
_CN_DATE = re.compile(rf"{_YEAR}\s*年\s*(?:{_MONTH}\s*月(?:\s*{_DAY}\s*[日号])?)?")
# What makes a date a bound of a time rather than a day: 前, 以前, 起, 以来, 止, 为止…
_BOUND = re.compile(r"\s*(?:之?前|以前|之后|以后|后|起|以来|止|为止|截止|到期)")
_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])"
)

# What may wrap a date on a date line: brackets, dashes, a day range (至, or two days read on
# two sittings: 21日和22日), the occasion.
_RANGE = r"(?:\s*[至到和及—\-－~～]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?"
_OCCASION = (
    r"(?:\s*[，,]?\s*(?:在|于)[^，,。；;！!？?]{0,60}?"
    r"(?:上|时|中|期间|会议?|典礼|仪式|开幕式|闭幕式)(?:的)?(?:讲话|发言|报告|致辞|演讲)?)?"
)
_DATE_LINE = re.compile(
    r"[（(【\[〔<《\s—\-－–]*"
    r"(?:[\u4e00-\u9fff]{0,6}[：:]\s*)?"  # 日期：  发布时间：
    r"(?P<date>"
    + _YEAR
    + r"\s*年\s*"
    + _MONTH
    + r"\s*月\s*(?:"
    + _DAY
    + r"\s*[日号])?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
    + _RANGE
    + r"(?:\s*(?:上午|下午|中午|晚上|早上|凌晨|傍晚))?"  # when in the day a speech was given
    # a time of day after a page's date, or the hour a speech took (下午16:30-17:30)
    + r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[-－—~～至到]\s*\d{1,2}[:：]\d{2})?)?"
    + _OCCASION
    + r"[）)】\]〕>》\s]*"
)
# The record under a law's or regulation's title (题注) of when it was passed, published,
# amended and put in force, each step a date and what was done on it:
# （2023年12月29日国务院第22次常务会议通过　2024年1月12日…公布　自2024年3月1日起施行）.
_ENACTMENT_MAX = 600
_ENACTMENT_STEP = (
    r"(?:根据|自|于)?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"[^（）()。]{0,120}?(?:通过|公布|施行|修正|修订|修改|批准|发布|颁布|印发)"
)
_ENACTMENT = re.compile(
    rf"[（(]\s*{_ENACTMENT_STEP}(?:[\s，,；;、]*{_ENACTMENT_STEP})*[\s。]*[）)]"
)

# A date in brackets with where it was given after it: （2023年10月18日，北京）.
_PLACED = re.compile(r"[（(](?P<when>[^，,（）()]+?)\s*[，,]\s*[\u4e00-\u9fff·]{2,12}\s*[）)]")


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), or None."""
    text = ascii_digits(text)
    numeric = _NUMERIC_DATE.search(text)
    chinese = _CN_DATE.search(text)
    if numeric and (chinese is None or numeric.start() < chinese.start()):
        return _iso(numeric.group("y"), numeric.group("m"), numeric.group("d"))
    if chinese:
        return _iso(chinese.group("y"), chinese.group("m"), chinese.group("d"))
    return None


def dates_told(text: str) -> list[str]:
    """Every date ``text`` gives with its year (ISO 8601, in order), but one set as a bound
    (2025年12月31日前, …起, …以来: a deadline or a start, not a day the text tells of)."""
    return [iso for iso, _end in dates_told_at(text)]


def dates_told_at(text: str) -> list[tuple[str, int]]:
    """``dates_told``'s dates, each with where it ends in ``ascii_digits(text)`` (the words
    after a date say what it is: 上午, a time of the day reported)."""
    text = ascii_digits(text)
    matches = [*_NUMERIC_DATE.finditer(text), *_CN_DATE.finditer(text)]
    found = [
        (match.start(), _iso(match.group("y"), match.group("m"), match.group("d")), match.end())
        for match in matches
        if _BOUND.match(text, match.end()) is None
    ]
    return [(iso, end) for _, iso, end in sorted(found) if iso is not None]


def date_line(text: str) -> str | None:
    """The ISO date of a line that is only a date with its wrapping, or None."""
    stripped = text.strip()
    if not stripped or len(stripped) > _ENACTMENT_MAX or not _HAS_YEAR.search(stripped):
        return None
    normalised = ascii_digits(stripped)
    if len(stripped) <= _DATE_LINE_MAX and _DATE_LINE.fullmatch(normalised) is not None:
        return parse_date(normalised)
    if _ENACTMENT.fullmatch(normalised) is not None:
        return parse_date(normalised)  # the first step: when it was passed
    placed = _PLACED.fullmatch(normalised)
    if placed is not None and _DATE_LINE.fullmatch(placed.group("when")) is not None:
        return parse_date(placed.group("when"))
    return latin_date_line(stripped)


def _iso(year: str, month: str | None, day: str | None) -> str | None:
    y = _value(year)
    if y is None or not 1800 <= y <= 2200:
        return None
    m = _value(month) if month else None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    d = _value(day) if day else None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return f"{y:04d}-{m:02d}"


def _value(numeral: str | None) -> int | None:
    if not numeral or len(numeral) > NUMERAL_MAX:
        return None
    if numeral.isdigit():
        return int(numeral)
    return cn_number(numeral)
