"""The library's commit serial: which commits were this process's, and which another's.

SQLite's ``PRAGMA data_version`` says that another connection committed, not which. The window
(``desktop.gui.library_watch``) must tell another program's commit (the command line, a second
Pizhu: its views and undo steps then hold stale states) from its own workers' commits (an
import, the word counts, on connections of their own), even when both happen between two looks.
So the library keeps one counter, bumped inside every write transaction ``Database.transaction``
makes, whoever makes it; each connection of this process reports the serials it committed to
the watches of this process (``OwnCommits``); a watch that sees the data change asks whether
every serial since its last look is one of them (``made_elsewhere``). Every connection of the
process counts as its own: the app opens one window, and its other connections are its
workers'. The bump is one UPDATE of a one-row table in a transaction that writes anyway:
about 15 µs of a highlight's save, whose durable commit takes milliseconds.

Migration 10 adds the serial to every library in the transaction that migrates it (a failed
migration leaves the library as it was, and unopened). A library that keeps none all the same
(its table dropped by hand, or opened with fewer migrations) reads a ``serial`` of None: the
watch then tells the commits apart as it did before the serial existed.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import NamedTuple

from desktop.core.storage import failures
from desktop.core.storage.busy_waits import busy_timeout_for

FileKey = tuple[int, int]
"""A file's identity whatever path names it: (device, inode)."""

_TABLE = "commit_serial"

Mapping = Callable[[BaseException], None]
"""Raises the ``LibraryError`` an sqlite3 error means (``Database``'s mapping), if any."""


def create_commit_serial(conn: sqlite3.Connection) -> None:
    """The one-row table holding the serial (a schema migration), at 0."""
    conn.execute(
        f"CREATE TABLE {_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), serial INTEGER NOT NULL)"
    )
    conn.execute(f"INSERT INTO {_TABLE} (id, serial) VALUES (1, 0)")


class CommitState(NamedTuple):
    """What one look at the library found, read in one snapshot."""

    data_version: int
    """SQLite's ``data_version`` on the looking connection: it changes when another connection
    commits (or checkpoints), never for the looking connection's own commits."""
    serial: int | None
    """The library's commit serial; None when the library keeps none."""


def made_elsewhere(before: CommitState, now: CommitState, own: dict[int, bool]) -> bool | None:
    """Whether a connection not of this process committed between two looks, given the
    serials ``own`` this process committed meanwhile (True: on another connection than the
    looking one); None when the serial cannot tell (the library keeps none)."""
    if now.data_version == before.data_version:
        return False
    if now.serial is None or before.serial is None:
        return None
    between = [own.get(serial) for serial in range(before.serial + 1, now.serial + 1)]
    if None in between:
        return True  # a serial no connection of this process took
    # Only another connection's commit moves the looking one's data_version: when none of
    # this process's made one, a writer that does not bump the serial (a tool, a program
    # of its own) committed, or a file was put back under the connection.
    return True not in between


class CommitSerial:
    """One connection's way to the serial: bumped in each of its write transactions, each
    committed one reported to this process's watches of the file."""

    def __init__(
        self, conn: sqlite3.Connection, key: FileKey | None, raise_mapped: Mapping
    ) -> None:
        self._conn = conn
        self._key = key
        self._raise_mapped = raise_mapped
        self._kept: bool | None = None
        self._pending: int | None = None
        self._changes = -1
        """The connection's ``total_changes`` after its last commit (-1: none yet)."""

    @property
    def kept(self) -> bool:
        """Whether the library keeps a serial (its table exists); asked once, at the first
        write or look (inside them: a look's never waits)."""
        if self._kept is None:
            found = self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_TABLE,)
            ).fetchone()
            self._kept = found is not None
        return self._kept

    def bump(self) -> None:
        """Inside a write transaction, just before its COMMIT: take the next serial, unless
        the transaction changed no row (its commit then leaves the file, and other connections'
        ``data_version``, as they were; a change of the schema alone, which Pizhu makes only in
        migrations that write rows too, would pass for a tool's commit: the safe side)."""
        # A rolled-back transaction's changes stay counted: the next one bumps, written or not.
        if self._conn.total_changes == self._changes or not self.kept:
            return
        row = self._conn.execute(
            f"UPDATE {_TABLE} SET serial = serial + 1 RETURNING serial"
        ).fetchone()
        self._pending = None if row is None else row[0]

    def committed(self) -> None:
        """Just after the COMMIT: the serial taken is this process's."""
        serial, self._pending = self._pending, None
        self._changes = self._conn.total_changes
        if serial is not None and self._key is not None:
            _record(self._key, serial, self)

    def watch(self) -> OwnCommits | None:
        """The serials this process commits to the library from now on, as this connection
        looks at them; None if it keeps none or its file cannot be told."""
        if not self.kept or self._key is None:
            return None
        return OwnCommits(self._key, self)

    def look(self) -> CommitState | None:
        """The library's state in one snapshot, at once: None while a lock held elsewhere keeps
        even readers out (ask again later). Other failures raise a ``LibraryError``."""
        try:
            with _not_waiting(self._conn):
                return self._read()
        except sqlite3.Error as error:
            if failures.sqlite_code(error) == "busy":
                return None
            self._raise_mapped(error)
            raise

    def write_lock_free(self) -> bool:
        """Whether a write could begin now: no other connection holds the library's write lock
        (a program's open transaction). Asked at once, never waiting, as ``look``."""
        if self._conn.in_transaction:
            return True  # this connection's own: asked between its statements, nobody else's
        try:
            with _not_waiting(self._conn):
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute("ROLLBACK")
        except sqlite3.Error as error:
            if failures.sqlite_code(error) == "busy":
                return False
            self._raise_mapped(error)
            raise
        return True

    def _read(self) -> CommitState:
        began = not self._conn.in_transaction
        if began:
            self._conn.execute("BEGIN")
        try:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
            if not self.kept:
                return CommitState(version, None)
            row = self._conn.execute(f"SELECT serial FROM {_TABLE}").fetchone()
            return CommitState(version, None if row is None else row[0])
        finally:
            if began and self._conn.in_transaction:
                self._conn.execute("ROLLBACK")


def _not_waiting(conn: sqlite3.Connection) -> AbstractContextManager[None]:
    """No busy timeout for the block: a look made on a timer from the GUI thread must never
    wait on another's lock."""
    return busy_timeout_for(conn, 0)


class OwnCommits:
    """The serials this process's connections committed to one library file since the watch
    began and not yet taken (``take``); ``close`` when no longer watching."""

    def __init__(self, key: FileKey, looking: CommitSerial) -> None:
        self._key = key
        self._looking = looking
        self._serials: dict[int, bool] = {}
        with _lock:
            _watches.setdefault(key, []).append(self)

    def add(self, serial: int, by: CommitSerial) -> None:
        """Record a serial committed by this process (called under the module's lock)."""
        self._serials[serial] = by is not self._looking

    def take(self, upto: int) -> dict[int, bool]:
        """The serials up to ``upto`` recorded (True: on another connection than the looking
        one), forgotten here; later ones stay for the next ``take``."""
        with _lock:
            taken = {serial: other for serial, other in self._serials.items() if serial <= upto}
            for serial in taken:
                del self._serials[serial]
        return taken

    def close(self) -> None:
        """Record no more."""
        with _lock:
            watches = _watches.get(self._key, [])
            if self in watches:
                watches.remove(self)
            if not watches:
                _watches.pop(self._key, None)


_lock = threading.Lock()
_watches: dict[FileKey, list[OwnCommits]] = {}
"""Each watched file's watches in this process (none in a command-line run)."""


def _record(key: FileKey, serial: int, by: CommitSerial) -> None:
    if not _watches:  # nothing watches in this process: no lock to take
        return
    with _lock:
        for watch in _watches.get(key, ()):
            watch.add(serial, by)
