"""From cleaned paragraphs to an ``ImportedDocument``: speeches, their heads, spans and outlines.

Each speech's text is a slice of the cleaned document (its paragraphs joined by "\\n"); a
compilation's separator lines and the lines above the first speech belong to the collection.
Removals found by the cleaner are mapped to the speech they sat in, or to none.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.document import SpanKind, TextSpan
from desktop.core.errors import CancelledError, DocumentError
from desktop.core.imported import ImportedDocument, Speech
from desktop.core.importing.chars import han_count
from desktop.core.importing.clauses import label_cut
from desktop.core.importing.clean import CleanText, Paragraph
from desktop.core.importing.dates import date_line
from desktop.core.importing.head import Head, read_head
from desktop.core.importing.head_authors import quoted_speaker, title_speaker
from desktop.core.importing.headline_wrappers import (
    unwrapped_headline,
    without_kicker,
    without_pure_kicker,
)
from desktop.core.importing.lines import (
    document_kind,
    greeting_length,
    is_distribution_line,
    is_title_like,
    salutation_length,
)
from desktop.core.importing.notes import notes_block
from desktop.core.importing.official import is_issuer_mark
from desktop.core.importing.outline import build_outline
from desktop.core.importing.readers.title_parts import title_issuer, without_site_names
from desktop.core.importing.removals import (
    byline_paragraphs,
    chrome_author,
    chrome_date,
    cut_off,
    dateline_paragraphs,
    map_removals,
    removed_date,
    within,
)
from desktop.core.importing.salutation_breaks import end_at_salutations
from desktop.core.importing.sections import Block, Event, find_events
from desktop.core.importing.separators import announced_count
from desktop.core.importing.split import Layout, SpeechRange, split

_COLLECTION_HEAD_SCAN = 8
# The marks a salutation ends with (``lines.salutation_length``): no other line is one.
_SALUTATION_ENDS = frozenset("：:，,！!")
_OWN_TITLE_MIN_HAN = 6  # a speech's title (在全市大会上的讲话), not a word of one (讲话)
_SPEECH_OPENING_SCAN = 3  # paragraphs: a summary (【核心提示】…) may stand over the greeting


@dataclass(frozen=True, slots=True)
class Origin:
    """Where the text came from: file name, encoding, format, and the title, date and
    (role, speaker) the format declared; ``stamps``: the days the file says it was created
    and saved (a Word file's) or published (a web page's <meta>), which date no speech but
    may give a dateline its year; ``author``: (role, name) of the author a web page marks apart
    from its text, the speaker only where the text names none."""

    name: str
    encoding: str
    format: str
    title: str | None = None
    date: str | None = None
    said_by: tuple[str | None, str | None] = (None, None)
    stamps: tuple[str, ...] = ()
    author: tuple[str | None, str | None] = (None, None)


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
    datelines = dateline_paragraphs(clean)
    bylines = byline_paragraphs(clean)
    for index, speech_range in enumerate(layout.speeches, start=1):
        if cancel is not None and cancel():
            raise CancelledError("the import was cancelled")
        own = within(datelines, speech_range)
        under = within(bylines, speech_range)
        own_paragraphs = paragraphs[speech_range.first : speech_range.end]
        head = read_head(own_paragraphs, own, under)
        if head.speaker is None and head.titles:
            # 某某市人民政府(-)关于印发…的通知: the organ on the title line issued it
            head.speaker = _title_issuer(head.titles)
        if head.date is None and len(layout.speeches) == 1:
            head.date = origin.date  # declared by the format (a disclosure table, front matter)
        if head.speaker is None and len(layout.speeches) == 1:
            head.role, head.speaker = origin.said_by
        if head.speaker is None:  # 王某某同志在…会议上的讲话
            head.role, head.speaker = _title_speaker(head, own_paragraphs)
        if head.date is None:
            head.date = removed_date(clean, speech_range, head.body_start, origin.stamps)
        if head.speaker is None:
            said_by = chrome_author(clean, speech_range, head.body_start)
            if said_by is not None:  # 作者：王某某, or 王建国 2024年3月6日 08:30
                head.role, head.speaker = said_by
        if head.speaker is None and head.titles and _opens_a_speech(head, own_paragraphs):
            said_by = quoted_speaker(head.titles[-1])  # 习近平：欢迎… over 大家好！
            if said_by is not None:
                head.role, head.speaker = said_by
        if head.speaker is None and len(layout.speeches) == 1:
            head.role, head.speaker = origin.author  # WeChat's #js_author_name, an author meta
        heads.append(head)
        declared = _declared_title(origin) if len(layout.speeches) == 1 else None
        speeches.append(_speech(index, paragraphs, speech_range, head, declared))
    title = _collection_title(paragraphs, layout, heads, speeches, origin)
    if len(speeches) == 1:
        # 重磅！…（全文） around the speech's own title: the wrappers go, a speaker stays; a
        # headline that is its title (重磅！全市经济工作会议召开) or holds none loses its kicker
        own = without_kicker(speeches[0].title)
        own = own if han_count(own) >= _OWN_TITLE_MIN_HAN else ""
        title = unwrapped_headline(title, own, speeches[0].speaker)
    date = _collection_date(paragraphs, layout, heads, clean)
    removed = map_removals(clean, layout, offsets) + cut_off(paragraphs, layout, offsets)
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
    closing = _closing_start(own, starts, events, len(text))
    dividers = _dividers(own, starts, head)
    outline = build_outline(events, closing, dividers)
    end_at_salutations(outline, dividers, text)
    title, listed = _speech_title(head, where, _opening_line(own, head), declared)
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


def _dividers(paragraphs: Sequence[Paragraph], starts: list[int], head: Head) -> list[int]:
    """Where the body's salutations standing alone (各位代表！ between parts) start."""
    return [
        starts[index]
        for index in range(head.body_start + 1, len(paragraphs))
        # a salutation ends with its mark (各位代表！): one test rules out nearly every line
        if paragraphs[index].text[-1:] in _SALUTATION_ENDS
        and salutation_length(paragraphs[index].text) == len(paragraphs[index].text)
    ]


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


def _title_issuer(titles: list[str]) -> str | None:
    """The organ a document's title names as its issuer, on its title line or on the line
    over it where the title breaks after the organ's name (某某市人民政府 / 关于印发…的通知)."""
    issuer = title_issuer(titles[-1])
    if issuer is None and len(titles) >= 2 and titles[-1].startswith("关于"):
        issuer = title_issuer(titles[-2] + titles[-1])
        if len(titles) >= 3 and is_issuer_mark(titles[-3]):
            return None  # joint issuers (联合行文), one over the other: no one of them issued it
    return issuer


def _title_speaker(head: Head, own: Sequence[Paragraph]) -> tuple[str | None, str | None]:
    """The speaker a speech's title or subtitle names (王某某同志在…会议上的讲话)."""
    for kind, p, start, end in head.marks:
        if kind in (SpanKind.TITLE, SpanKind.SUBTITLE):
            said_by = title_speaker(own[p].text[start:end])
            if said_by is not None:
                return said_by
    return None, None


def _opens_a_speech(head: Head, own: Sequence[Paragraph]) -> bool:
    """Whether the text is a speech: its head or its first paragraphs open with a salutation
    or a greeting (同志们：, 大家好！), under a summary (【核心提示】…) perhaps."""
    if any(kind == SpanKind.SALUTATION for kind, *_ in head.marks):
        return True
    opening = own[head.body_start : head.body_start + _SPEECH_OPENING_SCAN]
    return any(salutation_length(p.text) or greeting_length(p.text) for p in opening)


def _declared_title(origin: Origin) -> str | None:
    """A title a web page or a Markdown file declares (a disclosure table's 标题, a heading or
    <title>; front matter's ``title:``), which names a single document whose text gives none.
    Word's are left out: a .docx's core properties often hold a template's or another file's
    name, where front matter is written for the text it heads."""
    return origin.title if origin.format in {"html", "md"} else None


def _speech_title(
    head: Head, where: SpeechRange, opening: str, declared: str | None = None
) -> tuple[str, str | None]:
    """The speech's own title when it has one, else the listed title, else the title its page
    declares (whole: it was written as a title) or its first words (``opening``, cut to a
    label's length). A page saved as text keeps its <title>, with
    the site's names after the article's title, as its title line: they are no part of it,
    nor is a post's kicker naming nothing (重磅！, 【独家】)."""
    own = without_pure_kicker(without_site_names(head.titles[-1])) if head.titles else None
    listed = where.listed_title
    if own and listed and _words(own) != _words(listed):
        return own, listed
    if declared:  # a page's or a post's title wraps its headline as a title line would
        declared = without_pure_kicker(without_site_names(declared))
    return own or listed or declared or _first_words(opening), None


def _opening_line(paragraphs: Sequence[Paragraph], head: Head) -> str:
    """The first line of a speech's own words: not a salutation nor a greeting (``同志们：``,
    ``大家好！`` would name every speech alike), a date or a speaker's line; the first line
    when there is no other."""
    skipped = head.whole_lines(paragraphs)
    body = (paragraphs[i].text for i in range(head.body_start, len(paragraphs)) if i not in skipped)
    for text in body:
        words = text[salutation_length(text) :].lstrip()
        words = words[greeting_length(words) :].strip()
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
        named = _named_by_page(heads[0].titles, origin)
        return named or without_site_names(_past_issuers(heads[0].titles)[0])
    return origin.title or speeches[0].title or _file_stem(origin.name)


def _named_by_page(titles: list[str], origin: Origin) -> str | None:
    """The title line a page's <title> (or front matter) names, among a speech's several (a
    kicker <h2> over the <h1> headline the <title> repeats, as news sites set them): the page
    is called so, where its first title line might be a kicker."""
    declared = _declared_title(origin)
    if declared is None:
        return None
    own = (without_site_names(title) for title in titles)
    return next((title for title in own if _words(title) == _words(declared)), None)


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
    if heads and heads[0].date and all(head.date == heads[0].date for head in heads):
        return heads[0].date  # one speech's day, or the one day all of them were given
    top = layout.head_end if layout.head_end > 0 else 1
    return chrome_date(clean, 0, top - 1)


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
