"""How the reader answers the mouse and keyboard: clicks, double-clicks, hovers, menus, keys.

A mixin of ``ReaderView`` kept apart so the view's file stays about what it shows. It uses the
view's state (``_shown``, ``_utf16``, ``_toolbar``…) and methods (``select_range``…).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.gui.keyboard_menu import is_menu_key
from desktop.gui.reader.decorations import note_tooltip, note_tooltip_part

if TYPE_CHECKING:
    from desktop.gui.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object

Key = Qt.Key
_CARET_KEYS = frozenset(
    {Key.Key_PageUp, Key.Key_PageDown, Key.Key_Up, Key.Key_Down}
    | {Key.Key_Left, Key.Key_Right, Key.Key_Home, Key.Key_End}
)
"""Keys that move the caret from where it is (QTextEdit pages from the caret, too)."""
_TO_START = (
    QKeySequence.StandardKey.MoveToStartOfDocument,
    QKeySequence.StandardKey.SelectStartOfDocument,
)
_TO_END = (
    QKeySequence.StandardKey.MoveToEndOfDocument,
    QKeySequence.StandardKey.SelectEndOfDocument,
)

_WORD_STEPS = {
    QKeySequence.StandardKey.MoveToNextWord: (True, False),
    QKeySequence.StandardKey.MoveToPreviousWord: (False, False),
    QKeySequence.StandardKey.SelectNextWord: (True, True),
    QKeySequence.StandardKey.SelectPreviousWord: (False, True),
}
"""Ctrl+→ and the like: (forward, select). Qt finds no words in Chinese (a paragraph was one)."""

CARET_WIDTH = 2
"""Pixels of the caret a keyboard user sees (Qt scales them on a high-DPI screen)."""
_KEYBOARD_FOCUS = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    }
)
"""How the keyboard brings the focus to the page: Tab, Shift+Tab, F6 and the panes' keys."""


def _modified(event: QKeyEvent) -> bool:
    """Whether a modifier other than the keypad's is held."""
    return bool(event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


class ReaderEvents(_Base):
    """Mouse, keyboard, tooltip and context-menu handling of the reader."""

    _press_point: QPoint | None = None
    _held_sentence: tuple[int, int] | None = None  # a Ctrl+click's sentence, while held

    def _char_at(self, point: QPoint) -> int | None:
        """The ``str`` offset of the character under viewport ``point``, or None off the text."""
        scroll = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        layout = self.document().documentLayout()
        position = layout.hitTest(QPointF(point) + scroll, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return None
        # hitTest gives the nearest character edge; the character is left of it when we are.
        edge = self.cursorRect(self._cursor_at_position(position)).left()
        if point.x() < edge and position > 0:
            position -= 1
        offset = self._utf16.to_str(position)
        return offset if offset < len(self._text) else None

    def event(self, event: QEvent) -> bool:
        """Let the registry's Copy shortcut win over QTextEdit's own, so both copy the same."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming from the keyboard shows the caret: where keys will move and select from."""
        super().focusInEvent(event)
        if event.reason() in _KEYBOARD_FOCUS:
            # A caret the tree's jumps left off the page shows nothing; a passage jumped to
            # takes it, even from a line's end that End left it at.
            self._caret_into_view()
            if not self._at_line_end():
                self.setCursorWidth(CARET_WIDTH)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A press anywhere on the page hides the floating toolbar, and the caret: a page read
        with the mouse stays clean of it."""
        if self._plate_mouse is not None and self._plate_mouse.press(event):
            return  # selecting the title painted over the text, in its own document
        self._hide_toolbar()
        self._hide_caret()
        self._press_point = event.position().toPoint()
        self._held_sentence = self._select_sentence_at(self._press_point) if _ctrl(event) else None
        if not self._held_sentence:
            super().mousePressEvent(event)

    def _after_mouse_release(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self.textCursor().hasSelection():
            self._show_toolbar()
            return
        point = event.position().toPoint()
        pressed = self._press_point or point
        if (point - pressed).manhattanLength() <= QApplication.startDragDistance():
            self._click_at(point)

    def _click_at(self, point: QPoint) -> None:
        offset = self._char_at(point)
        if offset is not None and self.follow_footnote(offset):
            return
        hits = self._shown.at(offset) if offset is not None else []
        self._current_annotation = hits[0].id if hits else None
        self._menu_pinned = False
        self._update_action_state()
        if hits:
            self.annotation_clicked.emit(hits[0].id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Select the word under the mouse (jieba's when a provider is set); Shift extends."""
        if self._plate_mouse is not None and self._plate_mouse.double_click(event):
            return
        if _ctrl(event):  # a second Ctrl+click, quick on the first: a sentence again
            self.mousePressEvent(event)
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        offset = self._char_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or offset is None:
            super().mouseDoubleClickEvent(event)
            return
        if self.word_range_provider is None and not shift:
            super().mouseDoubleClickEvent(event)  # Qt's own word selection, drag-by-word included
            return
        word = self._word_at(offset)
        if word is None:
            super().mouseDoubleClickEvent(event)
            return
        start, end = word
        selected = self.selected_range()
        if shift and selected is not None:
            start, end = min(start, selected[0]), max(end, selected[1])
        self.select_range(start, end)
        event.accept()

    def _word_at(self, offset: int) -> tuple[int, int] | None:
        """The word at ``offset``: from the provider, else from Qt's word boundaries."""
        if self.word_range_provider is not None and self._content is not None:
            word = self.word_range_provider(self._content.text, offset)
            if word is not None and 0 <= word[0] < word[1] <= len(self._text):
                return word
            return None
        cursor = self._cursor_at(offset)
        cursor.select(cursor.SelectionType.WordUnderCursor)
        if not cursor.hasSelection():
            return None
        return self._utf16.range_to_str(cursor.selectionStart(), cursor.selectionEnd())

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering annotated words shows their notes, and a note mark its note."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_note_tooltip(event)
            return True
        return super().viewportEvent(event)

    def _show_note_tooltip(self, event: QHelpEvent) -> None:
        # Loaded on the first hover, not with the first frame.
        from desktop.models.annotation_text import color_name

        offset = self._char_at(event.pos())
        shown = self._shown.at(offset) if offset is not None else []
        # Each highlight's colour by name, then its note: the tint alone says nothing to a
        # reader who cannot tell yellow from green.
        notes = [self._footnote_hover_text(offset)]
        notes += [note_tooltip_part(item.note, color_name(item.color)) for item in shown]
        notes = [note for note in notes if note]
        if notes:
            QToolTip.showText(event.globalPos(), note_tooltip(notes), self.viewport())
        else:
            QToolTip.hideText()
            event.ignore()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The reader's context menu: colours, note, copy, cite, and delete on an annotation.

        From the keyboard it is the caret's menu, opened at the selection (or the caret).
        """
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.show_keyboard_menu()
            return
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
        self._menu_pinned = False  # its actions ran: the keys follow the caret again
        self._update_action_state()

    def show_keyboard_menu(self) -> None:
        """Open the context menu of the selection or the caret, where they are on screen."""
        touched = self._target_annotation() is None
        menu = self.build_context_menu(None)
        menu.exec(self.viewport().mapToGlobal(self._keyboard_menu_point()))
        menu.deleteLater()
        if touched:  # a highlight the caret only touched was the menu's, not the keys'
            self._current_annotation = None
            self._update_action_state()

    def _keyboard_menu_point(self) -> QPoint:
        """Below the caret (the selection's moving end), or mid-page when it is scrolled off."""
        caret = self.caret_rect()
        page = self.viewport().rect()
        if not page.contains(caret.topLeft()):
            return page.center()
        return QPoint(caret.left(), caret.bottom())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape hides the floating toolbar, a second drops the selection; Menu and Shift+F10
        open the context menu at the selection, as a right-click does under the mouse."""
        caret_shown = self.cursorWidth() > 0 or self._at_line_end()
        if event.key() in _CARET_KEYS and not self._at_line_end():
            self.setCursorWidth(CARET_WIDTH)  # the keys move it: it shows
        if is_menu_key(event):
            self.show_keyboard_menu()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self._toolbar_shown():
                self._hide_toolbar()
            else:
                self._clear_selection()
                self.clear_plate_selection()
            event.accept()
            return
        if (
            event.key() in (Key.Key_Return, Key.Key_Enter)
            and not _modified(event)
            and self._follow_footnote_at_caret()
        ):
            event.accept()
            return
        if event.key() in (Key.Key_Home, Key.Key_End) and not _modified(event) and not caret_shown:
            self._caret_keys.to_document_edge(at_end=event.key() == Key.Key_End)
            event.accept()
            return
        if event.key() in _CARET_KEYS:
            self._caret_into_view()
        plate = self._title_plate is not None and self._plate_key(event)
        if plate or self._caret_keys.take_key(event) or self._hint_unmarked_key(event):
            event.accept()
            return
        step = next((v for k, v in _WORD_STEPS.items() if event.matches(k)), None)
        if step is not None:
            self._step_by_word(forward=step[0], select=step[1])
            event.accept()
            return
        before = self.textCursor().position()
        super().keyPressEvent(event)
        if event.key() in (Key.Key_Left, Key.Key_Right) and self._caret_keys.hint_step_due(before):
            super().keyPressEvent(event)  # over a line-break hint only, or up to one ending a line
        if self._plate_mouse is not None and event.matches(QKeySequence.StandardKey.SelectAll):
            self._plate_mouse.select_all()  # all of it: the title painted over the text, too
        self._show_document_edge(event)

    def _step_by_word(self, *, forward: bool, select: bool) -> None:
        """Move the caret a word on, jieba's once it is ready, else a character (or a Latin
        word); ``select`` extends the selection, as Shift does."""
        # Not at the top: the first frame loads no desktop.core.chinese (tests/gui/test_app.py).
        from desktop.core.chinese.words import word_step

        cursor = self.textCursor()
        offset = self._utf16.to_str(cursor.position())
        target = word_step(self._text, offset, forward=forward, word_at=self._provided_word)
        mode = QTextCursor.MoveMode.KeepAnchor if select else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(self._utf16.to_utf16(target), mode)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _provided_word(self, _text: str, offset: int) -> tuple[int, int] | None:
        """The provider's (jieba's) word at ``offset``; None while there is none."""
        if self.word_range_provider is None or self._content is None:
            return None
        return self.word_range_provider(self._content.text, offset)

    def _plate_key(self, event: QKeyEvent) -> bool:
        """Selecting keys carry a selection over into the title painted above the text
        (``plate_keys``); a caret key without Shift drops the title's part, as the text's."""
        from desktop.gui.reader.plate_keys import take_key  # only a speech with a plate

        if event.key() in _CARET_KEYS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.clear_plate_selection()
            return False
        return take_key(self, self._title_plate, event)

    def _caret_into_view(self) -> None:
        """Put a caret that a jump or a scroll left off the page on a passage jumped to, else on
        the first whole line shown.

        The caret stays where it was put while the tree, Alt+↓ or the scroll bar move the page;
        Page Down and the arrows then went on from it, throwing the reader back to the top.
        A selection is the reader's own and is kept wherever it is.
        """
        cursor = self.textCursor()
        if cursor.hasSelection() or self._take_caret_due():
            return
        if self.viewport().rect().intersects(self.caret_rect()):
            return  # (where it is drawn: at a line's end after End, not the next line's start)
        top = self.cursorForPosition(QPoint(0, 1))
        top.movePosition(QTextCursor.MoveOperation.StartOfLine)
        if self.cursorRect(top).top() < 0:
            top.movePosition(QTextCursor.MoveOperation.Down)
            top.movePosition(QTextCursor.MoveOperation.StartOfLine)
        self.setTextCursor(top)

    def _show_document_edge(self, event: QKeyEvent) -> None:
        """Ctrl+Home and Ctrl+End show the page's very top and bottom, margins included, and
        so do the arrows and Page Up/Down once the caret reaches the first or last line."""
        # QTextEdit scrolls only as far as the caret's line, leaving the margin beyond it:
        # Page Down after Page Up at the end stopped short of where Ctrl+End had been.
        bar = self.verticalScrollBar()
        key = event.key()
        if any(event.matches(k) for k in _TO_START) or (
            key in (Key.Key_PageUp, Key.Key_Up) and self._caret_on_edge_line(up=True)
        ):
            bar.setValue(bar.minimum())
        elif any(event.matches(k) for k in _TO_END) or (
            key in (Key.Key_PageDown, Key.Key_Down) and self._caret_on_edge_line(up=False)
        ):
            bar.setValue(bar.maximum())

    def _caret_on_edge_line(self, *, up: bool) -> bool:
        """Whether the caret is on the speech's first (``up``) or last line."""
        probe = QTextCursor(self.textCursor())
        probe.clearSelection()
        step = QTextCursor.MoveOperation.Up if up else QTextCursor.MoveOperation.Down
        return not probe.movePosition(step)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Over a note mark or a note's number the pointer shows a link."""
        if self._plate_mouse is not None and self._plate_mouse.move(event):
            return
        if self._held_sentence:  # a Ctrl+click dragged on: by whole sentences
            self._drag_sentences(self._held_sentence, event.position().toPoint())
            return
        super().mouseMoveEvent(event)
        if self._footnotes and event.buttons() == Qt.MouseButton.NoButton:
            self._point_at_links(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Show the toolbar over a new selection, or report a click on a highlight."""
        if self._plate_mouse is not None and self._plate_mouse.release():
            return
        if not self._held_sentence:  # Qt had no press: nothing to end
            super().mouseReleaseEvent(event)
        self._held_sentence = None
        self._after_mouse_release(event)


def _ctrl(event: QMouseEvent) -> bool:
    """Whether ``event`` is a left-button press with Ctrl alone held: a Ctrl+click."""
    return event.button() == Qt.MouseButton.LeftButton and (
        event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )
