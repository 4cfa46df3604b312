"""Notes and highlights as a Word document styled like a Chinese official document.

Each speech is a first-level heading, each section path a second-level one; each quote a
paragraph shaded in its highlight colour, then the note, its tags, colour, time and the citation
(（张三：《标题》，2016年4月15日）, as "copy with citation" gives it) a writer needs to reuse it.
"""

from __future__ import annotations

from datetime import UTC, tzinfo

from desktop.core.colors import color_info
from desktop.core.export import labels, times
from desktop.core.export.docx_order import keep_with_next
from desktop.core.export.docx_style import (
    META_STYLE,
    QUOTE_STYLE,
    DocxBuilder,
    add_run,
)
from desktop.core.export.model import ExportItem, ExportSet, SpeechGroup
from desktop.core.export.words import CHINESE_WORDS, ExportWords


def write_docx(data: ExportSet) -> bytes:
    """The export as .docx bytes."""
    title = data.scope_title or data.words.notes
    document = DocxBuilder(title, data.generated, data.words.generator, data.words.language_tag)
    document.paragraph(title, style="Title")
    document.paragraph(times.exported_note(data.generated, data.zone, data.words), style=META_STYLE)
    titled = data.titled_by_its_speech()
    for group in data.speech_groups():
        _add_speech(document, group, data.zone, data.words, titled=titled)
    return document.to_bytes()


def _add_speech(
    document: DocxBuilder,
    group: SpeechGroup,
    zone: tzinfo,
    words: ExportWords,
    *,
    titled: bool = False,
) -> None:
    """One speech's notes; ``titled``: the document's title is the speech's, so it is not
    repeated and the sections move up a level."""
    if not titled:
        document.paragraph(labels.speech_heading(group, words), style="Heading 1")
    facts = labels.speech_facts(group.speech, group.collection, words)
    if facts:
        line = document.paragraph(labels.facts_line(facts), style=META_STYLE)
        keep_with_next(line)  # under its heading, with the first note
    for path, items in group.sections:
        if path:
            heading = "Heading 1" if titled else "Heading 2"
            document.paragraph(labels.section_label(path), style=heading)
        for item in items:
            add_item(document, item, zone, words)


def add_item(
    document: DocxBuilder,
    item: ExportItem,
    zone: tzinfo = UTC,
    words: ExportWords = CHINESE_WORDS,
) -> None:
    """One annotation: its shaded quote, its note, then tags, colour, when it was made (in
    ``zone``, which the line under the title names) and citation."""
    note = item.annotation
    paragraphs = []
    if note.quote.exact:  # a whole-speech note has none; an orphan keeps its words
        info = color_info(note.color)
        paragraph = document.paragraph(style=QUOTE_STYLE)
        add_run(paragraph, note.quote.exact, fill=info.fill_hex if info else None)
        paragraphs.append(paragraph)
    if note.marked_quote:  # the words changed since they were marked: keep what was marked
        line = labels.marked_quote_line(note.marked_quote, words)
        paragraphs.append(document.paragraph(line, style=META_STYLE))
    if note.note.strip():
        paragraphs.extend(document.note(note.note))
    # As the Markdown and HTML exports write it: the tags as one fact, the citation on its
    # own line (a quote copied out with it keeps its source).
    facts = [" ".join(f"#{tag}" for tag in note.tags)]
    facts.extend(labels.annotation_facts(note.color, note.kind, note.state, words))
    facts.append(times.display_time(note.created, zone))
    paragraphs.append(document.paragraph(labels.facts_line(facts), style=META_STYLE))
    document.paragraph(labels.quote_citation(item.speech, words), style=META_STYLE)
    # One note on one page, as the HTML export prints it (break-inside: avoid): a passage
    # at a page's foot with its note over the leaf reads as two.
    for paragraph in paragraphs:
        keep_with_next(paragraph)
