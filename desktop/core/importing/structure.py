"""From cleaned paragraphs to an ``ImportedDocument``: speeches, their heads, spans and outlines.

Each speech's text is a slice of the cleaned document (its paragraphs joined by "\\n"); a
compilation's separator lines and the lines above the first speech belong to the collection.
Removals found by the cleaner are mapped to the speech they sat in, or to none.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.document import SpanKind, TextSpan
from desktop.core.errors import CancelledError, DocumentError
from desktop.core.imported import ImportedDocument, Removal, RemovalKind, Speech
from desktop.core.importing.clauses import label_cut
from desktop.core.importing.clean import CleanText, Paragraph, PendingRemoval
from desktop.core.importing.dates import date_line, parse_date
from desktop.core.importing.head import Head, read_head
from desktop.core.importing.lines import (
    document_kind,
    is_distribution_line,
    is_title_like,
    salutation_length,
)
from desktop.core.importing.news_dates import dateline_date
from desktop.core.importing.notes import notes_block
from desktop.core.importing.official import is_issuer_mark
from desktop.core.importing.outline import build_outline
from desktop.core.importing.page_chrome import (
    is_article_byline,
    is_sharing_site_chrome,
    is_site_clock,
    named_author,
    without_update_stamp,
)
from desktop.core.importing.press import is_dateline, is_reporter_byline, publication_date
from desktop.core.importing.readers.title_parts import title_issuer, without_site_names
from desktop.core.importing.sections import Block, Event, find_events
from desktop.core.importing.separators import announced_count
from desktop.core.importing.split import Layout, SpeechRange, split

_COLLECTION_HEAD_SCAN = 8
# A paper's source line sits under the title and byline, or under the article's first lines.
_PUBLICATION_SCAN = 3


@dataclass(frozen=True, slots=True)
class Origin:
    """Where the text came from: file name, encoding, format, and the title, date and
    (role, speaker) the format declared; ``stamps``: the days the file says it was created
    and saved (a Word file's), which date no speech but may give a dateline its year."""

    name: str
    encoding: str
    format: str
    title: str | None = None
    date: str | None = None
    said_by: tuple[str | None, str | None] = (None, None)
    stamps: tuple[str, ...] = ()


def structure(
    clean: CleanText, origin: Origin, cancel: Callable[[], bool] | None = None
) -> ImportedDocument:
    """The document ``clean`` holds: its speeches with their outlines, and what was removed."""
    paragraphs = clean.paragraphs
    if not paragraphs:
        raise DocumentError("there is no text left once the noise is removed", code="no-text")
    layout = split(paragraphs)
    offsets = _paragraph_offsets(paragraphs)
    speeches = []
    heads = []
    datelines = _dateline_paragraphs(clean)
    bylines = _byline_paragraphs(clean)
    for index, speech_range in enumerate(layout.speeches, start=1):
        if cancel is not None and cancel():
            raise CancelledError("the import was cancelled")
        own = _within(datelines, speech_range)
        under = _within(bylines, speech_range)
        head = read_head(paragraphs[speech_range.first : speech_range.end], own, under)
        if head.speaker is None and head.titles:
            # 某某市人民政府-关于印发…的通知: the organ on the title line issued it
            head.speaker = title_issuer(head.titles[-1])
        if head.date is None and len(layout.speeches) == 1:
            head.date = origin.date  # declared by the format (a disclosure table, front matter)
        if head.speaker is None and len(layout.speeches) == 1:
            head.role, head.speaker = origin.said_by
        if head.date is None:
            head.date = _removed_date(clean, speech_range, head.body_start, origin.stamps)
        if head.speaker is None:
            head.speaker = _chrome_author(clean, speech_range, head.body_start)
        heads.append(head)
        declared = _declared_title(origin) if len(layout.speeches) == 1 else None
        speeches.append(_speech(index, paragraphs, speech_range, head, declared))
    title = _collection_title(paragraphs, layout, heads, speeches, origin)
    date = _collection_date(paragraphs, layout, heads, clean)
    removed = _map_removals(clean, layout, offsets) + _cut_off(paragraphs, layout, offsets)
    return ImportedDocument(
        title, origin.name, origin.encoding, origin.format, speeches, removed, date
    )


def _speech(
    index: int,
    paragraphs: Sequence[Paragraph],
    where: SpeechRange,
    head: Head,
    declared: str | None = None,
) -> Speech:
    own = paragraphs[where.first : where.end]
    starts = _paragraph_offsets(own)
    text = "\n".join(paragraph.text for paragraph in own)
    marked = (TextSpan(kind, starts[p] + a, starts[p] + b) for kind, p, a, b in head.marks)
    spans = _merge_contents(sorted(marked, key=lambda span: (span.start, span.end)))
    events = find_events(_body_blocks(own, starts, head))
    outline = build_outline(events, _closing_start(own, starts, events, len(text)))
    title, listed = _speech_title(head, where, declared or _opening_line(own, head))
    return Speech(
        index=index,
        title=title,
        text=text,
        outline=outline,
        spans=spans,
        date=head.date,
        speaker=head.speaker,
        role=head.role,
        listed_title=listed,
    )


def _body_blocks(paragraphs: Sequence[Paragraph], starts: list[int], head: Head) -> list[Block]:
    """The body's paragraphs as the outline reads them. A line the head marks wholly is left
    out; one it marks in part (a salutation opening it) starts after that mark, so that no
    heading or point found in it can begin inside the span (``## 同志们：在…`` in Markdown)."""
    skipped = head.whole_lines(paragraphs)
    opening = head.opening_marks(paragraphs)
    blocks = []
    for i in range(head.body_start, len(paragraphs)):
        if i in skipped:
            continue
        cut = opening.get(i, 0)
        blocks.append(Block(i, paragraphs[i].text[cut:], starts[i] + cut, paragraphs[i].heading))
    return blocks


def _closing_start(
    paragraphs: Sequence[Paragraph], starts: list[int], events: list[Event], length: int
) -> int:
    """Where the outline's last section ends: at a salutation standing alone after its last
    entry (各位代表！ then the closing words, or the unnumbered parts a report ends with), at
    the notes block closing the text (注释： ①…, cited in it), or at an official document's
    版记, else at the end of the text."""
    last = max((event.start for event in events), default=length)
    notes = notes_block([paragraph.text for paragraph in paragraphs])
    for index, (paragraph, start) in enumerate(zip(paragraphs, starts, strict=False)):
        text = paragraph.text  # (starts ends with the end)
        if start > last and text and salutation_length(text) == len(text):
            return start
        if start > last and (is_distribution_line(text) or (notes and index == notes.start)):
            return start  # an official document's 版记 (抄送：…, …印发), or the notes
    return length


def _merge_contents(spans: list[TextSpan]) -> list[TextSpan]:
    """A table of contents is one span, from ``目录`` to its last entry."""
    merged: list[TextSpan] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last and last.kind == span.kind == SpanKind.TOC and span.start == last.end + 1:
            merged[-1] = TextSpan(SpanKind.TOC, last.start, span.end)
        else:
            merged.append(span)
    return merged


def _declared_title(origin: Origin) -> str | None:
    """A title a web page or a Markdown file declares (a disclosure table's 标题, a heading or
    <title>; front matter's ``title:``), which names a single document whose text gives none.
    Word's are left out: a .docx's core properties often hold a template's or another file's
    name, where front matter is written for the text it heads."""
    return origin.title if origin.format in {"html", "md"} else None


def _speech_title(head: Head, where: SpeechRange, opening: str) -> tuple[str, str | None]:
    """The speech's own title when it has one, else the listed title, else the title its page
    declares or its first words (``opening``). A page saved as text keeps its <title>, with
    the site's names after the article's title, as its title line: they are no part of it."""
    own = without_site_names(head.titles[-1]) if head.titles else None
    listed = where.listed_title
    if own and listed and _words(own) != _words(listed):
        return own, listed
    return own or listed or _first_words(opening), None


def _opening_line(paragraphs: Sequence[Paragraph], head: Head) -> str:
    """The first line of a speech's own words: not a salutation (``同志们：`` would name every
    speech alike), a date or a speaker's line; the first line when there is no other."""
    skipped = head.whole_lines(paragraphs)
    body = (paragraphs[i].text for i in range(head.body_start, len(paragraphs)) if i not in skipped)
    for text in body:
        words = text[salutation_length(text) :].strip()
        if words:
            return words
    return paragraphs[0].text if paragraphs else ""  # a speech of no lines of its own


def _collection_title(
    paragraphs: Sequence[Paragraph],
    layout: Layout,
    heads: list[Head],
    speeches: list[Speech],
    origin: Origin,
) -> str:
    above = [p.text for p in paragraphs[: layout.head_end]][:_COLLECTION_HEAD_SCAN]
    announcing = next((text for text in above if announced_count(text)), None)
    if announcing:
        return announcing
    titles = [text for text in above if is_title_like(text) and not date_line(text)]
    first_title = next(iter(_past_issuers(titles)), None)
    if first_title:
        return without_site_names(first_title)
    if len(speeches) == 1 and heads[0].titles:
        return without_site_names(_past_issuers(heads[0].titles)[0])
    return origin.title or speeches[0].title or _file_stem(origin.name)


def _past_issuers(titles: list[str]) -> list[str]:
    """Title lines without the issuers' names over an official document's title
    (中共某某县委办公室 / 某某县人民政府办公室 / 关于…的通知): those name who wrote it."""
    for index, text in enumerate(titles):
        if not is_issuer_mark(text):
            return titles[index:] if index and document_kind(text) else titles
    return titles


def _collection_date(
    paragraphs: Sequence[Paragraph], layout: Layout, heads: list[Head], clean: CleanText
) -> str | None:
    for paragraph in paragraphs[: layout.head_end][:_COLLECTION_HEAD_SCAN]:
        found = date_line(paragraph.text)
        if found:
            return found
    if len(heads) == 1 and heads[0].date:
        return heads[0].date
    top = layout.head_end if layout.head_end > 0 else 1
    return _chrome_date(clean, 0, top - 1)


def _dateline_paragraphs(clean: CleanText) -> list[int]:
    """The paragraphs (in order) a news report's dateline or its reporter's byline stood
    over, or in, on a line of its own the cleaner removed (新华社北京3月5日电, 本报记者 王某):
    the head still reads the report by it."""
    return sorted(
        removal.paragraph
        for removal in clean.removals
        if removal.kind == RemovalKind.WEB_CHROME
        and (is_dateline(removal.text) or is_reporter_byline(removal.text))
    )


def _byline_paragraphs(clean: CleanText) -> list[int]:
    """The paragraphs (in order) a page's byline stood over on a line of its own the cleaner
    removed (来源：某某网, 2025-03-12 06:02): the name over it is the article's author."""
    return sorted(
        removal.paragraph
        for removal in clean.removals
        if removal.kind == RemovalKind.WEB_CHROME
        and removal.between
        and is_article_byline(removal.text)
    )


def _within(paragraphs: list[int], where: SpeechRange) -> list[int]:
    """Of the sorted ``paragraphs``, those of the speech ``where``, counted from its first."""
    start = bisect_left(paragraphs, where.first)
    stop = bisect_left(paragraphs, where.end, start)
    return [paragraph - where.first for paragraph in paragraphs[start:stop]]


def _removed_date(
    clean: CleanText, where: SpeechRange, body_start: int, stamps: Sequence[str] = ()
) -> str | None:
    """The date of a speech whose head gives none: a paper's source line removed near its top
    (《人民日报》（2016年01月01日 第04版）), else a date in its head's page chrome, else its
    dateline's day (新华社北京12月31日电, 本报讯…12月31日) in a year its first lines give."""
    last = min(where.first + body_start + _PUBLICATION_SCAN, where.end)
    for removal in _removed_from(clean, where.first, last):
        found = publication_date(removal.text)
        if found:
            return found
    found = _chrome_date(clean, where.first, where.first + body_start)
    if found:
        return found
    removed = _removed_from(clean, where.first, last)
    # A site's clock (2024年12月31日 星期二) tells the day the page was read, or a paper's
    # issue: on the dateline's very day, it gives the report's year.
    above = [r.text for r in removed if is_site_clock(r.text)]
    above += [r.text for r in removed if is_dateline(r.text)]
    return dateline_date(above + [p.text for p in clean.paragraphs[where.first : last]], stamps)


def _removed_from(clean: CleanText, first: int, last: int) -> list[PendingRemoval]:
    """The removals in or over paragraphs ``first``…``last``, found by bisection: the cleaner
    gives them in paragraph order, and a scan of them all for each speech of a long
    collection would take time in proportion to speeches times removals."""
    start = bisect_left(clean.removals, first, key=_paragraph_of)
    stop = bisect_right(clean.removals, last, lo=start, key=_paragraph_of)
    return clean.removals[start:stop]


def _paragraph_of(removal: PendingRemoval) -> int:
    return removal.paragraph


def _chrome_date(clean: CleanText, first: int, last: int) -> str | None:
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


def _chrome_author(clean: CleanText, where: SpeechRange, body_start: int) -> str | None:
    """The author a page's byline removed from a speech's head names (作者：王某某), as a
    party site prints a speech's speaker; never an uploader's name on a sharing site."""
    removed = _removed_from(clean, where.first, where.first + body_start)
    if any(is_sharing_site_chrome(removal.text) for removal in removed):
        return None
    chrome = (r.text for r in removed if r.kind == RemovalKind.WEB_CHROME)
    return next((name for text in chrome if (name := named_author(text))), None)


def _map_removals(clean: CleanText, layout: Layout, offsets: list[int]) -> list[Removal]:
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


def _cut_off(paragraphs: Sequence[Paragraph], layout: Layout, offsets: list[int]) -> list[Removal]:
    """The header of a speech cut off before its text, as one removal outside every speech."""
    if layout.cut_off is None:
        return []
    text = "\n".join(paragraph.text for paragraph in paragraphs[layout.cut_off :])
    return [Removal(RemovalKind.CUT_OFF, text, None, offsets[layout.cut_off])]


def _paragraph_offsets(paragraphs: Sequence[Paragraph]) -> list[int]:
    """Start of each paragraph in the joined text, plus one past the end (text length + 1)."""
    offsets = [0]
    for paragraph in paragraphs:
        offsets.append(offsets[-1] + len(paragraph.text) + 1)
    return offsets


def _words(title: str) -> str:
    """A title as compared with another: widths and spacing do not count, quotes do."""
    return "".join(unicodedata.normalize("NFKC", title).split())


def _first_words(line: str) -> str:
    first_line = line.strip()
    cut = label_cut(first_line)
    return first_line if cut is None else first_line[:cut] + "…"


def _file_stem(name: str) -> str:
    base = re.split(r"[\\/]", name)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base
