"""The search results' rows by what outlives a search run: a speech's id, a hit's offset.

A mixin of ``SearchResultsModel``. When the library changes the query runs again and the model
is reset with new rows; the search panel keeps its place (the groups open, the chosen hit, the
row in view) by asking each row's ``row_place`` before and ``place_index`` after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt

from desktop.models import AnyIndex
from desktop.models.search_nodes import Column, SpeechNode

if TYPE_CHECKING:
    from desktop.models.search_results_model import SearchResultsModel

    _Base = SearchResultsModel
else:
    _Base = object


@dataclass(frozen=True, slots=True)
class RowPlace:
    """A row of the results by its speech and, for a hit's line, the hit's start (into the
    speech's text, or into its note's searchable text for a hit in a note)."""

    speech_id: int
    start: int | None = None
    """None: the speech's own row."""
    annotation_id: str | None = None


class RowPlacesMixin(_Base):
    """Name a row by its place, and find the row at a place in new results."""

    def row_place(self, index: AnyIndex) -> RowPlace | None:
        """The place of the row at ``index`` (None for an invalid index)."""
        if not index.isValid() or self._outcome is None:
            return None
        node = index.internalPointer()
        if isinstance(node, SpeechNode):
            return RowPlace(node.speech_id)
        hit = self._outcome.hits[node.hit_index]
        return RowPlace(hit.speech_id, hit.start, hit.annotation_id)

    def place_index(self, place: RowPlace) -> QModelIndex:
        """The row at ``place`` in the results shown: its speech's row, or the line of the
        same hit, else of the nearest one left in that speech (its lines fetched down to it);
        invalid if the speech was not found this time."""
        parent = self.speech_index(place.speech_id)
        if not parent.isValid() or place.start is None:
            return parent
        speech: SpeechNode = parent.internalPointer()
        if speech.count == 0:
            return parent  # found by its title alone now
        if speech.order is None and self._sort != (Column.WHERE, Qt.SortOrder.AscendingOrder):
            speech.order = self._line_order(speech.first, speech.count)
        hit_index = self._nearest_hit(speech, place)
        order = speech.order
        row = order.index(hit_index) if order is not None else hit_index - speech.first
        while len(speech.lines) <= row and self.canFetchMore(parent):
            self.fetchMore(parent)
        return self.createIndex(row, 0, speech.lines[row])

    def _nearest_hit(self, speech: SpeechNode, place: RowPlace) -> int:
        """The hit of ``speech`` at ``place``'s start or nearest to it (in the same note first,
        for a hit in a note: its offsets are into that note)."""
        assert self._outcome is not None
        assert place.start is not None
        hits = self._outcome.hits
        start = place.start

        def distance(index: int) -> tuple[bool, int, int]:
            hit = hits[index]
            return (hit.annotation_id != place.annotation_id, abs(hit.start - start), index)

        return min(range(speech.first, speech.first + speech.count), key=distance)
