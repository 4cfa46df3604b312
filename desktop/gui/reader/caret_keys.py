"""The reader's caret keys beyond Qt's: lines (Home, End) and paragraphs (Ctrl+↑, Ctrl+↓).

Qt knows one place for the position where a wrapped line ends and the next begins: the next
line's start. It steps back over a trailing space to stay on the line, which Chinese lines do
not have (Qt's own source says "this doesn't work with japanese"), so End put the caret at the
start of the line below, and Home from there stayed on that line. A browser or a word
processor keeps the caret at the end of the line it was sent to; so does this: the caret is
drawn there, and the keys that depend on its line (Home, End, Up, Down, with Shift or not) go
on from that line. ↑ and ↓ keep the caret's column (its x, the "goal column" of every
editor): a line whose end the column reaches is gone to at its end, drawn there as after End
(Qt put the caret before such a line's last character, its end being the next line's start).
On the speech's first and last lines ↑ and ↓ go to its start and end, from any column, as
Shift+↑ and Shift+↓ do in Qt (then Shift+↑ goes on into a title painted over the text).

Qt blinks only the caret it draws: the one drawn at a line's end blinks by a timer of its own,
at Qt's rate (the flash time's half on, half off, from each move on), only while the page has
the focus, steady when the flash time is 0, repainting its own rectangle only.

Qt has no paragraph keys on Linux or Windows (Ctrl+↓ scrolled the page a line, leaving the
caret behind); Ctrl+↓ and Ctrl+↑ go to the next paragraph's start and to this one's (the
previous one's from its start), as in a word processor or GTK; Shift selects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.gui.reader.line_hints import HINTS

if TYPE_CHECKING:
    from desktop.gui.reader.view import ReaderView

Key = Qt.Key
Move = QTextCursor.MoveOperation
_LINE_KEYS = {Key.Key_Home, Key.Key_End, Key.Key_Up, Key.Key_Down}


class CaretKeys(QObject):
    """Line and paragraph keys; a caret sent by End to a wrapped line's end is kept there."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self._view = view
        self._position: int | None = None  # Qt's position, the next line's start for Qt
        self._width = 0
        # Qt blinks only the caret it draws: the one drawn here blinks by this timer.
        self._blink = QTimer(self)
        self._blink.timeout.connect(self._on_blink_timeout)
        self._lit = True
        view.installEventFilter(self)  # its focus coming and going starts and stops the blink

    @property
    def active(self) -> bool:
        """Whether the caret is drawn at a wrapped line's end."""
        return self._position is not None

    def drop(self) -> None:
        """Forget the line's end: the caret goes back to where Qt draws it (if it showed)."""
        if self._position is None:
            return
        self._blink.stop()
        self._position = None
        self._view.setCursorWidth(self._width)
        # All of it: the place held may be gone with the document (a new speech is shown).
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
        if event.key() != Key.Key_Home:
            return self._to_line_beside(down=event.key() == Key.Key_Down, mode=mode)
        if self._position is None:
            return False  # Qt's Home is right from a caret Qt draws
        probe = QTextCursor(self._view.document())
        probe.setPosition(self._position - 1)  # on the line whose end the caret is at
        probe.movePosition(Move.StartOfLine)
        self._move(probe.position(), mode, None)
        return True

    def _to_line_beside(self, *, down: bool, mode: QTextCursor.MoveMode) -> bool:
        """↑ and ↓ keep the caret's x (the column every editor keeps) from line to line; a
        line that x reaches the end of is gone to at its end, drawn there. Qt put the caret
        before such a line's last character, its end being the next line's start for it.
        False to let Qt move a caret it draws to a place it draws right."""
        document = self._view.document()
        cursor = self._view.textCursor()
        held = self._position
        x = float(cursor.verticalMovementX())
        if x < 0:  # not worked out yet (Qt's "delayed init")
            x = _x_of(document, cursor.position())
        if held is not None:  # the column is the end of the line it is drawn at, at least
            x = max(x, _end_x(document, held))
        line = _line_beside(document, held - 1 if held is not None else cursor.position(), down)
        if line is None:  # the first or last line: to its start or end, from any column, as
            # Shift+↑ and Shift+↓ go in Qt and ↑ and ↓ in an editor (a line's end stayed put)
            self._move(document.characterCount() - 1 if down else 0, mode, None)
            return True
        block, number = line
        target, at_end = _position_at_x(block, number, x)
        if not at_end and held is None:
            return False
        self._move(target, mode, x)
        if at_end:
            self._hold(target)
        return True

    def hint_step_due(self, before: int) -> bool:
        """Whether ← or → from Qt's ``before`` must step once more: it went over a line-break
        hint only (the same place in the text, where a press must show a move), or → stopped
        before the hint ending a wrapped line. A wrap with no hint puts the caret after the
        line's last character at the next line's start; one at a hint left it at the line's
        end, and the next → went on to just after the next line's “, never before it."""
        document = self._view.document()
        after = self._view.textCursor().position()
        low, high = sorted((before, after))
        if low < high and all(document.characterAt(i) in HINTS for i in range(low, high)):
            return True
        return after > before and _before_hints_ending_a_line(document, after)

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
        self._restart_blink()

    @property
    def blinking(self) -> bool:
        """Whether the caret drawn at a line's end blinks (the page has the focus and the
        flash time is not 0)."""
        return self._blink.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The page's focus coming starts the blink, its going stops it, as Qt's caret's."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and self.active:
            self._restart_blink()
        return super().eventFilter(watched, event)

    def _restart_blink(self) -> None:
        """Show the caret and blink it as Qt blinks its own: on for half the flash time, off
        for half, from each move on; steady when the flash time is 0, none without focus."""
        flash = QApplication.cursorFlashTime()
        self._lit = True
        if self.active and flash > 0 and self._view.hasFocus():
            self._blink.start(flash // 2)
        else:
            self._blink.stop()
        self._repaint_caret()

    def _on_blink_timeout(self) -> None:
        self._lit = not self._lit
        self._repaint_caret()

    def _repaint_caret(self) -> None:
        """Repaint the caret's rectangle only: a whole page each half second is work for nothing."""
        rect = self.caret_rect()
        if rect is not None:
            self._view.viewport().update(rect.toAlignedRect().adjusted(-1, -1, 1, 1))

    def paint(self, painter: QPainter) -> None:
        """Draw the caret at the end of the line it was sent to."""
        rect = self.caret_rect()
        if rect is not None and self._lit and self._view.hasFocus():
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


def _x_of(document: QTextDocument, position: int) -> float:
    """The x, in its block's layout, of the caret at ``position`` (where Qt draws it)."""
    block = document.findBlock(position)
    inside = position - block.position()
    return float(block.layout().lineForTextPosition(inside).cursorToX(inside)[0])


def _line_beside(
    document: QTextDocument, position: int, down: bool
) -> tuple[QTextBlock, int] | None:
    """The line below (``down``) or above the one holding ``position``, as a block and the
    line's number in it; None past the speech's first or last line."""
    block = document.findBlock(position)
    number = block.layout().lineForTextPosition(position - block.position()).lineNumber()
    number += 1 if down else -1
    if 0 <= number < block.layout().lineCount():
        return block, number
    block = block.next() if down else block.previous()
    if not block.isValid():
        return None
    # Laid out, as Qt's own ↑ and ↓ make it: the page is laid out bit by bit after the screen.
    document.documentLayout().blockBoundingRect(block)
    return block, 0 if down else block.layout().lineCount() - 1


def _position_at_x(block: QTextBlock, number: int, x: float) -> tuple[int, bool]:
    """The position nearest ``x`` on line ``number`` of ``block``, and whether it is that
    line's end where wrapping ended it (the next line's start for Qt: drawn by us)."""
    layout = block.layout()
    line = layout.lineAt(number)
    end = line.textStart() + line.textLength()
    wrapped = number < layout.lineCount() - 1
    if end <= line.textStart():  # an empty line: one place
        return block.position() + end, False
    if wrapped and block.text()[end - 1 : end].isspace():
        end -= 1  # a Latin line's break after a space: its end is before the space, Qt's own
        wrapped = False
    last = end - 1
    while last > line.textStart() and block.text()[last] in HINTS:
        last -= 1  # a line-break hint has no width: the last character is the one before
    # Past the middle of its last character, the line's end is the nearest place.
    if x >= (line.cursorToX(last)[0] + line.cursorToX(end)[0]) / 2:
        return block.position() + end, wrapped
    inside = line.xToCursor(x)
    return block.position() + inside, wrapped and inside >= end


def _before_hints_ending_a_line(document: QTextDocument, position: int) -> bool:
    """Whether only line-break hints stand between ``position`` and the end of its line, a
    line that wrapping ended."""
    block = document.findBlock(position)
    inside = position - block.position()
    layout = block.layout()
    line = layout.lineForTextPosition(inside)
    if not line.isValid() or line.lineNumber() == layout.lineCount() - 1:
        return False
    rest = block.text()[inside : line.textStart() + line.textLength()]
    return bool(rest) and all(char in HINTS for char in rest)


def _starts_a_wrapped_line(block: QTextBlock, position: int) -> bool:
    """Whether ``position`` begins a line that wrapping made, not a paragraph."""
    inside = position - block.position()
    if inside <= 0 or inside >= block.length():
        return False
    line = block.layout().lineForTextPosition(inside)
    return line.isValid() and line.lineNumber() > 0 and line.textStart() == inside
