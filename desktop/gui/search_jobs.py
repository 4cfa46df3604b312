"""What the search dock and the concordance dialog run in their worker: plain functions of core.

Each job takes the worker's own ``Library`` and the ``Cancellation`` flag (``library_worker``)
and returns plain data for the GUI thread. Snippets and section paths are not made here: the
result keeps the GUI's text loader and section lookup and makes them on the GUI thread, for the
rows a user actually sees; only a table of every hit (to copy or export) is made here whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from desktop.core.chinese.concordance import DEFAULT_WIDTH
from desktop.core.export.table import Table
from desktop.core.records import CollectionRecord, SpeechRecord
from desktop.core.section_paths import SectionPaths
from desktop.core.storage.library import Library
from desktop.core.storage.library_concordance import LibraryConcordance, library_concordance
from desktop.core.storage.library_store import LibraryStore
from desktop.core.storage.search_index import Query, search
from desktop.core.storage.search_result import Hit, SearchResult, SectionLookup, TextLoader
from desktop.core.storage.search_table import SpeechCells, search_table
from desktop.core.storage.search_titles import TitleHit
from desktop.core.text_templates import mixes_collections
from desktop.gui.library_worker import Cancellation
from desktop.gui.search_scope import ScopeKind, SearchScope, scope_speeches
from desktop.models.search_nodes import in_library_order
from desktop.models.search_results_model import SearchOutcome, SpeechInfo
from desktop.models.speech_labels import SpeechName, library_distinctions

# Up to this many speeches with hits are looked up one by one; more, all at once.
_LOOKUP_ONE_BY_ONE = 50
# Rows come speech by speech: a few texts at a time serve the whole table.
_CACHED_TEXTS = 8
_NO_CELLS = SpeechCells("")


def search_job(
    query: Query, scope: SearchScope, text_loader: TextLoader, section_lookup: SectionLookup
) -> Callable[[Library, Cancellation], SearchOutcome]:
    """The job that runs ``query`` in ``scope``; snippets will use the given GUI-side loaders."""

    def run(library: Library, cancelled: Cancellation) -> SearchOutcome:
        speech_ids = scope_speeches(library.store, scope.kind, scope.key)
        with library.db.read() as conn:
            result = search(
                conn,
                query,
                text_loader=text_loader,
                speech_ids=speech_ids,
                notes_only=scope.notes_only,
                section_lookup=section_lookup,
                speech_filter=scope.speech_filter,
            )
        hits = result.note_hits if scope.notes_only else result.hits
        found = {hit.speech_id for hit in hits} if scope.notes_only else None
        if found is None:
            found = {speech_id for speech_id, _ in result.speech_counts()}
            found |= {hit.speech_id for hit in result.title_hits}
        infos = speech_infos(library.store, found, whole_library=scope.kind == ScopeKind.LIBRARY)
        return in_library_order(SearchOutcome(result, infos, scope.notes_only))

    return run


def note_hits_job(
    query: Query, scope: SearchScope
) -> Callable[[Library, Cancellation], SearchResult]:
    """The job that finds ``query``'s hits in the notes of ``scope`` alone (a text search's
    hits in annotations after a note changed: its hits in speech texts are as they were)."""

    def run(library: Library, cancelled: Cancellation) -> SearchResult:
        speech_ids = scope_speeches(library.store, scope.kind, scope.key)
        with library.db.read() as conn:
            return search(
                conn,
                query,
                text_loader=str,  # its notes' texts come with their hits
                speech_ids=speech_ids,
                notes_only=True,
                speech_filter=scope.speech_filter,
            )

    return run


def concordance_job(
    term: str, scope: SearchScope, width: int = DEFAULT_WIDTH, limit: int | None = None
) -> Callable[[Library, Cancellation], tuple[LibraryConcordance, dict[int, SpeechInfo]]]:
    """The job that finds a term's concordance in ``scope`` (the library, a collection or a
    speech), with the names of the speeches it is in."""

    def run(
        library: Library, cancelled: Cancellation
    ) -> tuple[LibraryConcordance, dict[int, SpeechInfo]]:
        store = library.store
        speech_ids = scope_speeches(store, scope.kind, scope.key)
        with library.db.read() as conn:
            found = library_concordance(
                conn,
                term,
                text_loader=store.speech_text,
                speech_ids=speech_ids,
                width=width,
                limit=limit,
            )
        sources = {int(line.source) for line in found.lines}
        return found, concordance_speech_infos(store, sources)

    return run


def table_job(
    result: SearchResult, rows: Sequence[Hit | TitleHit], cells: dict[int, SpeechCells]
) -> Callable[[Library, Cancellation], Table]:
    """The job that makes the table of ``rows`` of ``result``: every row's snippet and section
    read its speech's text and outline (~0.7 s of the GUI thread for 5,000 hits in 2,000
    speeches), so the worker reads them through its own connection."""

    def run(library: Library, _cancelled: Cancellation) -> Table:
        content = lru_cache(maxsize=_CACHED_TEXTS)(library.store.speech_content)
        rebound = SearchResult(
            result.query,
            result.hits,
            result.note_hits,
            (result.text_total, result.note_total),
            text_loader=lambda speech_id: content(speech_id).text,
            section_lookup=SectionPaths(lambda speech_id: content(speech_id).outline),
            title_hits=result.title_hits,
        )
        return search_table(rebound, rows, lambda speech_id: cells.get(speech_id, _NO_CELLS))

    return run


def speech_infos(
    store: LibraryStore, speech_ids: set[int], *, whole_library: bool = False
) -> dict[int, SpeechInfo]:
    """Title, number and library order of each speech with search hits.

    Speeches of the ``whole_library`` are named with their collection when it has several.
    """
    collections = {record.id: record for record in store.collections()}
    records = _speech_records(store, speech_ids, collections.values())
    return _infos(records, collections, whole_library and len(collections) > 1)


def concordance_speech_infos(store: LibraryStore, speech_ids: set[int]) -> dict[int, SpeechInfo]:
    """Title, number and library order of each speech with concordance lines.

    The collection is named when the lines come from several, by the command line's rule
    (``mixes_collections``): in a library of many collections, lines all from one need no name.
    """
    collections = {record.id: record for record in store.collections()}
    records = _speech_records(store, speech_ids, collections.values())
    mixed = mixes_collections(record.collection_id for record in records)
    return _infos(records, collections, mixed)


def _speech_records(
    store: LibraryStore, speech_ids: set[int], collections: Iterable[CollectionRecord]
) -> list[SpeechRecord]:
    """The records of ``speech_ids``: one query per speech for a few, per collection for many."""
    if len(speech_ids) <= _LOOKUP_ONE_BY_ONE:
        return [store.speech(speech_id) for speech_id in sorted(speech_ids)]
    return [
        record
        for collection in collections
        for record in store.speeches(collection.id)
        if record.id in speech_ids
    ]


def _infos(
    records: list[SpeechRecord],
    collections: dict[int, CollectionRecord],
    with_collection: bool,
) -> dict[int, SpeechInfo]:
    # Two collections of one title (a draft and its final version) are told apart as the
    # library tree tells them; both read "第一篇讲话" in the results before.
    distinctions = library_distinctions(list(collections.values())) if with_collection else {}
    return {
        record.id: _info(
            record,
            collections.get(record.collection_id),
            with_collection,
            distinctions.get(record.collection_id, ""),
        )
        for record in records
    }


def _info(
    record: SpeechRecord,
    collection: CollectionRecord | None,
    with_collection: bool,
    distinction: str = "",
) -> SpeechInfo:
    name = SpeechName.of(record, collection, with_collection=with_collection)
    return SpeechInfo(
        record.title,
        (record.collection_id, record.index),
        name.number,
        name.collection,
        distinction,
        record.date or "",
        record.speaker or "",
        collection.title if collection is not None else "",
    )
