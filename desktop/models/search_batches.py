"""The search results' speech rows given to the view a batch at a time.

A mixin of ``SearchResultsModel``. A common word in a big library is found in ~10,000
speeches; QTreeView lays out every top-level row it is given, asking this Python model for each
one's ``index``, ``flags`` and ``hasChildren`` (~40 ms of the GUI thread when the results came).
Every speech found is kept as a run (a plain tuple: speech id, first hit, hits, what its row
shows), in the sorted order; only the first ``ROW_BATCH`` become rows at once, and more as the
view nears their end (``gui.batch_feeder.BatchFeeder``: scrolling, PageDown, End), down to a
speech asked for (``speech_index``). Sorting orders the runs and makes the rows given the first
ones of the new order (as many as before). Counts (``speech_counts``, ``speech_total``) are
always of every speech found, not of the rows given.

Not Qt's ``canFetchMore``/``fetchMore`` at the top level (they fetch a speech's lines): QTreeView
calls ``fetchMore`` on every layout of the list, giving it another batch each time until it
had them all (see ``library_batches``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from desktop.models.search_nodes import SearchOutcome, SpeechInfo, SpeechNode, speech_runs

if TYPE_CHECKING:
    from desktop.models.search_results_model import SearchResultsModel

    _Base = SearchResultsModel
else:
    _Base = object

ROW_BATCH = 200
"""Speech rows given to the view at a time: some screens of them."""

SpeechRun = tuple[int, int, int, SpeechInfo]
"""A speech found: its id, its first hit's index in the result, its hits, what its row shows."""


def outcome_runs(outcome: SearchOutcome) -> list[SpeechRun]:
    """Every speech ``outcome`` found, as runs in the order of its hits."""
    infos = outcome.speeches
    return [
        (speech_id, first, count, infos.get(speech_id) or _unnamed(speech_id))
        for speech_id, first, count in speech_runs(outcome)
    ]


def _unnamed(speech_id: int) -> SpeechInfo:
    return SpeechInfo(str(speech_id), (0, speech_id))


class SpeechBatchesMixin(_Base):
    """Speech rows made for the first runs only; more on request."""

    _runs: list[SpeechRun]
    """Every speech found, in the order shown; the first ``len(_speeches)`` are rows."""
    _speeches: list[SpeechNode]
    """The rows given to the view."""

    def speech_counts(self) -> list[tuple[int, int]]:
        """(speech id, hits) of every speech found, in the order shown (given as rows or not)."""
        return [(speech_id, count) for speech_id, _first, count, _info in self._runs]

    def speech_total(self) -> int:
        """How many speeches were found (given as rows or not)."""
        return len(self._runs)

    def has_more_rows(self) -> bool:
        """Whether speeches wait to be given to the view."""
        return len(self._speeches) < len(self._runs)

    def give_more_rows(self) -> None:
        """Give the view the next ``ROW_BATCH`` speeches."""
        self._give_through(len(self._speeches) + ROW_BATCH - 1)

    def give_all_rows(self) -> None:
        """Give the view every speech (End: the last one)."""
        self._give_through(len(self._runs) - 1)

    def speech_index(self, speech_id: int) -> QModelIndex:
        """The row of a speech, given to the view first if it waits (invalid if not found)."""
        for row, run in enumerate(self._runs):
            if run[0] == speech_id:
                self._give_through(row)
                return self.createIndex(row, 0, self._speeches[row])
        return QModelIndex()

    def _give_through(self, last: int) -> None:
        first = len(self._speeches)
        last = min(last, len(self._runs) - 1)
        if last < first:
            return
        self.beginInsertRows(QModelIndex(), first, last)
        self._speeches += self._nodes(first, last + 1)
        self.endInsertRows()

    def _nodes(self, start: int, stop: int) -> list[SpeechNode]:
        """New rows for the runs ``start`` to ``stop`` (excluded)."""
        runs = self._runs[start:stop]
        return [
            SpeechNode(row, speech_id, info, first, count)
            for row, (speech_id, first, count, info) in enumerate(runs, start)
        ]

    def _first_rows(self) -> list[SpeechNode]:
        """The rows of a new result: its first batch."""
        return self._nodes(0, min(ROW_BATCH, len(self._runs)))

    def _regive(self) -> list[SpeechNode]:
        """After the runs were sorted: the rows given become the first as many runs, each a
        speech's row it had if it had one; returns the rows no longer given."""
        had = {node.speech_id: node for node in self._speeches}
        given = []
        for row, (speech_id, first, count, info) in enumerate(self._runs[: len(self._speeches)]):
            node = had.pop(speech_id, None) or SpeechNode(row, speech_id, info, first, count)
            node.row = row
            given.append(node)
        self._speeches = given
        return list(had.values())

    def _is_given(self, speech: SpeechNode) -> bool:
        """Whether ``speech`` is one of the rows the view is given now."""
        row = speech.row
        return row < len(self._speeches) and self._speeches[row] is speech
