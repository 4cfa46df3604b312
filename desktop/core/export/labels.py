"""Words and small formats that every writer shares, so all exports cite and label alike.

The words themselves live in ``words`` (``ExportWords``, one table per language, chosen by
``export_words``); the helpers here put them together with the user's data, which is never
translated. Every helper takes the export's words and defaults to Chinese, the documents' own
language and the command line's default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PureWindowsPath
from typing import TYPE_CHECKING

from desktop.core.annotation import AnchorState, Annotation, AnnotationKind
from desktop.core.export.words import CHINESE_WORDS, ExportWords, book_title
from desktop.core.records import CollectionRecord, SpeechRecord

if TYPE_CHECKING:
    from desktop.core.export.model import SpeechGroup

SECTION_SEPARATOR = " › "

FACT_SEPARATOR = " · "
"""Between the facts of one line: a speech's date and speaker, a note's tags, colour and time."""

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def facts_line(facts: Iterable[str]) -> str:
    """Facts on one line, the empty ones left out, as every format writes them."""
    return FACT_SEPARATOR.join(fact for fact in facts if fact)


def several_speeches_title(first_title: str, count: int) -> str:
    """The title of an export of several chosen speeches: ``《第一篇》等3篇``."""
    return CHINESE_WORDS.several_title(first_title, count)


def source_citation(speech: SpeechRecord, words: ExportWords = CHINESE_WORDS) -> str:
    """A speech cited as the app's "copy with citation" cites it (``core.citation``):
    ``张三：《在……上的讲话》，2016年4月15日`` (``张三, 《…》, 15 April 2016`` in English)."""
    source = book_title(speech.title)
    if speech.speaker and speech.speaker.strip():
        source = words.cite_speaker.format(speaker=speech.speaker.strip(), title=source)
    if speech.date and speech.date.strip():
        source = words.cite_date.format(source=source, date=words.date(speech.date))
    return source


def quote_citation(speech: SpeechRecord, words: ExportWords = CHINESE_WORDS) -> str:
    """The citation that follows a quote: the source in (full-width) parentheses."""
    return words.cite_after_quote.format(source=source_citation(speech, words))


def citation(
    speech: SpeechRecord,
    collection: CollectionRecord | None = None,
    words: ExportWords = CHINESE_WORDS,
) -> str:
    """A speech's citation under its title, naming the collection when that differs."""
    text = source_citation(speech, words)
    if collection is not None and collection.title.strip() not in ("", speech.title.strip()):
        text = words.cite_collection.format(source=text, collection=book_title(collection.title))
    return text


def speech_facts(
    speech: SpeechRecord,
    collection: CollectionRecord | None = None,
    words: ExportWords = CHINESE_WORDS,
) -> list[str]:
    """The speech's date (as its citation writes it), speaker (with role) and source, as
    separate short strings."""
    facts = []
    if speech.date and speech.date.strip():
        facts.append(words.date(speech.date))
    if speech.speaker:
        facts.append(f"{speech.role} {speech.speaker}" if speech.role else speech.speaker)
    if collection is not None:
        facts.append(words.source.format(source=source_name(collection)))
    return facts


def speech_heading(group: SpeechGroup, words: ExportWords = CHINESE_WORDS) -> str:
    """A speech's heading in a list of notes: its title in 《》, numbered (《…》（第2篇）) when
    another of the export's speeches of its collection bears the title too."""
    title = book_title(group.speech.title)
    if not group.numbered:
        return title
    from desktop.core.export.file_names import speech_label_words  # it imports the selection

    return speech_label_words(words).title_first(title, group.speech.index)


def source_name(collection: CollectionRecord) -> str:
    """Where a collection came from, without the folders of a local file (they differ between
    machines and tell where the user keeps files): a file name, a URL, or else the title."""
    return source_file_name(collection.source) or collection.title


def source_file_name(source: str | None) -> str:
    """A collection's source without the folders of a local file (a URL whole); "" for none."""
    source = source or ""
    if source and not _URL_SCHEME.match(source):
        source = PureWindowsPath(source).name  # splits on both / and \
    return source


def section_label(path: tuple[str, ...]) -> str:
    """A section path on one line (``一、… › （一）…``)."""
    return SECTION_SEPARATOR.join(path)


def annotation_facts(
    color: str | None, kind: str, state: str, words: ExportWords = CHINESE_WORDS
) -> list[str]:
    """The colour's name, the kind unless a plain highlight, and the state unless anchored."""
    facts = []
    name = words.color(color)
    if name:
        facts.append(name)
    if kind != AnnotationKind.HIGHLIGHT:
        facts.append(words.kind(kind))
    if state != AnchorState.ANCHORED:
        facts.append(words.state(state))
    return facts


def marked_quote_line(marked_quote: str | None, words: ExportWords = CHINESE_WORDS) -> str:
    """The line under a quote whose words changed since they were marked (empty if they did not):
    ``标注时原文：“效率就是生产力”``."""
    if not marked_quote:
        return ""
    # One line, whatever paragraphs the words spanned: it sits under the quote as a fact.
    return words.marked_quote.format(words=_one_line(marked_quote))


def endnote_quote(annotation: Annotation) -> str:
    """The words a highlight without a note marks, quoted to lead its numbered endnote
    (``「高质量发展」``), or empty: its endnote is read away from the text, where "[批1] #提法"
    alone says nothing of what was marked. A note speaks for itself, and a highlight whose words
    changed already says what it marked (``marked_quote_line``). The printout and the annotated
    HTML, Word and PDF exports all lead with it."""
    if annotation.note.strip() or annotation.marked_quote:
        return ""
    quoted = _one_line(annotation.quote.exact)
    return f"「{quoted}」" if quoted else ""


def _one_line(text: str) -> str:
    """``text``'s lines, stripped, joined by spaces: words that spanned paragraphs on one line."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
