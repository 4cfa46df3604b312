"""The search results' speech rows given to the view a batch at a time.

A mixin of ``SearchResultsModel``. A common word in a big library is found in ~10,000
speeches; QTreeView lays out every top-level row it is given, asking this Python model for each
one's ``index``, ``flags`` and ``hasChildren`` (~40 ms of the GUI thread when the results came).
Every speech found is kept as a run (a plain tuple: speech id, first hit, hits, what its row
shows), in the sorted order; only the first ``ROW_BATCH`` become rows at once, and more as the
view nears their end (``gui.batch_feeder.BatchFeeder``: scrolling, PageDown, End), down to a
speech asked for (``speech_index``). End gives the last batch only, the rows given before taken
back (laying out all 10,000 rows was ~65 ms): the rows are then a window of the runs, and the
batches before it come above it as the view nears its top (Home: the first batch again). Sorting
orders the runs and makes the rows given the first ones of the new order (as many as before).
Counts (``speech_counts``, ``speech_total``) are always of every speech found, not of the rows
given.

Not Qt's ``canFetchMore``/``fetchMore`` at the top level (they fetch a speech's lines): QTreeView
calls ``fetchMore`` on every layout of the list, giving it another batch each time until it
had them all (see ``library_batches``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

from desktop.models.search_nodes import (
    SearchOutcome,
    SpeechNode,
    SpeechRun,
    outcome_runs,
)

if TYPE_CHECKING:
    from desktop.models.search_results_model import SearchResultsModel

    _Base = SearchResultsModel
else:
    _Base = object

ROW_BATCH = 200
"""Speech rows given to the view at a time: some screens of them."""


def given_runs(outcome: SearchOutcome | None) -> list[SpeechRun]:
    """The runs of ``outcome``: those the worker made (``in_library_order``), else made here."""
    if outcome is None:
        return []
    return list(outcome.runs) if outcome.runs is not None else outcome_runs(outcome)


class SpeechBatchesMixin(_Base):
    """Speech rows made for a window of the runs only (from the first, or up to the last after
    End); more on request."""

    _runs: list[SpeechRun]
    """Every speech found, in the order shown; those from ``_start`` on are rows."""
    _speeches: list[SpeechNode]
    """The rows given to the view: the runs from ``_start`` on, as many."""
    _start = 0
    """The run of the first row given (0 but after End, until the view is back at the top)."""

    def speech_counts(self) -> list[tuple[int, int]]:
        """(speech id, hits) of every speech found, in the order shown (given as rows or not)."""
        return [(speech_id, count) for speech_id, _first, count, _info in self._runs]

    def speech_total(self) -> int:
        """How many speeches were found (given as rows or not)."""
        return len(self._runs)

    def has_more_rows(self) -> bool:
        """Whether speeches after the last row given wait to be given to the view."""
        return self._start + len(self._speeches) < len(self._runs)

    def has_earlier_rows(self) -> bool:
        """Whether speeches before the first row given wait (after End)."""
        return self._start > 0

    def give_more_rows(self) -> None:
        """Give the view the next ``ROW_BATCH`` speeches."""
        self._give_through(self._start + len(self._speeches) + ROW_BATCH - 1)

    def give_last_rows(self) -> None:
        """End: the view is given the last speech, and those up to it from the rows given or
        from a batch before it, not every speech between (each a row to lay out)."""
        total = len(self._runs)
        if total - self._start - len(self._speeches) > ROW_BATCH:
            self._give_from(total - ROW_BATCH)
        else:
            self._give_through(total - 1)

    def give_first_rows(self) -> None:
        """Home: the view is given the first speech again (and a batch after it)."""
        if self._start > ROW_BATCH:
            self._give_from(0)
        else:
            self._give_earlier(self._start)

    def give_earlier_rows(self) -> None:
        """Give the view the ``ROW_BATCH`` speeches before the first row given, above it."""
        self._give_earlier(min(ROW_BATCH, self._start))

    def rows_before(self) -> int:
        """How many speeches found wait above the first row given (after End)."""
        return self._start

    def rows_after(self) -> int:
        """How many speeches found wait below the last row given."""
        return len(self._runs) - self._start - len(self._speeches)

    def give_rows_around(self, place: int, page: int) -> int:
        """The speech at ``place`` in the order shown and a ``page`` of rows after it are
        given: a batch around it if it waits (the whole list's scroll bar dragged beyond the
        rows given), else more after them if needed; returns its row (-1: no such place)."""
        total = len(self._runs)
        if not 0 <= place < total:
            return -1
        if not self._start <= place < self._start + len(self._speeches):
            self._give_from(max(0, min(place - ROW_BATCH // 2, total - max(ROW_BATCH, page))))
        self._give_through(place + page)
        return place - self._start

    def speech_index(self, speech_id: int) -> QModelIndex:
        """The row of a speech, given to the view first if it waits (invalid if not found)."""
        for place, run in enumerate(self._runs):
            if run[0] == speech_id:
                if place < self._start - ROW_BATCH:
                    self._give_from(place)
                elif place < self._start:
                    self._give_earlier(self._start - place)
                self._give_through(place)
                row = place - self._start
                return self.createIndex(row, 0, self._speeches[row])
        return QModelIndex()

    def _give_through(self, last: int) -> None:
        """Give the runs after the rows given down to the run ``last``."""
        first = self._start + len(self._speeches)
        last = min(last, len(self._runs) - 1)
        if last < first:
            return
        row = len(self._speeches)
        self.beginInsertRows(QModelIndex(), row, row + last - first)
        self._speeches += self._nodes(first, last + 1)
        self.endInsertRows()

    def _give_earlier(self, count: int) -> None:
        """Give the ``count`` runs before the first row given, as rows above it."""
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), 0, count - 1)
        for node in self._speeches:
            node.row += count
        self._start -= count
        self._speeches = self._nodes(self._start, self._start + count) + self._speeches
        self.endInsertRows()

    def _give_from(self, start: int) -> None:
        """The rows given become a batch from the run ``start``: those given are taken back."""
        if self._speeches:
            self.beginRemoveRows(QModelIndex(), 0, len(self._speeches) - 1)
            dropped, self._speeches = self._speeches, []
            self.endRemoveRows()
            for speech in dropped:
                speech.lines = []  # a line refers to its speech: no cycle left
        self._start = start
        self._give_through(start + ROW_BATCH - 1)

    def _nodes(self, start: int, stop: int) -> list[SpeechNode]:
        """New rows for the runs ``start`` to ``stop`` (excluded)."""
        runs = self._runs[start:stop]
        return [
            SpeechNode(row, speech_id, info, first, count)
            for row, (speech_id, first, count, info) in enumerate(runs, start - self._start)
        ]

    def _first_rows(self) -> list[SpeechNode]:
        """The rows of a new result: its first batch."""
        self._start = 0
        return self._nodes(0, min(ROW_BATCH, len(self._runs)))

    def _regive(self) -> list[SpeechNode]:
        """After the runs were sorted: the rows given become the first as many runs, each a
        speech's row it had if it had one; returns the rows no longer given."""
        self._start = 0
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
