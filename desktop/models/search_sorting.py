"""The search results' sorting: speeches by library order or hit count, lines by context.

A mixin of ``SearchResultsModel`` (see its docstring for what each column's order means).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from desktop.core.storage.search_index import Snippet
from desktop.models.search_nodes import (
    CONTEXT_WIDTH,
    Column,
    LineNode,
    SpeechNode,
    release_lines,
)

if TYPE_CHECKING:
    from desktop.models.search_results_model import SearchResultsModel

    _Base = SearchResultsModel
else:
    _Base = object


class SortingMixin(_Base):
    """Sort the speeches found and, inside each, its lines."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order speeches and, inside each, their lines (see the model module's docstring)."""
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        nodes = [(index.internalPointer(), index.column()) for index in before]
        self._sort = (column, order)
        self._order_runs()
        dropped = self._regive()
        for speech in self._speeches:
            speech.order = None
            if speech.lines:
                self._reorder_lines(speech)
        after = [self._index_of(node, column) for node, column in nodes]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        release_lines(dropped)

    def _order_runs(self, *, in_library_order: bool = False) -> None:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        reverse = descending and column == Column.WHERE
        if column == Column.HIT:
            self._runs.sort(key=lambda run: (-run[2], run[3].rank), reverse=descending)
        elif reverse or not in_library_order:  # the worker's runs are in library order
            self._runs.sort(key=lambda run: run[3].rank, reverse=reverse)

    def _reorder_lines(self, speech: SpeechNode) -> None:
        """Put a fetched speech's rows in the new order, keeping how many are fetched."""
        speech.order = self._line_order(speech.first, speech.count)
        by_hit = {line.hit_index: line for line in speech.lines}
        fetched = len(speech.lines)
        speech.lines = []
        for row, hit_index in enumerate(speech.order[:fetched]):
            line = by_hit.get(hit_index) or LineNode(speech, row, hit_index)
            line.row = row
            speech.lines.append(line)

    def _line_order(self, first: int, count: int) -> list[int]:
        indices = list(range(first, first + count))
        column, order = self._sort
        key = self._line_key(column)
        if key is not None:
            indices.sort(key=key)
        if order == Qt.SortOrder.DescendingOrder:
            indices.reverse()
        return indices

    def _line_key(self, column: int) -> Callable[[int], Any] | None:
        outcome = self._outcome
        if column == Column.WHERE or outcome is None:
            return None

        def context(index: int) -> Snippet:
            return outcome.result.snippet(outcome.hits[index], CONTEXT_WIDTH)

        if column == Column.LEFT:
            return lambda index: (context(index).left[::-1], index)
        if column == Column.RIGHT:
            return lambda index: (context(index).right, index)
        return lambda index: (context(index).match, context(index).right, index)

    def _hit_index(self, speech: SpeechNode, row: int) -> int:
        return speech.order[row] if speech.order is not None else speech.first + row

    def _index_of(self, node: object, column: int) -> QModelIndex:
        if isinstance(node, SpeechNode) and self._is_given(node):
            return self.createIndex(node.row, column, node)
        if isinstance(node, LineNode) and self._is_given(node.speech):
            lines = node.speech.lines
            if node.row < len(lines) and lines[node.row] is node:
                return self.createIndex(node.row, column, node)
        return QModelIndex()
