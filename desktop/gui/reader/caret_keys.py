"""The reader's caret keys beyond Qt's: lines (Home, End) and paragraphs (Ctrl+↑, Ctrl+↓).

Qt knows one place for the position where a wrapped line ends and the next begins: the next
line's start. It steps back over a trailing space to stay on the line, which Chinese lines do
not have (Qt's own source says "this doesn't work with japanese"), so End put the caret at the
start of the line below, and Home from there stayed on that line. A browser or a word
processor keeps the caret at the end of the line it was sent to; so does this: the caret is
drawn there, and the keys that depend on its line (Home, End, Up, Down, with Shift or not) go
on from that line.

Qt has no paragraph keys on Linux or Windows (Ctrl+↓ scrolled the page a line, leaving the
caret behind); Ctrl+↓ and Ctrl+↑ go to the next paragraph's start and to this one's (the
previous one's from its start), as in a word processor or GTK; Shift selects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextBlock, QTextCursor, QTextDocument

if TYPE_CHECKING:
    from desktop.gui.reader.view import ReaderView

Key = Qt.Key
Move = QTextCursor.MoveOperation
_LINE_KEYS = {Key.Key_Home, Key.Key_End, Key.Key_Up, Key.Key_Down}


class CaretKeys:
    """Line and paragraph keys; a caret sent by End to a wrapped line's end is kept there."""

    def __init__(self, view: ReaderView) -> None:
        self._view = view
        self._position: int | None = None  # Qt's position, the next line's start for Qt
        self._width = 0

    @property
    def active(self) -> bool:
        """Whether the caret is drawn at a wrapped line's end."""
        return self._position is not None

    def drop(self) -> None:
        """Forget the line's end: the caret goes back to where Qt draws it (if it showed)."""
        if self._position is None:
            return
        self._position = None
        self._view.setCursorWidth(self._width)
        self._view.viewport().update()

    def on_cursor_moved(self) -> None:
        """The caret left the line's end: Qt draws it again."""
        if self._position is not None and self._view.textCursor().position() != self._position:
            self.drop()

    def take_key(self, event: QKeyEvent) -> bool:
        """Home, End, ↑ and ↓, Ctrl+↑ and Ctrl+↓ (Shift selecting); False to let Qt."""
        self._drop_if_rewrapped()
        paragraph = _mode(event, Qt.KeyboardModifier.ControlModifier)
        if event.key() in (Key.Key_Up, Key.Key_Down) and paragraph is not None:
            self._to_paragraph(forward=event.key() == Key.Key_Down, mode=paragraph)
            return True
        mode = _mode(event)
        if event.key() not in _LINE_KEYS or mode is None:
            return False
        if event.key() == Key.Key_End:
            self._to_end(mode)
            return True
        if self._position is None:
            return False  # Qt's Home, ↑ and ↓ are right from a caret Qt draws
        x = _end_x(self._view.document(), self._position)
        probe = QTextCursor(self._view.document())
        probe.setPosition(self._position - 1)  # on the line whose end the caret is at
        if event.key() == Key.Key_Home:
            probe.movePosition(Move.StartOfLine)
        else:
            probe.setVerticalMovementX(round(x))
            probe.movePosition(Move.Up if event.key() == Key.Key_Up else Move.Down)
        self._move(probe.position(), mode, None if event.key() == Key.Key_Home else x)
        return True

    def to_document_edge(self, *, at_end: bool) -> None:
        """Plain Home and End with the caret hidden go to the speech's top and bottom, as in a
        browser: moving a hidden caret within its line would show nothing. It stays hidden, so
        Home after End goes back up; once the keys show it, Home and End are its line's."""
        view = self._view
        view.setCursorWidth(0)
        cursor = view.textCursor()
        cursor.movePosition(Move.End if at_end else Move.Start)
        view.setTextCursor(cursor)
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum() if at_end else bar.minimum())

    def _drop_if_rewrapped(self) -> None:
        """A zoom or a resize wrapped the text anew, the place held now mid-line: Qt's caret is
        right there again (End, else, stayed put, taking it for a line's end still)."""
        if self._position is None:
            return
        block = self._view.document().findBlock(self._position)
        if not _starts_a_wrapped_line(block, self._position):
            self.drop()

    def _to_end(self, mode: QTextCursor.MoveMode) -> None:
        view = self._view
        if self._position is not None:
            return  # already at its line's end (Qt would go on to the next line's)
        cursor = view.textCursor()
        cursor.movePosition(Move.EndOfLine, mode)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        if _starts_a_wrapped_line(cursor.block(), cursor.position()):
            self._hold(cursor.position())

    def _to_paragraph(self, *, forward: bool, mode: QTextCursor.MoveMode) -> None:
        """To the next paragraph's start, or back to this one's (the previous one's from its
        start); the last paragraph's end when there is no next one."""
        cursor = self._view.textCursor()
        block = cursor.block()
        if forward:
            after = block.next()
            while after.isValid() and after.length() <= 1:  # an empty block is no paragraph
                after = after.next()
            target = after.position() if after.isValid() else block.position() + block.length() - 1
        elif cursor.position() > block.position():
            target = block.position()
        else:
            before = block.previous()
            while before.isValid() and before.length() <= 1:
                before = before.previous()
            target = before.position() if before.isValid() else block.position()
        self._move(target, mode, None)

    def _move(self, target: int, mode: QTextCursor.MoveMode, x: float | None) -> None:
        view = self._view
        cursor = view.textCursor()
        cursor.setPosition(target, mode)
        if x is not None:
            cursor.setVerticalMovementX(round(x))  # the column kept, as Qt keeps it
        self.drop()
        view.setTextCursor(cursor)
        view.ensureCursorVisible()

    def _hold(self, position: int) -> None:
        """Keep the caret at ``position`` drawn at the end of the line before it."""
        view = self._view
        self._position, self._width = position, view.cursorWidth()
        view.setCursorWidth(0)  # Qt's would show on the next line; ``paint`` draws it
        view.viewport().update()

    def paint(self, painter: QPainter) -> None:
        """Draw the caret at the end of the line it was sent to."""
        rect = self.caret_rect()
        if rect is not None and self._view.hasFocus():
            painter.fillRect(rect, self._view.palette().color(QPalette.ColorRole.Text))

    def caret_rect(self) -> QRectF | None:
        """Where the caret at a line's end is drawn, in the viewport; None when there is none."""
        if self._position is None:
            return None
        view = self._view
        block = view.document().findBlock(self._position - 1)
        line = block.layout().lineForTextPosition(self._position - 1 - block.position())
        origin = view.document().documentLayout().blockBoundingRect(block).topLeft()
        left = origin.x() + _end_x(view.document(), self._position)
        top = origin.y() + line.y() - view.verticalScrollBar().value()
        left -= view.horizontalScrollBar().value()
        return QRectF(left, top, max(self._width, 1), line.height())


def _mode(
    event: QKeyEvent, held: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> QTextCursor.MoveMode | None:
    """With ``held`` alone the key moves, with Shift too it selects; None for other modifiers."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers == held | Qt.KeyboardModifier.ShiftModifier:
        return QTextCursor.MoveMode.KeepAnchor
    if modifiers == held:
        return QTextCursor.MoveMode.MoveAnchor
    return None


def _end_x(document: QTextDocument, position: int) -> float:
    """The x, in its block's layout, of the end of the line that Qt's ``position`` ends."""
    block = document.findBlock(position - 1)
    inside = position - block.position()
    return float(block.layout().lineForTextPosition(inside - 1).cursorToX(inside)[0])


def _starts_a_wrapped_line(block: QTextBlock, position: int) -> bool:
    """Whether ``position`` begins a line that wrapping made, not a paragraph."""
    inside = position - block.position()
    if inside <= 0 or inside >= block.length():
        return False
    line = block.layout().lineForTextPosition(inside)
    return line.isValid() and line.lineNumber() > 0 and line.textStart() == inside
