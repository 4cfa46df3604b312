"""The search dock's searching: running a query in the worker and showing what it found.

A mixin of ``SearchDock``. A query the index cannot take is explained at once, without asking
the worker; a scope with nothing in it (no speech open, no collection) says so; otherwise the
query runs in the dock's worker, a new one cancelling the one before, and its outcome fills the
results with a summary of the counts, or a message says why nothing could be found.

When the library changes the same query runs again (``refresh``): its results come with the
panel kept where the user was in them (``search_place``); a query asked anew starts at the top.
A text search's count of hits in annotations is a link to them (``notes_link``). When only
annotations change (``refresh_notes``), a search of the notes runs again, and its
rows follow; a text search only finds its hits in annotations anew (its summary's count, and
the hits behind it): its hits in speech texts, and the user's place in them, are as they were,
and the finding is one query of the notes' index.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, Slot

from desktop.core.errors import PizhuError, QueryError
from desktop.core.storage.search_index import Query, parse_query
from desktop.core.storage.search_result import SearchResult
from desktop.core.text_templates import fill
from desktop.gui.beside_or_under import keep_counts_whole
from desktop.gui.search_filter_row import describe_filter
from desktop.gui.search_jobs import ScopeKind, SearchScope, note_hits_job, search_job
from desktop.gui.search_messages import query_error_message, search_failure_message
from desktop.gui.search_place import ResultsPlace
from desktop.models.search_results_model import SearchOutcome

if TYPE_CHECKING:
    from desktop.core.storage.speech_filter import SpeechFilter
    from desktop.gui.search_dock import SearchDock

    _Base = SearchDock
else:
    _Base = object

_log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
"""How long typing must pause before the query runs."""


class TextSource(Protocol):
    """What the dock reads on the GUI thread to describe hits: texts and section paths."""

    def speech_text(self, speech_id: int) -> str:
        """A speech's canonical text."""
        ...

    def section_path(self, speech_id: int, offset: int) -> str:
        """The headings above ``offset`` in a speech, on one line."""
        ...


class QueryRunsMixin(_Base):
    """Run the query typed in the dock and show its hits, their counts or why there are none."""

    _keep_place = False
    """Whether the search the timer waits to run is the same query run again (``refresh``)."""
    _kept_ticket: int | None = None
    """The worker's ticket of such a run: its results keep the panel's place."""

    _run_scope: SearchScope | None = None
    """The scope of the last search run."""
    _count_ticket: int | None = None
    """The worker's ticket of a new finding of the shown text search's hits in notes."""

    def refresh(self, collection_ids: Collection[int] | None = None) -> None:
        """The library changed: run the query again, the panel kept where the user was.

        ``collection_ids``: only these collections' speeches came, went or changed; a search
        in another collection (or in a speech of another) would find what it found."""
        if not self.query_text().strip() or not self._may_find_else(collection_ids):
            return
        # A search the user asked for that waits to run starts fresh, as it would have.
        keep = self._keep_place or not self._timer.isActive()
        self._schedule(0)
        self._keep_place = keep

    def refresh_notes(self) -> None:
        """Only annotations changed (a note edited, annotations imported): a search of the
        notes runs again; a text search shown counts its hits in annotations anew."""
        outcome = self.model.outcome()
        searching = self.worker.is_busy() and self._count_ticket is None
        if self.scope().notes_only or searching:
            self.refresh()  # a search running may have read the notes before the change
        elif outcome is not None and not self._timer.isActive() and self._run_scope is not None:
            job = note_hits_job(outcome.result.query, self._run_scope)
            self._count_ticket = self.worker.submit(job)

    def _may_find_else(self, collection_ids: Collection[int] | None) -> bool:
        scope = self.scope()
        if collection_ids is None or scope != self._run_scope:
            return True  # the box may name another collection now (the one searched went)
        if scope.kind == ScopeKind.COLLECTION:
            return scope.key in collection_ids
        if scope.kind == ScopeKind.SPEECH:
            return self._speech[1] in collection_ids
        return True

    @Slot()
    def _on_filter_changed(self) -> None:
        """Years or speakers edited: searched again when the typing pauses, as the query is."""
        if self.query_text().strip():
            self.worker.cancel()  # what runs is stale now
            self._schedule(DEBOUNCE_MS)

    @Slot()
    def _on_timer_timeout(self) -> None:
        keep, self._keep_place = self._keep_place, False
        self._search(keep=keep)

    @Slot()
    def search_now(self) -> None:
        """Run what is typed, in the chosen scope (a parse error is shown at once)."""
        self._keep_place = False
        self._search(keep=False)

    def _search(self, *, keep: bool) -> None:
        self._timer.stop()
        self._kept_ticket = None
        text = self.query_text()
        if not text.strip():
            self.worker.cancel()
            self._show(None)
            return
        try:
            query = parse_query(text)
        except QueryError as error:
            self.worker.cancel()
            self._show(None, partial(query_error_message, error))
            return
        self._run(query, keep=keep)

    def _run(self, query: Query, *, keep: bool = False) -> None:
        self._count_ticket = None
        scope = self._run_scope = self.scope()
        if scope.kind != ScopeKind.LIBRARY and scope.key is None:
            self._show(None, partial(self._missing_scope_message, scope.kind))
            return
        job = search_job(query, scope, self._texts.speech_text, self._texts.section_path)
        ticket = self.worker.submit(job)
        self._kept_ticket = ticket if keep else None
        self.summary.setText(self.tr("Searching…"))
        self.summary.show()
        self.notes_link.hide()  # its count is the last search's

    def _missing_scope_message(self, kind: ScopeKind) -> str:
        if kind == ScopeKind.SPEECH:
            return self.tr("Open a speech to search in it.")
        return self.tr("There is no collection to search in.")

    @Slot(int, object)
    def _on_worker_finished(self, ticket: int, outcome: SearchOutcome | SearchResult) -> None:
        if isinstance(outcome, SearchResult):
            self._on_notes_counted(ticket, outcome)
        else:
            self._show(outcome, keep=ticket == self._kept_ticket)

    def _on_notes_counted(self, ticket: int, found: SearchResult) -> None:
        """The shown text search's hits in annotations found anew: its result holds them (its
        count, and the hits themselves, of the notes as they now are), its summary says so."""
        outcome = self.model.outcome()
        if ticket != self._count_ticket or outcome is None:
            return
        self._count_ticket = None
        outcome.result.take_note_hits(found)  # its rows are the texts' hits: they stay
        self._show_summary(outcome)
        self.notes_counted.emit()

    @Slot(int, object)
    def _on_worker_failed(self, ticket: int, error: Exception) -> None:
        if ticket == self._count_ticket:  # the count shown stays: the hits are as they were
            self._count_ticket = None
            _log.warning("counting the hits in notes failed: %s", error)
            return
        if isinstance(error, QueryError):
            self._show(None, partial(query_error_message, error))
            return
        _log.warning("search failed: %s", error)
        known = error if isinstance(error, PizhuError) else None
        self._show(None, partial(search_failure_message, known))

    def _show(
        self,
        outcome: SearchOutcome | None,
        message: Callable[[], str] | None = None,
        *,
        keep: bool = False,
    ) -> None:
        """Show results (and their summary) or a message instead; ``keep``: the same query's
        new results, the panel kept where it was in the last."""
        place = ResultsPlace.of(self.view, self.model) if keep and outcome is not None else None
        self.model.set_outcome(outcome)
        self._message = message
        self._show_summary(outcome)
        self.message.setText(message() if message is not None else "")
        self.message.setVisible(message is not None)
        self._last_opened = None
        if outcome is not None and self.model.speech_total() == 1:
            self.view.expand(self.model.index(0, 0))
        if place is not None:
            place.put_back(self.view, self.model)
        self.searched.emit()

    def _show_summary(self, outcome: SearchOutcome | None) -> None:
        """The counts (none without results), and the link to the hits in annotations that a
        text search counted."""
        summary = self._summary(outcome) if outcome is not None else ""
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        result = outcome.result if outcome is not None and not outcome.notes_only else None
        if result is None or not result.note_total:
            self.notes_link.hide()
            return
        figure = QLocale().toString(result.note_total)
        if result.text_total or result.title_hits:
            self.notes_link.setText(fill(self.tr("In annotations: %1"), figure))
        else:  # after "no hits in the texts;"
            self.notes_link.setText(fill(self.tr("%1 in annotations"), figure))
        self.notes_link.setAccessibleName(
            fill(self.tr("Show the hits in annotations (%1)"), figure)
        )
        self.notes_link.setToolTip(
            self.tr("Search the annotations for these words (ticks Annotations only)")
        )
        self.notes_link.show()

    def _summary(self, outcome: SearchOutcome) -> str:
        """The counts, after the filter they keep to ("2019–2021 · 王某某: Hits: 37 · …")."""
        text = keep_counts_whole(self._counts_summary(outcome))  # wraps between counts only
        described = describe_filter(self._run_filter())
        return fill(self.tr("%1: %2"), described, text) if described else text

    def _run_filter(self) -> SpeechFilter | None:
        return self._run_scope.speech_filter if self._run_scope is not None else None

    def _counts_summary(self, outcome: SearchOutcome) -> str:
        result = outcome.result
        figure = QLocale().toString  # 10,000 as the UI's locale writes it, as the status bar
        speeches = figure(self.model.speech_total())
        if outcome.notes_only:
            if not result.note_total:
                return self.tr("No annotation contains these words.")
            text = self.tr("Hits in annotations: %1 · Speeches: %2")
            return fill(text, figure(result.note_total), speeches)
        titles = figure(len(result.title_hits))
        if result.text_total:
            text = fill(self.tr("Hits: %1 · Speeches: %2"), figure(result.text_total), speeches)
            if result.title_hits:
                text += fill(self.tr(" · In titles: %1"), titles)
        elif result.title_hits:
            text = fill(self.tr("In titles: %1"), titles)
        elif result.note_total:  # the advice would say to search otherwise: the link does
            text = self.tr("No hits in the speech texts;")
        else:
            text = self._no_hits()
        return text  # the hits in annotations: ``notes_link``

    def _no_hits(self) -> str:
        """ "No hits", with what to try next: a wider scope, or fewer words (each must be in
        the speech, exactly as typed)."""
        speech_filter = self._run_filter()
        if speech_filter is not None and len(speech_filter.speakers) > 1:
            return self.tr(
                "No hits in these years or by these speakers: clear the filter to search all."
            )
        if speech_filter is not None:
            return self.tr(
                "No hits in these years or by this speaker: clear the filter to search all."
            )
        kind = self.scope_kind()
        if kind == ScopeKind.SPEECH:
            return self.tr("No hits in this speech: choose Whole library to search every speech.")
        if kind == ScopeKind.COLLECTION:
            return self.tr("No hits in this collection: choose Whole library to search them all.")
        return self.tr("No hits. Words are found exactly as typed: try fewer or shorter ones.")
