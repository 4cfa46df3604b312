"""``Database``: one library file opened safely, migrated, and written only in transactions.

Opening checks the file before SQLite touches it (is it SQLite at all, is it truncated, is it
ours, is its schema newer than this code), then sets the pragmas that make saved notes durable:
WAL (readers never block the writer; a crash leaves the last commit intact), ``synchronous=FULL``
(a commit is on disk when it returns, even across a power cut), foreign keys and a busy timeout
(a second process waits for the first instead of failing at once). A damaged file is never
"repaired" or overwritten: the error names the latest backup and the command that restores it.

A library that cannot be written (on a read-only disk or share, whose folder cannot take the
-wal and -shm that SQLite makes even to read; or a write-protected file) is opened for reading
only: every read works, every write transaction is refused with ``read-only`` before it starts,
and ``read_only`` says so to the window.

A ``Database`` and its connection belong to the thread that opened it; a worker thread opens
its own on the same path (WAL lets them work side by side).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.errors import CancelledError, LibraryError
from desktop.core.storage import failures
from desktop.core.storage.open_files import file_key as _file_key
from desktop.core.storage.open_files import open_files as _open_files
from desktop.core.storage.schema import APPLICATION_ID, MIGRATIONS, Migration

if TYPE_CHECKING:  # loaded at the first write or look: not on the first frame's path
    from desktop.core.storage.backup import BackupInfo
    from desktop.core.storage.commit_serial import CommitSerial, FileKey
    from desktop.core.storage.upgrade_steps import UpgradeReport

DEFAULT_BUSY_TIMEOUT = 5.0
"""Seconds a write waits for another process's transaction before giving up with ``busy``."""

WAL_CHECKPOINT_PAGES = 256
"""Pages (of 4 KiB) the WAL holds before a commit copies them into the file (SQLite's 1000
let it take 4 MiB: one annotation's search index writes ~150 KiB, so on a nearly full disk the
WAL took the last room while the file itself had pages to spare)."""

WAL_SIZE_LIMIT = 1024 * 1024
"""Bytes the WAL is cut back to once copied into the file: after a big import it would keep
its largest size until the last connection closes."""

_CANCEL_STEPS = 10_000
"""SQLite virtual-machine steps between two looks at a cancel flag (well under a millisecond)."""


class Database:
    """An open library: a ``sqlite3`` connection with Pizhu's pragmas, schema and error mapping."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, *, read_only: bool = False
    ) -> None:
        """Wrap an open connection; use ``Database.open`` rather than calling this."""
        self._conn = connection
        self.read_only = read_only
        """True when the library's file or folder cannot be written: it was opened for reading."""
        self._depth = 0
        self._reading = False
        self.path = path
        self._file_key: FileKey | None = None
        self._serial: CommitSerial | None = None
        self.created = False
        """True when this open created the schema (the file was new or empty)."""

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        on_create: Callable[[Database], None] | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
        upgrading: Callable[[], None] | None = None,
        upgrade_steps: UpgradeReport | None = None,
    ) -> Database:
        """Open (or create) the library at ``path`` and bring its schema up to date.

        ``on_create`` runs inside the transaction that creates the schema of a new library, so
        a library either exists with its initial content or not at all. ``upgrading`` is called
        before a library with an older schema is backed up and upgraded (seconds for a large
        one): the window says so meanwhile; ``upgrade_steps`` then hears how far it is.
        """
        path = Path(path).absolute()
        with _open_files.guard(path) as open_here:
            if not open_here:  # reading it outside SQLite would drop this process's locks
                failures.inspect_file(path, lambda: _latest_backup_hint(path))
            before = _file_key(path)
            read_only = failures.cannot_write(path)
            conn = _connect(path, busy_timeout, read_only=read_only)
            database = cls(conn, path, read_only=read_only)
            database._file_key = _open_files.opened(path)
        try:
            if before is not None and before != database._file_key:
                raise failures.replaced(path)  # which of the two did SQLite open? Neither trusted
            database._initialise(busy_timeout, on_create, migrations, upgrading, upgrade_steps)
        except BaseException:
            database.close()
            raise
        return database

    def close(self) -> None:
        """Close the connection (the last one to close checkpoints the WAL into the file)."""
        self._conn.close()
        _open_files.closed(self._file_key)
        self._file_key = None

    def cancel_when(self, cancelled: Callable[[], bool] | None) -> None:
        """Abort any statement of this connection while ``cancelled()`` is true (None: never).

        SQLite asks every few thousand steps, so a long query stops soon after a worker's
        cancel flag is set, even one that started after the flag (which ``interrupt`` misses);
        it raises CancelledError.
        """
        if cancelled is None:
            self._conn.set_progress_handler(None, 0)
        else:
            self._conn.set_progress_handler(lambda: 1 if cancelled() else 0, _CANCEL_STEPS)

    def interrupt(self) -> None:
        """Abort the query running on this connection (the one call safe from another thread).

        The interrupted statement raises; a worker's owner uses this to cancel a stale search.
        """
        self._conn.interrupt()

    def waiting_at_most(self, seconds: float) -> AbstractContextManager[None]:
        """The block's statements wait at most ``seconds`` for another connection's lock, the
        library's busy timeout back after it: for a write its caller sends again itself, which
        must not hold the GUI thread up the whole busy timeout."""
        from desktop.core.storage.busy_waits import busy_timeout_for

        return busy_timeout_for(self._conn, seconds)

    def checkpoint(self) -> None:
        """Copy every committed change from the WAL into the main file and empty the WAL."""
        if self.read_only:
            return  # nothing was written, and nothing may be
        self._execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def serial(self) -> CommitSerial:
        """The library's commit serial, bumped by every write transaction; its ``look`` tells
        what other connections committed (``commit_serial``)."""
        if self._serial is None:
            from desktop.core.storage.commit_serial import CommitSerial

            self._serial = CommitSerial(self._conn, self._file_key, self._raise_mapped)
        return self._serial

    @property
    def user_version(self) -> int:
        """The schema version stored in the file."""
        return self.value("PRAGMA user_version")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception.

        Nested use becomes a savepoint, so a failing inner step undoes only itself and the outer
        transaction decides. sqlite3 errors leave as ``LibraryError`` with a code.
        """
        if self._reading:
            # A deferred read cannot safely turn into a write: it may hold a stale snapshot.
            raise RuntimeError("a write transaction cannot start inside Database.read()")
        if self._depth:
            with self._savepoint() as conn:
                yield conn
            return
        if self.read_only:  # refused before SQLite is asked: the message names the cause
            raise failures.opened_read_only(self.path)
        self._execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            self._check_still_in_place()
            yield self._conn
            self.serial.bump()
            self._execute("COMMIT")
            self.serial.committed()
        except BaseException as error:
            self._rollback()
            self._raise_mapped(error)
            raise
        finally:
            self._depth = 0

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: several queries see one consistent state of the library."""
        if self._depth:
            yield self._conn
            return
        self._execute("BEGIN")
        self._depth = 1
        self._reading = True
        try:
            yield self._conn
        except BaseException as error:
            self._raise_mapped(error)
            raise
        finally:
            self._depth = 0
            self._reading = False
            if self._conn.in_transaction:
                self._rollback()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """Every row of one query."""
        with self.read() as conn:
            return conn.execute(sql, params).fetchall()

    def row(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        """The first row of one query, or None."""
        with self.read() as conn:
            return conn.execute(sql, params).fetchone()

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row of one query (None when there is no row)."""
        found = self.row(sql, params)
        return None if found is None else found[0]

    def check(self) -> list[str]:
        """Problems found by ``integrity_check`` and ``foreign_key_check``; empty when sound."""
        with self.read() as conn:
            rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            problems = [] if rows == ["ok"] else rows
            problems += [
                f"foreign key: {row[0]} row {row[1]} refers to a missing {row[2]} row"
                for row in conn.execute("PRAGMA foreign_key_check")
            ]
        return problems

    # backup is imported where used: not on the first frame's path (tests/gui/test_app.py).
    def backup(self, kind: str | None = None, *, now: datetime | None = None) -> BackupInfo:
        """Write a checked copy of the library into its backups folder now (None: manual)."""
        from desktop.core.storage.backup import BackupKind, make_backup

        kind = BackupKind.MANUAL if kind is None else kind
        return make_backup(self._conn, self.path, kind, now=now)

    def copy_to(self, target: Path) -> BackupInfo:
        """Write a checked copy of the library to ``target`` (a file the user chose)."""
        from desktop.core.storage.backup import copy_library

        return copy_library(self._conn, self.path, target)

    def ensure_daily_backup(self, *, today: date | None = None) -> BackupInfo | None:
        """Take today's rotating backup if not yet taken (see ``backup.ensure_daily_backup``);
        none for a library opened for reading: nothing in it can change."""
        if self.read_only:
            return None
        from desktop.core.storage.backup import ensure_daily_backup

        return ensure_daily_backup(self._conn, self.path, today=today)

    def _initialise(
        self,
        busy_timeout: float,
        on_create: Callable[[Database], None] | None,
        migrations: Sequence[Migration],
        upgrading: Callable[[], None] | None = None,
        upgrade_steps: UpgradeReport | None = None,
    ) -> None:
        self._execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        version = self._check_identity(len(migrations))
        if self.read_only:
            if version < len(migrations):  # an upgrade (or a new schema) is a write
                raise failures.opened_read_only(self.path, upgrade=True)
            self._execute("PRAGMA foreign_keys = ON")
            return
        # Only now that the file is known to be ours may anything be written to it.
        self._execute("PRAGMA journal_mode = WAL")
        self._execute("PRAGMA synchronous = FULL")
        # macOS's fsync() leaves data in the drive's cache; F_FULLFSYNC does not (no-op elsewhere).
        self._execute("PRAGMA fullfsync = ON")
        self._execute("PRAGMA foreign_keys = ON")
        self._execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        self._execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        if version < len(migrations):
            from desktop.core.storage.migration import migrate  # only when one is due

            migrate(self, version, on_create, migrations, upgrading, upgrade_steps)

    def _check_identity(self, latest: int) -> int:
        try:
            app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            tables = self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.Error as error:
            self._raise_mapped(error)
            raise
        foreign = app_id != APPLICATION_ID and (app_id != 0 or version != 0 or tables != 0)
        if foreign:
            raise self._damaged("not-a-library", "it is another program's SQLite database")
        if version > latest:
            raise LibraryError(
                f"the library was written by a newer Pizhu (schema version {version}; this "
                f"version reads up to {latest}); update Pizhu to open it. It was left untouched.",
                code="schema-too-new",
                path=self.path,
            )
        return version

    @contextmanager
    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        name = f"nested_{self._depth}"
        self._execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self._conn
        except BaseException:
            self._execute(f"ROLLBACK TO {name}")
            self._execute(f"RELEASE {name}")
            raise
        else:
            self._execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def _check_still_in_place(self) -> None:
        """Raise LibraryError ``replaced`` if another file now stands at the library's path (a
        restore renamed this one aside), ``missing`` if none does (moved, deleted, its disk
        pulled): what is committed to the file held open would be lost to the user. The
        transaction, still empty, is rolled back."""
        now = _file_key(self.path) if self._file_key is not None else None
        if self._file_key is not None and now is None:
            raise failures.missing(self.path)
        if now != self._file_key:
            raise failures.replaced(self.path)

    def _execute(self, sql: str) -> None:
        try:
            self._conn.execute(sql)
        except sqlite3.Error as error:
            self._raise_mapped(error)
            raise

    def _rollback(self) -> None:
        # After some errors (disk full, I/O) SQLite has already rolled back on its own.
        if self._conn.in_transaction:
            with suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _raise_mapped(self, error: BaseException) -> None:
        if isinstance(error, sqlite3.Error) and failures.interrupted(error):
            raise CancelledError("the query was cancelled") from error
        if isinstance(error, sqlite3.Error):
            mapped = failures.library_error(
                error, self.path, lambda: _latest_backup_hint(self.path)
            )
            if mapped is not None:
                raise mapped from error

    def _damaged(self, code: str, problem: str) -> failures.DamagedLibraryError:
        return failures.damaged(self.path, code, problem, _latest_backup_hint(self.path))


def _latest_backup_hint(path: Path) -> failures.BackupHint | None:
    """The newest backup as a damaged-library message names it (only then is it looked for)."""
    from desktop.core.storage.backup import latest_backup_hint

    return latest_backup_hint(path)


def _connect(path: Path, busy_timeout: float, *, read_only: bool = False) -> sqlite3.Connection:
    target: str | Path = path
    if read_only:  # its URI (loaded for a library read only: not at every start)
        from desktop.core.storage.uris import read_only_uri

        target = read_only_uri(path)
    try:
        conn = sqlite3.connect(target, timeout=busy_timeout, isolation_level=None, uri=read_only)
    except sqlite3.Error as error:
        hint = _latest_backup_hint(path)
        raise (failures.library_error(error, path, lambda: hint) or error) from error
    conn.row_factory = sqlite3.Row
    return conn
