"""What the counts-by-year dialog runs in its worker: a term's counts over a scope.

A plain function of core taking the worker's own ``Library`` and its ``Cancellation`` (SQLite's
statements are interrupted when it is set: ``LibraryWorker``). Core's counting (with the search
engine) loads in the worker when the job first runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.gui.library_worker import Cancellation
from desktop.gui.search_scope import SearchScope, scope_speeches

if TYPE_CHECKING:
    from desktop.core.storage.library import Library
    from desktop.core.storage.speech_filter import SpeechFilter
    from desktop.core.storage.term_trend import TermTrend, TrendBy


def trend_job(
    term: str, by: TrendBy, scope: SearchScope, speech_filter: SpeechFilter | None = None
) -> Callable[[Library, Cancellation], TermTrend]:
    """The job counting ``term`` (search syntax) per year or speaker over ``scope`` (a
    collection's speeches, else the library's, collections in the trash left out), kept to
    the years and speakers ``speech_filter`` keeps (None: all)."""

    def run(library: Library, _cancelled: Cancellation) -> TermTrend:
        from desktop.core.storage.term_trend import term_trend

        speech_ids = scope_speeches(library.store, scope.kind, scope.key)
        with library.db.read() as conn:
            return term_trend(conn, term, by=by, speech_ids=speech_ids, speech_filter=speech_filter)

    return run
