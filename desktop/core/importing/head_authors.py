"""Who gave or wrote a speech, read from its head: the speaker's name alone, glued to the
salutation or to the date, several authors' names, their units, an issuer over two lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.document import SpanKind
from desktop.core.importing.authors import is_labelled_unit_line, is_unit_line
from desktop.core.importing.chars import has_sentence_end
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.dates import date_line
from desktop.core.importing.headline_wrappers import without_kicker
from desktop.core.importing.lines import (
    dash_led,
    is_head_title,
    names_a_speech,
    salutation_length,
)
from desktop.core.importing.names import bare_name, bare_names, glued_names, names_alone
from desktop.core.importing.official import collective_author, issuer_block
from desktop.core.importing.press import is_source_line
from desktop.core.importing.readers.title_parts import is_organ_name
from desktop.core.importing.speakers import names_a_role, speaker

if TYPE_CHECKING:
    from desktop.core.importing.head import Head

_NAME_MAX = 4
# Who gave a speech, named before its occasion in its title (王某某同志在…上的讲话,
# 市委书记王某某在…的致辞): a role and a name, or a name, at the title's start, and the
# speech named as a thing (…的讲话), not told of as a report does (王某某在会上讲话).
# A headline giving someone's words after their name and a colon (习近平：欢迎知识分子提出批评).
_QUOTED = re.compile(r"(?P<who>[^：:\s]{2,12})\s*[：:]\s*\S.*")
_SAID_BY_TITLE = re.compile(r"(?P<who>\S[^在，,：:]{1,15}?)\s*(?:同志)?\s*在(?=\S)")
# What ends a group's name, read as listeners (文艺界同志们), never a speaker's name.
_COLLECTIVE_ENDS = ("界", "系统", "战线")
# A date glued to its author's name, or to several (2014-06-09余某, 2023-04-06陈某某段某某,
# 2019年5月张三 李四).
_DATED_BYLINE = re.compile(
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月(?:\d{1,2}日)?)\s*"
    r"(?P<rest>[^\W\d_](?:[^\W\d_]|[\s\u3000、，,](?=[^\W\d_])){1,24})"
)

# Who gave or wrote a text, then its day (王建国 2024年3月6日, 中共某某市委　2024-03-06): the
# words before the first digit, then the day.
_NAMED_DAY = re.compile(r"(?P<who>[^\d０-９（(]+?)[\s\u3000]*(?P<day>[\d０-９（(].*)")
_NAMED_DAY_MAX = 40
# A word in the day's part other than a date's own (2024年3月6日在…上的讲话 is an occasion line).
_NOT_A_DAY = re.compile(r"[^\W\d_年月日号]")
# When in the day a speech was given, after its date (2024年10月23日下午16:30-17:30).
_TIME_OF_DAY = re.compile(r"上午|下午|中午|晚上|早上|凌晨|傍晚")
# A list's bullet a copy from a PDF or a slide keeps before the byline (·市委书记王某某).
_BULLETS = "·•・‧●■◆-* \u3000"


def take_issuer_block(head: Head, paragraphs: Sequence[Paragraph], index: int) -> int:
    """An issuer named over two lines right over the date (a white paper's
    ``中华人民共和国`` / ``国务院新闻办公室``): both lines are its author's, never a title."""
    if head.speaker is not None or index + 2 >= len(paragraphs):
        return 0
    upper, lower, following = (paragraphs[index + i].text for i in range(3))
    issuer = issuer_block(head.titles[-1], upper, lower, following)
    if issuer is None:
        return 0
    head.speaker = issuer
    head.mark(SpanKind.SPEAKER, index, 0, len(upper))
    head.mark(SpanKind.SPEAKER, index + 1, 0, len(lower))
    return 2


def gives_units(head: Head, index: int, text: str) -> bool:
    """The authors' units: right under their names, or labelled anywhere under the title."""
    if not head.titles or not is_unit_line(text):
        return False
    last = head.marks[-1] if head.marks else None
    under_names = last is not None and last[1] == index - 1
    under_names = under_names and last[0] in (SpanKind.SPEAKER, SpanKind.SUBTITLE)
    return under_names or is_labelled_unit_line(text)


def take_dated_byline(head: Head, index: int, text: str) -> bool:
    """A date glued to its author's name under a title (``2014-06-09余某``, as article pages
    print them): the speech's date and its speaker."""
    match = _DATED_BYLINE.fullmatch(text.strip()) if text[:1].isdigit() else None
    names = _byline_names(match.group("rest")) if match is not None else None
    found = date_line(match.group("date")) if match is not None and names else None
    if found is None or names is None:
        return False  # 2019年1月1日新年贺词: a title opening with a date
    head.date = head.date or found
    head.mark(SpanKind.DATE, index, 0, len(text))
    head.speaker = head.speaker or "、".join(names)
    return True


@dataclass(frozen=True, slots=True)
class NamedDay:
    """A dated byline: who gave or wrote the text, ``(role, name)``, the day, and where the
    two stand on the line (``[start, end)`` each)."""

    said_by: tuple[str | None, str]
    date: str
    who: tuple[int, int]
    day: tuple[int, int]


def named_day(text: str) -> NamedDay | None:
    """A byline of who gave or wrote the text, then its day (``王建国 2024年3月6日``,
    ``市委书记 王建国 2024年3月6日``, ``中共某某市委 2024年3月6日``), or None: not a paper's
    source line (``人民日报 2024年3月6日``), which names no author, nor a title holding a day
    (``王建国 2024年3月6日在…上的讲话``, ``春节团拜会 2024年2月8日``)."""
    if len(text) > _NAMED_DAY_MAX:
        return None  # a body's paragraph: not worth the pattern's scan
    match = _NAMED_DAY.fullmatch(text.strip())
    if match is None or has_sentence_end(text):
        return None
    day = match.group("day")
    found = date_line(day) if _NOT_A_DAY.search(_TIME_OF_DAY.sub("", day)) is None else None
    who = match.group("who").strip().lstrip(_BULLETS)
    said_by = _byline_author(who) if found else None
    if said_by is None or found is None or is_source_line(text):
        return None
    start, day_start = text.index(who), text.index(day)
    return NamedDay(said_by, found, (start, start + len(who)), (day_start, len(text.rstrip())))


def take_named_day(head: Head, index: int, text: str) -> bool:
    """A dated byline (``named_day``) at the top of a speech or under its title: the
    speech's speaker and date, its two parts marked so, never a title line."""
    byline = named_day(text)
    if byline is None:
        return False
    if head.speaker is None:
        head.role, head.speaker = byline.said_by
    head.date = head.date or byline.date
    head.mark(SpanKind.SPEAKER, index, *byline.who)
    head.mark(SpanKind.DATE, index, *byline.day)
    return True


def _byline_author(words: str) -> tuple[str | None, str] | None:
    """``(role, name)`` of a byline's author: a name or several, a role and a name, or a body
    (an organ, 本报评论员)."""
    names = names_alone(words)
    if names is not None:
        return None, "、".join(names)
    said_by = speaker(words)
    if said_by is not None:
        return said_by
    return (None, words) if is_organ_name(words) or collective_author(words) else None


def _byline_names(text: str) -> list[str] | None:
    """The author's name a byline holds, or its several authors' (spaced or run together)."""
    return names_alone(text) or glued_names(text)


def authors_line(head: Head, text: str) -> tuple[str | None, str] | None:
    """A line of several authors' names, or the speaker's name said again under the head's
    date (``2014-06-09余某`` then ``余某``): ``(None, names)``, or None."""
    names = bare_names(text)
    if names is not None and head.speaker is None:
        return None, "、".join(names)
    if head.speaker is not None and bare_name(text) == head.speaker:
        return None, head.speaker
    return None


def take_glued_speaker(head: Head, index: int, text: str) -> bool:
    """Whether the line opens with the speaker's name glued to the salutation (``汪洋 各位委员：``,
    ``李强同志们：``): the name is the speaker's, the rest stays the salutation."""
    for name_end in range(min(_NAME_MAX, len(text) - 1), 1, -1):  # 王小明同志们 is 王小明's
        # set apart from the salutation, the line says a name stands there (汪洋 各位委员：)
        name = bare_name(text[:name_end], said=text[name_end : name_end + 1].isspace())
        if name is None:
            continue
        if names_a_role(name) or name.endswith(_COLLECTIVE_ENDS):
            return False  # 常委同志们, 文艺界同志们: listeners, not a name
        start = len(text) - len(text[name_end:].lstrip())
        length = salutation_length(text[start:])
        if length:
            head.speaker = name
            head.mark(SpanKind.SPEAKER, index, 0, len(text[:name_end].rstrip()))
            head.mark(SpanKind.SALUTATION, index, start, start + length)
            return True
    return False


def names_the_speaker(head: Head, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """A name alone under the title (王小明), over the speech's date, its salutation or a
    page's byline, or under the date: the speaker given without a role. At the top, over
    its day or the speech's title, the name is a byline as a copy sets it over the title.
    Under a title the place says a person is named: a name that is also a word (高峰) is one
    there; alone at the top nothing says so, and such a word (文明, 黄河) is a headline."""
    name = bare_name(paragraphs[index].text, said=bool(head.titles))
    if head.speaker is not None or name is None:
        # the byline on top said again under the title (王建国 / 在…讲话 / 王建国)
        return name is not None and name == head.speaker and bool(head.titles)
    following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
    if not head.titles:
        after = paragraphs[index + 2].text if index + 2 < len(paragraphs) else ""
        # over a page's removed byline it may be the headline (高考 over 发布时间：…)
        return _tops_the_speech(head, name, following, after)
    if (head.marks and head.marks[-1][0] == SpanKind.DATE) or index + 1 in head.bylines:
        return True
    if is_unit_line(following):
        return True  # a paper's author over the unit
    return date_line(following) is not None or salutation_length(following) > 0


def _tops_the_speech(head: Head, name: str, following: str, after: str) -> bool:
    """Whether a name alone opening a speech (under its day at most) is who gave it: over
    its day (王建国 / 2024年3月6日), or over a title naming the speech (在…上的讲话), not
    the person, with no other speaker's line under it (市委书记 王建国 under the title names
    the same person again: a byline on top too). A name's surname opens many words (文明,
    黄河, 范文): over a salutation or another title, such a line may be the title itself,
    or a column's name, and stays a title line."""
    if any(kind != SpanKind.DATE for kind, *_ in head.marks):
        return False
    if date_line(following) is not None:
        return True
    if not is_head_title(following) or not names_a_speech(following):
        return False
    said_by = speaker(after)
    under = said_by[1] if said_by is not None else bare_name(after)
    if under is not None:
        # the speaker named under the title: the line on top is a byline only if it names
        # the same person (王建国 / 在…讲话 / 市委书记 王建国); else a column (范文)
        return under == name
    return name not in "".join(following.split())


def title_speaker(text: str) -> tuple[str | None, str] | None:
    """``(role, name)`` of the speaker a speech's title or subtitle names before the occasion
    (``王某某同志在…会议上的讲话``, ``——市委书记王某某在…上的致辞``), or None."""
    text = dash_led(text) or text
    match = _SAID_BY_TITLE.match(text)
    if match is None or not names_a_speech(text) or "的" not in text[match.end() :]:
        return None  # 王某某在会上讲话 is a report's headline: it tells of a speech
    who = match.group("who")
    said_by = speaker(who)
    if said_by is not None:
        return said_by
    name = bare_name(who)
    return None if name is None else (None, name)


def quoted_speaker(headline: str) -> tuple[str | None, str] | None:
    """``(role, name)`` of the person a headline quotes after their name and a colon (``时局 |
    习近平：欢迎知识分子提出批评``), or None. Over a speech the words are its speaker's; over a
    report they are only quoted, so the caller asks this of a speech's title alone."""
    match = _QUOTED.fullmatch(without_kicker(headline).strip())
    if match is None:
        return None
    who = match.group("who")
    said_by = speaker(who)
    if said_by is not None:
        return said_by
    name = bare_name(who, said=True)  # the colon says a person speaks: 高峰：…
    return None if name is None else (None, name)
