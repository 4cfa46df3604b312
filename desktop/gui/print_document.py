"""The speech as it prints: the reader's typography in black on white, highlights as light tints
and notes as marks ([批1], [A1]: ``core.export.words.note_marker``) listed after the text.

The lines, their runs and the note numbers come from the annotated exports' layout
(``core.export.layout``), so the printout numbers its notes as the annotated HTML, Word and PDF
exports do; each line is set with the reader's formats for its role (``reader.document``), so the
title, headings, indents and the sign-off at the right look as they do on screen, and a speech's
own note marks (论述①, cited from the notes block closing it: ``core.footnotes``) are raised and
quieter as the reader sets them. Highlights are the exports' opaque fills (``core.colors``),
light enough for black text on any printer.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from desktop.core.annotation import Annotation
from desktop.core.colors import color_info
from desktop.core.export.labels import quote_citation
from desktop.core.export.layout import AnnotatedSpeech, NoteRef, Run, layout_speech
from desktop.core.export.model import ExportItem
from desktop.core.export.words import ExportWords, export_words, note_marker
from desktop.core.footnotes import Footnotes, find_footnotes
from desktop.core.records import CollectionRecord, SpeechContent
from desktop.gui.print_hints import WORD_JOINER, hinted_pieces, role_hints
from desktop.gui.print_notes import NotesWriter
from desktop.gui.print_pages import KEEP_WITH_NEXT
from desktop.gui.print_selection import clip_blocks
from desktop.gui.reader.document import (
    JUSTIFIED_ROLES,
    BlockFormats,
    BlockRole,
    ReaderStyle,
    block_roles,
    display_text,
    head_gap_block,
    paragraph_starts,
    with_head_gap,
)
from desktop.gui.reader.roles import latin_paragraphs
from desktop.gui.reader.title_plate import HEAD_GAP_EM
from desktop.gui.theme import THEMES, Theme, ThemeName

PRINT_FONT_SIZE = 12.0
"""The body size on paper, in points: about 37 characters to a line of A4 with 25 mm margins."""

_INK = "#000000"

_HEAD_ROLES = (BlockRole.TITLE, BlockRole.SUBTITLE, BlockRole.DATE, BlockRole.SPEAKER)
_HEADINGS = (BlockRole.HEADING_1, BlockRole.HEADING_2, BlockRole.HEADING_3)
_KEPT_WITH_NEXT = frozenset((*_HEAD_ROLES, BlockRole.SALUTATION, *_HEADINGS))
"""Lines that introduce what follows: never the last on a page."""

PRINT_THEME = THEMES[ThemeName.LIGHT]._replace(
    background="#ffffff",
    text=_INK,
    heading=_INK,
    muted="#404040",  # dates and the speaker line: a dark grey that still prints crisply
    accent=_INK,
)
"""Black on white, whatever theme the window shows."""


@dataclass(frozen=True, slots=True)
class PrintStyle(ReaderStyle):
    """The reader's style with the print theme, at the print size."""

    font_size: float = PRINT_FONT_SIZE

    @property
    def theme(self) -> Theme:
        """Black on white."""
        return PRINT_THEME


@dataclass(frozen=True, slots=True)
class PrintJob:
    """What to print: the speech, its annotations, and how."""

    content: SpeechContent
    collection: CollectionRecord
    annotations: tuple[Annotation, ...] = ()
    with_annotations: bool = True
    fullwidth_punctuation: bool = False
    selection: tuple[int, int] | None = None  # a ``str`` range: print only these words
    language: str = field(kw_only=True)
    """The UI's language: a selection's source line cites the speech in it, and the notes'
    markers are its ([批1], [A1]). No default: only the window knows it (and where it falls
    back: English, as its untranslated texts are)."""


def build_print_document(job: PrintJob) -> QTextDocument:
    """A new document holding the speech set for paper, with its endnotes when asked.

    It is laid out in the screen's units, as the reader is; ``print_pages`` scales it to the
    printer's resolution.
    """
    style = PrintStyle(fullwidth_punctuation=job.fullwidth_punctuation)
    # Full-width punctuation keeps the text's length, so the layout's offsets still hold.
    content = replace(job.content, text=display_text(job.content, style))
    items = [
        ExportItem(annotation, content.record, job.collection)
        for annotation in (job.annotations if job.with_annotations else ())
        if not annotation.deleted
    ]
    speech = layout_speech(content, job.collection, items)
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    # Glyph advances as the font designs them, not hinted to screen pixels: the layout is
    # scaled up for the printer, where hinted widths would add up to uneven lines.
    document.setUseDesignMetrics(True)
    document.setDefaultFont(_unshaped(style.font))
    document.setDocumentMargin(0)  # the printer's page margins do this job
    # The marks are found in the canonical text: full-width punctuation may turn [1] into ［1］.
    words = export_words(job.language)
    writer = _Writer(document, style, find_footnotes(job.content.text), words)
    notes = writer.write_text(speech, job.selection)
    if job.selection is not None:
        # Words cut from their speech: say where they come from, as "copy with citation" does.
        writer.write_source(quote_citation(content.record, words))
    if job.with_annotations:
        writer.write_notes(speech, notes, whole=job.selection is None)
    return document


def _unshaped(font: QFont) -> QFont:
    """``font`` drawn glyph for character, without OpenType shaping.

    Shaped, a Latin run in the CJK font (G20, COVID-19, a note's [A1]) gets digit glyphs that
    Qt's PDF leaves out of its text map: the page shows them, but copied or searched the PDF
    reads "G\\x02\\x03". Chinese text and its punctuation need no shaping to print right.
    """
    font = QFont(font)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


class _Writer:
    """Appends the speech's lines and notes to a document through one cursor."""

    def __init__(
        self, document: QTextDocument, style: PrintStyle, footnotes: Footnotes, words: ExportWords
    ) -> None:
        self._cursor = QTextCursor(document)
        self._words = words
        self._formats = BlockFormats(style)
        self._style = style
        self._first = True
        self._marks = [(mark.start, mark.end) for mark in footnotes.marks]
        self._mark_starts = [start for start, _ in self._marks]
        self._hints: dict[int, str] = {}  # the line-break hints of the body paragraph written

    def write_text(
        self, speech: AnnotatedSpeech, selection: tuple[int, int] | None
    ) -> list[NoteRef]:
        """The speech's lines (the title first when the text has none); the notes they mark."""
        text = speech.content.text
        starts = paragraph_starts(text)
        roles = block_roles(speech.content, starts)
        latin = set(latin_paragraphs(text, starts))  # ragged-right, as on the reader's page
        head_end = head_gap_block(roles)
        numbered = list(enumerate(speech.blocks))
        if selection is not None:
            numbered = clip_blocks(numbered, *selection)
        elif not speech.has_title:
            self._block(BlockRole.TITLE, [Run(speech.content.record.title)])
            # As the reader's title plate: the text opens on its salutation or first paragraph,
            # which would sit close under a title followed by no date or speaker's line.
            fmt = self._cursor.blockFormat()
            fmt.setBottomMargin(self._style.em * HEAD_GAP_EM)
            self._cursor.setBlockFormat(fmt)
        marked: set[int] = set()
        for index, block in numbered:
            # A selection that starts inside a paragraph prints its words, not its opening.
            mid_line = selection is not None and block.start < selection[0]
            # A clipped line's runs are contiguous from where the selection enters it.
            start = max(block.start, selection[0]) if mid_line and selection else block.start
            role = roles.get(index, BlockRole.BODY)
            ragged = index in latin and role in JUSTIFIED_ROLES
            end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
            hints = role_hints(text, starts[index], end, role)
            # None at a selection's first character: nothing before it to break from or hold.
            self._hints = {at: hint for at, hint in hints.items() if at > start}
            self._block(role, block.runs, indent=not mid_line, start=start, ragged=ragged)
            if index == head_end:  # as on the page: room between the head and what follows
                self._cursor.setBlockFormat(
                    with_head_gap(self._cursor.blockFormat(), self._style.em)
                )
            marked.update(number for run in block.runs for number in run.markers)
        return [note for note in speech.notes if note.number in marked]

    def write_source(self, citation: str) -> None:
        """The line under a printed selection naming its speech, at the right as a sign-off."""
        fmt = self._formats.block(BlockRole.SIGNATURE)
        fmt.setTopMargin(self._style.em * 0.6)
        char = self._formats.char(BlockRole.DATE)
        self._new_block(fmt, char)
        self._cursor.insertText(citation, char)

    def write_notes(self, speech: AnnotatedSpeech, notes: list[NoteRef], *, whole: bool) -> None:
        """The numbered notes; for the whole speech also its notes on the whole and its orphans."""
        writer = NotesWriter(
            self._cursor, self._formats, self._style.em, self._words, self._new_block
        )
        writer.write(speech, notes, whole=whole)

    def _new_block(self, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        if self._first:
            self._cursor.setBlockFormat(block_format)
            self._cursor.setBlockCharFormat(char_format)
            self._first = False
        else:
            self._cursor.insertBlock(block_format, char_format)

    def _block(
        self,
        role: BlockRole,
        runs: list[Run],
        *,
        indent: bool = True,
        start: int | None = None,
        ragged: bool = False,
    ) -> None:
        """A line of ``role`` whose runs begin at ``str`` offset ``start`` of the speech (None:
        a line not in its text, the title printed first); ``ragged``: set left, not justified."""
        base = self._formats.char(role)
        block_format = self._formats.block(role)
        if ragged:
            block_format.setAlignment(Qt.AlignmentFlag.AlignLeft)
        if not indent:
            block_format.setTextIndent(0)
        if role in _KEPT_WITH_NEXT:
            block_format.setProperty(KEEP_WITH_NEXT, True)
        self._new_block(block_format, base)
        position = start
        for run in runs:
            fmt = self._run_format(base, run)
            if position is None:
                self._cursor.insertText(run.text, fmt)
            else:
                self._insert_marking_notes(run.text, position, fmt)
                position += len(run.text)
            for number in run.markers:
                marker = note_marker(number, self._words)
                self._join_to_previous(base)
                self._cursor.insertText(marker, self._marker_format(base))

    def _run_format(self, base: QTextCharFormat, run: Run) -> QTextCharFormat:
        fmt = QTextCharFormat(base)
        if run.emphasis:
            fmt.merge(self._formats.glued_heading())
        info = color_info(run.color)
        if info is not None:
            fmt.setBackground(QColor(info.fill))
        return fmt

    def _insert_marking_notes(self, text: str, start: int, fmt: QTextCharFormat) -> None:
        """``text`` (at ``start`` in the speech) in ``fmt``, its note marks as the reader's."""
        for left, right, is_mark in self._pieces(start, start + len(text)):
            piece = QTextCharFormat(fmt)
            if is_mark:
                self._join_to_previous(fmt)
                piece.merge(self._formats.note_mark())
            for part in hinted_pieces(text[left - start : right - start], left, self._hints):
                self._cursor.insertText(part, piece)

    def _join_to_previous(self, fmt: QTextCharFormat) -> None:
        """Keep what is inserted next on the line of the character before it."""
        if not self._cursor.atBlockStart():
            self._cursor.insertText(WORD_JOINER, fmt)

    def _pieces(self, start: int, end: int) -> list[tuple[int, int, bool]]:
        """``[start, end)`` cut where a note mark begins or ends: (left, right, is a mark)."""
        pieces = []
        index = max(bisect_right(self._mark_starts, start) - 1, 0)
        position = start
        for mark_start, mark_end in self._marks[index:]:
            if mark_start >= end:
                break
            left, right = max(mark_start, position), min(mark_end, end)
            if left >= right:
                continue
            if left > position:
                pieces.append((position, left, False))
            pieces.append((left, right, True))
            position = right
        if position < end or not pieces:
            pieces.append((position, end, False))
        return pieces

    def _marker_format(self, base: QTextCharFormat) -> QTextCharFormat:
        fmt = QTextCharFormat(base)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        return fmt
