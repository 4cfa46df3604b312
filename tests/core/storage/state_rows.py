"""Rows of ``library_state`` standing in for a user's notes in the backup and restore tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.storage.database import Database


def count_rows(path: Path) -> int:
    """The rows of ``library_state`` in the library file at ``path``, read only."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM library_state").fetchone()[0]
    finally:
        conn.close()


def add_row(db: Database, key: str) -> None:
    """Write one row, a note saved, through the library's own transaction."""
    with db.transaction() as conn:
        conn.execute("INSERT INTO library_state VALUES (?, '批注')", (key,))
