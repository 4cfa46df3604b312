"""A speech's title set over several lines, as printed reports and posters set a long title
and web copies keep it (高举…伟大旗帜 / 为夺取…而奋斗 / ——在…大会上的报告): the lines right
over the subtitle naming the occasion are one title, not a document's title and a speech's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.document import SpanKind
from desktop.core.importing.chars import either_script_words, han_count
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.dates import date_line
from desktop.core.importing.lines import (
    dash_led,
    document_number,
    is_head_title,
    mentions_a_speech,
    names_a_speech,
    salutation_length,
)
from desktop.core.importing.parts import names_a_compilation
from desktop.core.importing.readers.title_parts import is_channel_name, is_organ_name

if TYPE_CHECKING:
    from desktop.core.importing.head import Head

# A line of a title set over two is a phrase of its own (凝心聚力谋发展 / 实干担当开新局): a
# site's, a column's or a paper's name over a title is shorter.
_LINE_MIN_HAN = 6
_LINES = 2
# A report's title may run over four phrases (高举… / 忠实践行… / 奋力打造… / 争创…).
_LINES_MAX = 4
# An occasion line names where a speech was given: its 在 comes before these many characters.
_OCCASION_REACH = 12
# A news kicker over a headline names who said it (习近平在湖南考察时强调): a line of its own.
_KICKER_END = re.compile(rf"(?:{either_script_words('强调|指出|表示|要求|提出|时说|宣布')})[:：]?$")


def join_set_title(head: Head, paragraphs: Sequence[Paragraph]) -> None:
    """Make the title lines right over the subtitle naming a speech's occasion
    (``——在…上的报告``, or that line with its dash lost) one title, the lines set apart by a
    space as phrases are: two lines, or up to four when each is such a phrase; three or four
    such phrases right over the salutation too (no kicker runs so long). The lines stay marked
    as title lines."""
    if head.retitled or len(head.titles) < _LINES:
        return
    closer, least = _occasion_line(head, paragraphs), _LINES
    if closer is None:
        closer, least = _salutation_line(head, paragraphs), _LINES + 1
    if closer is None or closer < least:
        return
    titled = {p for kind, p, *_ in head.marks if kind == SpanKind.TITLE}
    count = 0
    for size in range(_LINES, min(_LINES_MAX, len(head.titles), closer) + 1):
        lines = range(closer - size, closer)
        texts = [paragraphs[p].text for p in lines]
        if not titled.issuperset(lines) or head.titles[-size:] != texts:
            break  # a line was read as something else, or joined to one over it
        if not all(is_title_phrase(text) for text in texts):
            break
        count = size
    if count >= least:
        head.titles[-count:] = [" ".join(text.strip() for text in head.titles[-count:])]


def sets_a_fourth_line(titles: Sequence[str], paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether line ``index``, under three title lines, is the last of a title set over four
    phrases right over the occasion line (or the salutation opening the speech)."""
    if len(titles) != _LINES_MAX - 1 or index + 1 >= len(paragraphs):
        return False
    return _set_over(titles, paragraphs, index - 1) and _set_over(
        [*titles, paragraphs[index].text], paragraphs, index, closed=True
    )


def closes_set_title(titles: Sequence[str], paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether line ``index`` is the occasion line (or the salutation) right under a title set
    over three or four phrases: the lines over it are one title, no page's lines crowding it."""
    return _LINES < len(titles) <= _LINES_MAX and _set_over(titles, paragraphs, index - 1, True)


def opens_set_title(paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether line ``index`` or the one over it opens a title set over four phrases right
    over the occasion line (or the salutation): lines over it crowd the head, as a page's do."""
    for first in range(max(index - 1, 0), index + 1):
        texts = [paragraph.text for paragraph in paragraphs[first : first + _LINES_MAX]]
        if _set_over(texts, paragraphs, first + _LINES_MAX - 1, closed=True):
            return True
    return False


def _set_over(
    titles: Sequence[str], paragraphs: Sequence[Paragraph], last: int, closed: bool = False
) -> bool:
    """Whether ``titles`` are the lines up to ``last``, each a phrase of a title, and (when
    ``closed``) the line under them names the occasion or is the salutation."""
    first = last - len(titles) + 1
    if first < 0 or last + 1 >= len(paragraphs):
        return False
    texts = [paragraphs[p].text for p in range(first, last + 1)]
    if texts != list(titles) or not all(is_title_phrase(text) for text in texts):
        return False
    following = paragraphs[last + 1].text.strip()
    return (
        not closed or _names_occasion(following) or salutation_length(following) == len(following)
    )


def set_title_start(paragraphs: Sequence[Paragraph], first: int, floor: int = 0) -> int:
    """Where a speech whose title line is ``first`` opens in a compilation: on the line over
    it (not above ``floor``) when the two are a title set over two lines over its occasion."""
    if first - 1 < floor or first + 1 >= len(paragraphs):
        return first
    if not _names_occasion(paragraphs[first + 1].text):
        return first
    pair = paragraphs[first - 1 : first + 1]
    return first - 1 if all(is_title_phrase(paragraph.text) for paragraph in pair) else first


def _occasion_line(head: Head, paragraphs: Sequence[Paragraph]) -> int | None:
    """The first subtitle line of the head when it names the occasion of a speech."""
    subtitles = sorted(p for kind, p, *_ in head.marks if kind == SpanKind.SUBTITLE)
    if not subtitles or not _names_occasion(paragraphs[subtitles[0]].text):
        return None
    return subtitles[0]


def _salutation_line(head: Head, paragraphs: Sequence[Paragraph]) -> int | None:
    """The line of the head that is wholly its salutation (同志们：), if it has one."""
    for kind, p, start, end in head.marks:
        if kind == SpanKind.SALUTATION and start == 0 and end == len(paragraphs[p].text):
            return p
    return None


def _names_occasion(text: str) -> bool:
    """``——在…会议上的讲话``, or that line with its dash lost."""
    text = text.strip()
    occasion = dash_led(text) or text
    return names_a_speech(occasion) and "在" in occasion[:_OCCASION_REACH]


def is_title_phrase(text: str) -> bool:
    """A line that can be half of a title set over two: a phrase of the speaker's own words,
    not a site's, column's or issuer's name, a kicker, a date or a line naming a speech."""
    if not is_head_title(text) or han_count(text) < _LINE_MIN_HAN:
        return False
    if mentions_a_speech(text) or date_line(text) or document_number(text):
        return False
    # not is_issuer_mark: it takes any line ending as a unit's name does (…开新局)
    if is_channel_name(text) or is_organ_name(text) or text.endswith("文件"):
        return False
    return not names_a_compilation(text) and _KICKER_END.search(text) is None
