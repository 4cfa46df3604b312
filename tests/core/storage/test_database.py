"""Database: pragmas, transactions, refusal of files it must not touch, errors as codes."""

from __future__ import annotations

import hashlib
import resource
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.core.errors import CancelledError, LibraryError
from desktop.core.storage import failures
from desktop.core.storage.database import Database
from desktop.core.storage.failures import DamagedLibraryError
from desktop.core.storage.schema import APPLICATION_ID, LATEST_VERSION
from desktop.core.storage.storing import told_storing


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(db: Database, rows: int = 400, size: int = 600) -> None:
    """A library with enough text to span many pages."""
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO collections (title, encoding, format, fingerprint, imported, updated)"
            " VALUES ('t', 'utf-8', 'txt', 'f', 'now', 'now')"
        )
        conn.executemany(
            "INSERT INTO speeches (collection_id, idx, title, text, text_hash)"
            " VALUES (1, ?, 't', ?, 'h')",
            [(i, f"{i:05d}" + "效能革命" * size) for i in range(rows)],
        )


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    """A closed, checkpointed library with data (no WAL beside it)."""
    path = tmp_path / "library.sqlite"
    with Database.open(path) as db:
        _fill(db)
    assert not Path(f"{path}-wal").exists()
    return path


def test_new_library_has_the_durable_pragmas_and_latest_schema(tmp_path: Path) -> None:
    with Database.open(tmp_path / "new.sqlite", busy_timeout=2.5) as db:
        assert db.created
        assert db.value("PRAGMA journal_mode") == "wal"
        assert db.value("PRAGMA foreign_keys") == 1
        assert db.value("PRAGMA synchronous") == 2  # FULL
        assert db.value("PRAGMA fullfsync") == 1
        assert db.value("PRAGMA busy_timeout") == 2500
        assert db.value("PRAGMA application_id") == APPLICATION_ID
        assert db.user_version == LATEST_VERSION
        assert db.check() == []


def test_reopening_does_not_recreate(library_file: Path) -> None:
    with Database.open(library_file) as db:
        assert not db.created
        assert db.value("SELECT count(*) FROM speeches") == 400


def test_on_create_runs_in_the_schema_transaction(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"

    def fail(db: Database) -> None:
        with db.transaction() as conn:
            conn.execute("INSERT INTO library_state (key, value) VALUES ('seed', 'half done')")
        raise RuntimeError("seed failed")

    with pytest.raises(RuntimeError, match="seed failed"):
        Database.open(path, on_create=fail)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


def _write_then_fail(db: Database, *statements: str) -> None:
    with db.transaction() as conn:
        for statement in statements:
            conn.execute(statement)
        raise ValueError("failed after writing")


def test_transaction_rolls_back_everything_on_error(library_file: Path) -> None:
    with Database.open(library_file) as db:
        with pytest.raises(ValueError, match="failed after writing"):
            _write_then_fail(db, "DELETE FROM speeches")
        assert db.value("SELECT count(*) FROM speeches") == 400


def test_nested_transaction_failure_undoes_only_itself(library_file: Path) -> None:
    with Database.open(library_file) as db:
        with db.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('outer', '1')")
            with pytest.raises(ValueError, match="failed after writing"):
                _write_then_fail(db, "INSERT INTO library_state VALUES ('inner', '1')")
        assert [r[0] for r in db.rows("SELECT key FROM library_state")] == ["outer"]


def test_write_inside_a_read_is_a_programming_error(library_file: Path) -> None:
    with (
        Database.open(library_file) as db,
        db.read(),
        pytest.raises(RuntimeError),
        db.transaction(),
    ):
        pass


def test_newer_schema_is_refused_and_left_untouched(library_file: Path) -> None:
    conn = sqlite3.connect(library_file)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    conn.close()
    before = _digest(library_file)
    with pytest.raises(LibraryError) as caught:
        Database.open(library_file)
    assert caught.value.code == "schema-too-new"
    assert f"schema version {LATEST_VERSION + 3}" in str(caught.value)
    assert "update Pizhu" in str(caught.value)
    assert _digest(library_file) == before


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    path = tmp_path / "lib" / "library.sqlite"
    path.write_text("今天，市委、市政府在这里召开会议。\n" * 200, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(DamagedLibraryError) as caught:
        Database.open(path)
    assert caught.value.code == "not-a-library"
    assert "not an SQLite database" in str(caught.value)
    assert "No backup of it exists" in str(caught.value)
    assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["library.sqlite"]


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(DamagedLibraryError) as caught:
        Database.open(path)
    assert caught.value.code == "not-a-library"
    assert _digest(path) == before


@pytest.mark.parametrize("cut", ["half-the-pages", "inside-a-page", "inside-the-header", "empty"])
def test_a_truncated_library_is_refused_and_names_the_latest_backup(
    library_file: Path, cut: str
) -> None:
    with Database.open(library_file) as db:
        backup = db.backup()
    data = library_file.read_bytes()
    size = {
        "half-the-pages": len(data) // 2 // 4096 * 4096,
        "inside-a-page": len(data) - 1000,
        "inside-the-header": 60,
        "empty": 0,
    }[cut]
    library_file.write_bytes(data[:size])
    with pytest.raises(DamagedLibraryError) as caught:
        Database.open(library_file)
    error = caught.value
    assert error.code == "corrupt"
    assert error.latest_backup is not None
    assert error.latest_backup.path == backup.path
    message = str(error)
    assert "left untouched" in message
    assert str(backup.path) in message
    assert "python -m desktop backup --restore" in message
    assert "\n" not in message
    assert library_file.read_bytes() == data[:size]


def _page_of(path: Path, pagetype: str) -> int:
    conn = sqlite3.connect(path)
    pages = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'speeches' AND pagetype = ? ORDER BY pageno",
        (pagetype,),
    ).fetchall()
    conn.close()
    return pages[len(pages) // 2][0]


@pytest.mark.parametrize("pagetype", ["leaf", "overflow"])
def test_a_damaged_page_is_reported_as_corrupt_when_read(library_file: Path, pagetype: str) -> None:
    page = _page_of(library_file, pagetype)
    data = bytearray(library_file.read_bytes())
    data[(page - 1) * 4096 : page * 4096] = b"\xff" * 4096
    library_file.write_bytes(bytes(data))
    with Database.open(library_file) as db, pytest.raises(DamagedLibraryError) as caught:
        db.rows("SELECT text FROM speeches")
    assert caught.value.code == "corrupt"
    assert "restore" in str(caught.value) or "No backup" in str(caught.value)
    assert library_file.read_bytes() == bytes(data)


def test_check_finds_what_integrity_check_finds(library_file: Path) -> None:
    with Database.open(library_file) as db:
        assert db.check() == []
    conn = sqlite3.connect(library_file)  # foreign keys are off on a bare connection
    conn.execute("INSERT INTO spans VALUES (999, 0, 'title', 0, 1)")
    conn.commit()
    conn.close()
    with Database.open(library_file) as db:
        assert db.check() == ["foreign key: spans row None refers to a missing speeches row"]


def _insert_state(db: Database, key: str) -> None:
    with db.transaction() as conn:
        conn.execute("INSERT INTO library_state VALUES (?, '1')", (key,))


def test_a_second_writer_waits_then_gets_busy(library_file: Path) -> None:
    first = Database.open(library_file)
    second = Database.open(library_file, busy_timeout=0.2)
    with first, second:
        with first.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('first', '1')")
            with pytest.raises(LibraryError) as caught:
                _insert_state(second, "second")
            # Readers are never blocked by the writer (WAL).
            assert second.value("SELECT count(*) FROM speeches") == 400
        assert caught.value.code == "busy"
        assert "another process" in str(caught.value)
        _insert_state(second, "second")
        assert first.value("SELECT count(*) FROM library_state") == 2


def test_disk_full_is_a_clear_error_and_changes_nothing(library_file: Path) -> None:
    with Database.open(library_file) as db:
        pages = db.value("PRAGMA page_count")
        db.rows(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(LibraryError) as caught:
            _write_then_fail(
                db,
                "INSERT INTO library_state VALUES ('a', '1')",
                "UPDATE speeches SET text = text || text",
            )
        assert caught.value.code == "disk-full"
        assert db.value("SELECT count(*) FROM library_state") == 0
        assert db.value("SELECT length(text) FROM speeches WHERE idx = 0") == 5 + 4 * 600
        assert db.check() == []


@contextmanager
def _no_room_to_grow_files(limit: int) -> Iterator[None]:
    """Files cannot grow past ``limit`` bytes, as on a full disk (EFBIG where that gives ENOSPC)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_no_room_for_the_shared_memory_file_says_the_disk_is_full(library_file: Path) -> None:
    # A disk full to the last block: the library is there, but SQLite cannot make its -shm file
    # grow to open it (SQLITE_IOERR_SHMSIZE). "The disk reported an error" sent users looking
    # for a failing disk.
    before = _digest(library_file)
    with _no_room_to_grow_files(4096), pytest.raises(LibraryError) as caught:
        Database.open(library_file).close()
    assert caught.value.code == "disk-full"
    assert str(caught.value).startswith(f"{library_file}: the disk is full")
    assert "library.sqlite-shm" in str(caught.value)
    assert _digest(library_file) == before
    with Database.open(library_file) as db:
        assert db.check() == []


def test_a_read_only_library_maps_to_read_only(library_file: Path) -> None:
    conn = sqlite3.connect(f"{library_file.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("INSERT INTO library_state VALUES ('a', '1')")
    conn.close()
    error = failures.library_error(caught.value, library_file, lambda: None)
    assert error is not None
    assert error.code == "read-only"
    assert str(error).startswith(str(library_file))


def test_programming_errors_are_not_disguised_as_library_errors(library_file: Path) -> None:
    with Database.open(library_file) as db, pytest.raises(sqlite3.OperationalError):
        db.rows("SELECT no_such_column FROM speeches")


def test_cancel_when_aborts_a_long_query_started_after_the_flag(tmp_path: Path) -> None:
    endless = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    )
    with Database.open(tmp_path / "library.sqlite") as db:
        db.cancel_when(lambda: True)
        with pytest.raises(CancelledError):
            db.value(endless)
        db.cancel_when(None)
        assert db.value("SELECT 1") == 1


def test_told_storing_tells_true_then_false_even_when_the_block_fails() -> None:
    told: list[bool] = []
    with told_storing(told.append):
        assert told == [True]
    with pytest.raises(LibraryError), told_storing(told.append):
        raise LibraryError("refused", code="invalid")
    assert told == [True, False, True, False]
    with told_storing(None):
        pass
