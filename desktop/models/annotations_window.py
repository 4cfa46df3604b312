"""A window of the annotations model's groups given to the view, away from the first ones.

A mixin of ``AnnotationsModel`` beside ``FetchMixin``. Selecting an annotation far down "all
speeches" (a highlight clicked in the reader, a jump from search, a filter keeping the
selection) gave the view every group down to it: thousands of headings, each laid out through
Python (``flags``, ``hasChildren``), and once its group opened each one measured (``sizeHint``)
at every layout, 80-260 ms a selection. The group far down comes instead with the groups around
it (``reveal``): the rows above them wait there, and come back a batch at a time as the view
nears its top (``BatchFeeder``'s ``EarlierRows``), Home giving the first groups again. The whole
list's scroll bar (``WholeListBar``) counts the groups waiting above (``groups_before``).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from desktop.models import annotations_fetch
from desktop.models.annotation_nodes import Node
from desktop.models.annotations_fetch import every_group, list_row

if TYPE_CHECKING:
    from desktop.models.annotations_model import AnnotationsModel

    _Base = AnnotationsModel
else:
    _Base = object


class WindowMixin(_Base):
    """The view given a window of the groups from ``_first`` (``FetchMixin``'s rows)."""

    def groups_before(self) -> int:
        """How many groups wait above those given (a reveal far down), as ``groups_waiting``."""
        if self._given is None:
            return self._first
        known = self._known_in_order()
        if known is not None:
            return bisect_left(known, self._first, key=list_row)
        return self._share(self._first)

    def has_earlier_groups(self) -> bool:
        """Whether groups wait above those given."""
        return self._first > 0

    def give_earlier_groups(self) -> None:
        """Give the view the batch of groups before those given (a filter's, if on)."""
        if self._first == 0:
            return
        start, found = self._wanted_before(self._first)
        if not found:
            self._first = start  # a filter shows none of them
            return
        self.beginInsertRows(QModelIndex(), 0, len(found) - 1)
        if self._given is not None:
            self._given[0:0] = found
            self._given_rows = None
        self._first = start
        self.endInsertRows()

    def _wanted_before(self, stop: int, count: int | None = None) -> tuple[int, list[Node]]:
        """The last ``count`` groups wanted above top-level row ``stop``, and the first row
        looked at (0 when fewer are left); ``count``: a batch (``FETCH_BATCH``)."""
        count = annotations_fetch.FETCH_BATCH if count is None else count
        if self._given is None:
            start = max(0, stop - count)
            return start, self._root.children[start:stop]
        known = self._known_in_order()
        if known is not None:
            found = known[: bisect_left(known, stop, key=list_row)][-count:]
        else:
            found = []
            wanted = self._wanted or every_group
            for row in range(stop - 1, -1, -1):
                node = self._root.children[row]
                if wanted(node):
                    found.append(node)
                    if len(found) == count:
                        break
            found.reverse()
        start = found[0].row if found and len(found) == count else 0
        return start, found

    def give_first_groups(self) -> None:
        """Give the view the first groups again, the window far down taken back (Home)."""
        if self._first:
            self._give_window(0)

    def give_groups_at(self, place: int) -> None:
        """Give the view the groups around the ``place``-th of those waiting above the rows
        given that the filters show (the whole list's bar dragged up there)."""
        self._give_window(self._row_waiting_at(place))

    def _row_waiting_at(self, place: int) -> int:
        """The top-level row of the ``place``-th group shown of those above ``_first``."""
        if self._given is None:
            return min(place, self._first)
        known = self._known_in_order()
        if known is not None:
            return known[min(place, len(known) - 1)].row if known else 0
        wanted, seen = self._wanted or every_group, 0
        for row in range(self._first):
            if wanted(self._root.children[row]):
                if seen == place:
                    return row
                seen += 1
        return max(self._first - 1, 0)

    def _give_window(self, row: int) -> None:
        """Give the view only the groups around top-level ``row`` (half a batch above it, a
        batch in all; those a filter shows): the rows given before are taken back."""
        start = self._wanted_before(row, annotations_fetch.FETCH_BATCH // 2)[0] if row else 0
        shown = self._top_count()
        if shown:
            self.beginRemoveRows(QModelIndex(), 0, shown - 1)
        self._first = self._exposed = start
        self._given_rows = None
        if self._given is not None:
            self._given = []  # the groups stay in the list: only Qt's rows go
        if shown:
            self.endRemoveRows()
        self._expose_through(max(row, self._batch_end(start) - 1))
