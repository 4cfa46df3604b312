"""Gives the library tree more of a big collection's speeches as they come near the view.

``LibraryTreeModel`` makes rows of a collection's speeches ``ROW_BATCH`` at a time
(``library_batches``). This asks it for the next batch of an unfolded collection when the last
row given comes within a screen below the view (scrolling, PageDown, Down), and for all of them
before End moves to the tree's last row. A collection whose last row is above the view (the
scroll bar dragged past it) is left as it is: its rows are not pushed under the reader's eyes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeView

from desktop.models.library_tree import LibraryTreeModel, TreeNode


class LibraryTreeBatches(QObject):
    """Asks ``model`` for more rows of the collections ``tree`` shows near their end."""

    def __init__(
        self, model: LibraryTreeModel, proxy: QSortFilterProxyModel, tree: QTreeView
    ) -> None:
        super().__init__(tree)
        self._model = model
        self._proxy = proxy
        self._tree = tree
        bar = tree.verticalScrollBar()
        bar.valueChanged.connect(self._on_bar_changed)
        bar.rangeChanged.connect(self._on_bar_changed)
        tree.installEventFilter(self)

    @Slot()
    def _on_bar_changed(self, *_args: object) -> None:
        for collection in self._model.collections_waiting():
            index = self._shown_index(collection)
            near = index is not None and self._ends_near_view(index)
            if near and self._model.has_more_rows(collection):
                self._model.give_more_rows(collection)

    def _shown_index(self, collection: TreeNode) -> QModelIndex | None:
        """The view's index of an unfolded collection's row (None when folded or hidden)."""
        index = self._proxy.mapFromSource(self._model.index_of(collection))
        return index if index.isValid() and self._tree.isExpanded(index) else None

    def _ends_near_view(self, parent: QModelIndex) -> bool:
        """Whether the last row under ``parent`` is in view or less than a screen below it."""
        rows = self._proxy.rowCount(parent)
        last = self._proxy.index(rows - 1, 0, parent) if rows else parent
        rect = self._tree.visualRect(last)
        height = self._tree.viewport().height()
        return rect.isValid() and rect.bottom() >= 0 and rect.top() < 2 * height

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Before End moves to the tree's last row: every row of its last collection."""
        pressed = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if pressed and event.key() == Qt.Key.Key_End:  # Ctrl+End too: End, a modifier held
            self._give_last_collection()
        return super().eventFilter(watched, event)

    def _give_last_collection(self) -> None:
        rows = self._proxy.rowCount()
        if not rows:
            return
        index = self._proxy.index(rows - 1, 0)
        collection = self._model.node(self._proxy.mapToSource(index))
        if collection is not None and collection.waiting and self._tree.isExpanded(index):
            self._model.give_all_rows(collection)
