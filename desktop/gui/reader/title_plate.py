"""The title over a speech whose text has no title line: painted above it, never part of it.

A compilation's speech may take its title from its separator line (``在…的讲话 篇2``,
``【第2篇】…``), which the importer keeps out of the speech: the text then opens on its
salutation or first paragraph. The reader's document must hold the canonical text and nothing
else (offsets), so the title is set in a small document of its own, in the title's formats,
and painted in room made above the text by the root frame's top margin, as the exports print
the title first when the text has none (``core.export.layout``). A speech whose title is its
opening words (a file with no title at all) gets none: the words would only be said twice.
The plate keeps a selection of its own (``cursor``), painted as the page paints one, so its
words can be selected and copied like the text's (``plate_mouse``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from desktop.core.document import SpanKind
from desktop.core.offsets import Utf16Map
from desktop.core.plate_titles import title_stands_apart
from desktop.core.records import SpeechContent
from desktop.gui.reader.balance import (
    balance_centred_blocks,
    centred_blocks,
    held_gap,
    remember_centred_blocks,
)
from desktop.gui.reader.document import HEAD_GAP_EM, BlockFormats, BlockRole, ReaderStyle

if TYPE_CHECKING:
    from desktop.gui.reader.view import WordRangeProvider

PLATE_DOCUMENT_NAME = "title_plate"
"""The plate's document's objectName: a child of the page's document, found by it."""


def needs_title_plate(content: SpeechContent) -> bool:
    """Whether ``content``'s title is shown by none of its lines: no title line, and the
    title is not its first words (a title the importer took from the opening)."""
    has_title_line = any(span.kind == SpanKind.TITLE for span in content.spans)
    return title_stands_apart(content.record.title, content.text, has_title_line=has_title_line)


class TitlePlate:
    """The speech's title as a centred, balanced heading, laid out at the page's width."""

    def __init__(self, title: str, style: ReaderStyle, parent: QObject | None = None) -> None:
        self.document = QTextDocument(parent)
        self.document.setObjectName(PLATE_DOCUMENT_NAME)
        self.document.setUndoRedoEnabled(False)
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(style.font)
        self.document.setPlainText(title.strip())
        formats = BlockFormats(style)
        cursor = QTextCursor(self.document)
        cursor.select(QTextCursor.SelectionType.Document)
        block = formats.block(BlockRole.TITLE)
        # The room a date or speaker's line leaves under a title: the text opens on its
        # salutation or first paragraph, which would otherwise sit close under it.
        block.setBottomMargin(style.em * HEAD_GAP_EM)
        cursor.setBlockFormat(block)
        cursor.setCharFormat(formats.char(BlockRole.TITLE))
        remember_centred_blocks(self.document, [0])
        self.cursor = QTextCursor(self.document)
        """The plate's own selection: the page's document must not hold the title."""
        self.caret_here = False
        """A click put the caret in the title: Shift and the keys select on from there."""
        self._utf16 = Utf16Map(self.document.toPlainText())

    def fit(self, page: QTextDocument) -> None:
        """Lay the title out across ``page``'s column and make room for it above the text."""
        margin = page.documentMargin()
        self.document.setTextWidth(max(page.textWidth() - 2 * margin, 1.0))
        balance_centred_blocks(self.document)
        top = margin + self.document.size().height()
        frame = page.rootFrame()
        fmt = frame.frameFormat()
        if fmt.topMargin() != top:  # a new frame format lays the whole page out again
            fmt.setTopMargin(top)
            frame.setFrameFormat(fmt)

    def paint(
        self, painter: QPainter, page: QTextDocument, scrolled: int, palette: QPalette
    ) -> None:
        """Paint the title, and its selection as the page draws one in ``palette``, on a
        viewport whose page is scrolled down ``scrolled`` pixels."""
        margin = page.documentMargin()
        painter.save()
        painter.translate(QPointF(margin, margin - scrolled))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        if self.cursor.hasSelection():
            context.selections = [self._selection(palette)]
        self.document.documentLayout().draw(painter, context)
        # A held first line's spacing counts in its last glyph: a selection ending there
        # would run on to the line's end (``balance.held_gap``).
        for gap in filter(None, map(held_gap, centred_blocks(self.document))):
            painter.fillRect(gap, palette.brush(QPalette.ColorRole.Base))
        painter.restore()

    # Selection ------------------------------------------------------------------------------

    def _selection(self, palette: QPalette) -> QAbstractTextDocumentLayout.Selection:
        """The plate's selection in the colours QTextEdit draws the page's in."""
        chosen = QTextCharFormat()
        chosen.setBackground(palette.brush(QPalette.ColorRole.Highlight))
        chosen.setForeground(palette.brush(QPalette.ColorRole.HighlightedText))
        selection = QAbstractTextDocumentLayout.Selection()
        selection.cursor = self.cursor
        selection.format = chosen
        return selection

    def contains(self, page: QTextDocument, point: QPointF) -> bool:
        """Whether page point ``point`` (document coordinates) is over the title's room."""
        return 0 <= point.y() < page.rootFrame().frameFormat().topMargin()

    def position_at(self, page: QTextDocument, point: QPointF) -> int:
        """The plate's cursor position nearest page point ``point``."""
        margin = page.documentMargin()
        local = point - QPointF(margin, margin)
        hit = self.document.documentLayout().hitTest(local, Qt.HitTestAccuracy.FuzzyHit)
        return max(hit, 0)

    def select(self, anchor: int, position: int) -> None:
        """Select the plate's cursor positions ``anchor`` to ``position``."""
        self.cursor.setPosition(anchor)
        self.cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)

    def end(self) -> int:
        """The plate's cursor position after the title's last character (Qt's, UTF-16)."""
        return self.document.characterCount() - 1

    def select_word(self, position: int, words: WordRangeProvider | None) -> None:
        """Select the word at cursor ``position``: ``words``' when given, else Qt's."""
        title = self.document.toPlainText()
        offset = self._utf16.to_str(position)
        word = words(title, min(offset, len(title) - 1)) if words is not None and title else None
        if word is not None:
            self.select(*self._utf16.range_to_utf16(*word))
            return
        self.cursor.setPosition(position)
        self.cursor.select(QTextCursor.SelectionType.WordUnderCursor)

    def word_step(self, position: int, *, forward: bool, words: WordRangeProvider | None) -> int:
        """Where Ctrl+→ (``forward``) or Ctrl+← takes the cursor at ``position``: a word on,
        by ``words`` (jieba's) as in the text, not Qt's (the title is one word to Qt)."""
        from desktop.core.chinese.words import word_step  # not first-frame work

        title = self.document.toPlainText()
        offset = self._utf16.to_str(position)
        target = word_step(title, offset, forward=forward, word_at=words or _no_words)
        return self._utf16.to_utf16(target)

    def clear_selection(self) -> bool:
        """Drop the selection (and the caret); whether there was one."""
        had = self.cursor.hasSelection()
        self.cursor.clearSelection()
        self.caret_here = False
        return had

    def place_caret(self, position: int) -> None:
        """Put the caret in the title at cursor ``position``, nothing selected."""
        self.cursor.setPosition(position)
        self.caret_here = True

    def anchor(self) -> int:
        """Where a selection made from here on starts: the selection's anchor, the caret
        clicked into the title, else the title's end (the selection comes up from the text)."""
        if self.cursor.hasSelection() or self.caret_here:
            return self.cursor.anchor()
        return self.end()

    def holds_moving_end(self) -> bool:
        """Whether the selection's moving end (or the caret) is in the title, not at its end."""
        has_end = self.cursor.hasSelection() or self.caret_here
        return has_end and self.cursor.position() != self.end()

    def selection_top(self, page: QTextDocument) -> float:
        """The top of the selection's first line, in page (document) coordinates."""
        return self._line_top(page, self.cursor.selectionStart())

    def caret_top(self, page: QTextDocument) -> float:
        """The top of the line holding the selection's moving end, in page coordinates."""
        return self._line_top(page, self.cursor.position())

    def _line_top(self, page: QTextDocument, position: int) -> float:
        block = self.document.findBlock(position)
        line = block.layout().lineForTextPosition(position - block.position())
        top = self.document.documentLayout().blockBoundingRect(block).top()
        return page.documentMargin() + top + line.y()

    def position_on_last_line(self, page: QTextDocument, x: float) -> int:
        """The plate's cursor position on the title's last line nearest page x ``x``: where
        the caret goes up to from the text's first line."""
        block = self.document.lastBlock()
        layout = block.layout()
        line = layout.lineAt(layout.lineCount() - 1)
        local = x - page.documentMargin() - layout.position().x()
        return block.position() + line.xToCursor(local)

    def selected_text(self) -> str:
        """The words selected, as plain text (the title's wrapping is not in it)."""
        return self.cursor.selection().toPlainText()


def _no_words(_text: str, _offset: int) -> None:
    """No segmenter yet (jieba loading): the steps fall back to characters, as the text's."""
