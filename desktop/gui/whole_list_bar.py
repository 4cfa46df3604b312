"""A vertical scroll bar over every top-level row of a list whose model gives a window of them.

The search results give their view the speeches found a batch at a time, and after End only
the last batch (``models.search_batches``): laying out all ~10,000 rows through the Python
model cost ~65 ms, and QTreeView asks the model for every row it is given whatever the row
heights. Its own scroll bar covers only the rows given, so its thumb lied about where the user
was and how much was left. This bar stands in for it: its range counts the rows waiting above
and below the window (one unit each: a row not given is never expanded) around the view's own
bar, which still scrolls the rows given, hidden. Moved within the rows given, it moves the
view's bar; dragged beyond them, the model gives a batch around the place and the view shows it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QScrollBar, QWidget


class WindowedRows(Protocol):
    """A model giving its view a window of its top-level rows."""

    def rows_before(self) -> int:
        """Rows waiting above the first row given."""
        ...

    def rows_after(self) -> int:
        """Rows waiting below the last row given."""
        ...

    def give_rows_around(self, place: int, page: int) -> int:
        """Give the row at ``place`` of all and a ``page`` after it; return its row given."""
        ...


class WholeListBar(QScrollBar):
    """The view's vertical scroll bar, over every row of ``rows``, given or waiting."""

    def __init__(self, view: QAbstractItemView, rows: WindowedRows, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("whole_list_bar")
        self._view = view
        self._rows = rows
        # One unit a row, in the view's bar as in the rows waiting (uniform rows, per item).
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._inner = view.verticalScrollBar()
        self._inner.rangeChanged.connect(self.follow)
        self._inner.valueChanged.connect(self.follow)
        model = view.model()
        for signal in ("modelReset", "rowsInserted", "rowsRemoved", "layoutChanged"):
            getattr(model, signal).connect(self.follow)
        self.valueChanged.connect(self._on_self_value_changed)
        self.follow()

    @Slot()
    def follow(self) -> None:
        """Take the view's place and the rows given and waiting (none of it moves the view)."""
        inner = self._inner
        before = self._rows.rows_before()
        blocked = self.blockSignals(True)
        self.setRange(0, before + inner.maximum() + self._rows.rows_after())
        self.setPageStep(inner.pageStep())
        self.setSingleStep(inner.singleStep())
        self.setValue(before + inner.value())
        self.blockSignals(blocked)
        self.setVisible(self.maximum() > 0)

    @Slot(int)
    def _on_self_value_changed(self, value: int) -> None:
        inner = self._inner
        before = self._rows.rows_before()
        if before <= value <= before + inner.maximum():
            inner.setValue(value - before)
            return
        row = self._rows.give_rows_around(self._place(value, before), inner.pageStep())
        if row >= 0:
            self._view.doItemsLayout()
            inner.setValue(row)
        self.follow()

    def _place(self, value: int, before: int) -> int:
        """The row of all at the top when this bar is at ``value``, outside the rows given."""
        if value < before:
            return value
        inner = self._inner
        given = self._view.model().rowCount()
        # The view's rows: those given and their lines shown (a full bar: its range and page).
        shown = inner.maximum() + inner.pageStep() if inner.maximum() > 0 else given
        return value - shown + given
