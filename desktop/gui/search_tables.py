"""The search panel's hits as a table to copy or export (``dialogs.table_export.TableSource``).

Every hit of the search in the order the results show them (speeches and their lines as sorted
by a column, or in library order as ``search --csv`` writes them; a speech not expanded counts
too), each with its speech, section and context, its collection, date and speaker last: the
fields of ``core.storage.search_table``; a speech the results list as found by its title (a 篇N
speech's) has its title's row before its hits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.core.export.table import Table
from desktop.core.storage.search_result import Hit
from desktop.core.storage.search_table import SEARCH_HEADER, SpeechCells, search_table
from desktop.core.storage.search_titles import TitleHit
from desktop.gui.library_worker import LibraryWorker
from desktop.gui.search_jobs import table_job
from desktop.models.search_nodes import SearchOutcome, SpeechInfo
from desktop.models.search_results_model import SearchResultsModel

_CONTEXT = "SearchTables"
_TITLES = (
    QT_TRANSLATE_NOOP("SearchTables", "Speech ID"),  # the library's, as `list` prints it
    QT_TRANSLATE_NOOP("SearchTables", "Speech"),
    QT_TRANSLATE_NOOP("SearchTables", "Section"),
    QT_TRANSLATE_NOOP("SearchTables", "Start"),
    QT_TRANSLATE_NOOP("SearchTables", "End"),
    QT_TRANSLATE_NOOP("SearchTables", "Before"),
    QT_TRANSLATE_NOOP("SearchTables", "Hit"),
    QT_TRANSLATE_NOOP("SearchTables", "After"),
    QT_TRANSLATE_NOOP("SearchTables", "Annotation"),
    QT_TRANSLATE_NOOP("SearchTables", "Where"),  # text, note or title: codes for scripts
    QT_TRANSLATE_NOOP("SearchTables", "Collection"),
    QT_TRANSLATE_NOOP("SearchTables", "Date"),
    QT_TRANSLATE_NOOP("SearchTables", "Speaker"),
)
assert len(_TITLES) == len(SEARCH_HEADER)


class SearchTables:
    """The hits of the search shown, as a table, made in a worker of its own (``build_table``)."""

    def __init__(self, model: SearchResultsModel, library_path: Path, owner: QObject) -> None:
        self._model = model
        self.query = ""
        self._library_path = library_path
        self._owner = owner
        self._worker: LibraryWorker | None = None  # a thread only once a table is asked for
        self._done: Callable[[Table], None] | None = None
        self._failed: Callable[[Exception], None] | None = None

    def build_table(
        self, done: Callable[[Table], None], failed: Callable[[Exception], None]
    ) -> None:
        """Make the table of every hit in the worker, then call ``done`` with it (GUI thread),
        or ``failed``: each row's snippet and section read its speech, ~0.7 s for 5,000 hits
        of 2,000 speeches, which froze the window on the GUI thread. A newer request
        replaces one still running."""
        outcome = self._model.outcome()
        if outcome is None:
            done(Table.of(SEARCH_HEADER, []))
            return
        cells = {sid: _cells(info) for sid, info in outcome.speeches.items()}
        self._done, self._failed = done, failed
        if self._worker is None:
            self._worker = LibraryWorker(self._library_path, "search-table", self._owner)
            self._worker.finished.connect(self._on_worker_finished)
            self._worker.failed.connect(self._on_worker_failed)
        self._worker.submit(table_job(outcome.result, self._rows_shown(outcome), cells))

    def running_work(self) -> list[str]:
        """What runs in the background ("search table" while a table is made)."""
        return ["search table"] if self._worker is not None and self._worker.is_busy() else []

    def shutdown(self) -> None:
        """Stop making a table and end the worker (the window is closing)."""
        self._done = self._failed = None
        if self._worker is not None:
            self._worker.shutdown()

    def _on_worker_finished(self, _ticket: int, table: Table) -> None:
        done, self._done, self._failed = self._done, None, None
        if done is not None:
            done(table)

    def _on_worker_failed(self, _ticket: int, error: Exception) -> None:
        failed, self._done, self._failed = self._failed, None, None
        if failed is not None:
            failed(error)

    def hit_count(self) -> int:
        """How many rows (hits, and titles holding the query) the table would hold."""
        outcome = self._model.outcome()
        return len(outcome.hits) + len(_titles(outcome)) if outcome is not None else 0

    def export_table(self) -> Table:
        """Every hit, in the order shown."""
        outcome = self._model.outcome()
        if outcome is None:
            return Table.of(SEARCH_HEADER, [])
        speeches = outcome.speeches

        def cells(speech_id: int) -> SpeechCells:
            info = speeches.get(speech_id)
            return SpeechCells("") if info is None else _cells(info)

        return search_table(outcome.result, self._rows_shown(outcome), cells)

    def _rows_shown(self, outcome: SearchOutcome) -> list[Hit | TitleHit]:
        """The hits in the order shown, a speech found by its title led by its title's row."""
        hits = self._model.hits_shown()
        titles = {hit.speech_id: hit for hit in _titles(outcome)}
        if not titles:
            return list(hits)
        rows: list[Hit | TitleHit] = []
        taken = 0
        for speech_id, count in self._model.speech_counts():
            if speech_id in titles:
                rows.append(titles[speech_id])
            rows.extend(hits[taken : taken + count])
            taken += count
        return rows

    def export_titles(self) -> Sequence[str]:
        """The fields' titles in the UI language."""
        return [QCoreApplication.translate(_CONTEXT, title) for title in _TITLES]

    def export_name(self) -> str:
        """The query."""
        return self.query


def _cells(info: SpeechInfo) -> SpeechCells:
    """What a table's rows tell of a speech the results list."""
    return SpeechCells(info.title, info.collection_title, info.date, info.speaker)


def _titles(outcome: SearchOutcome) -> Sequence[TitleHit]:
    """The title hits the results list (none when searching notes)."""
    return () if outcome.notes_only else outcome.result.title_hits
