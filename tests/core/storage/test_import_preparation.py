"""import_preparation: an import's index work is done before its transaction; same rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import CancelledError
from desktop.core.storage import document_import, import_preparation, search_index
from desktop.core.storage.fts_indexer import FtsIndexer
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.search_index import Query
from tests.core.storage.documents import make_document, sample_paragraphs

P = sample_paragraphs()


def _document(source: str = "/data/讲话.txt", extra: str = "") -> Any:
    """Four speeches of sample prose, one long enough for hot grams, one with escapes."""
    return make_document(
        [P[0:2], P[2:14], [P[14] + extra, P[15]], P[16:18]], title="讲话", source=source
    )


class UnpreparedIndexer(FtsIndexer):
    """The FTS5 indexer with nothing prepared: every text is indexed inside the transaction."""

    def prepare_speech(self, text: str, *, compact: bool = False) -> None:
        """Prepare nothing."""


@pytest.fixture
def events(library: Library, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What happened, in order: "begin" and "commit" of write transactions, and gram work."""
    happened: list[str] = []
    real = library.db.transaction

    @contextmanager
    def recorded() -> Iterator[sqlite3.Connection]:
        with real() as conn:
            happened.append("begin")
            yield conn
        happened.append("commit")

    monkeypatch.setattr(library.db, "transaction", recorded)
    for name in ("gram_column", "laid_out", "normalise"):
        monkeypatch.setattr(search_index, name, _spied(getattr(search_index, name), happened, name))
    return happened


def _spied(function: Callable[..., Any], happened: list[str], name: str) -> Callable[..., Any]:
    def spy(*args: Any, **kwargs: Any) -> Any:
        happened.append(name)
        return function(*args, **kwargs)

    return spy


def _inside_transactions(happened: list[str]) -> list[str]:
    inside, depth = [], 0
    for event in happened:
        depth += {"begin": 1, "commit": -1}.get(event, 0)
        if depth and event not in ("begin", "commit"):
            inside.append(event)
    return inside


def test_an_import_makes_its_index_rows_before_the_transaction_begins(
    library: Library, events: list[str]
) -> None:
    library.store.import_document(_document())
    assert events.count("begin") == 1
    assert events.index("gram_column") < events.index("begin")
    assert _inside_transactions(events) == []


def test_a_big_import_finds_its_hot_grams_before_and_lays_columns_out_inside(
    library: Library, events: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_preparation, "HELD_CHARACTERS", 0)
    library.store.import_document(_document())
    inside = _inside_transactions(events)
    assert "laid_out" in inside
    assert "gram_column" not in inside
    assert "normalise" not in inside


def test_a_reimport_of_an_edited_file_prepares_only_the_changed_text(
    library: Library, events: list[str]
) -> None:
    library.store.import_document(_document())
    events.clear()
    report = library.store.import_document(_document(extra="新增一句话。"))
    assert report.speeches_changed == 1
    before = events[: events.index("begin")]
    # The unchanged texts are already indexed: only the edited one is worked out (3 gram sizes).
    assert before.count("gram_column") == 3
    # Inside, only the old text's columns, which FTS5 needs to take it out of the index.
    assert _inside_transactions(events) == ["gram_column"] * 3
    assert _found(library, "新增一句话") == 1


def test_a_cancel_while_preparing_leaves_the_library_as_it_was(library: Library) -> None:
    before = library.store.collections()
    with pytest.raises(CancelledError):
        library.store.import_document(_document(), cancelled=lambda: True)
    assert library.store.collections() == before


@pytest.mark.parametrize("held", [import_preparation.HELD_CHARACTERS, 0])
def test_prepared_and_unprepared_imports_store_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held: int
) -> None:
    monkeypatch.setattr(document_import, "utc_now", lambda: "2026-01-01T00:00:00Z")
    monkeypatch.setattr(import_preparation, "HELD_CHARACTERS", held)
    # Text the tokens must escape (NUL, the separator, the escape) takes the general path.
    documents = [_document(), _document(extra="含\x00\x1f\x80字"), _document("/data/b.txt")]
    dumps = []
    for name, indexer in (("prepared", FtsIndexer()), ("unprepared", UnpreparedIndexer())):
        path = tmp_path / f"{name}.sqlite"
        with open_library(path, seed=None, daily_backup=False, indexer=indexer) as opened:
            for document in documents:
                opened.store.import_document(document)
        dumps.append(_dump(path))
    assert dumps[0] == dumps[1]
    assert any(line.startswith("search_hot:") for line in dumps[0])


def _found(library: Library, text: str) -> int:
    with library.db.read() as conn:
        found = search_index.search(
            conn, Query.literal(text), text_loader=library.store.speech_text
        )
    return len(found.hits)


def _dump(path: Path) -> list[str]:
    """Every row of every real table (the FTS5 index's shadow tables too), in rowid order."""
    conn = sqlite3.connect(path)
    try:
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'"
            " ORDER BY name"
        ).fetchall()
        return [f"{name}: {row!r}" for (name,) in tables for row in _rows(conn, name)]
    finally:
        conn.close()


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    try:
        return conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
    except sqlite3.OperationalError:  # a WITHOUT ROWID table: in its key's order
        return conn.execute(f'SELECT * FROM "{table}"').fetchall()
