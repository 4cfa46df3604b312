"""Which rows of the library tree hold the filter's words, asked of a worker.

On a library of 10,000 speeches the query (``LibraryStore.title_matches``: outline labels and
titles, the ancestors of each match) and its sets took ~90 ms on the GUI thread after each pause
in typing. A ``LibraryWorker`` reads it on its own connection; the latest question wins.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.storage.library import Library
from desktop.gui.library_worker import Cancellation, LibraryWorker

_log = logging.getLogger(__name__)


class TitleMatchesFinder(QObject):
    """Finds ``TitleMatches`` for a text in a worker thread; reports the latest only."""

    found = Signal(str, object)
    """The text asked about and its ``TitleMatches``."""
    failed = Signal(str)
    """The text whose matches could not be read (the caller asks on its own connection)."""

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = LibraryWorker(library_path, "title filter", self)
        self._worker.finished.connect(self._on_worker_finished)
        self._worker.failed.connect(self._on_worker_failed)
        self._asked: dict[int, str] = {}

    def find(self, text: str) -> None:
        """Read the matches of ``text`` (a question still running is dropped)."""

        def job(library: Library, _cancelled: Cancellation) -> object:
            return library.store.title_matches(text)

        self._asked = {self._worker.submit(job): text}

    def cancel(self) -> None:
        """Drop the question running, if any: its answer will not be reported."""
        self._worker.cancel()
        self._asked = {}

    def running_work(self) -> list[str]:
        """The question's name while it runs (the window waits for none at closing)."""
        return ["title filter"] if self._worker.is_busy() else []

    def shutdown(self) -> None:
        """Stop the question and end the worker's thread (the window is closing)."""
        self._worker.shutdown()

    @Slot(int, object)
    def _on_worker_finished(self, ticket: int, result: object) -> None:
        text = self._asked.pop(ticket, None)
        if text is not None:
            self.found.emit(text, result)

    @Slot(int, object)
    def _on_worker_failed(self, ticket: int, error: object) -> None:
        text = self._asked.pop(ticket, None)
        if text is not None:
            _log.warning("finding the titles holding %r failed: %r", text, error)
            self.failed.emit(text)
