"""Which annotation the dock's list has chosen, and choosing one without asking for a jump.

A mixin of ``AnnotationsDock``. ``select_annotation`` shows the row of a highlight clicked in the
reader (clearing filters that hide it); moves the dock makes itself run ``_quietly``, so they ask
for no jump back. A row chosen with the keyboard asks for a jump and shows its editor; the row
left goes from the list once its edits stopped it matching the filters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Slot
from PySide6.QtWidgets import QAbstractItemView

from desktop.core.annotation import Annotation
from desktop.models.annotations_model import Role

if TYPE_CHECKING:
    from desktop.gui.annotations_dock import AnnotationsDock

    _Base = AnnotationsDock
else:
    _Base = object


class SelectionMixin(_Base):
    """The chosen row: read, set quietly, and followed by the editor and jumps."""

    _quiet: int  # >0 while the dock itself moves the selection: no jump requests

    def selected_annotation_id(self) -> str | None:
        """The id of the selected annotation."""
        # The current row: a press makes the row current before it selects it; among several
        # chosen rows it is the one last clicked.
        index = self._view.currentIndex()
        if not index.isValid() or index.data(Role.IS_GROUP):
            return None
        return index.data(Role.ID)

    def select_annotation(self, annotation_id: str) -> bool:
        """Select and show an annotation's row (clearing filters that hide it); no jump request."""
        if self._model.annotation(annotation_id) is None:
            return False
        side = self._model.reveal(annotation_id)
        if not self._proxy.mapFromSource(self._model.index_of(annotation_id)).isValid():
            self.clear_filters()  # a reset: the list is at its top again
            side = 0
        with self._quietly():
            return self._select(annotation_id, side)

    def edit_note(self, annotation_id: str) -> bool:
        """Select an annotation's row and put the keyboard at the end of its note (as F2 does);
        False when it is not in the list or the dock is hidden."""
        return self.select_annotation(annotation_id) and self.edit_current_note()

    def _quietly(self) -> _Quiet:
        return _Quiet(self)

    def _select(self, annotation_id: str, side: int = 0) -> bool:
        # Given in a window of groups above or below those shown (``side``: -1, 1), the list
        # comes to it from the window's end or top: "ensure visible" stops as it did before.
        side = self._model.reveal(annotation_id) or side
        if side < 0:
            self._view.scrollToBottom()
        elif side > 0:
            self._view.scrollToTop()
        index = self._proxy.mapFromSource(self._model.index_of(annotation_id))
        if not index.isValid():
            return False
        flag = QItemSelectionModel.SelectionFlag
        self._view.selectionModel().setCurrentIndex(index, flag.ClearAndSelect | flag.Rows)
        self._view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _current(self) -> Annotation | None:
        annotation_id = self.selected_annotation_id()
        return self._model.annotation(annotation_id) if annotation_id else None

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        annotation = current.data(Role.ANNOTATION) if current.isValid() else None
        # The note typed in the row left is sent first, while that row is still kept listed.
        self._editor.set_annotation(annotation)
        chosen = annotation.id if annotation is not None else None
        left = self._proxy.kept_listed
        self._proxy.keep_listed(chosen)
        if left is not None and left != chosen:
            # Once the press or key is over: rows moving under a press turn its click into a
            # click on another row.
            self._view.after_gesture(lambda: self._drop_unless_matching(left))
        self._show_details(annotation)
        self._update_actions()
        view = self._view
        if not (self._quiet or view.in_mouse_press or view.choosing or view.taking_focus):
            self._request_jump(current)  # moved with the keyboard

    def _drop_unless_matching(self, annotation_id: str) -> None:
        """The row left goes if its edits stopped it matching the filters; the current row
        stays on screen where it was (as far as the list can scroll)."""
        annotation = self._model.annotation(annotation_id)
        if annotation is None or annotation_id == self._proxy.kept_listed:
            return  # gone, or chosen again
        if self._proxy.accepts(annotation):
            return
        view = self._view
        top = view.visualRect(view.currentIndex()).top()
        with self._quietly():
            self._model.judge_again(annotation_id)
        moved = view.visualRect(view.currentIndex()).top() - top
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + moved)
        self._update_state()


class _Quiet:
    """While active, selection changes made by the dock itself ask for no jump."""

    def __init__(self, dock: SelectionMixin) -> None:
        self._dock = dock

    def __enter__(self) -> None:
        self._dock._quiet += 1

    def __exit__(self, *exc: object) -> None:
        self._dock._quiet -= 1
