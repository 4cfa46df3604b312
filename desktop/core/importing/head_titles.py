"""The title lines of a speech's head said again or carried on: an official document's
issuer's mark, a title repeated (文库 pages), a long title broken over two lines, a question
ending a title broken over its last line, a news report's headline among its title lines.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from desktop.core.document import SpanKind
from desktop.core.importing.chars import HAN, either_script_words
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.dates import date_line, parse_date
from desktop.core.importing.lines import (
    asks_on_title,
    continues_title,
    document_number,
    is_head_title,
    mentions_a_speech,
    names_a_frame_part,
    names_a_speech,
)
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.official import is_issuer_mark
from desktop.core.importing.parts import names_a_compilation
from desktop.core.importing.press import opens_news_report
from desktop.core.importing.readers.title_parts import is_channel_name, is_organ_name
from desktop.core.importing.separators import prefix_separator

if TYPE_CHECKING:
    from desktop.core.importing.head import Head

# A news kicker (引题) over the headline names who said it (习近平在湖南考察时强调).
# Taiwan's and Hong Kong's reports write them in traditional characters (時強調, 出席並講話).
# A law's or a rule's edition under its title (2015年第三次修正, （2018年修订）, 2021修订版): which
# text this is, no words of its title.
_EDITION = re.compile(
    r"[（(]?\s*(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年?\s*"
    r"(?:第[一二三四五六七八九十0-9]+次)?\s*(?:修正|修订|修改)(?:版|本|稿)?\s*[)）]?"
)
# Where a text is taken from, said under its title (摘自：…的讲话, 节选自《…》); not 出自 nor 引自,
# which may open a sentence of the text itself.
_EXCERPTED = re.compile(r"\s*(?:摘自|摘编自|节选自|选自|摘編自|節選自|選自)\s*[:：]?\s*\S")
_EXCERPT_NOTE_MAX = 120
_KICKER_END = re.compile(rf"(?:{either_script_words('强调|指出|表示|要求|提出|时说|宣布')})[:：]?$")
# A sub-headline (副题) names who attended or went along: 王某某出席并讲话, 某某陪同考察.
_SUB_HEADLINE_END = re.compile(
    rf"(?:{either_script_words('出席|主持|讲话|致辞|参加|陪同|会见|会谈|发言')})"
    rf"(?:{either_script_words('会议|活动|大会|考察|调研|视察|开幕式|闭幕式|仪式|座谈会')})?$"
)
_PHRASES = re.compile(r"[^\s\u3000]{4,}[\s\u3000]+[^\s\u3000]{4,}")
# A report's headline tells of the event: a meeting held (全市经济工作会议今天召开) or what one
# said at it (市委书记王某某在全市经济工作会议上强调…), where a speaker's own title names a theme.
_REPORTS = re.compile(
    rf"(?:{either_script_words('召开|举行|开幕|闭幕|举办|落幕')})了?[！!]?$"
    rf"|在[^，,；;\s]{{2,30}}?(?:上|时|期间)(?:{either_script_words('强调|指出|表示|要求|提出|宣布|部署')})"
)
# A headline set as a couplet over two lines (锚定目标不放松 / 全力以赴拼经济): two phrases of the
# same length, short enough to be a line each.
_COUPLET_LINE = re.compile(rf"[{HAN}]{{4,12}}")
# The headings a page may open with: a kicker, the headline, a subtitle.
_TITLE_RUN_MAX = 3
# An occasion line names where a speech was given (在…会议上的讲话, 王某某同志在…上的致辞):
# its 在 comes before these many characters (a name and 同志, or a role and a name).
_OCCASION_REACH = 12
# How many characters either side of a break between two headline lines the report's lead
# must say unbroken for the break to fall inside a phrase (…部署加快推进 / 新型城镇化建设).
_ECHO_SIDE = 3


def issuer_mark(paragraphs: Sequence[Paragraph], limit: int) -> str | None:
    """The issuer's mark of an official document's 版头 (``某某市人民政府文件``): the line over
    its number (``某政办发〔2021〕12号``) when the title comes under that number."""
    window = paragraphs[:limit]
    for index in range(len(window) - 2):
        text = window[index].text
        if (
            document_number(window[index + 1].text)
            and is_head_title(window[index + 2].text)
            and is_issuer_mark(text)
        ):
            return _line_key(text)
    return None


def take_excerpt_note(head: Head, index: int, text: str) -> bool:
    """A note under the title of where the text is taken from (摘自：某某2017年6月23日在…座谈会
    上的讲话): a subtitle, and the day that speech was given the text's; never its title."""
    if not head.titles or _EXCERPTED.match(text) is None or len(text) > _EXCERPT_NOTE_MAX:
        return False
    head.date = head.date or (parse_date(text) if mentions_a_speech(text) else None)
    head.mark(SpanKind.SUBTITLE, index, 0, len(text))
    return True


def is_edition_line(text: str) -> bool:
    """Whether ``text`` only says which edition of a law or rule this is (2015年第三次修正)."""
    return _EDITION.fullmatch(text.strip()) is not None


def take_repeated(head: Head, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """The issuer's mark, or a title line said again (文库 pages repeat their title, or give
    it again as ``第一篇：…``): marked as before, but counted once."""
    text = paragraphs[index].text
    key = _line_key(text)
    if key == head.issuer:
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return True
    titles = (p for kind, p, *_ in head.marks if kind == SpanKind.TITLE)
    if any(_line_key(paragraphs[p].text) == key for p in titles):
        head.mark(SpanKind.TITLE, index, 0, len(text))
        return True
    return False


def _line_key(text: str) -> str:
    """A head line as compared with another: without a ``第一篇：`` in front, or spaces."""
    separator = prefix_separator(text)
    if separator is not None and separator.title:
        text = separator.title
    return "".join(text.split())


def continues_last_title(head: Head, index: int, text: str) -> bool:
    """A title line right under another that it carries on (a long title broken in two)."""
    if not head.titles or not _continues_title_line(head, index):
        return False
    return continues_title(head.titles[-1], text)


def asks_on_last_title(head: Head, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """A question ending the only title, broken right over it: unless another short
    question follows, as a body opening with questions goes on."""
    if len(head.titles) != 1 or not _continues_title_line(head, index):
        return False
    if not asks_on_title(head.titles[-1], paragraphs[index].text):
        return False
    following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    return not asks_on_title(head.titles[-1], following)


def subtitles_last_title(head: Head, index: int, text: str) -> bool:
    """An occasion line right under the head's last title, a headline: its subtitle. Under a
    report's headline (…今天召开, 王某某在…上强调…), which a news site or an account sets over
    the speech it reposts, the occasion line is the speech's own title."""
    if not _continues_title_line(head, index):
        return False
    if reports_an_event(head.titles[-1]) and "的" in text:
        return False  # 在…上的讲话 names the speech; 王某某在会上讲话 tells of it, a sub-headline
    return is_undashed_subtitle(head.titles[-1], text)


def reports_an_event(headline: str) -> bool:
    """Whether ``headline`` is a report's: it tells of a meeting held or of what one said at it
    (``重磅！全市经济工作会议今天召开``, ``市委书记王某某在全市经济工作会议上强调…``)."""
    return _REPORTS.search(headline) is not None


def _continues_title_line(head: Head, index: int) -> bool:
    """Whether the head's last mark is a title line right over line ``index``."""
    last = head.marks[-1] if head.marks else None
    return last is not None and last[0] == SpanKind.TITLE and last[1] == index - 1


def title_heading(paragraphs: Sequence[Paragraph]) -> int | None:
    """The heading that titles a text opening with headings: of the top level among its
    headings and the only one of that level (a page's <h1>, or its <h2> where it sets no
    <h1>; a Markdown ``# Title``), or the first line set in that level over parts all
    numbered in it (a Word title in 标题 1 over 一、…, 二、… in 标题 1 too), after at most
    a few other headings (a kicker's <h2>) and none numbered as an outline's part, nor a
    part framing them (前言). None when the text opens with no such heading."""
    run = 0
    while run < min(len(paragraphs), _TITLE_RUN_MAX) and paragraphs[run].heading:
        run += 1
    if run == 0:
        return None
    levels = [paragraph.heading for paragraph in paragraphs if paragraph.heading]
    top = min(levels)
    at = next((i for i in range(run) if paragraphs[i].heading == top), None)
    if at is None or (levels.count(top) != 1 and not _over_numbered_parts(paragraphs, at)):
        return None
    numbered = any(heading_marker(paragraphs[i].text) for i in range(at + 1))
    # a lone 前言 opening the text heads its first part, not the text
    return None if numbered or names_a_frame_part(paragraphs[at].text) else at


def _over_numbered_parts(paragraphs: Sequence[Paragraph], at: int) -> bool:
    """Whether the heading at ``at`` opens the text over the parts of an outline set in its
    level: two or more, numbered in one style from one on (一、二、, 第一部分、第二部分): the
    title a writer set in the parts' style. Not over a part numbered on from elsewhere (a
    note's 重点 over 第九章), where the first heading is more likely a part of its own."""
    level = paragraphs[at].heading
    markers = [heading_marker(p.text) for p in paragraphs[at + 1 :] if p.heading == level]
    numbered = [marker for marker in markers if marker is not None]
    if at != 0 or len(numbered) < 2 or len(numbered) != len(markers):
        return False
    style = numbered[0].style
    return [(m.style, m.number) for m in numbered] == [
        (style, number) for number in range(1, len(numbered) + 1)
    ]


def is_undashed_subtitle(title: str, text: str) -> bool:
    """Whether ``text``, under the title line ``title``, is the speech's subtitle with its
    dash lost (a copy or pdftotext drops it): a line naming the occasion (在…会议上的讲话)
    under a headline of the speaker's own words (凝心聚力谋发展 实干担当开新局). Not under
    a line that is no headline: a site's, column's or issuer's name, a date, a line that
    names a speech itself (领导讲话稿) or a compilation (…材料选编), or the meeting's name
    the occasion line says again."""
    if not names_a_speech(text) or "在" not in text[:_OCCASION_REACH]:
        return False
    if not is_head_title(title) or mentions_a_speech(title) or date_line(title):
        return False
    # is_issuer_mark takes any line ending as a unit's name does (…开新局): an organ's name
    # alone, or a 版头's ``…文件``, is what cannot head a speech
    if document_number(title) or is_organ_name(title) or title.endswith("文件"):
        return False
    if is_channel_name(title) or names_a_compilation(title):
        return False  # a column's name, or a compilation's over the first of its speeches
    return "".join(title.split()) not in "".join(text.split())


def take_headline(
    head: Head, paragraphs: Sequence[Paragraph], datelines: Collection[int] = ()
) -> None:
    """A news report's headline among its title lines: the line under a kicker (引题, …时强调),
    over a sub-headline (副题, 王某某出席并讲话 or phrases set apart by spaces), else its last
    (a 引题 of any words stands over the 主题); a headline set as a couplet over two lines, or
    broken inside a phrase its lead says unbroken, is one title. The lines around it stay
    marked as its subtitles. Only a news report is read so, one whose body opens with its
    dateline (新华社…电, 本报讯) or that had its dateline (or its reporter's byline) on a line
    of its own in its head (``datelines``: the paragraphs such a removed line stood over); a
    speech's head takes its last title line."""
    titles = head.titles
    if len(titles) < 2 or head.retitled or head.body_start >= len(paragraphs):
        return
    if not _is_news_report(head, paragraphs, datelines):
        return
    lead = "".join(paragraphs[head.body_start].text.split())
    first, last = _widened(titles, *_headline_lines(titles), lead)
    kept = titles[first : last + 1]
    lines = _title_lines(head, paragraphs, kept)
    for position, (kind, p, start, end) in enumerate(head.marks):
        if kind == SpanKind.TITLE and p not in lines:
            head.marks[position] = (SpanKind.SUBTITLE, p, start, end)
    head.titles = [_joined(kept, lead)]


def closes_news_head(head: Head, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """A title line right over a news report's dateline (新华社北京3月5日电) when the head
    holds its most title lines already: the sub-headline closing a head of four lines (a
    kicker, a headline broken over two, then 副题), which ``take_headline`` then sorts out."""
    if not head.titles or not is_head_title(paragraphs[index].text):
        return False
    following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    return opens_news_report(following) and any(_KICKER_END.search(t) for t in head.titles)


def _title_lines(head: Head, paragraphs: Sequence[Paragraph], titles: Sequence[str]) -> set[int]:
    """The title lines that make up ``titles``: each title's own line, the lines it was
    broken over (a run of title lines that together say it), or a line saying it again.
    A kicker whose words the headline repeats (两会观察 / 两会观察丨…) is none of them."""
    marked = sorted({p for kind, p, *_ in head.marks if kind == SpanKind.TITLE})
    keys = {_line_key(title) for title in titles}
    lines: set[int] = set()
    for start in marked:
        if _line_key(paragraphs[start].text) in keys:
            lines.add(start)
            continue
        for title in titles:
            lines |= _run_saying(paragraphs, marked, start, title)
    return lines


def _run_saying(
    paragraphs: Sequence[Paragraph], marked: Sequence[int], start: int, title: str
) -> set[int]:
    """The run of title lines from ``start`` on that, run together, say ``title``, if any."""
    said, run = "", []
    for p in range(start, len(paragraphs)):
        if p not in marked or not title.startswith(said + paragraphs[p].text):
            return set()
        said += paragraphs[p].text
        run.append(p)
        if said == title:
            return set(run)
    return set()


def _headline_lines(titles: Sequence[str]) -> tuple[int, int]:
    """The first and last of a news report's title lines that are its main headline: the
    line under a kicker, the one over a sub-headline, else the last (引题 over 主题); with
    the line beside it when the two make a couplet."""
    kickers = [i for i, text in enumerate(titles[:-1]) if _KICKER_END.search(text)]
    if kickers:
        return _under_kicker(titles, kickers[-1] + 1)
    # a sub-headline never says its headline again; a headline may repeat its column's kicker
    under = _is_sub_headline(titles[-1]) and _line_key(titles[-2]) not in _line_key(titles[-1])
    headline = len(titles) - (2 if under else 1)
    if headline > 0 and _is_couplet(titles[headline - 1 : headline + 1]):
        return headline - 1, headline
    following = titles[headline + 1 : headline + 2]
    if following and not _is_sub_headline(following[0]) and _is_couplet(titles[headline:][:2]):
        return headline, headline + 1
    return headline, headline


def _widened(titles: Sequence[str], first: int, last: int, lead: str) -> tuple[int, int]:
    """The headline's lines with those it was broken from inside a phrase, over or under it."""
    while (
        first > 0
        and _KICKER_END.search(titles[first - 1]) is None
        and _breaks_mid_phrase(titles[first - 1], titles[first], lead)
    ):
        first -= 1
    while last + 1 < len(titles) and _breaks_mid_phrase(titles[last], titles[last + 1], lead):
        last += 1
    return first, last


def _joined(lines: Sequence[str], lead: str) -> str:
    """A headline's lines as one title: set apart by a space where they were phrases apart,
    run together where the break fell inside a phrase."""
    title = lines[0]
    for upper, lower in zip(lines, lines[1:], strict=False):
        title += ("" if _breaks_mid_phrase(upper, lower, lead) else " ") + lower
    return title


def _breaks_mid_phrase(upper: str, lower: str, lead: str) -> bool:
    """Whether two headline lines were broken inside a phrase: the report's lead, which says
    its headline again in prose, runs on unbroken across the words either side of the break
    (a break between phrases meets a comma there, or other words)."""
    upper, lower = "".join(upper.split()), "".join(lower.split())
    if min(len(upper), len(lower)) < _ECHO_SIDE:
        return False
    return upper[-_ECHO_SIDE:] + lower[:_ECHO_SIDE] in lead


def _under_kicker(titles: Sequence[str], headline: int) -> tuple[int, int]:
    """The headline under a kicker (…时强调), with the line under it when it is not a
    sub-headline naming who attended or went along: a headline broken over two lines."""
    following = titles[headline + 1 : headline + 2]
    if following and _SUB_HEADLINE_END.search(following[0]) is None:
        return headline, headline + 1
    return headline, headline


def _is_news_report(
    head: Head, paragraphs: Sequence[Paragraph], datelines: Collection[int]
) -> bool:
    """Whether a dateline stood in the head, on its own line, or opens the body."""
    if any(paragraph <= head.body_start for paragraph in datelines):
        return True
    return opens_news_report(paragraphs[head.body_start].text)


def _is_couplet(lines: Sequence[str]) -> bool:
    """Two headline lines of one phrase each and of the same length: one headline's halves."""
    if len(lines) != 2 or not all(_COUPLET_LINE.fullmatch(line) for line in lines):
        return False
    return len(lines[0]) == len(lines[1])


def _is_sub_headline(text: str) -> bool:
    """A news sub-headline: who attended (王某某出席并讲话), or phrases set apart by spaces
    (研究某某举措 审议通过《某某意见》)."""
    return _SUB_HEADLINE_END.search(text) is not None or _PHRASES.search(text) is not None
