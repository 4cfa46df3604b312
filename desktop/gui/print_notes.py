"""A printout's notes after its text (``print_document``): a heading for each kind, then each
note led by its marker ([批1]) or the words it lost, its words hanging under its first line's.

A note's Markdown is read as the exports read it (``note_markup.note_blocks``): its list items
are Qt's list items, bullets and numbers hanging before their words, and its quotes are set in
with a rule down their left, which ``print_page_lines`` paints (Qt's layout draws none).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextList,
    QTextListFormat,
    QTextOption,
)

from desktop.core.export.labels import endnote_quote, marked_quote_line
from desktop.core.export.layout import AnnotatedSpeech, NoteRef
from desktop.core.export.model import ExportItem
from desktop.core.export.note_markup import NoteBlock, Span, note_blocks
from desktop.core.export.words import ExportWords, note_marker
from desktop.gui.print_page_lines import QUOTE_RULE
from desktop.gui.print_pages import KEEP_WITH_NEXT
from desktop.gui.reader.document import BlockFormats, BlockRole

_DECIMAL = QTextListFormat.Style.ListDecimal

NewBlock = Callable[[QTextBlockFormat, QTextCharFormat], None]
"""Starts a block in the given formats (the document's first takes the empty one it has)."""


class NotesWriter:
    """Appends the notes through the printout's cursor, each block begun by ``new_block``."""

    def __init__(
        self,
        cursor: QTextCursor,
        formats: BlockFormats,
        em: float,
        words: ExportWords,
        new_block: NewBlock,
    ) -> None:
        self._cursor = cursor
        self._formats = formats
        self._em = em  # the body's em, in the document's units
        self._words = words
        self._new_block = new_block

    def write(self, speech: AnnotatedSpeech, notes: list[NoteRef], *, whole: bool) -> None:
        """The numbered notes; for the whole speech also its notes on the whole and its orphans."""
        if notes:
            self._heading(QCoreApplication.translate("Printing", "Notes"))
            markers = [note_marker(note.number, self._words) for note in notes]
            hang = self._hang([marker + " " for marker in markers])
            for marker, note in zip(markers, notes, strict=True):
                quote = endnote_quote(note.item.annotation)
                # The tab: to where the words start.
                self._note(f"{marker}\t{quote} " if quote else f"{marker}\t", note.item, hang)
        if not whole:
            return
        if speech.speech_notes:
            self._heading(QCoreApplication.translate("Printing", "Notes on the whole speech"))
            for item in speech.speech_notes:
                self._note("", item)
        if speech.orphans:
            self._heading(
                QCoreApplication.translate(
                    "Printing", "Notes whose words are no longer in the text"
                )
            )
            for item in speech.orphans:
                quote = item.annotation.quote.exact.strip()
                self._note(f"「{quote}」 " if quote else "", item)

    def _heading(self, text: str) -> None:
        fmt = self._formats.block(BlockRole.HEADING_1)
        fmt.setTextIndent(0)
        fmt.setTopMargin(self._em * 1.6)
        fmt.setProperty(KEEP_WITH_NEXT, True)
        char = self._formats.char(BlockRole.HEADING_3)
        self._new_block(fmt, char)
        self._cursor.insertText(text, char)

    def _hang(self, leads: list[str]) -> float:
        """How far the notes' lines stand in: two characters, or the widest of ``leads``
        ([批12] is wider), so every note's words line up under its first line's."""
        metrics = QFontMetricsF(self._formats.char(BlockRole.BODY).font())
        return max(2 * self._em, *(metrics.horizontalAdvance(lead) for lead in leads))

    def _note(self, lead: str, item: ExportItem, hang: float | None = None) -> None:
        """One note: ``lead`` (its number, or the lost words), its paragraphs, lists and quotes
        (``note_blocks``), then its tags; its lines stand in by ``hang`` (two characters when
        None), its first line's lead out."""
        annotation = item.annotation
        blocks = note_blocks(annotation.note)
        written = bool(blocks)
        if not blocks or (lead and blocks[0].kind != "paragraph"):
            # The lead on a line of its own: before a list's bullet it would read "[批1] • 要点".
            blocks.insert(0, NoteBlock("paragraph", []))
        tags = " ".join(f"#{tag}" for tag in annotation.tags)
        body = self._formats.char(BlockRole.BODY)
        text_list: QTextList | None = None
        for index, block in enumerate(blocks):
            fmt = self._block_format(block, hang, first=index == 0)
            if index == 0 and written and not block.spans:  # a lead alone: with what it leads
                fmt.setProperty(KEEP_WITH_NEXT, True)
            self._new_block(fmt, body)
            text_list = self._into_list(block, text_list)
            if index == 0 and lead:
                self._cursor.insertText(lead, body)
            for span in block.spans:
                self._cursor.insertText(span.text.replace("\n", "\u2028"), _span_format(body, span))
        if tags:
            self._cursor.insertText(("  " if written else "") + tags, body)
        self._marked_words(item, hang, on_a_line_of_its_own=written or bool(tags))

    def _block_format(
        self, block: NoteBlock, hang: float | None, *, first: bool
    ) -> QTextBlockFormat:
        """A note's paragraph (its first hanging its lead), list item or quote: an item's words
        two characters further in, its bullet or number in front of them (Qt's list), a quote
        one character further in with a rule down its left (``print_page_lines``)."""
        if block.kind == "paragraph":
            return self._note_block(hang, hanging=first)
        fmt = self._note_block(hang, hanging=False)
        indent = fmt.leftMargin()
        if block.kind == "quote":
            fmt.setLeftMargin(indent + self._em)
            fmt.setProperty(QUOTE_RULE, indent + self._em * 0.35)
        else:
            fmt.setLeftMargin(indent + 2 * self._em)
        return fmt

    def _into_list(self, block: NoteBlock, text_list: QTextList | None) -> QTextList | None:
        """The cursor's block made an item of ``text_list`` when it goes on that list, of a new
        list when it starts one (numbered from its number, as typed); the list it is on."""
        if not block.marker:
            return None
        ordered = block.kind == "ordered"
        if text_list is not None and (text_list.format().style() == _DECIMAL) == ordered:
            text_list.add(self._cursor.block())
            return text_list
        fmt = QTextListFormat()
        fmt.setStyle(_DECIMAL if ordered else QTextListFormat.Style.ListDisc)
        fmt.setIndent(0)  # the block's margin places it: Qt's indent steps are 40 pixels
        if ordered:
            fmt.setStart(block.number)
        return self._cursor.createList(fmt)

    def _marked_words(
        self, item: ExportItem, hang: float | None, *, on_a_line_of_its_own: bool
    ) -> None:
        """The words first marked, when they have changed since, as the annotated exports say."""
        marked = marked_quote_line(item.annotation.marked_quote, self._words)
        if not marked:
            return
        body = self._formats.char(BlockRole.BODY)
        if on_a_line_of_its_own:
            self._new_block(self._note_block(hang, hanging=False), body)
        self._cursor.insertText(marked, body)

    def _note_block(self, hang: float | None, *, hanging: bool) -> QTextBlockFormat:
        fmt = self._formats.block(BlockRole.BODY)
        indent = 2 * self._em if hang is None else hang
        fmt.setLeftMargin(indent)
        fmt.setTextIndent(-indent if hanging else 0)
        # The lead's tab goes to where the words of every line start.
        fmt.setTabPositions([QTextOption.Tab(indent, QTextOption.TabType.LeftTab)])
        return fmt


def _span_format(base: QTextCharFormat, span: Span) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    if span.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if span.italic:
        fmt.setFontItalic(True)
    if span.code:
        fmt.setFontFamilies(["monospace"])
    if span.href:  # a link in the note (http, https or mailto): a PDF keeps it clickable
        fmt.setAnchor(True)
        fmt.setAnchorHref(span.href)
        fmt.setFontUnderline(True)
    return fmt
