"""The annotated speech as a Word document: the whole text in official-document style, highlights
shaded in their colours, numbered markers ([1]) with the notes after each paragraph, headings in
Word's heading styles by outline level (so Word's navigation pane shows the outline)."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

from desktop.core.colors import color_info
from desktop.core.export import labels
from desktop.core.export.docx_style import (
    BODY_STYLE,
    HEI,
    INDENT,
    LINE,
    META_STYLE,
    NOTE_STYLE,
    QUOTE_STYLE,
    DocxBuilder,
    add_run,
)
from desktop.core.export.docx_table import add_table, blocks_and_tables
from desktop.core.export.layout import (
    SIGN_OFF_KINDS,
    AnnotatedSpeech,
    Block,
    BlockKind,
    NoteRef,
    layout_all,
)
from desktop.core.export.model import ExportItem, ExportSet
from desktop.core.export.words import ExportWords, note_marker

_CENTERED = {BlockKind.TITLE, BlockKind.SUBTITLE, BlockKind.META}


def write_annotated_docx(data: ExportSet) -> bytes:
    """The set's speeches as one annotated .docx, each speech starting on a new page."""
    words = data.words
    document = DocxBuilder(
        data.scope_title or words.notes, data.generated, words.generator, words.language_tag
    )
    for number, speech in enumerate(layout_all(data)):
        if number:
            document.page_break()
        _add_speech(document, speech, words)
    return document.to_bytes()


def _add_speech(document: DocxBuilder, speech: AnnotatedSpeech, words: ExportWords) -> None:
    record = speech.content.record
    head, body = speech.split_head()
    if not speech.has_title:
        document.paragraph(record.title, style="Title")
    for block in head:
        _add_block(document, block, words)
    citation = document.paragraph(labels.citation(record, speech.collection, words), META_STYLE)
    citation.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if speech.speech_notes:
        _add_item_list(document, words.speech_notes, speech.speech_notes, words)
    for part in blocks_and_tables(body):
        if isinstance(part, list):  # a table of data: its notes after it
            add_table(document, part, words)
            for note in (note for row in part for note in row.notes):
                _add_note(document, note, words)
        else:
            _add_block(document, part, words)
    if speech.orphans:
        _add_item_list(document, words.orphans, speech.orphans, words, hint=words.orphan_hint)


def _block_style(block: Block) -> str:
    if block.kind == BlockKind.TITLE:
        return "Title"
    if block.kind == BlockKind.HEADING:
        return f"Heading {min(max(block.level, 1), 9)}"
    if block.kind == BlockKind.BODY:
        return BODY_STYLE
    return "Normal"


def _add_block(document: DocxBuilder, block: Block, words: ExportWords) -> None:
    paragraph = document.paragraph(style=_block_style(block))
    if block.kind in _CENTERED:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if block.kind in SIGN_OFF_KINDS:
        # GB/T 9704: the signature a blank line under the text, both two characters from the right
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = INDENT
        if block.kind == BlockKind.SIGNATURE:
            paragraph.paragraph_format.space_before = LINE
    for run in block.runs:
        info = color_info(run.color)
        add_run(
            paragraph,
            run.text,
            fill=info.fill_hex if info else None,
            font=HEI if run.emphasis else None,
        )
        for number in run.markers:
            add_run(paragraph, note_marker(number, words), superscript=True)
    for note in block.notes:
        _add_note(document, note, words)


def _add_note(document: DocxBuilder, note: NoteRef, words: ExportWords) -> None:
    # A highlight without a note: the words it marks lead its tags (``labels.endnote_quote``).
    quote = labels.endnote_quote(note.item.annotation)
    prefix = " ".join(part for part in (note_marker(note.number, words), quote) if part)
    _add_note_text(document, note.item, words, prefix=prefix + " ")


def _add_note_text(
    document: DocxBuilder, item: ExportItem, words: ExportWords, prefix: str = ""
) -> None:
    """The note's paragraphs, with its tags after the last one, then the words first marked."""
    note = item.annotation
    tags = " ".join(f"#{tag}" for tag in note.tags)
    if note.note.strip() or tags:
        suffix = f"  {tags}" if tags and note.note.strip() else tags
        document.note(note.note, prefix=prefix, suffix=suffix)
        prefix = ""  # the number is already written
    if note.marked_quote:  # the words changed since they were marked: say what was marked
        line = labels.marked_quote_line(note.marked_quote, words)
        document.paragraph(prefix + line, style=NOTE_STYLE)


def _add_item_list(
    document: DocxBuilder,
    heading: str,
    items: list[ExportItem],
    words: ExportWords,
    *,
    hint: str | None = None,
) -> None:
    quoted = hint is not None  # passages not found: each shows its quote
    document.paragraph(heading, style="Heading 2")
    if hint is not None:
        document.paragraph(hint, style=META_STYLE)
    for item in items:
        note = item.annotation
        if quoted and note.quote.exact:
            info = color_info(note.color)
            quote = document.paragraph(style=QUOTE_STYLE)
            add_run(quote, note.quote.exact, fill=info.fill_hex if info else None)
        _add_note_text(document, item, words)
