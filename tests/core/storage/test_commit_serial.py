"""The commit serial: bumped by every write transaction, told apart by process, read at once."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.storage.commit_serial import CommitState, made_elsewhere
from desktop.core.storage.database import Database
from desktop.core.storage.schema import LATEST_VERSION, MIGRATIONS
from tests.lock_holder import lock_held

# A Pizhu commit in another process.
OTHER_PROCESS = """
import sys
from desktop.core.storage.database import Database
with Database.open(sys.argv[1]) as db, db.transaction() as conn:
    conn.execute("CREATE TABLE made_elsewhere (x)")
"""


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A new library's file."""
    path = tmp_path / "library.sqlite"
    Database.open(path).close()
    return path


def _write(db: Database, table: str = "t") -> None:
    with db.transaction() as conn:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (x)")
        conn.execute(f"INSERT INTO {table} VALUES (1)")


def _serial(db: Database) -> int | None:
    state = db.serial.look()
    assert state is not None
    return state.serial


def _write_then_fail(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("INSERT INTO t VALUES (3)")
        raise RuntimeError("rolled back")


def test_every_write_transaction_bumps_the_serial_once(path: Path) -> None:
    with Database.open(path) as db:
        first = _serial(db)
        assert first is not None
        _write(db)
        assert _serial(db) == first + 1
        with db.transaction(), db.transaction() as conn:  # a savepoint inside: still one
            conn.execute("INSERT INTO t VALUES (2)")
        assert _serial(db) == first + 2
        with pytest.raises(RuntimeError):
            _write_then_fail(db)
        assert _serial(db) == first + 2
        _write(db)
        assert _serial(db) == first + 3
        with db.transaction():  # nothing written: nothing committed that others could see
            pass
        assert _serial(db) == first + 3


def test_an_older_library_gets_the_serial_in_its_migration(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Database.open(path, migrations=MIGRATIONS[:9]) as old:
        assert not old.serial.kept
        _write(old)  # an older Pizhu's write: nothing to bump
    with Database.open(path) as db:
        assert db.user_version == LATEST_VERSION
        assert db.serial.kept
        before = _serial(db)
        _write(db)
        assert _serial(db) == (before or 0) + 1
        assert db.value("SELECT count(*) FROM t") == 2


def test_a_library_without_the_serial_still_works(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE commit_serial")
    conn.close()
    with Database.open(path) as db:
        assert not db.serial.kept
        assert db.serial.watch() is None
        _write(db)
        state = db.serial.look()
        assert state is not None
        assert state.serial is None
        assert db.value("SELECT count(*) FROM t") == 1


def test_this_process_commits_are_recorded_for_its_watches(path: Path) -> None:
    with Database.open(path) as db, Database.open(path) as worker:
        own = db.serial.watch()
        assert own is not None
        try:
            _write(db)
            _write(worker)
            subprocess.run(
                [sys.executable, "-c", OTHER_PROCESS, str(path)],
                check=True,
                cwd=Path(__file__).parents[3],
            )
            _write(worker, "u")
            now = _serial(db)
            assert now is not None
            # The looking connection's own commit (False), the worker's (True); not the
            # other process's, in between.
            taken = own.take(now - 1)
            assert taken == {now - 3: False, now - 2: True}
            assert own.take(now) == {now: True}
            own.close()
            _write(worker)
            assert own.take(now + 1) == {}
        finally:
            own.close()


def test_nothing_is_recorded_while_nothing_watches(path: Path) -> None:
    with Database.open(path) as db:
        own = db.serial.watch()
        assert own is not None
        own.close()
        _write(db)
        assert own.take(10**9) == {}


def _state(version: int, serial: int | None) -> CommitState:
    return CommitState(version, serial)


def test_made_elsewhere_tells_a_commit_no_connection_here_made() -> None:
    before = _state(7, 10)
    assert made_elsewhere(before, _state(7, 12), {11: False, 12: False}) is False
    assert made_elsewhere(before, _state(8, 12), {11: True, 12: False}) is False
    assert made_elsewhere(before, _state(8, 12), {12: True}) is True  # 11: not this process's
    # The data changed, but only the looking connection bumped: a tool's commit besides.
    assert made_elsewhere(before, _state(8, 11), {11: False}) is True
    assert made_elsewhere(before, _state(8, 10), {}) is True  # a commit that did not bump
    assert made_elsewhere(before, _state(8, 3), {}) is True  # a file put back
    assert made_elsewhere(before, _state(8, None), {}) is None  # no serial: cannot tell


def test_a_look_changes_for_another_connections_commit_only(path: Path) -> None:
    with Database.open(path) as db, Database.open(path) as other:
        first = db.serial.look()
        assert first is not None
        _write(db)
        second = db.serial.look()
        assert second is not None
        assert second.data_version == first.data_version  # its own commit
        assert second.serial == (first.serial or 0) + 1
        _write(other)
        third = db.serial.look()
        assert third is not None
        assert third.data_version != first.data_version


def test_a_look_keeps_the_busy_timeout(path: Path) -> None:
    with Database.open(path, busy_timeout=7.5) as db:
        db.serial.look()
        assert db.value("PRAGMA busy_timeout") == 7500


def test_a_look_reads_past_another_writers_lock(path: Path) -> None:
    with Database.open(path) as db, Database.open(path) as other:
        first = db.serial.look()
        with other.transaction() as conn:
            conn.execute("CREATE TABLE pending (x)")
            assert db.serial.look() == first  # not committed yet, and not waited for
        assert db.serial.look() != first


def test_a_look_readers_are_locked_out_of_answers_none_at_once(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite"  # a rollback journal: a writer's lock keeps readers out
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA busy_timeout = 120000")
    db = Database(conn, path)
    # An exclusive lock on a rollback-journal file keeps even readers out.
    with lock_held(path, "BEGIN EXCLUSIVE", "INSERT INTO t VALUES (2)"):
        assert db.serial.look() is None  # had it waited, the holder's commit would be read
        assert db.value("PRAGMA busy_timeout") == 120000
    assert db.serial.look() is not None
    conn.close()


def test_whether_another_connection_holds_the_write_lock_is_told_without_waiting(
    path: Path,
) -> None:
    # The window retries a note refused as "busy" once the lock goes: asking must not wait
    # out the busy timeout on the GUI thread, nor leave a transaction or another timeout.
    with Database.open(path) as db:
        assert db.serial.write_lock_free()
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            assert not db.serial.write_lock_free()
            other.execute("ROLLBACK")
        finally:
            other.close()
        assert db.serial.write_lock_free()
        assert db.value("PRAGMA busy_timeout") == 5000
        _write(db)
