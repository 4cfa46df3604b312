"""A vertical scroll bar over every top-level row of a list whose model gives a window of them.

The search results give their view the speeches found a batch at a time, and after End only
the last batch (``models.search_batches``); the annotations dock's "all speeches" gives its
groups a batch at a time (``models.annotations_fetch``): laying out all ~10,000 rows through the
Python model costs tens of ms at every change. The view's own scroll bar covers only the rows
given, so its thumb jumped and shrank as rows came and lied about how much was left. This bar
stands in for it, in its place inside the view's frame: its range counts the rows waiting above
and below the window around the view's own bar, which still scrolls the rows given, hidden.
Moved within the rows given, it moves the view's bar; dragged beyond them, the model gives the
rows around the place and the view shows them.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QAbstractItemView, QScrollBar


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
    """The view's vertical scroll bar, over every row of ``rows``, given or waiting.

    It takes the place of the view's own bar, inside the view's frame (a widget of the bar's
    area, the view's own bar hidden there), and scrolls as the view does: a unit per row
    (``ScrollPerItem``), or per pixel, a row waiting then counting as the rows given do on
    average (folded headings in the annotations dock: one height each).
    """

    def __init__(self, view: QAbstractItemView, rows: WindowedRows) -> None:
        super().__init__(Qt.Orientation.Vertical, view)
        self.setObjectName("whole_list_bar")
        self._view = view
        self._rows = rows
        self._inner = view.verticalScrollBar()
        view.addScrollBarWidget(self, Qt.AlignmentFlag.AlignTop)
        self._inner.hide()
        self._inner.rangeChanged.connect(self._on_inner_range_changed)
        view.viewport().installEventFilter(self)  # its height is the page: see eventFilter
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
        unit = self._row_units()
        before = round(self._rows.rows_before() * unit)
        blocked = self.blockSignals(True)
        self.setRange(0, before + inner.maximum() + round(self._rows.rows_after() * unit))
        self.setPageStep(inner.pageStep())
        self.setSingleStep(inner.singleStep())
        self.setValue(before + inner.value())
        self.blockSignals(blocked)
        # The bar's area (this bar, the view's own hidden in it) shown as the view's bar is.
        policy = Qt.ScrollBarPolicy
        wanted = policy.ScrollBarAlwaysOn if self.maximum() > 0 else policy.ScrollBarAlwaysOff
        if self._view.verticalScrollBarPolicy() != wanted:
            self._view.setVerticalScrollBarPolicy(wanted)

    @Slot()
    def _on_inner_range_changed(self) -> None:
        """Follow now, and again once the view has set its page step: Qt sets its bar's range
        first (``QTreeView::updateScrollBars``), and no signal tells of the step."""
        self.follow()
        QTimer.singleShot(0, self, self.follow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A resized viewport changes the view's page step, its range sometimes not (the list
        at its end): followed once the view has laid itself out again."""
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.follow)
        return super().eventFilter(watched, event)

    def _row_units(self) -> float:
        """The bar's units a row waiting counts: one per item, else the rows given's mean."""
        view = self._view
        if view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            return 1.0
        given = view.model().rowCount()
        inner = self._inner
        return (inner.maximum() + inner.pageStep()) / given if given else 1.0

    @Slot(int)
    def _on_self_value_changed(self, value: int) -> None:
        inner = self._inner
        unit = self._row_units()
        before = round(self._rows.rows_before() * unit)
        if before <= value <= before + inner.maximum():
            inner.setValue(value - before)
            return
        place = self._place(value, before, unit)
        row = self._rows.give_rows_around(place, max(1, round(inner.pageStep() / unit)))
        if row >= 0:
            self._show_row(row, at_end=value >= self.maximum())
        self.follow()

    def _show_row(self, row: int, *, at_end: bool) -> None:
        """The view on ``row`` of those given, at its top; at the end, on the last page."""
        view = self._view
        view.doItemsLayout()
        if at_end:
            self._inner.setValue(self._inner.maximum())
        elif view.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            self._inner.setValue(row)
        else:
            index = view.model().index(row, 0)
            view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _place(self, value: int, before: int, unit: float) -> int:
        """The row of all at the top when this bar is at ``value``, outside the rows given."""
        if value < before:
            return int(value / unit)
        inner = self._inner
        given = self._view.model().rowCount()
        # The view's rows: those given and their lines shown (a full bar: its range and page).
        shown = inner.maximum() + inner.pageStep() if inner.maximum() > 0 else given * unit
        return given + int((value - before - shown) / unit) + self._rows.rows_before()
