"""Tests for desktop/core/storage/search_index.py: a long speech is indexed in pieces, the same."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.core.storage import search_text
from desktop.core.storage.search_engine import pack_positions
from desktop.core.storage.search_index import remove_speech
from desktop.core.storage.search_text import normalise
from desktop.core.storage.search_tokens import gram_column
from desktop.resources import sample_collection_path
from tests.core.storage.search_helpers import found, index_texts, new_index


def _index_pages(conn: sqlite3.Connection) -> list[object]:
    tables = [f"search_gram{size}_{part}" for size in (1, 2, 3) for part in ("data", "idx")]
    pages: list[object] = [sorted(conn.execute(f"SELECT * FROM {t}")) for t in tables]
    return [*pages, sorted(conn.execute("SELECT * FROM search_hot"))]


def _index_as_one_str(conn: sqlite3.Connection, doc: int, text: str) -> None:
    """How a speech was indexed before its columns were made in pieces: one str per column."""
    for size in (1, 2, 3):
        column = gram_column(normalise(text), size)
        table = f"search_gram{size}"
        conn.execute(f"INSERT INTO {table}(rowid, tokens) VALUES (?, ?)", (doc, column.value))
        conn.executemany(
            "INSERT INTO search_hot(size, gram, doc, width, positions) VALUES (?, ?, ?, ?, ?)",
            [(size, gram, doc, *pack_positions(found)) for gram, found in column.hot.items()],
        )


def test_a_speech_longer_than_a_piece_is_indexed_as_in_one_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plain = sample_collection_path().read_text(encoding="utf-8")[:3000] + "Ｇｄｐ"
    texts = {1: plain, 2: plain[::-1], 3: plain[:500] + "\x1f\x80" + plain[500:1000]}
    whole, before = new_index(), new_index()
    index_texts(whole, texts)
    for doc, text in texts.items():
        _index_as_one_str(before, doc, text)
    before.commit()  # FTS5 writes its pages out at the commit
    monkeypatch.setattr(search_text, "GIL_PIECE", 97)
    pieced = new_index()
    index_texts(pieced, texts)
    assert _index_pages(pieced) == _index_pages(whole) == _index_pages(before)
    index_texts(pieced, {4: plain[::-2]})
    remove_speech(pieced, 4)  # what FTS5 deletes is also a column made in pieces
    monkeypatch.setattr(search_text, "GIL_PIECE", 1 << 16)
    index_texts(whole, {4: plain[::-2]})
    remove_speech(whole, 4)
    assert _index_pages(pieced) == _index_pages(whole)
    assert found(pieced, texts, "效能") == found(whole, texts, "效能")
    assert (1, len(plain) - 3, len(plain), "gdp") in found(pieced, texts, "gdp")
