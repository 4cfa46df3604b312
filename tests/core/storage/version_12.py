"""A library as schema version 12 left it, for the tests of upgrading it (made, never shipped)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.storage.library import open_library


def downgrade_to_version_12(path: Path) -> None:
    """The library at ``path`` as version 12 left it: no loose hash, nor its index."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX speeches_by_loose_hash")
    conn.execute("ALTER TABLE speeches DROP COLUMN loose_hash")
    conn.execute("PRAGMA user_version = 12")
    conn.close()


def version_12_library(path: Path) -> None:
    """A version-12 library at ``path`` holding the sample collection."""
    open_library(path, daily_backup=False).close()
    downgrade_to_version_12(path)


def version_12_library_with_notes(path: Path, notes: int) -> None:
    """A version-12 library at ``path``: the sample collection and ``notes`` notes on it."""
    with open_library(path, daily_backup=False) as library:
        speech = library.store.speeches(1)[0].id
        with library.db.transaction():
            for n in range(notes):
                library.annotations.create(speech, start=n % 50, end=n % 50 + 4, note=f"第{n}条")
    downgrade_to_version_12(path)


def stored(path: Path) -> tuple[int, list[tuple[object, ...]]]:
    """The file's schema version and its speeches' ids, titles and texts, read outside the app."""
    conn = sqlite3.connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        rows = conn.execute("SELECT id, title, text FROM speeches ORDER BY id").fetchall()
    finally:
        conn.close()
    return version, rows
