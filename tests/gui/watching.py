"""Helpers of the tests of the window's watch on its library (``LibraryWatch``)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.core.storage.database import Database
from desktop.gui.background_writer import BackgroundWriter
from desktop.gui.library_watch import LibraryWatch
from desktop.gui.main_window import MainWindow

ROOT = Path(__file__).parents[2]


def cli(*args: str) -> None:
    """Run ``python -m desktop ARGS`` in another process; it must succeed."""
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr


def commit_elsewhere(library_path: Path) -> None:
    """A commit of a plain SQLite connection (a tool's: it does not bump the commit serial)."""
    conn = sqlite3.connect(library_path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE IF NOT EXISTS made_elsewhere (x)")
        conn.execute("INSERT INTO made_elsewhere VALUES (1)")
        conn.execute("COMMIT")
    finally:
        conn.close()


def commit_as_worker(library_path: Path) -> None:
    """A commit of Pizhu's on a connection of this process's own, as a worker's."""
    with Database.open(library_path) as db, db.transaction() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS made_by_a_worker (x)")
        conn.execute("INSERT INTO made_by_a_worker VALUES (1)")


def tree_titles(window: MainWindow) -> list[str]:
    """The collections' titles as the tree shows them."""
    model = window.tree_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def window_watch(window: MainWindow) -> LibraryWatch:
    """The window's watch on its library, which every window opened on a file has."""
    watch = window.library_watch
    assert watch is not None
    return watch


def followed_writer(window: MainWindow) -> BackgroundWriter:
    """A background writer the window's session follows, as a dock's worker would be."""
    writer = BackgroundWriter(window)
    window.session.follow_writer(writer)
    return writer


def with_undo_step(window: MainWindow) -> None:
    """One step on the undo stack, as the user's rename leaves it."""
    collection = window.session.collections()[0]
    window.session.rename_collection(collection.id, "改过的名字")
    assert window.session.undo_stack.count() == 1
