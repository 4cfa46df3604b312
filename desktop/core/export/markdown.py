"""Notes and highlights as Obsidian-friendly Markdown: front matter, a heading per speech and
section, each quote as a blockquote with its note beneath, then its tags and colour, then its
citation (（张三：《标题》，2016年4月15日）) as the HTML and Word exports give it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, tzinfo
from typing import TypeVar

from desktop.core.annotation import Annotation
from desktop.core.export import labels, times
from desktop.core.export.markdown_text import (
    blockquote,
    escape_inline,
    front_matter,
    hashtags,
    safe_note,
)
from desktop.core.export.model import ExportItem, ExportSet, SpeechGroup
from desktop.core.export.words import CHINESE_WORDS, ExportWords
from desktop.core.records import SpeechRecord

_T = TypeVar("_T")


def write_markdown(data: ExportSet) -> str:
    """The export as one Markdown document."""
    return "".join(markdown_pieces(data))


def markdown_pieces(data: ExportSet) -> Iterator[str]:
    """The Markdown document in pieces, a speech each, which joined are ``write_markdown``'s."""
    yield _front_matter(data) + f"\n\n# {escape_inline(data.scope_title or data.words.notes)}"
    titled = data.titled_by_its_speech()
    # Under a title that is its speech's, the speech's facts follow it and its sections move up.
    section_mark = "##" if titled else "###"
    writer = _ItemWriter(data.zone, data.words)
    for group in data.speech_groups():
        parts = [_speech_facts(group, data.words) if titled else _speech_heading(group, data.words)]
        for path, items in group.sections:
            if path:
                parts.append(f"{section_mark} {escape_inline(labels.section_label(path))}")
            parts.extend(writer.markdown(item) for item in items)
        yield "\n\n" + "\n\n".join(part for part in parts if part)
    yield "\n"


def _front_matter(data: ExportSet) -> str:
    speeches = data.annotated_speeches()
    dates = _distinct(speech.date for speech in speeches)
    speakers = _distinct(speech.speaker for speech in speeches)
    sources = _distinct(
        labels.source_name(collection) for collection in data.annotated_collections()
    )
    # A single value only where every speech has it: one undated speech beside a dated one
    # must not take its date, nor an unsigned one its speaker.
    dated = all(speech.date for speech in speeches) and len(dates) == 1
    signed = all(speech.speaker for speech in speeches) and len(speakers) == 1
    return front_matter(
        {
            "title": data.scope_title,
            # One speech (or speeches of one day): its date; otherwise the day of the export.
            "date": dates[0] if dated else times.local_date(data.generated, data.zone),
            # Else the speakers there are, as a list: not all of them may have one.
            "speaker": speakers[0] if signed else speakers,
            "source": sources[0] if len(sources) == 1 else sources,
            "exported": times.local_iso(data.generated, data.zone),
            "timezone": times.zone_label(data.zone, data.generated),  # what the notes' times are in
            "generator": data.words.generator,
        },
        list_limit=data.list_limit,
        more_items=data.words.more_items,
    )


def _distinct(values: Iterable[_T | None]) -> list[_T]:
    seen: dict[_T, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return list(seen)


def _speech_heading(group: SpeechGroup, words: ExportWords) -> str:
    heading = f"## {escape_inline(labels.speech_heading(group, words))}"
    facts = _speech_facts(group, words)
    return heading + ("\n\n" + facts if facts else "")


def _speech_facts(group: SpeechGroup, words: ExportWords) -> str:
    """The speech's date, speaker and source on one line (empty when it has none)."""
    return escape_inline(
        labels.facts_line(labels.speech_facts(group.speech, group.collection, words))
    )


def item_markdown(item: ExportItem, zone: tzinfo = UTC, words: ExportWords = CHINESE_WORDS) -> str:
    """One annotation: its quote (unless it is on the whole speech), note, tags, colour, when it
    was made (in ``zone``, which the front matter names) and its citation."""
    return _ItemWriter(zone, words).markdown(item)


class _ItemWriter:
    """``item_markdown`` for the many items of one export: what items share (a speech's citation,
    a colour's name, a set of tags) is written once, not once per item."""

    def __init__(self, zone: tzinfo, words: ExportWords) -> None:
        self.words = words
        self.time = times.display_converter(zone)
        self.citations: dict[SpeechRecord, str] = {}
        self.facts: dict[tuple[str | None, str, str], list[str]] = {}
        self.tags: dict[tuple[str, ...], str] = {}

    def markdown(self, item: ExportItem) -> str:
        """The item's Markdown, as ``item_markdown`` documents it."""
        note = item.annotation
        parts = []
        if note.quote.exact:  # a whole-speech note has none; an orphan keeps its words
            parts.append(blockquote(note.quote.exact))
        if note.marked_quote:  # the words changed since they were marked: keep what was marked
            parts.append(escape_inline(labels.marked_quote_line(note.marked_quote, self.words)))
        if note.note.strip():
            parts.append(safe_note(note.note))
        parts.append(self._meta_line(note))
        # As in the HTML and Word exports: a quote copied out with its paragraph keeps its source.
        parts.append(self._citation(item.speech))
        return "\n\n".join(parts)

    def _citation(self, speech: SpeechRecord) -> str:
        line = self.citations.get(speech)
        if line is None:
            line = escape_inline(labels.quote_citation(speech, self.words))
            self.citations[speech] = line
        return line

    def _meta_line(self, note: Annotation) -> str:
        key = (note.color, note.kind, note.state)
        facts = self.facts.get(key)
        if facts is None:
            facts = labels.annotation_facts(note.color, note.kind, note.state, self.words)
            self.facts[key] = facts
        key_tags = tuple(note.tags)  # a list from a caller that did not make it a tuple
        tags = self.tags.get(key_tags)
        if tags is None:
            tags = self.tags[key_tags] = hashtags(key_tags)
        line = labels.facts_line([*facts, self.time(note.created)])
        return labels.facts_line([tags, escape_inline(line)])
