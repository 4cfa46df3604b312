"""Where the user is in the search results, kept across a run of the same query.

The library changes (an import, a re-import, a rename, a collection trashed) and the search
panel runs its query again: the hits may have changed. A researcher going through them one by
one must not lose her place, so before the new results replace the old ones the panel takes
``ResultsPlace.of`` the view (the groups open, the current hit and whether it is selected, the
row kept on screen) and puts it back after (``put_back``), each row named by its speech's id and
its hit's offset (``RowPlace``), which outlive the model's rows. A hit gone is replaced by the
nearest one left in its speech; a speech gone leaves nothing selected, and the next row shown
on screen that is still there stays where it was. The list chooses one row at a time (the tree
view's single selection, tested in test_search_dock_place.py): the current row and whether it
is selected are the whole choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint
from PySide6.QtWidgets import QTreeView

from desktop.models.search_results_model import Role, RowPlace, SearchResultsModel

_Flag = QItemSelectionModel.SelectionFlag


@dataclass(frozen=True, slots=True)
class ResultsPlace:
    """The open groups, the current row, and the rows on screen with their height in it."""

    expanded: tuple[int, ...]
    """The speech ids of the groups open, in the order shown."""
    current: RowPlace | None
    selected: bool
    """Whether the current row was selected (not merely the keys' place)."""
    on_screen: tuple[tuple[RowPlace, int], ...]
    """Rows to keep where they were, best first (the current row if in sight, then every row
    in sight from the top), each with its top's y in the viewport."""

    @classmethod
    def of(cls, view: QTreeView, model: SearchResultsModel) -> ResultsPlace:
        """Where ``view`` is in ``model``'s rows now."""
        rows = (model.index(row, 0) for row in range(model.rowCount(QModelIndex())))
        expanded = tuple(index.data(Role.SPEECH_ID) for index in rows if view.isExpanded(index))
        current = view.currentIndex()
        selection = view.selectionModel()
        selected = current.isValid() and selection.isSelected(current)
        return cls(expanded, model.row_place(current), selected, _on_screen(view, model, current))

    def put_back(self, view: QTreeView, model: SearchResultsModel) -> None:
        """Open the same groups, make the same hit current, keep the same row in sight."""
        for speech_id in self.expanded:
            index = model.place_index(RowPlace(speech_id))
            if index.isValid():
                view.expand(index)
        if self.current is not None:
            index = model.place_index(self.current)
            if index.isValid():
                flags = _Flag.ClearAndSelect | _Flag.Rows if self.selected else _Flag.NoUpdate
                view.selectionModel().setCurrentIndex(index, flags)
        for place, top in self.on_screen:
            index = model.place_index(place)
            if index.isValid():
                _scroll_to_height(view, index, top)
                return


def _on_screen(
    view: QTreeView, model: SearchResultsModel, current: QModelIndex
) -> tuple[tuple[RowPlace, int], ...]:
    viewport = view.viewport().rect()
    rows: list[tuple[RowPlace, int]] = []
    if current.isValid():
        rect = view.visualRect(current)
        place = model.row_place(current)
        if place is not None and rect.isValid() and viewport.intersects(rect):
            rows.append((place, rect.top()))
    index = view.indexAt(QPoint(1, 1))
    while index.isValid() and (rect := view.visualRect(index)).top() <= viewport.bottom():
        place = model.row_place(index)
        if place is not None:
            rows.append((place, rect.top()))
        index = view.indexBelow(index)
    return tuple(rows)


def _scroll_to_height(view: QTreeView, index: QModelIndex, top: int) -> None:
    """Scroll ``view`` so that the row at ``index`` has its top at ``top`` (or as near as the
    list's ends allow)."""
    view.scrollTo(index, QTreeView.ScrollHint.PositionAtTop)
    rect = view.visualRect(index)
    # The results scroll a row at a time: the bar counts rows, not pixels.
    per_item = view.verticalScrollMode() == QTreeView.ScrollMode.ScrollPerItem
    step = max(1, rect.height()) if per_item else 1
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + (rect.top() - top) // step)
