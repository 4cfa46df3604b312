"""Selecting the title plate's words with the mouse, alone or on into the text below it.

A press on the room above the text (the ``TitlePlate``'s) selects in the plate's own document,
never in the page's, which must hold the canonical text only. A drag that runs on into the
text selects the plate's words to its end and the text from its start, so Copy copies both;
the highlight and note actions see only the text's part, as they see only the page's cursor.
The reader hands its mouse events here first while it shows a plate; this module loads only
then (a speech with a title plate), as the plate's does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor

if TYPE_CHECKING:
    from desktop.gui.reader.title_plate import TitlePlate
    from desktop.gui.reader.view import ReaderView


class PlateMouse:
    """The reader's mouse over its title plate: presses, drags and double-clicks."""

    def __init__(self, view: ReaderView, plate: TitlePlate) -> None:
        self._view = view
        self.plate = plate
        self._dragging = False
        self._anchor = 0

    def _page_point(self, event: QMouseEvent) -> QPointF:
        """The event's place in the page's document coordinates."""
        view = self._view
        scroll = QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        return event.position() + scroll

    def _on_plate(self, event: QMouseEvent) -> bool:
        """Whether a left-button ``event`` is over the plate."""
        over = self.plate.contains(self._view.document(), self._page_point(event))
        return event.button() == Qt.MouseButton.LeftButton and over

    def _position(self, event: QMouseEvent) -> int:
        return self.plate.position_at(self._view.document(), self._page_point(event))

    def _changed(self) -> None:
        """Repaint the plate's selection and offer the actions that fit it now."""
        self._view.show_plate_selection()

    def clear(self) -> None:
        """Drop the plate's selection, if any, and show that it is gone."""
        if self.plate.clear_selection():
            self._changed()

    def press(self, event: QMouseEvent) -> bool:
        """A left press on the plate starts selecting in it (True: taken); anywhere else it
        drops the plate's selection (a right press keeps it: the menu's Copy is for it).
        With Shift, the selection runs on from its anchor to the place pressed."""
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if shift and event.button() == Qt.MouseButton.LeftButton:
            return self._extend(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clear()
        if not self._on_plate(event):
            return False
        self._start()
        self._anchor = self._position(event)
        self.plate.place_caret(self._anchor)  # Shift+click and the keys select on from here
        return True

    def _extend(self, event: QMouseEvent) -> bool:
        """Shift+press: from the selection's anchor (the caret's place without one) on to the
        title's words pressed, or from the title's anchor on into the text pressed."""
        from desktop.gui.reader.plate_keys import select_into_plate

        plate, view = self.plate, self._view
        anchor = plate.anchor()
        if self._on_plate(event):
            view.hide_selection_toolbar()
            select_into_plate(view, plate, self._position(event))
            if anchor != plate.end():  # a drag on goes on as one begun in the title
                self._dragging, self._anchor = True, anchor
            self._changed()
            return True
        if anchor == plate.end():
            self.clear()  # the text's selection alone: the page extends it
            return False
        plate.select(anchor, plate.end())  # the title from its anchor on, the text from its start
        text = view.textCursor()
        text.setPosition(0)
        view.setTextCursor(text)  # the page extends its selection from here
        self._changed()
        return False

    def _start(self) -> None:
        self._view.leave_text_for_plate()
        self._dragging = True

    def move(self, event: QMouseEvent) -> bool:
        """Dragging from the plate selects its words, and the text's once it runs into it."""
        if not self._dragging:
            return self._drag_from_text(event)
        view = self._view
        if self.plate.contains(view.document(), self._page_point(event)):
            self.plate.select(self._anchor, self._position(event))
            view.clear_text_selection()
        else:
            self.plate.select(self._anchor, self.plate.end())
            text = QTextCursor(view.document())  # from the text's start to the mouse
            reached = view.cursorForPosition(event.position().toPoint()).position()
            text.setPosition(reached, QTextCursor.MoveMode.KeepAnchor)
            view.setTextCursor(text)
            view.ensureCursorVisible()  # a drag past the page's bottom scrolls it on
        self._changed()
        return True

    def _drag_from_text(self, event: QMouseEvent) -> bool:
        """A drag from the text up into the plate selects the text from its start and the
        title's words from the mouse to their end; back down, the title's are dropped."""
        view = self._view
        if not event.buttons() & Qt.MouseButton.LeftButton:
            return False  # a hover
        if not self.plate.contains(view.document(), self._page_point(event)):
            self.clear()
            return False
        text = view.textCursor()
        text.setPosition(text.anchor())
        text.setPosition(0, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(text)
        self.plate.select(self.plate.end(), self._position(event))
        self._changed()
        return True

    def select_all(self) -> None:
        """Select all the title's words (Select All selected the text's)."""
        self.plate.select(0, self.plate.end())
        self._changed()

    def release(self) -> bool:
        """A drag from the plate ends: the toolbar offers itself for the text's part only."""
        if not self._dragging:
            return False
        self._dragging = False
        self._view.offer_selection_toolbar()
        return True

    def double_click(self, event: QMouseEvent) -> bool:
        """A double-click on the plate selects the title's word there (jieba's, when set)."""
        if not self._on_plate(event):
            return False
        self._start()
        self.plate.select_word(self._position(event), self._view.word_range_provider)
        self._anchor = self.plate.cursor.selectionStart()
        self._changed()
        return True

    def selection_rect(self, rect: QRect) -> QRect:
        """The text's selection ``rect`` from the plate's selected words up, when a drag ran
        from them: the toolbar then sits clear of both, not over the title."""
        if not self.plate.cursor.hasSelection():
            return rect
        top = round(self.plate.selection_top(self._view.document()))
        top -= self._view.verticalScrollBar().value()
        return QRect(rect.left(), top, rect.width(), rect.bottom() - top)
