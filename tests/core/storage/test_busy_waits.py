"""Tests for desktop/core/storage/busy_waits.py: a block that waits less for another's lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import LibraryError
from desktop.core.storage.database import Database


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A new library's file."""
    path = tmp_path / "library.sqlite"
    Database.open(path).close()
    return path


def test_a_write_waiting_at_most_a_moment_is_refused_as_busy_with_that_timeout(
    path: Path,
) -> None:
    """A note typed while another program held the lock waited the whole busy timeout (5 s)
    on the GUI thread before it was refused."""
    with Database.open(path, busy_timeout=30) as db:
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another program's transaction
            with db.waiting_at_most(0.05):
                assert db.value("PRAGMA busy_timeout") == 50
                with pytest.raises(LibraryError) as refused, db.transaction() as conn:
                    conn.execute("CREATE TABLE t (x)")
            assert refused.value.code == "busy"
        finally:
            other.close()
        assert db.value("PRAGMA busy_timeout") == 30_000, "the library's own timeout is back"
        with db.waiting_at_most(0), db.transaction() as conn:  # the lock gone: written
            conn.execute("CREATE TABLE t (x)")
        assert db.value("SELECT count(*) FROM t") == 0
