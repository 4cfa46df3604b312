"""The terms panel's background work: finding the terms of the scope asked for, and keeping the
library's word counts up to date.

``TermsFinder`` owns the panel's two workers. It turns the scope and the speech being read into
a ``TermsRequest``, runs it in the terms worker (a new request cancelling the one before; the
whole library's outcome kept until the library changes), counts the library's words in the
other worker and asks again once more speeches are counted (better IDF), and keeps each job's
progress figures. The word counts write to the library, a batch of speeches per transaction,
each behind the gate of ``word_counts`` (a ``BackgroundWriter`` the window's session follows
while they run: its writes never wait on them). It never touches a widget: the dock lists
what ``listed`` brings and writes its status line from ``state()`` when ``status_changed``
says it changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from desktop.gui.background_writer import BackgroundWriter
from desktop.gui.library_worker import LibraryWorker
from desktop.gui.search_scope import ScopeKind
from desktop.gui.terms_jobs import (
    JobProgress,
    TermsOutcome,
    TermsRequest,
    terms_job,
    word_count_job,
)
from desktop.gui.terms_status import TermsState

if TYPE_CHECKING:  # types only: the modules load in the workers, at a job's first run
    from desktop.core.chinese.keywords import DocumentFrequencies
    from desktop.core.chinese.segmenter import Segmenter
    from desktop.core.chinese.terms import IdfSource
    from desktop.core.storage.library_terms import LibraryTotals

_log = logging.getLogger(__name__)


class TermsFinder(QObject):
    """Finds the terms of the panel's scope in one worker; counts the library's words in another."""

    listed = Signal(object)
    """(TermsOutcome or None): the terms to list now (None: no list)."""
    failed = Signal()
    """Finding the terms failed (logged); ``listed`` has emptied the lists."""
    status_changed = Signal()
    """A job started or ended, or its figures moved: the status line is out of date."""

    def __init__(
        self,
        library_path: Path,
        scope: Callable[[], ScopeKind],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._scope = scope
        self.library_path = library_path
        self.speech: tuple[int | None, int | None] = (None, None)
        """(speech id, collection id) of the speech being read."""
        self.shown: TermsRequest | None = None
        """The request whose terms are listed."""
        self.idf: IdfSource | None = None
        """What the keyword scores listed weigh against."""
        self._segmenter: Segmenter | None = None
        self._frequencies: DocumentFrequencies | None = None
        self._coverage: tuple[int, int] | None = None
        self._library_outcome: TermsOutcome | None = None  # until the library changes
        self._library_totals: LibraryTotals | None = None
        """What the last whole-library outcome summed: the next one updates it (in the worker)."""
        self._reading = JobProgress(self)
        self._counting = JobProgress(self)
        self._figures: dict[JobProgress, tuple[int, int]] = {}
        self.worker = LibraryWorker(library_path, "terms", self)
        self.counter = LibraryWorker(library_path, "word-counts", self)
        self.word_counts = BackgroundWriter(self)
        """The counts' transactions' gate: ``began`` before each count, ``stopped`` once idle."""
        self.counter.idle.connect(self.word_counts.stop)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        self._reading.progressed.connect(self._on_progressed)
        self._counting.progressed.connect(self._on_progressed)
        self.counter.finished.connect(self._on_counter_finished)
        self.counter.failed.connect(self._on_counter_failed)

    def set_segmenter(self, segmenter: Segmenter | None) -> None:
        """jieba is ready (or not, None): count the library's words, then find the terms."""
        self._segmenter = segmenter
        if segmenter is not None:
            self._count_words()
            self.request()

    def refresh(self) -> None:
        """The library changed: count new speeches' words and find the terms again."""
        self._frequencies = None
        self.shown = None
        self._library_outcome = None
        self._count_words()
        self.request()

    def wanted(self) -> TermsRequest | None:
        """The request of the scope chosen for the speech being read (None: nothing to ask)."""
        speech_id, collection_id = self.speech
        if self._scope() == ScopeKind.LIBRARY:
            return TermsRequest(ScopeKind.LIBRARY)
        if self._scope() == ScopeKind.COLLECTION and collection_id is not None:
            return TermsRequest(ScopeKind.COLLECTION, collection_id)
        if speech_id is not None:
            return TermsRequest(ScopeKind.SPEECH, speech_id)
        return None

    def request(self) -> None:
        """Find the terms wanted now, cancelling any search for others."""
        wanted = self.wanted()
        if wanted is None or self._segmenter is None:
            self.worker.cancel()
            self.shown = None
            self._list(None)
            return
        if wanted.kind == ScopeKind.LIBRARY and self._library_outcome is not None:
            self.worker.cancel()
            self._on_worker_finished(self.worker.ticket, self._library_outcome)
            return
        self._figures.pop(self._reading, None)
        totals = self._library_totals if wanted.kind == ScopeKind.LIBRARY else None
        job = terms_job(wanted, self._segmenter, self._frequencies, self._reading, totals)
        self.worker.submit(job)
        self.status_changed.emit()

    def state(self) -> TermsState:
        """What the status line says, as of now."""
        return TermsState(
            scope=self._scope(),
            jieba_ready=self._segmenter is not None,
            finding=self.worker.is_busy(),
            counting=self.counter.is_busy(),
            speech_open=self.speech[0] is not None,
            idf=self.idf,
            coverage=self._coverage,
            reading=self._figures.get(self._reading) if self.worker.is_busy() else None,
            counted=self._figures.get(self._counting) if self.counter.is_busy() else None,
        )

    def _count_words(self) -> None:
        if self._segmenter is not None:
            self._figures.pop(self._counting, None)
            self.word_counts.begin()
            job = word_count_job(self._segmenter, self._counting, self.word_counts.storing)
            self.counter.submit(job)

    def _list(self, outcome: TermsOutcome | None) -> None:
        self.idf = outcome.report.idf if outcome is not None else None
        self.listed.emit(outcome)

    @Slot(int, object)
    def _on_worker_finished(self, _ticket: int, outcome: TermsOutcome) -> None:
        if outcome.frequencies is not None:
            self._frequencies = outcome.frequencies
        self._coverage = outcome.coverage
        if outcome.request.kind == ScopeKind.LIBRARY:
            self._library_outcome = outcome
            self._library_totals = outcome.totals
        self.shown = outcome.request
        self._list(outcome)

    @Slot(int, object)
    def _on_worker_failed(self, _ticket: int, error: Exception) -> None:
        _log.warning("finding terms failed: %s", error)
        self.shown = None
        self._list(None)
        self.failed.emit()

    @Slot(int, object)
    def _on_counter_finished(self, _ticket: int, counted: int) -> None:
        if counted:
            self._frequencies = None  # more speeches counted: better IDF
            self._library_outcome = None
            self.request()
        self.status_changed.emit()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        sender = self.sender()
        assert isinstance(sender, JobProgress)
        self._figures[sender] = (done, total)
        self.status_changed.emit()

    @Slot(int, object)
    def _on_counter_failed(self, _ticket: int, error: Exception) -> None:
        _log.warning("counting the library's words failed: %s", error)
        self.status_changed.emit()

    def running_work(self) -> list[str]:
        """What runs in the background."""
        running = ["terms"] if self.worker.is_busy() else []
        return running + (["word-counts"] if self.counter.is_busy() else [])

    def shutdown(self) -> None:
        """Stop both workers and release their connections (the window is closing)."""
        self.worker.shutdown()
        self.counter.shutdown()
