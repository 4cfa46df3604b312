"""Selecting the title plate's words with the mouse, alone or on into the text below it.

A mixin of ``ReaderView`` before ``ReaderEvents``: a press on the room above the text (the
``TitlePlate``'s) selects in the plate's own document, never in the page's, which must hold the
canonical text only. A drag that runs on into the text selects the plate's words to its end
and the text from its start, so Copy copies both; the highlight and note actions see only the
text's part, as they see only the page's cursor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor

if TYPE_CHECKING:
    from desktop.gui.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object


class ReaderPlateMouse(_Base):
    """Mouse presses, drags and double-clicks over the title plate."""

    _plate_dragging = False
    _plate_anchor = 0

    def _page_point(self, event: QMouseEvent) -> QPointF:
        """The event's place in the page's document coordinates."""
        scroll = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        return event.position() + scroll

    def _on_plate(self, event: QMouseEvent) -> bool:
        """Whether a left-button ``event`` is over a title plate."""
        plate = self._title_plate
        return (
            plate is not None
            and event.button() == Qt.MouseButton.LeftButton
            and plate.contains(self.document(), self._page_point(event))
        )

    def clear_plate_selection(self) -> None:
        """Drop the plate's selection, if any, and show that it is gone."""
        if self._title_plate is not None and self._title_plate.clear_selection():
            self.viewport().update()
            self._update_action_state()

    def plate_selected_text(self) -> str:
        """The title's words selected, or the empty string."""
        return self._title_plate.selected_text() if self._title_plate is not None else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A left press on the plate starts selecting in it; anywhere else, drops its
        selection (a right press keeps it: the menu's Copy is for it)."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clear_plate_selection()
        if not self._on_plate(event):
            super().mousePressEvent(event)
            return
        self._start_plate_selection()
        self._plate_anchor = self._plate_position(event)
        event.accept()

    def _start_plate_selection(self) -> None:
        self._hide_toolbar()
        self.setCursorWidth(0)
        self._clear_selection()
        self._plate_dragging = True

    def _plate_position(self, event: QMouseEvent) -> int:
        assert self._title_plate is not None
        return self._title_plate.position_at(self.document(), self._page_point(event))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Dragging from the plate selects its words, and the text's once it runs into it."""
        plate = self._title_plate
        if not self._plate_dragging or plate is None:
            super().mouseMoveEvent(event)
            return
        if plate.contains(self.document(), self._page_point(event)):
            plate.select(self._plate_anchor, self._plate_position(event))
            self._clear_selection()
        else:
            plate.select(self._plate_anchor, self._plate_anchor)
            plate.select_to_end()
            text = QTextCursor(self.document())  # from the text's start to the mouse
            reached = self.cursorForPosition(event.position().toPoint()).position()
            text.setPosition(reached, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(text)
        self.viewport().update()
        self._update_action_state()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A drag from the plate ends: the toolbar offers itself for the text's part only."""
        if not self._plate_dragging:
            super().mouseReleaseEvent(event)
            return
        self._plate_dragging = False
        if self.textCursor().hasSelection():
            self._show_toolbar()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click on the plate selects the title's word there (jieba's, when set)."""
        if not self._on_plate(event) or self._title_plate is None:
            super().mouseDoubleClickEvent(event)
            return
        self._start_plate_selection()
        self._title_plate.select_word(self._plate_position(event), self.word_range_provider)
        self._plate_anchor = self._title_plate.cursor.selectionStart()
        self.viewport().update()
        self._update_action_state()
        event.accept()

    def _selection_rect(self) -> QRect | None:
        """The text's selection, from the plate's selected words when a drag ran from them:
        the toolbar then sits clear of both, not over the title."""
        rect = super()._selection_rect()
        plate = self._title_plate
        if rect is None or plate is None or not plate.cursor.hasSelection():
            return rect
        top = round(plate.selection_top(self.document())) - self.verticalScrollBar().value()
        return QRect(rect.left(), top, rect.width(), rect.bottom() - top)
