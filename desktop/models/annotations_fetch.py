"""The groups of "all speeches" given to the view a batch at a time.

A mixin of ``AnnotationsModel``. QTreeView lays out every top-level row it knows of on each row
change anywhere (a group coming or going, a reset), asking the Python model and filter about each
heading three times: ~45-60 ms for the 8,666 groups of a big library, at every change. Given
``FETCH_BATCH`` groups at first and more as the list is scrolled near its end
(``AnnotationsDock``), it lays out only those. The model keeps every group; Qt knows of the
first ``_exposed``, and signals go out only for rows it knows of (a change in a group it has
not been given yet is silent: it comes as it is when fetched). Under a filter a batch is
``FETCH_BATCH`` groups that match (``set_group_filter``): the proxy then looks at the rows up
to the last of them, not at all 8,666, and the view lays out only the groups that match.

Not Qt's ``canFetchMore``/``fetchMore``: QTreeView calls ``fetchMore`` on every layout of the
whole list, so each change anywhere would give it another batch until it had them all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from desktop.models.annotation_nodes import Node, release

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
    _wanted: Callable[[Node], bool] | None = None
    """Which groups a batch counts (those a filter shows), or None for every group."""

    def set_group_filter(self, wanted: Callable[[Node], bool] | None) -> None:
        """Count only the groups ``wanted`` says a filter shows in each batch (None: every
        group), and give Qt the first batch of them now (a reset), also after each new list."""
        # One reset, not rows given or taken: the filter (``AnnotationFilter``) is reset by it,
        # where rows given one by one would each be filtered, then all again after its reset.
        self.beginResetModel()
        self._wanted = wanted
        self._expose_after_reset()
        self.endResetModel()

    def choose_group_filter(self, wanted: Callable[[Node], bool] | None) -> None:
        """As ``set_group_filter``, for the next reset (a new list coming, filtered once)."""
        self._wanted = wanted

    def _expose_after_reset(self) -> None:
        """Inside a reset: the first batch of groups under "all speeches", else every row."""
        count = len(self._root.children)
        self._exposed = self._batch_end(0) if self._all_speeches else count

    def _batch_end(self, start: int) -> int:
        """How many top-level rows hold the next ``FETCH_BATCH`` groups counted from ``start``."""
        children = self._root.children
        wanted = self._wanted
        if wanted is None:
            return min(len(children), start + FETCH_BATCH)
        found = 0
        for row in range(start, len(children)):
            if wanted(children[row]):
                found += 1
                if found == FETCH_BATCH:
                    return row + 1
        return len(children)

    def has_more_groups(self) -> bool:
        """Whether groups wait to be given to the view."""
        return self._exposed < len(self._root.children)

    def fetch_more_groups(self) -> None:
        """Give the view the next ``FETCH_BATCH`` groups (that a filter shows, if one is on)."""
        self._expose_through(self._batch_end(self._exposed) - 1)

    def expose_all(self) -> None:
        """Give the view every group (End: the last annotation of all)."""
        self._expose_through(len(self._root.children) - 1)

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

    def _insert_children(self, parent: Node, row: int, nodes: list[Node]) -> None:
        """Put ``nodes`` at ``row`` under ``parent``; Qt hears of them if it knows ``parent``."""
        if parent is self._root:
            self._insert_top(row, nodes)
        elif self._is_shown(parent):
            self.beginInsertRows(self._index_of(parent), row, row + len(nodes) - 1)
            parent.children[row:row] = nodes
            self.endInsertRows()
        else:
            parent.children[row:row] = nodes  # Qt has not been given the group yet

    def _remove_children(self, parent: Node, first: int, last: int) -> None:
        """Remove ``parent``'s rows ``first``…``last``; Qt hears of those it knows of."""
        if parent is self._root:
            self._remove_top(first, last)
        elif self._is_shown(parent):
            self.beginRemoveRows(self._index_of(parent), first, last)
            removed = parent.children[first : last + 1]
            del parent.children[first : last + 1]
            self.endRemoveRows()
            release(removed)
        else:
            release(parent.children[first : last + 1])
            del parent.children[first : last + 1]  # Qt has not been given the group yet

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
        removed = self._root.children[first : last + 1]
        if first > told_last:
            del self._root.children[first : last + 1]
            release(removed)
            return
        self.beginRemoveRows(QModelIndex(), first, told_last)
        del self._root.children[first : last + 1]
        self._exposed -= told_last - first + 1
        self.endRemoveRows()
        release(removed)
