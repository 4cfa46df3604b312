"""What the annotations dock's rows ask for: jumps, and the actions on the selected annotations.

A mixin of ``AnnotationsDock``. A click, Return or the Go-to action asks to jump to the row's
passage (an orphan jumps nowhere: its old place means nothing in the new text); a click or key
with Ctrl or Shift only chooses rows. Edit Note… (F2, or the context menu) puts the keyboard at
the end of the row's note, as ``edit_note`` does for the window; the row actions and the context
menu ask to copy, recolour, tag, reattach, accept the place of or trash the chosen rows, all at once
when there are several (copied in the list's order). The note being typed is saved first, so it
goes to the trash (or is reattached) as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from desktop.core.annotation import FOUND_ELSEWHERE, AnchorState, Annotation
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
        self._actions.edit_note_triggered.connect(self._on_actions_edit_note_triggered)
        self._actions.copy_triggered.connect(self._on_actions_copy_triggered)
        self._actions.copy_cited_triggered.connect(self._on_actions_copy_cited_triggered)
        self._actions.reattach_triggered.connect(self._on_actions_reattach_triggered)
        self._actions.accept_place_triggered.connect(self._on_actions_accept_place_triggered)
        self._actions.delete_triggered.connect(self._on_actions_delete_triggered)
        self._actions.color_triggered.connect(self._request_color)
        self._actions.add_tag_triggered.connect(self._on_actions_add_tag_triggered)

    @property
    def row_actions(self) -> AnnotationActions:
        """The actions on the selected annotation (go to, copy, colour, reattach, delete)."""
        return self._actions

    def selected_annotations(self) -> list[Annotation]:
        """The chosen annotations, in the list's order (top to bottom)."""
        # Row by row of each selected range (not ``selectedRows``: it wants every column,
        # hidden ones included, and ``selectedIndexes`` names each cell of each row).
        rows: dict[tuple[int, int], QModelIndex] = {}
        for span in self._view.selectionModel().selection():
            first = span.topLeft()
            for row in range(span.top(), span.bottom() + 1):
                index = first.sibling(row, 0)
                rows[_list_order(index)] = index
        found = (rows[place].data(Role.ANNOTATION) for place in sorted(rows))
        return [annotation for annotation in found if annotation is not None]

    def build_context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for the row at ``index`` (None on a group or nothing), made current.

        A row among several chosen keeps them chosen: the menu acts on them all.
        """
        if not index.isValid() or index.data(Role.IS_GROUP):
            return None
        selection = self._view.selectionModel()
        keep = selection.isRowSelected(index.row(), index.parent())
        flag = QItemSelectionModel.SelectionFlag
        command = flag.NoUpdate if keep else flag.ClearAndSelect | flag.Rows
        selection.setCurrentIndex(index, command)
        return self._actions.menu(self)

    def _update_actions(self) -> None:
        selected = self.selected_annotations()
        self._actions.update_for(selected)
        self._editor.setEnabled(len(selected) <= 1)  # one note is edited at a time

    def _request_jump(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(Role.IS_GROUP):
            return
        if index.data(Role.STATE) == AnchorState.ORPHANED:
            return  # its old place means nothing in the new text: the panel says what to do
        start = index.data(Role.START)
        self.jump_requested.emit(index.data(Role.SPEECH_ID), start if start is not None else 0)

    def _request_color(self, color: str) -> None:
        changing = [a.id for a in self.selected_annotations() if a.color != color]
        if len(changing) == 1:
            self.color_change_requested.emit(changing[0], color)
        elif changing:
            self.colors_change_requested.emit(changing, color)

    @Slot(QItemSelection, QItemSelection)
    def _on_view_selection_changed(self, _chosen: QItemSelection, _left: QItemSelection) -> None:
        self._update_actions()

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        if index.data(Role.IS_GROUP):
            self._view.setExpanded(index, not self._view.isExpanded(index))
            return
        if not self._view.choosing:  # Ctrl/Shift+click chooses rows; it goes nowhere
            self._request_jump(index)

    @Slot(QModelIndex)
    def _on_view_return_pressed(self, index: QModelIndex) -> None:
        self._request_jump(index)

    def edit_current_note(self) -> bool:
        """Put the keyboard at the end of the current row's note; False when it cannot be
        edited (no row, a group, several rows chosen, the dock hidden)."""
        index = self._view.currentIndex()
        if (
            not index.isValid()
            or index.data(Role.IS_GROUP)
            or not self._editor.isVisible()
            or not self._editor.isEnabled()
        ):
            return False
        note = self._editor.note_edit
        note.moveCursor(QTextCursor.MoveOperation.End)
        note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

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
    def _on_actions_edit_note_triggered(self) -> None:
        self.edit_current_note()

    @Slot()
    def _on_actions_copy_triggered(self) -> None:
        self._request_copy(cited=False)

    @Slot()
    def _on_actions_copy_cited_triggered(self) -> None:
        self._request_copy(cited=True)

    def _request_copy(self, *, cited: bool) -> None:
        selected = self.selected_annotations()
        if selected:
            self.copy_requested.emit(selected, cited)

    @Slot()
    def _on_actions_add_tag_triggered(self) -> None:
        selected = [annotation.id for annotation in self.selected_annotations()]
        if selected:
            self._editor.flush()  # the tags as typed are kept, and undone in a step of their own
            self.add_tag_requested.emit(selected)

    @Slot()
    def _on_actions_reattach_triggered(self) -> None:
        annotation = self._current()
        if annotation is not None and annotation.state == AnchorState.ORPHANED:
            self._editor.flush()
            self.reattach_requested.emit(annotation.id)

    @Slot()
    def _on_actions_accept_place_triggered(self) -> None:
        chosen = [a.id for a in self.selected_annotations() if a.state in FOUND_ELSEWHERE]
        if chosen:
            self._editor.flush()  # the note as typed is kept, and undone in a step of its own
            self.accept_place_requested.emit(chosen)

    @Slot()
    def _on_actions_delete_triggered(self) -> None:
        selected = [annotation.id for annotation in self.selected_annotations()]
        if not selected:
            return
        self._editor.flush()  # the note as typed goes to the trash (and comes back with undo)
        if len(selected) == 1:
            self.delete_requested.emit(selected[0])
        else:
            self.many_delete_requested.emit(selected)


def _list_order(index: QModelIndex) -> tuple[int, int]:
    """Where a row is in the list: its group's row (or its own at the top), then its own."""
    parent = index.parent()
    return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)
