"""The annotations dock's list as a window of rows for its whole list's scroll bar.

"All speeches" gives the view its groups a batch at a time and End gives every one
(``FetchMixin``); an annotation selected far down comes with the groups around it only
(``WindowMixin``): the rows waiting above and below are the groups not given yet that the
filters show. The bar (``WholeListBar``) counts them so its thumb says how much of the list is
left, and a drag beyond the rows given asks for the groups down to it (above them: around it).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from desktop.models.annotation_filter import AnnotationFilter
from desktop.models.annotations_model import AnnotationsModel


class GroupsWaiting:
    """The dock's rows given and waiting, in the view's rows (the filter's top level)."""

    def __init__(self, model: AnnotationsModel, proxy: AnnotationFilter) -> None:
        self._model = model
        self._proxy = proxy

    def rows_before(self) -> int:
        """The groups waiting above those given (after a reveal far down) that the filters
        show."""
        return self._model.groups_before()

    def rows_after(self) -> int:
        """The groups not given yet that the filters show."""
        return self._model.groups_waiting()

    def give_rows_around(self, place: int, page: int) -> int:
        """Give the groups down to ``page`` rows after the view's row ``place``; return the
        row given nearest it (-1: no such place)."""
        before = self.rows_before()
        if not 0 <= place < before + self._proxy.rowCount() + self.rows_after():
            return -1
        if place < before:  # the groups around it, not every group down to the rows given
            self._model.give_groups_at(place)
            before = self.rows_before()
        place = max(place - before, 0)
        self._model.give_groups_through(self._model_row(place + page))
        return min(place, self._proxy.rowCount() - 1)

    def _model_row(self, place: int) -> int:
        """The model's top-level row at the view's ``place`` (the filter hides none given)."""
        # A group given that stopped matching is hidden by the filter: a row or two, at most.
        return place + self._model.rowCount() - self._proxy.rowCount()


def group_row(proxy: AnnotationFilter, model: AnnotationsModel, key: int | str) -> QModelIndex:
    """The list's row of the group ``key`` (a speech id, or the orphans'); invalid when it is
    not listed (not given to the view yet, or hidden by the filters)."""
    return proxy.mapFromSource(model.group_index(key))
