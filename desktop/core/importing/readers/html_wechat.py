"""A page saved from mp.weixin.qq.com: the time its byline shows once the page's script runs.

WeChat serves a post with ``<em id="publish_time">`` empty and fills it from a script
(``var ct = "1709685000"``, ``create_time``, ``var createTime = '2024-03-06 08:30'``); a page
saved as "HTML only", or kept from before the script ran, has the byline without its time.
The reader sets the time in as the browser would show it, so the byline reads whole
(原创 王建国 某某发布 2024-03-06 08:30) and the post has its day.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from bs4 import BeautifulSoup
from bs4.element import Tag

from desktop.core.importing.dates import parse_date

_PUBLISH_TIME = "publish_time"
# Seconds since 1970 in the post's script, the most reliable first (ct is the post's own).
_STAMPS = (
    re.compile(r"\bct\s*=\s*[\"']?(\d{9,10})\b"),
    re.compile(r"\b(?:create_time|oriCreateTime)\s*[:=]\s*(?:JsDecode\(\s*)?[\"']?(\d{9,10})\b"),
)
_SHOWN = re.compile(r"\bcreateTime\s*=\s*[\"'](\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?)[\"']")
_CHINA = timezone(timedelta(hours=8))  # WeChat shows Beijing time, whoever saves the page
_FIRST_POST = datetime(2012, 1, 1, tzinfo=UTC)  # no account posted before WeChat had them


def fill_publish_time(soup: BeautifulSoup, page: str) -> str | None:
    """Set the time a WeChat post's script would show in its empty ``#publish_time``
    (``2024-03-06 08:30``, Beijing time); the day (ISO) the post was published, or None."""
    if _PUBLISH_TIME not in page:  # most pages are no post: spare them a walk of the tree
        return None
    element = soup.find(id=_PUBLISH_TIME)
    if not isinstance(element, Tag):
        return None
    shown = " ".join(element.get_text().split())
    if not shown:
        shown = _script_time(soup) or ""
        if shown:
            element.string = shown
    day = parse_date(shown)
    return day if day is not None and len(day) == len("YYYY-MM-DD") else None


def _script_time(soup: BeautifulSoup) -> str | None:
    """The time the page's scripts give the post, as WeChat shows it, or None."""
    scripts = "\n".join(script.get_text() for script in soup.find_all("script"))
    for pattern in _STAMPS:
        match = pattern.search(scripts)
        if match is None:
            continue
        moment = datetime.fromtimestamp(int(match.group(1)), UTC)
        if moment >= _FIRST_POST:
            return moment.astimezone(_CHINA).strftime("%Y-%m-%d %H:%M")
    match = _SHOWN.search(scripts)
    return match.group(1) if match else None
