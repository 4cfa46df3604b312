"""A search run over a few texts in memory, as the search panel's worker hands it to the
results model (model tests)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.core.storage.search_index import FtsIndexer, create_search_schema, search
from desktop.core.storage.search_result import SectionLookup
from desktop.models.search_results_model import SearchOutcome, SpeechInfo


def search_outcome(
    texts: dict[int, str],
    query: str,
    notes: dict[str, tuple[int, str]] | None = None,
    *,
    sections: SectionLookup | None = None,
    order: Callable[[int], int] = lambda speech_id: speech_id,
) -> SearchOutcome:
    """``query`` searched in ``texts`` (speech id: text), or in ``notes`` alone when given
    (annotation id: (speech id, note)); each speech named 篇<id>, sorted by ``order(id)``."""
    conn = sqlite3.connect(":memory:")
    create_search_schema(conn)
    indexer = FtsIndexer()
    for speech_id, text in texts.items():
        indexer.index_speech(conn, speech_id, text)
    for annotation_id, (speech_id, note) in (notes or {}).items():
        indexer.index_note(conn, annotation_id, speech_id, note)
    result = search(
        conn,
        query,
        text_loader=texts.__getitem__,
        notes_only=notes is not None,
        section_lookup=sections,
    )
    infos = {sid: SpeechInfo(f"篇{sid}", (1, order(sid))) for sid in texts}
    return SearchOutcome(result, infos, notes_only=notes is not None)
