"""The groups of "all speeches" given to the view a batch at a time.

A mixin of ``AnnotationsModel``. QTreeView lays out every top-level row it knows of on each row
change anywhere (a group coming or going, a reset), asking the Python model and filter about each
heading three times: ~45-60 ms for the 8,666 groups of a big library, at every change. Given
``FETCH_BATCH`` groups at first and more as the list is scrolled near its end
(``AnnotationsDock``), it lays out only those. The model keeps every group; Qt knows of the
first ``_exposed``, and signals go out only for rows it knows of (a change in a group it has
not been given yet is silent: it comes as it is when fetched). A filter looks at every group,
so it asks for all of them (``expose_all``).

Not Qt's ``canFetchMore``/``fetchMore``: QTreeView calls ``fetchMore`` on every layout of the
whole list, so each change anywhere would give it another batch until it had them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from desktop.models.annotation_nodes import Node

if TYPE_CHECKING:
    from desktop.models.annotations_model import AnnotationsModel

    _Base = AnnotationsModel
else:
    _Base = object

FETCH_BATCH = 200
"""Groups of "all speeches" the view is given at a time: some screens of folded headings."""


class FetchMixin(_Base):
    """Top-level rows given to Qt a batch at a time under "all speeches"; every row otherwise."""

    _exposed = 0
    """How many top-level rows Qt has been told of (the first ones)."""
    _in_batches = True
    """Whether groups are given a batch at a time (not while a filter looks at them all)."""

    def set_fetch_in_batches(self, enabled: bool) -> None:
        """Give groups a batch at a time, or (False: a filter is on) all of them, also after
        each new list."""
        self._in_batches = enabled
        if enabled:
            self.limit_exposure()
        else:
            self.expose_all()

    def _expose_after_reset(self) -> None:
        """Inside a reset: the first batch of groups under "all speeches", else every row."""
        count = len(self._root.children)
        batches = self._all_speeches and self._in_batches
        self._exposed = min(count, FETCH_BATCH) if batches else count

    def has_more_groups(self) -> bool:
        """Whether groups wait to be given to the view."""
        return self._exposed < len(self._root.children)

    def fetch_more_groups(self) -> None:
        """Give the view the next ``FETCH_BATCH`` groups."""
        self._expose_through(self._exposed + FETCH_BATCH - 1)

    def expose_all(self) -> None:
        """Give the view every group (a filter is to look at them all)."""
        self._expose_through(len(self._root.children) - 1)

    def limit_exposure(self) -> None:
        """Take back the groups past the first batch (a filter that needed them all went)."""
        if not (self._all_speeches and self._in_batches) or self._exposed <= FETCH_BATCH:
            return
        self.beginRemoveRows(QModelIndex(), FETCH_BATCH, self._exposed - 1)
        self._exposed = FETCH_BATCH
        self.endRemoveRows()

    def reveal(self, annotation_id: str) -> None:
        """Give the view the groups down to the one holding ``annotation_id`` (to select it)."""
        node = self._by_id.get(annotation_id)
        while node is not None and node.parent is not None and node.parent is not self._root:
            node = node.parent
        if node is not None and node.parent is self._root:
            self._expose_through(node.row)

    def _expose_through(self, row: int) -> None:
        last = min(row, len(self._root.children) - 1)
        if last >= self._exposed:
            self.beginInsertRows(QModelIndex(), self._exposed, last)
            self._exposed = last + 1
            self.endInsertRows()

    def _is_shown(self, node: Node) -> bool:
        """Whether Qt knows of ``node``'s row (the root always; a group once given)."""
        parent = node.parent
        if parent is None:
            return True
        if parent is self._root:
            return node.row < self._exposed
        return self._is_shown(parent)

    def _insert_top(self, row: int, nodes: list[Node]) -> None:
        """Put ``nodes`` at ``row`` of the top level; Qt hears of them if within what it knows."""
        children = self._root.children
        told = row < self._exposed or self._exposed == len(children)
        if told:
            self.beginInsertRows(QModelIndex(), row, row + len(nodes) - 1)
        children[row:row] = nodes
        if told:
            self._exposed += len(nodes)
            self.endInsertRows()

    def _remove_top(self, first: int, last: int) -> None:
        """Remove the top-level rows ``first``…``last``; Qt hears of those it knows of."""
        told_last = min(last, self._exposed - 1)
        if first > told_last:
            del self._root.children[first : last + 1]
            return
        self.beginRemoveRows(QModelIndex(), first, told_last)
        del self._root.children[first : last + 1]
        self._exposed -= told_last - first + 1
        self.endRemoveRows()
