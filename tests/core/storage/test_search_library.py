"""The search index inside a real library: imports, re-imports, notes and upgrades keep it exact."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.storage.database import Database
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.library_store import LibraryStore
from desktop.core.storage.search_index import FtsIndexer, Query, parse_query, search
from desktop.core.storage.search_text import normalise
from tests.core.storage.documents import make_document, sample_paragraphs, small_document
from tests.core.storage.search_helpers import HitTuple, scan
from tests.core.storage.test_schema import _build_v1_library

QUERIES = ["效能", "，", ",", "的", "效能革命", "市委、市政府", "一抓到底", "（", "决心 -效能"]


def _texts(library: Library) -> dict[int, str]:
    return {
        speech.id: library.store.speech_text(speech.id)
        for collection in library.store.collections()
        for speech in library.store.speeches(collection.id)
    }


def _found(library: Library, query: Query, **scope: object) -> list[HitTuple]:
    with library.db.read() as conn:
        result = search(conn, query, text_loader=library.store.speech_text, **scope)
    return [(hit.speech_id, hit.start, hit.end, hit.term) for hit in result.hits]


def _assert_in_step(library: Library) -> None:
    texts = _texts(library)
    for text in QUERIES:
        query = parse_query(text)
        assert _found(library, query) == scan(texts, query), text


def test_a_new_library_is_searchable(library: Library) -> None:
    _assert_in_step(library)
    assert _found(library, Query.literal("效能"))  # the sample's subject is found


def test_imports_reimports_and_deletions_keep_the_index_in_step(library: Library) -> None:
    paragraphs = sample_paragraphs()
    library.store.import_document(
        make_document([paragraphs[10:13], paragraphs[13:15]], title="第二", source="/b.txt")
    )
    _assert_in_step(library)
    changed = small_document()
    first = changed.speeches[0]
    changed.speeches[0] = replace(first, text=first.text.replace("效能", "效率"))
    library.store.import_document(changed)
    _assert_in_step(library)
    second = library.store.collections()[-1]
    library.store.delete_collection(second.id)
    _assert_in_step(library)


class FailingIndexer(FtsIndexer):
    """Indexes the first speech of an import, then fails."""

    def __init__(self) -> None:
        self.indexed = 0

    def index_speech(
        self, conn: sqlite3.Connection, speech_id: int, text: str, prepared: object = None
    ) -> None:
        """Index, or fail on the second speech."""
        self.indexed += 1
        if self.indexed == 2:
            raise RuntimeError("indexing failed")
        super().index_speech(conn, speech_id, text, prepared)


def test_a_failed_import_leaves_the_index_as_it_was(library: Library) -> None:
    before = {text: _found(library, Query.literal(text)) for text in ("的", "效能")}
    paragraphs = sample_paragraphs()
    document = make_document([paragraphs[20:22], paragraphs[22:24]], title="坏", source="/bad")
    with pytest.raises(RuntimeError, match="indexing failed"):
        LibraryStore(library.db, FailingIndexer()).import_document(document)
    assert {text: _found(library, Query.literal(text)) for text in before} == before
    _assert_in_step(library)


def test_notes_and_quotes_are_searched(library: Library) -> None:
    speech_id = library.store.collections()[0].id
    speech = library.store.speeches(speech_id)[0]
    text = library.store.speech_text(speech.id)
    start = len(text) // 2
    annotation = library.annotations.create(speech.id, "note", start, start + 6, note="金句：提法")
    quote = text[start : start + 6]
    with library.db.read() as conn:
        result = search(conn, "提法", text_loader=library.store.speech_text, notes_only=True)
        by_quote = search(conn, Query.literal(quote), text_loader=library.store.speech_text)
    assert [(hit.annotation_id, hit.speech_id) for hit in result.note_hits] == [
        (annotation.id, speech.id)
    ]
    assert result.snippet(result.note_hits[0]).match == "提法"
    assert annotation.id in {hit.annotation_id for hit in by_quote.note_hits}
    library.annotations.delete(annotation.id)
    with library.db.read() as conn:
        trashed = search(conn, "提法", text_loader=library.store.speech_text, notes_only=True)
    assert len(trashed.note_hits) == 0
    library.annotations.restore(annotation.id)
    with library.db.read() as conn:
        restored = search(conn, "提法", text_loader=library.store.speech_text, notes_only=True)
    assert len(restored.note_hits) == 1


def test_a_version_1_library_is_indexed_when_it_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _build_v1_library(path)
    with Database.open(path) as db, db.read() as conn:
        text = conn.execute("SELECT text FROM speeches WHERE id = 1").fetchone()[0]
        result = search(conn, "效能革命", text_loader=lambda _: text)
        notes = search(conn, "笔记", text_loader=lambda _: text, notes_only=True)
        trashed = search(conn, "已删", text_loader=lambda _: text, notes_only=True)
    start = normalise(text).find("效能革命")
    assert [(hit.speech_id, hit.start) for hit in result.hits] == [(1, start)]
    assert [hit.annotation_id for hit in notes.note_hits] == ["a-2"]
    assert len(trashed.note_hits) == 0  # a note in the trash is not searchable


def test_open_library_indexes_by_default(library_path: Path) -> None:
    with open_library(library_path, seed=small_document) as library:
        assert _found(library, Query.literal("的"))
