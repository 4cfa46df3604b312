"""A tree view for keyword-in-context results: speech rows across the width, lines in columns.

The left context is right-aligned and elided on its left, so every hit lines up in its column
and keeps the words right before it however narrow the column is.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Slot
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from desktop.models.search_results_model import Column


class _ElideLeftDelegate(QStyledItemDelegate):
    """The left context keeps its end (next to the hit) when the column is too narrow."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Elide on the left."""
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class KwicTreeView(QTreeView):
    """Shows a SearchResultsModel: sortable by clicking a column's header."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setSortingEnabled(True)
        self.sortByColumn(Column.WHERE, Qt.SortOrder.AscendingOrder)
        self.setItemDelegateForColumn(Column.LEFT, _ElideLeftDelegate(self))
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(True)
        header.resizeSection(Column.WHERE, 160)
        header.resizeSection(Column.LEFT, 180)
        header.resizeSection(Column.HIT, 80)
        model.modelReset.connect(self._span_speech_rows)
        model.layoutChanged.connect(self._span_speech_rows)

    @Slot()
    def _span_speech_rows(self) -> None:
        """A speech's row (its title and count) runs across every column."""
        model = self.model()
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
