"""Restoring a library from a backup: the backup copied in, the current file renamed aside.

Restoring never deletes the file it replaces: it is renamed aside (``<library>.replaced-…``),
so restoring is itself reversible. Another process may have the library open meanwhile (a
``python -m desktop import`` while the window restores): the rename waits for its transaction
to end, holding SQLite's write lock, and its next write finds another file at the library's
path and refuses (``Database.transaction``), so nothing is ever committed into the file set
aside while the command says it was saved.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from desktop.core.errors import LibraryError
from desktop.core.storage import failures, leftovers
from desktop.core.storage.backup import (
    MOMENT_FORMAT,
    fsync_dir,
    fsync_file,
    is_library_file,
    verify_backup,
)

WRITER_WAIT = 5.0
"""Seconds a restore waits for another process's write transaction to end."""


def restore_backup(library_path: Path, backup: Path, *, now: datetime | None = None) -> Path | None:
    """Put ``backup`` in the library's place; return where the replaced file was moved, if any.

    The backup is checked first. The current library file (with its ``-wal`` and ``-shm``) is
    renamed aside, never deleted. LibraryError ``busy`` if another process kept writing to the
    library for ``WRITER_WAIT`` seconds (nothing was changed).
    """
    check_restorable(library_path, backup)
    leftovers.remove_abandoned_restores(library_path)  # a killed restore's copy
    try:
        return _put_in_place(library_path, backup, now or datetime.now())
    except OSError as error:
        raise failures.os_error(error, library_path, "restoring the backup") from error


def finish_killed_restore(library_path: Path) -> bool:
    """Put in place the copy of a restore killed after it moved the library aside.

    A restore copies the backup beside the library (flushed to disk), moves the library aside,
    then renames the copy into place. Killed between the last two (kill -9, a power cut), it
    left no library at the path: the next start made a new one holding only the sample, the
    user's notes out of sight in ``<library>.replaced-…``. Called when the library is missing,
    a sound copy whose restore has ended is the library the user asked for. Returns whether one
    was put in place.
    """
    if library_path.exists():
        return False
    for copy in leftovers.abandoned_restores(library_path):
        try:
            verify_backup(copy)
        except LibraryError:
            continue  # killed while copying (no library then either): not a whole copy
        try:
            os.link(copy, library_path)  # never over a library another process made meanwhile
        except FileExistsError:
            return False
        except OSError:
            return False  # no hard links here: the next start makes a library as before
        with suppress(OSError):
            copy.unlink()
        fsync_dir(library_path.parent)
        return True
    return False


def check_restorable(library_path: Path, backup: Path) -> None:
    """Raise LibraryError unless ``backup`` is a sound library that may replace the one at
    ``library_path``: not that library's own file (by any path), complete and a Pizhu library."""
    if is_library_file(backup, library_path):
        # Renamed aside first, the library would leave nothing to copy back in its place.
        raise LibraryError(
            "the library cannot be restored from its own file", code="same-file", path=backup
        )
    verify_backup(backup)


def _put_in_place(library_path: Path, backup: Path, now: datetime) -> Path | None:
    # The copy is made before the library is touched: a disk that fills (or any failure) while
    # copying leaves the library where it was, and only renames remain, which need no space.
    partial = leftovers.restoring_path(library_path, os.getpid(), uuid.uuid4().hex[:8])
    aside = None
    try:
        shutil.copyfile(backup, partial)
        fsync_file(partial)
        with _writers_kept_out(library_path):
            aside = _move_aside(library_path, now)
        # The lock is let go first: its connection (like any other still open on the file set
        # aside) sees its file moved and closes without SQLite's checkpoint, so it never
        # removes "<library>-wal" or "-shm" by name, which would now be the restored library's.
        os.replace(partial, library_path)
    except BaseException:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        if aside is not None and not library_path.exists():
            # Moved aside but nothing put in its place: the library would be missing, and the
            # next start would make a new, empty one there.
            _put_back(aside, library_path)
        raise
    fsync_dir(library_path.parent)
    if aside is not None:
        _close_cleanly(aside)
    return aside


@contextmanager
def _writers_kept_out(library_path: Path) -> Iterator[None]:
    """Hold the library's write lock while the block runs: no other process is inside a
    write transaction then, and one waiting for the lock gets it only after the block."""
    if os.name != "posix" or not library_path.is_file():
        # Windows does not rename a file another process has open: the rename itself fails.
        yield
        return
    conn = _write_locked(library_path)
    try:
        yield
    finally:
        if conn is not None:
            conn.close()


def _write_locked(library_path: Path) -> sqlite3.Connection | None:
    """A connection holding the library's write lock; None for a file SQLite cannot use
    (a damaged library, often why it is restored, can be written by no one either)."""
    try:
        conn = sqlite3.connect(library_path, timeout=WRITER_WAIT, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        conn.close()
        if failures.sqlite_code(error) != "busy":
            return None
        raise LibraryError(
            "another program kept writing to the library; nothing was changed: "
            "try the restore again when it has finished",
            code="busy",
            path=library_path,
        ) from error
    return conn


def _close_cleanly(aside: Path) -> None:
    """Let SQLite fold the set-aside library's -wal into it and remove its working files.

    The lock held over the renames opened them, and a connection closing on a moved file
    leaves them (SQLite skips its checkpoint then). Opened and closed under its new name, the
    last connection does it (not while another process still has the file open).
    """
    if os.name != "posix":
        return
    with suppress(sqlite3.Error):
        conn = sqlite3.connect(aside, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def _move_aside(library_path: Path, now: datetime) -> Path | None:
    """Rename the library's files aside; if one cannot be moved, put back those that were."""
    if not library_path.exists():
        return None
    aside = library_path.with_name(f"{library_path.name}.replaced-{now:{MOMENT_FORMAT}}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            current = Path(f"{library_path}{suffix}")
            if current.exists():
                os.replace(current, f"{aside}{suffix}")
                moved.append((current, Path(f"{aside}{suffix}")))
    except OSError:
        # A library without its -wal would open without the changes the -wal holds.
        for current, kept in reversed(moved):
            os.replace(kept, current)
        raise
    return aside


def _put_back(aside: Path, library_path: Path) -> None:
    """Rename the library's files set aside at ``aside`` back to their places."""
    for suffix in ("", "-wal", "-shm"):
        kept = Path(f"{aside}{suffix}")
        with suppress(OSError):  # one never set aside; the failure being raised says the rest
            if kept.exists():
                os.replace(kept, f"{library_path}{suffix}")
