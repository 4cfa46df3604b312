"""What the terms panel runs in its workers: terms of a speech, a collection or the whole
library, and word counts.

The whole library's terms are read from the counts the word-count job keeps (seconds), never by
segmenting its texts again (minutes): until every speech is counted they cover those counted.
A read-only library (a colleague's, on a CD) cannot store counts: while some are missing its
terms are read from its texts in memory, for this run (the panel keeps the outcome).

Plain functions of core, each taking the worker's own ``Library`` and its ``Cancellation``.
Core's counting and reading modules load in the worker when a job first runs: the panel's first
open lists nothing before jieba is ready, and importing them there cost it ~20-45 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.gui.library_worker import Cancellation
from desktop.gui.search_scope import ScopeKind, scope_speeches

if TYPE_CHECKING:
    from desktop.core.chinese.keywords import DocumentFrequencies
    from desktop.core.chinese.segmenter import Segmenter
    from desktop.core.chinese.terms import TermsReport
    from desktop.core.storage.library import Library
    from desktop.core.storage.library_terms import LibraryTotals


@dataclass(frozen=True, slots=True)
class TermsRequest:
    """Whose terms: a speech's, a collection's (their ids) or the library's (no key)."""

    kind: ScopeKind
    key: int | None = None


@dataclass(frozen=True, slots=True)
class TermsOutcome:
    """The terms found for a request, the library frequencies their keywords used (None for
    the whole library's), how many of how many speeches they cover, and (the whole library's)
    the totals they were made from, for the next request to bring up to date."""

    request: TermsRequest
    report: TermsReport
    frequencies: DocumentFrequencies | None
    coverage: tuple[int, int] | None = None
    totals: LibraryTotals | None = field(default=None, compare=False, repr=False)


class JobProgress(QObject):
    """Tells the GUI thread how far a job has come: emitted in the worker, heard queued."""

    progressed = Signal(int, int)
    """(done, total)."""

    def reporter(self, cancelled: Cancellation) -> Callable[[int, int], None]:
        """What a job calls with its figures: silent once the job is cancelled (superseded)."""

        def report(done: int, total: int) -> None:
            if not cancelled():
                self.progressed.emit(done, total)

        return report


def terms_job(
    request: TermsRequest,
    segmenter: Segmenter,
    frequencies: DocumentFrequencies | None,
    progress: JobProgress | None = None,
    totals: LibraryTotals | None = None,
) -> Callable[[Library, Cancellation], TermsOutcome]:
    """The job finding the terms of ``request`` (reading the library's frequencies if None);
    the whole library's report their progress to ``progress``, and are brought up to date
    from ``totals`` (an earlier outcome's, this worker's alone) when given."""

    def run(library: Library, cancelled: Cancellation) -> TermsOutcome:
        from desktop.core.storage.library_terms import library_terms, update_library_terms
        from desktop.core.storage.word_frequencies import document_frequencies, stale_speeches

        if request.kind == ScopeKind.LIBRARY and library.db.read_only:
            with library.db.read() as conn:
                uncounted = bool(stale_speeches(conn))
            if uncounted:  # counts it cannot store: its texts are read instead (slower)
                return _texts_terms(library, request, segmenter, None, cancelled)
        if request.kind == ScopeKind.LIBRARY:
            report = progress.reporter(cancelled) if progress is not None else None
            with library.db.read() as conn:
                if totals is not None:
                    # A change of a few speeches: ~0.4 s on 10,000, not a full read's ~2-3 s.
                    # Its full read (counts replaced meanwhile, or many changed) says how far.
                    found = update_library_terms(conn, totals, progress=report, cancelled=cancelled)
                else:
                    found = library_terms(conn, progress=report, cancelled=cancelled)
            coverage = (found.counted, found.speeches)
            return TermsOutcome(request, found.report, frequencies, coverage, found.totals)
        used = frequencies
        if used is None:
            with library.db.read() as conn:
                used = document_frequencies(conn)
        return _texts_terms(library, request, segmenter, used, cancelled)

    return run


def _texts_terms(
    library: Library,
    request: TermsRequest,
    segmenter: Segmenter,
    frequencies: DocumentFrequencies | None,
    cancelled: Cancellation,
) -> TermsOutcome:
    """The terms of the request's speeches, read from their texts (the whole library's in a
    read-only library: weighed against general usage, as from its counts)."""
    from desktop.core.chinese.terms import text_terms

    store = library.store
    speech_ids = scope_speeches(store, request.kind, request.key)
    if speech_ids is None:  # every speech (none in the trash)
        speech_ids = store.speech_order()
    texts = [(speech_id, store.speech_text(speech_id)) for speech_id in speech_ids]
    report = text_terms(texts, segmenter, frequencies, wait=True, cancelled=cancelled)
    assert report is not None  # wait=True: jieba is loaded if it was not
    whole = request.kind == ScopeKind.LIBRARY
    return TermsOutcome(request, report, frequencies, (len(texts), len(texts)) if whole else None)


def word_count_job(
    segmenter: Segmenter,
    progress: JobProgress | None = None,
    storing: Callable[[bool], None] | None = None,
) -> Callable[[Library, Cancellation], int]:
    """The job counting the words of every speech not counted yet (slow once, then quick);
    ``storing`` brackets each batch's transaction (a ``BackgroundWriter``'s)."""

    def run(library: Library, cancelled: Cancellation) -> int:
        from desktop.core.storage.word_frequencies import update_word_frequencies

        if library.db.read_only:  # no counts to store: the terms read its texts (terms_job)
            return 0
        report = progress.reporter(cancelled) if progress is not None else None
        return update_word_frequencies(
            library.db, segmenter, progress=report, cancelled=cancelled, storing=storing
        )

    return run
