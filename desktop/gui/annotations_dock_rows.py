"""What the annotations dock's rows ask for: jumps, and the actions on the selected annotation.

A mixin of ``AnnotationsDock``. A click, Return or the Go-to action asks to jump to the row's
passage (an orphan jumps nowhere: its old place means nothing in the new text); F2 puts the
keyboard in the row's note; the row actions and the context menu ask to copy, recolour,
reattach or trash it. The note being typed is saved first, so it goes to the trash (or is
reattached) as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMenu

from desktop.core.annotation import AnchorState
from desktop.gui.annotation_actions import AnnotationActions
from desktop.models.annotations_model import Role

if TYPE_CHECKING:
    from desktop.gui.annotations_dock import AnnotationsDock

    _Base = AnnotationsDock
else:
    _Base = object


class RowRequestsMixin(_Base):
    """Turn clicks, keys, the row actions and the context menu into the dock's requests."""

    def _build_actions(self) -> None:
        self._actions = AnnotationActions(self._view)
        self._actions.jump_triggered.connect(self._on_actions_jump_triggered)
        self._actions.copy_triggered.connect(self._on_actions_copy_triggered)
        self._actions.reattach_triggered.connect(self._on_actions_reattach_triggered)
        self._actions.delete_triggered.connect(self._on_actions_delete_triggered)
        self._actions.color_triggered.connect(self._request_color)

    @property
    def row_actions(self) -> AnnotationActions:
        """The actions on the selected annotation (go to, copy, colour, reattach, delete)."""
        return self._actions

    def build_context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for the row at ``index`` (None on a group or nothing), made current."""
        if not index.isValid() or index.data(Role.IS_GROUP):
            return None
        self._view.setCurrentIndex(index)
        return self._actions.menu(self)

    def _update_actions(self) -> None:
        self._actions.update_for(self._current())

    def _request_jump(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(Role.IS_GROUP):
            return
        if index.data(Role.STATE) == AnchorState.ORPHANED:
            return  # its old place means nothing in the new text: the panel says what to do
        start = index.data(Role.START)
        self.jump_requested.emit(index.data(Role.SPEECH_ID), start if start is not None else 0)

    def _request_color(self, color: str) -> None:
        annotation = self._current()
        if annotation is not None and annotation.color != color:
            self.color_change_requested.emit(annotation.id, color)

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        if index.data(Role.IS_GROUP):
            self._view.setExpanded(index, not self._view.isExpanded(index))
            return
        self._request_jump(index)

    @Slot(QModelIndex)
    def _on_view_return_pressed(self, index: QModelIndex) -> None:
        self._request_jump(index)

    @Slot(QModelIndex)
    def _on_view_edit_pressed(self, index: QModelIndex) -> None:
        if index.isValid() and not index.data(Role.IS_GROUP) and self._editor.isVisible():
            note = self._editor.note_edit
            note.moveCursor(QTextCursor.MoveOperation.End)
            note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(QPoint)
    def _on_view_context_menu_requested(self, point: QPoint) -> None:
        menu = self.build_context_menu(self._view.indexAt(point))
        if menu is not None:
            menu.exec(self._view.viewport().mapToGlobal(point))
            menu.deleteLater()

    @Slot()
    def _on_actions_jump_triggered(self) -> None:
        self._request_jump(self._view.currentIndex())

    @Slot()
    def _on_actions_copy_triggered(self) -> None:
        annotation = self._current()
        if annotation is not None:
            QGuiApplication.clipboard().setText(annotation.quote.exact)

    @Slot()
    def _on_actions_reattach_triggered(self) -> None:
        annotation = self._current()
        if annotation is not None and annotation.state == AnchorState.ORPHANED:
            self._editor.flush()
            self.reattach_requested.emit(annotation.id)

    @Slot()
    def _on_actions_delete_triggered(self) -> None:
        annotation = self._current()
        if annotation is not None:
            self._editor.flush()  # the note as typed goes to the trash (and comes back with undo)
            self.delete_requested.emit(annotation.id)
