"""What the cleaner removed, read for the speeches: the datelines, bylines, dates and authors
in a speech's head's page chrome, and each removal placed in the speech it sat in, or in none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from desktop.core.imported import Removal, RemovalKind
from desktop.core.importing.clean import CleanText, Paragraph, PendingRemoval
from desktop.core.importing.dates import parse_date
from desktop.core.importing.head_authors import named_day
from desktop.core.importing.news_dates import dateline_date, has_dateline
from desktop.core.importing.page_chrome import (
    is_article_byline,
    is_sharing_site_chrome,
    is_site_clock,
    named_author,
    without_update_stamp,
)
from desktop.core.importing.press import (
    ends_with_photo_credit,
    is_dateline,
    is_reporter_byline,
    publication_date,
)
from desktop.core.importing.relay_pages import original_author
from desktop.core.importing.split import Layout, SpeechRange

# A paper's source line sits under the title and byline, or under the article's first lines.
_PUBLICATION_SCAN = 3


def dateline_paragraphs(clean: CleanText) -> list[int]:
    """The paragraphs (in order) a news report's dateline or its reporter's byline stood
    over, or in, on a line of its own the cleaner removed (新华社北京3月5日电, 本报记者 王某):
    the head still reads the report by it."""
    return sorted(
        removal.paragraph
        for removal in clean.removals
        if removal.kind == RemovalKind.WEB_CHROME
        and (is_dateline(removal.text) or is_reporter_byline(removal.text))
    )


def byline_paragraphs(clean: CleanText) -> list[int]:
    """The paragraphs (in order) a page's byline stood over on a line of its own the cleaner
    removed (来源：某某网, 2025-03-12 06:02): the name over it is the article's author."""
    return sorted(
        removal.paragraph
        for removal in clean.removals
        if removal.kind == RemovalKind.WEB_CHROME
        and removal.between
        and is_article_byline(removal.text)
    )


def within(paragraphs: list[int], where: SpeechRange) -> list[int]:
    """Of the sorted ``paragraphs``, those of the speech ``where``, counted from its first."""
    start = bisect_left(paragraphs, where.first)
    stop = bisect_left(paragraphs, where.end, start)
    return [paragraph - where.first for paragraph in paragraphs[start:stop]]


def removed_date(
    clean: CleanText, where: SpeechRange, body_start: int, stamps: Sequence[str] = ()
) -> str | None:
    """The date of a speech whose head gives none: its dateline's day (新华社北京12月31日电,
    本报讯…12月31日) in a year its first lines, the file or the page give; without a dateline,
    a paper's source line removed near its top (《人民日报》（2016年01月01日 第04版）), else
    a date in its head's page chrome (发布时间：…)."""
    last = min(where.first + body_start + _PUBLICATION_SCAN, where.end)
    removed = _removed_from(clean, where.first, last)
    published = next((day for r in removed if (day := publication_date(r.text))), None)
    published = published or chrome_date(clean, where.first, where.first + body_start)
    # A site's clock (2024年12月31日 星期二) tells the day the page was read, or a paper's
    # issue: on the dateline's very day, it gives the report's year.
    above = [r.text for r in removed if is_site_clock(r.text)]
    above += _press_openings(clean, removed)
    lines = above + [p.text for p in clean.paragraphs[where.first : last]]
    # a photo's caption removed from among them may date the photo (这是2024年3月5日拍摄的…)
    lines += [r.text for r in removed if ends_with_photo_credit(r.text)]
    if not has_dateline(lines):
        return published
    # A report tells of its dateline's day: the day a page or a paper published it (发布时间：
    # 2024-03-06 10:00 over 3月5日电, the next morning's issue) gives that day its year only,
    # as a file's stamps do, wherever the page prints it (its head or under the text).
    days = (*stamps, *([published] if published else []), *_published_days(clean, where))
    return dateline_date(lines, days)


def _press_openings(clean: CleanText, removed: Sequence[PendingRemoval]) -> list[str]:
    """The datelines removed from a speech's first lines, each with the reporters' line
    removed under it (新华社北京3月5日电 / （记者 张三）) and the lead it stood over, as if
    that opened with it: a flash alone (本报讯) gives its day there (3月5日上午，…), and a
    dateline its lead's time of the day (2024年3月5日上午，…)."""
    press: dict[int, str] = {}
    for removal in removed:
        text, at = removal.text.strip(), removal.paragraph
        if is_dateline(text) or (at in press and is_reporter_byline(text)):
            press[at] = press.get(at, "") + text
    paragraphs = clean.paragraphs
    return [
        text + " " + paragraphs[at].text if at < len(paragraphs) else text
        for at, text in press.items()
    ]


def _published_days(clean: CleanText, where: SpeechRange) -> list[str]:
    """The days a page's bylines removed from anywhere in a speech give in full (发布时间：
    2024-03-05 10:00 under the text), never a sharing site's upload days nor an update's."""
    removed = _removed_from(clean, where.first, where.end)
    if any(is_sharing_site_chrome(removal.text) for removal in removed):
        return []
    bylines = (
        without_update_stamp(r.text)
        for r in removed
        if r.kind == RemovalKind.WEB_CHROME and is_article_byline(r.text)
    )
    return [day for text in bylines if len(day := parse_date(text) or "") == len("YYYY-MM-DD")]


def _removed_from(clean: CleanText, first: int, last: int) -> list[PendingRemoval]:
    """The removals in or over paragraphs ``first``…``last``, found by bisection: the cleaner
    gives them in paragraph order, and a scan of them all for each speech of a long
    collection would take time in proportion to speeches times removals."""
    start = bisect_left(clean.removals, first, key=_paragraph_of)
    stop = bisect_right(clean.removals, last, lo=start, key=_paragraph_of)
    return clean.removals[start:stop]


def _paragraph_of(removal: PendingRemoval) -> int:
    return removal.paragraph


def chrome_date(clean: CleanText, first: int, last: int) -> str | None:
    """A date in page chrome removed from paragraphs ``first``…``last`` (a document's or a
    speech's head): a saved web page often gives its date only in a ``发布时间：…`` line.

    None on a document-sharing site's page: its date is when the file was uploaded, years
    after the speech perhaps, and a speech without a date is better than a wrong one. For the
    same reason a page's last-update stamp (更新时间：…) dates nothing.
    """
    removed = _removed_from(clean, first, last)
    if any(is_sharing_site_chrome(removal.text) for removal in removed):
        return None
    for removal in removed:
        if removal.kind == RemovalKind.WEB_CHROME and not is_site_clock(removal.text):
            found = parse_date(without_update_stamp(removal.text))
            if found:
                return found
    return None


def chrome_author(
    clean: CleanText, where: SpeechRange, body_start: int
) -> tuple[str | None, str] | None:
    """``(role, name)`` of the author a page's byline removed from a speech's head names
    (作者：王某某), as a party site prints a speech's speaker, or a byline stamped with its
    time (王建国 2024年3月6日 08:30, removed for its clock); never an uploader's name on a
    sharing site, nor a post's account (原创 某某发布 2024-03-06 08:30), though its author
    before the account (原创 王建国 某某发布 2024-03-06 08:30) is one."""
    removed = _removed_from(clean, where.first, where.first + body_start)
    if any(is_sharing_site_chrome(removal.text) for removal in removed):
        return None
    chrome = [r.text for r in removed if r.kind == RemovalKind.WEB_CHROME]
    authors = (named_author(text) or original_author(text) for text in chrome)
    name = next((name for name in authors if name), None)
    if name is not None:
        return None, name
    stamped = (named_day(text) for text in chrome if is_article_byline(text))
    return next((byline.said_by for byline in stamped if byline is not None), None)


def map_removals(clean: CleanText, layout: Layout, offsets: list[int]) -> list[Removal]:
    """Each removal in the speech it sat in (offset in its text), or in none (document offset)."""
    firsts = [speech.first for speech in layout.speeches]
    total = offsets[-1] - 1 if len(offsets) > 1 else 0
    removed = []
    for pending in clean.removals:
        paragraph = pending.paragraph
        slot = bisect_right(firsts, paragraph) - 1
        owner = layout.speeches[slot] if slot >= 0 else None
        if owner is not None and pending.between and paragraph == owner.first:
            # a line above a speech with no separator line sat above the speech itself
            owner = owner if owner.separator is not None else None
        if owner is not None and owner.first <= paragraph < owner.end:
            position = offsets[paragraph] - offsets[owner.first] + pending.offset
            removed.append(Removal(pending.kind, pending.text, slot + 1, position))
        else:
            position = min(offsets[paragraph] + pending.offset, total)
            removed.append(Removal(pending.kind, pending.text, None, position))
    return removed


def cut_off(paragraphs: Sequence[Paragraph], layout: Layout, offsets: list[int]) -> list[Removal]:
    """The header of a speech cut off before its text, as one removal outside every speech."""
    if layout.cut_off is None:
        return []
    text = "\n".join(paragraph.text for paragraph in paragraphs[layout.cut_off :])
    return [Removal(RemovalKind.CUT_OFF, text, None, offsets[layout.cut_off])]
