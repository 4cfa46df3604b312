"""Shared by the search tests: an index in memory and the plain substring scan it must equal."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from desktop.core.storage.search_index import (
    Query,
    create_search_schema,
    index_note,
    index_speech,
    search,
)
from desktop.core.storage.search_text import normalise
from desktop.core.storage.search_words import contains, starts_with_latin, word_start

HitTuple = tuple[int, int, int, str]


def new_index() -> sqlite3.Connection:
    """A fresh in-memory database holding only the search tables."""
    conn = sqlite3.connect(":memory:")
    create_search_schema(conn)
    conn.commit()
    return conn


def index_texts(conn: sqlite3.Connection, texts: Mapping[int, str]) -> None:
    """Index each text under its speech id and commit."""
    for speech_id, text in texts.items():
        index_speech(conn, speech_id, text)
    conn.commit()


def index_notes(conn: sqlite3.Connection, notes: Mapping[str, tuple[int, str]]) -> None:
    """Index each note (annotation id → speech id, text) and commit."""
    for annotation_id, (speech_id, text) in notes.items():
        index_note(conn, annotation_id, speech_id, text)
    conn.commit()


def scan(texts: Mapping[int, str], query: Query) -> list[HitTuple]:
    """The specification: every occurrence found by str.find from each hit's start + 1, a term
    that starts with a Latin letter only at word starts."""
    hits: list[HitTuple] = []
    for speech_id in sorted(texts):
        text = normalise(texts[speech_id])
        if any(contains(text, term) for term in query.excluded):
            continue
        if not all(contains(text, term) for term in query.terms):
            continue
        found = []
        for index, term in enumerate(query.terms):
            start = text.find(term)
            while start >= 0:
                if not starts_with_latin(term) or word_start(text, start):
                    found.append((start, index))
                start = text.find(term, start + 1)
        for start, index in sorted(found):
            term = query.terms[index]
            hits.append((speech_id, start, start + len(term), term))
    return hits


def found(conn: sqlite3.Connection, texts: Mapping[int, str], query: Query | str) -> list[HitTuple]:
    """The index's hits in speech texts, as tuples."""
    result = search(conn, query, text_loader=lambda speech_id: texts[speech_id])
    assert result.total == len(result.hits) + len(result.note_hits)
    return [(hit.speech_id, hit.start, hit.end, hit.term) for hit in result.hits]
