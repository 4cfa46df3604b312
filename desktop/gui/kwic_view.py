"""A tree view for keyword-in-context results: speech rows across the width, lines in columns.

The left context is right-aligned and elided on its left, so every hit lines up in its column
and keeps the words right before it however narrow the column is.

A speech's row is spanned when it is first painted, not when the results arrive: spanning asks
the model for the row's index and rect, and a common word in a big library has hits in ~10,000
speeches (~0.23 s on the GUI thread to span them all at once, for a screenful seen).

Enter on a speech's row opens or closes it, as a file manager's tree does with a folder: the
view would choose it (``activated``), and a speech's row is no hit to go to, so the key did
nothing and a keyboard user had to know that Right opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView, QWidget

from desktop.gui.text_size import text_px
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
        for column, width in ((Column.WHERE, 160), (Column.LEFT, 180), (Column.HIT, 80)):
            header.resizeSection(column, text_px(self, width))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter on a speech's row opens or closes it; on a line it chooses the line."""
        index = self.currentIndex().siblingAtColumn(0)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        modified = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if enter and not modified and index.isValid() and self.model().hasChildren(index):
            self.setExpanded(index, not self.isExpanded(index))
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Span the speech rows about to be painted, then paint."""
        self._span_speech_rows(event.rect().top(), event.rect().bottom())
        super().paintEvent(event)

    def _span_speech_rows(self, top: int, bottom: int) -> None:
        """A speech's row (its title and count) runs across every column.

        Qt forgets spans when the model resets, and keeps them on the rows they were set on
        when it sorts, so spanning what is shown is enough.
        """
        root = QModelIndex()
        index = self.indexAt(QPoint(0, top))
        while index.isValid() and self.visualRect(index).top() <= bottom:
            if not index.parent().isValid() and not self.isFirstColumnSpanned(index.row(), root):
                self.setFirstColumnSpanned(index.row(), root, True)
            index = self.indexBelow(index)
