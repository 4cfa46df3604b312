"""A speech's head and its marked lines: title, subtitle, date, speaker, contents, salutations.

The head is the run of lines before the body: title lines (short, no sentence end, no
numbering), a ``——…`` subtitle, a date line, the speaker's line, a table of contents (``目录``
and the heading lines under it), and a salutation (``同志们：``), which ends the head. The
date line closing the speech and the signature over it are read by ``tail``. Salutations
opening a line anywhere in the body (``同志们,我们在看到成绩的同时…``) are marked too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from desktop.core.document import SpanKind
from desktop.core.importing import title_sets
from desktop.core.importing.authors import paper_authors
from desktop.core.importing.chars import HAN_RE, ends_sentence
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.contents import (
    is_numbered_entry,
    labelled_toc,
    tocs_in_body,
    unlabelled_toc,
)
from desktop.core.importing.dates import date_line, parse_date
from desktop.core.importing.fields import Field, bracketed_field
from desktop.core.importing.head_authors import (
    authors_line,
    gives_units,
    names_the_speaker,
    take_dated_byline,
    take_glued_speaker,
    take_issuer_block,
    take_named_day,
)
from desktop.core.importing.head_titles import (
    asks_on_last_title,
    closes_news_head,
    continues_last_title,
    is_edition_line,
    issuer_mark,
    subtitles_last_title,
    take_excerpt_note,
    take_headline,
    take_repeated,
    title_heading,
)
from desktop.core.importing.latin_head import read_latin_head
from desktop.core.importing.lines import (
    document_number,
    greeting_length,
    is_head_title,
    is_meeting_field,
    is_original_title,
    is_subtitle,
    is_toc_heading,
    names_a_frame_part,
    names_a_speech,
    salutation_length,
)
from desktop.core.importing.names import bare_name
from desktop.core.importing.numbering import bare_numeral, heading_marker
from desktop.core.importing.official import (
    collective_author,
    is_recipients,
    unit_byline,
    writing_unit,
)
from desktop.core.importing.press import is_source_line
from desktop.core.importing.speakers import is_byline, speaker
from desktop.core.importing.tail import read_tail

_HEAD_MAX = 12
_TITLES_MAX = 3
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_TRANSLATION_WORDS_MIN = 2
_LEAD_MAX = 3  # paragraphs of an article's lead over the speech it reposts


@dataclass(slots=True)
class Head:
    """What the head of a speech says, and where its marked lines are (paragraph, start, end)."""

    body_start: int = 0
    titles: list[str] = field(default_factory=list)
    date: str | None = None
    speaker: str | None = None
    role: str | None = None
    issuer: str | None = None
    marks: list[tuple[str, int, int, int]] = field(default_factory=list)
    signatures: list[int] = field(default_factory=list)
    retitled: bool = False  # a 原标题 line was read: title lines under it are its 副题
    bylines: Collection[int] = ()  # the paragraphs a page's removed byline stood over
    title_heading: int | None = None  # the heading the text opens with that titles it

    def mark(self, kind: str, paragraph: int, start: int, end: int) -> None:
        """Record a span of ``kind`` over characters ``[start, end)`` of paragraph ``paragraph``."""
        self.marks.append((kind, paragraph, start, end))

    def whole_lines(self, paragraphs: Sequence[Paragraph]) -> set[int]:
        """Paragraphs that are wholly a marked line or a signature: neither body nor outline."""
        opening = self.opening_marks(paragraphs)
        marked = {p for p, end in opening.items() if end == len(paragraphs[p].text)}
        return marked | set(self.signatures)

    def opening_marks(self, paragraphs: Sequence[Paragraph]) -> dict[int, int]:
        """Where the spans opening a paragraph end, for paragraphs they open (a salutation, or
        a speaker's name then a salutation with only spaces between)."""
        ends: dict[int, int] = {}
        for _, p, start, end in sorted(self.marks, key=lambda mark: (mark[1], mark[2])):
            reached = ends.get(p, 0)
            if not paragraphs[p].text[reached:start].strip():
                ends[p] = max(reached, end)
        return {p: end for p, end in ends.items() if end > 0}


def read_head(
    paragraphs: Sequence[Paragraph], datelines: Collection[int] = (), bylines: Collection[int] = ()
) -> Head:
    """The head of a speech made of ``paragraphs``; ``datelines`` and ``bylines`` are the
    paragraphs a news report's dateline or a page's byline (来源：…) stood over on a line of
    its own, before the cleaner removed it."""
    head = Head(issuer=issuer_mark(paragraphs, _HEAD_MAX), bylines=bylines)
    head.title_heading = title_heading(paragraphs)
    index = _read_head_lines(head, paragraphs, 0)
    if index == 0 and not head.marks:
        index = read_latin_head(head, paragraphs)  # an English speech's head
    inner = _reposted_speech(head, paragraphs, index)
    if inner is not None:
        _take_title(head, inner, paragraphs[inner].text)
        index = _read_head_lines(head, paragraphs, inner + 1)
    head.body_start = index
    take_headline(head, paragraphs, datelines)
    title_sets.join_set_title(head, paragraphs)
    _mark_toc(head, paragraphs, tocs_in_body(paragraphs, head.body_start))
    read_tail(head, paragraphs)
    _mark_salutations(head, paragraphs)
    return head


def _read_head_lines(head: Head, paragraphs: Sequence[Paragraph], index: int) -> int:
    """Read head lines from ``index`` on: where the body starts."""
    limit = min(len(paragraphs), index + _HEAD_MAX)
    while index < limit:
        consumed = _read_head_line(head, paragraphs, index)
        if consumed == 0:
            break
        index += consumed
        if head.marks and head.marks[-1][0] == SpanKind.SALUTATION:
            break
    return index


def _reposted_speech(head: Head, paragraphs: Sequence[Paragraph], index: int) -> int | None:
    """A speech an article reposts under its headline and a lead of a few sentences
    (…现将讲话全文刊发如下。): its own title naming it a speech, with its speaker's line, its
    date or its salutation right under it. The index of that title, or None."""
    if not head.titles or any(kind == SpanKind.SALUTATION for kind, *_ in head.marks):
        return None
    for position in range(index, min(index + _LEAD_MAX + 1, len(paragraphs) - 1)):
        text = paragraphs[position].text
        if is_head_title(text) and names_a_speech(text):
            return position if _opens_a_speech(paragraphs[position + 1].text) else None
        if not ends_sentence(text):
            return None  # a lead is sentences
    return None


def _opens_a_speech(text: str) -> bool:
    """The line under a speech's title: its speaker, its date or its salutation."""
    return is_byline(text) or salutation_length(text) == len(text)


def _read_head_line(head: Head, paragraphs: Sequence[Paragraph], index: int) -> int:
    """How many paragraphs the head line at ``index`` takes (0: the body starts here)."""
    paragraph = paragraphs[index]
    text = paragraph.text
    if paragraph.heading == 0 or index == head.title_heading:
        return _take_title(head, index, text)
    if paragraph.heading is not None and not _heads_the_title(head, index, text):
        return 0
    if take_repeated(head, paragraphs, index):
        return 1
    field = bracketed_field(text)
    if field is not None:
        return _take_field(head, index, text, field)
    if (head.titles or not head.marks) and take_dated_byline(head, index, text):
        return 1
    if not _body_started(head) and take_named_day(head, index, text):
        return 1  # 王建国 2024年3月6日: who and when, at the top or under the title
    found_date = date_line(text)
    if found_date:
        head.date = head.date or found_date
        head.mark(SpanKind.DATE, index, 0, len(text))
        return 1
    said_by = speaker(text)
    if said_by is None and head.titles and not _body_started(head):
        said_by = authors_line(head, text) or paper_authors(text)
    if said_by is None and names_the_speaker(head, paragraphs, index):
        said_by = None, bare_name(text, said=True)
    if said_by is None and head.titles and not _body_started(head):
        taken = take_issuer_block(head, paragraphs, index)
        if taken:
            return taken
        said_by = unit_byline(text)  # an article's author, under its title
        author = collective_author(text) if said_by is None else None
        if author is None and said_by is None:
            following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else ""
            author = writing_unit(head.titles[-1], text, following)
        said_by = (None, author) if author is not None else said_by
    if said_by is not None and head.speaker in (None, said_by[1]):
        if head.speaker is None:  # else the name said again: its role stays as first given
            head.role, head.speaker = said_by
        elif head.role is None:  # 王建国 / 在…讲话 / 市委书记 王建国: the role comes second
            head.role = said_by[0]
        head.mark(SpanKind.SPEAKER, index, 0, len(text))
        return 1
    if gives_units(head, index, text):
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return 1
    if is_toc_heading(text):
        return _take_toc(head, paragraphs, index)
    if is_numbered_entry(text):
        return _take_unlabelled_toc(head, paragraphs, index)
    if _translates_the_line_above(head, index, text):
        # a bilingual page (中英对照) gives each head line in English under it
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return 1
    if take_excerpt_note(head, index, text):
        return 1
    if head.titles and is_edition_line(text):  # 2015年第三次修正, under the law's title
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return 1
    if head.titles and is_original_title(text):
        head.retitled = True
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return 1
    if head.titles and not _body_started(head) and is_source_line(text):
        # the paper or site a report ran in, under its headline: its source, no title line
        head.date = head.date or parse_date(text)
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return 1
    if is_meeting_field(text):
        # who chaired, when and where: a line of the head kept out of the title and the outline
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return 1
    if asks_on_last_title(head, paragraphs, index):
        head.titles[-1] += text
        head.mark(SpanKind.TITLE, index, 0, len(text))
        return 1
    if len(head.titles) == _TITLES_MAX and closes_news_head(head, paragraphs, index):
        return _take_title(head, index, text)
    if title_sets.sets_a_fourth_line(head.titles, paragraphs, index):
        return _take_title(head, index, text)  # a report's title over four phrases
    if len(head.titles) >= _TITLES_MAX and _titles_the_speech(head, paragraphs, index):
        # a page's lines over the article (its site, column and headline) crowd the titles:
        # the title right over the speech's own head is its title, they stay marked lines
        head.titles.pop(0)
    return _read_address_or_title(head, index, text)


def _translates_the_line_above(head: Head, index: int, text: str) -> bool:
    """A line in Latin letters alone right under a marked head line: its translation."""
    if not head.marks or head.marks[-1][1] != index - 1 or HAN_RE.search(text):
        return False
    return len(_LATIN_WORD.findall(text)) >= _TRANSLATION_WORDS_MIN


def _titles_the_speech(head: Head, paragraphs: Sequence[Paragraph], index: int) -> bool:
    """Whether the title-like line at ``index`` is among the few right over the lines opening
    a speech (its subtitle, date, speaker or salutation), not a title set over them all."""
    if _body_started(head) or title_sets.closes_set_title(head.titles, paragraphs, index):
        return False
    if title_sets.opens_set_title(paragraphs, index):
        return True
    end = min(index + _TITLES_MAX, len(paragraphs))
    for position in range(index, end):
        text = paragraphs[position].text
        if position > index and (is_subtitle(text) or _opens_a_speech(text)):
            return True
        if not is_head_title(text):
            return False
    return False


def _take_field(head: Head, index: int, text: str, field: Field) -> int:
    """A labelled line (``【致辞人】王某某``): the speaker's, a date or a subtitle line."""
    if field.said_by is not None and head.speaker is None:
        head.role, head.speaker = field.said_by
    head.date = head.date or field.date
    if field.occasion is not None and not head.titles:
        head.titles.append(field.occasion)
    head.mark(field.kind, index, 0, len(text))
    return 1


def _read_address_or_title(head: Head, index: int, text: str) -> int:
    """A line addressing the listeners (recipients, a salutation) or naming the speech (a
    subtitle, a document number, a title or the rest of one): how many paragraphs it takes."""
    if is_recipients(text):
        # an official document's recipients (主送机关) address it as a salutation opens a speech,
        # under its title or, in a copy that left the title out, at the top
        head.mark(SpanKind.SALUTATION, index, 0, len(text))
        return 1
    if head.titles and head.speaker is None and take_glued_speaker(head, index, text):
        return 1 if head.marks[-1][3] == len(text) else 0
    salutation = salutation_length(text)
    if salutation:
        head.mark(SpanKind.SALUTATION, index, 0, salutation)
        return 1 if salutation == len(text) else 0
    if greeting_length(text) == len(text):
        # 大家好！ alone opens a speech's words as 同志们： does: never a title line
        head.mark(SpanKind.SALUTATION, index, 0, len(text))
        return 1
    if is_subtitle(text) or document_number(text) or subtitles_last_title(head, index, text):
        # a document number sits under the title as a subtitle does (GB/T 9704 centres both)
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return 1
    if continues_last_title(head, index, text) and _unnumbered(text):
        head.titles[-1] += text
        head.mark(SpanKind.TITLE, index, 0, len(text))
        return 1
    if head.titles and bare_name(text, said=True) is not None:
        return 0  # a name under the title, not said to be the speaker's, never names the speech
    if not is_head_title(text) or (_body_started(head) and not _under_a_top_byline(head, index)):
        return 0
    if head.titles and names_a_frame_part(text):
        return 0  # 前言 under the title opens the body, as a numbered part would
    if head.retitled:
        # the original headline's 副题 (李某主持大会 …出席): the page's headline stays the title
        head.mark(SpanKind.SUBTITLE, index, 0, len(text))
        return 1
    return _take_title(head, index, text) if len(head.titles) < _TITLES_MAX else 0


def _heads_the_title(head: Head, index: int, text: str) -> bool:
    """Whether a heading the text opens with is a line of its head around its title heading:
    a kicker over it (a page's <h2> over its <h1>), or its subtitle under it."""
    if head.title_heading is None:
        return False
    if index < head.title_heading:
        return True
    return is_subtitle(text) or subtitles_last_title(head, index, text)


def _unnumbered(text: str) -> bool:
    return heading_marker(text) is None and bare_numeral(text) is None


def _under_a_top_byline(head: Head, index: int) -> bool:
    """Whether line ``index`` is right under a byline opening the text (王建国 2024年3月6日,
    or 王建国 over 2024年3月6日, as a copy may set its author over the title), or under the
    title lines that follow it: the title may follow it, over a line or more."""
    byline = {p for kind, p, *_ in head.marks if kind in (SpanKind.SPEAKER, SpanKind.DATE)}
    if not byline or not byline <= {0, 1}:
        return False
    under = [(kind, p) for kind, p, *_ in head.marks if p > max(byline)]
    if any(kind != SpanKind.TITLE for kind, _ in under):
        return False
    return max(p for _, p, *_ in head.marks) == index - 1 and len(byline) + len(under) == index


def _body_started(head: Head) -> bool:
    """Titles come first; after the date or speaker only subtitles and salutations follow."""
    return any(kind in (SpanKind.SPEAKER, SpanKind.TOC) for kind, *_ in head.marks)


def _take_title(head: Head, index: int, text: str) -> int:
    head.titles.append(text)
    head.mark(SpanKind.TITLE, index, 0, len(text))
    return 1


def _take_toc(head: Head, paragraphs: Sequence[Paragraph], index: int) -> int:
    """The ``目录`` line and the heading lines listed under it."""
    return _mark_toc(head, paragraphs, labelled_toc(paragraphs, index))


def _take_unlabelled_toc(head: Head, paragraphs: Sequence[Paragraph], index: int) -> int:
    """Heading lines listed at the top without ``目录``."""
    return _mark_toc(head, paragraphs, unlabelled_toc(paragraphs, index))


def _mark_toc(head: Head, paragraphs: Sequence[Paragraph], entries: Sequence[int]) -> int:
    for number in entries:
        head.mark(SpanKind.TOC, number, 0, len(paragraphs[number].text))
    return len(entries)


def _mark_salutations(head: Head, paragraphs: Sequence[Paragraph]) -> None:
    """Salutations opening a line of the body (``各位代表！``, ``同志们,…``)."""
    marked = {p for _, p, *_ in head.marks}
    for index in range(head.body_start, len(paragraphs)):
        if index in marked:
            continue
        length = salutation_length(paragraphs[index].text)
        if length:
            head.mark(SpanKind.SALUTATION, index, 0, length)
