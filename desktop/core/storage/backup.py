"""Backups of a library through SQLite's online backup API, in a ``backups/`` folder beside it.

Three kinds: a rotating ``daily`` copy (one per day, kept for ``DAILY_KEEP_DAYS`` days), one
``premigration`` copy before every schema migration, and ``manual`` copies the user asks for.
Only daily copies are ever deleted, and only after today's copy has been written and checked,
so a damaged library can never push the good copies out. Every copy is written to a temporary
name, checked with ``integrity_check`` and then renamed into place: a backup file that exists
is complete. Restoring (``restore``) never deletes the file it replaces: it is renamed aside.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import suppress
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import LibraryError
from desktop.core.storage import failures
from desktop.core.storage.schema import APPLICATION_ID, LATEST_VERSION

BACKUP_DIR_NAME = "backups"
DAILY_KEEP_DAYS = 7

DESTINATION_CODES = ("disk-full", "read-only", "cannot-open", "io-error", "too-big")
"""Codes of a failure of the place a copy goes (while copying, only the copy is written): the
window words each of them as the destination's problem, not the library's."""

_DAY_FORMAT = "%Y-%m-%d"
MOMENT_FORMAT = "%Y-%m-%dT%H-%M-%S-%f"
_NAME = (
    r"^(?P<stem>.+)-(?P<kind>daily|premigration|manual)-"
    r"(?P<stamp>\d{4}-\d\d-\d\d(?:T\d\d-\d\d-\d\d-\d{6})?)\.sqlite$"
)
"""A backup's file name, compiled at its first use (``re`` caches it): the first frame opens
the library without looking at its backups."""


class BackupKind(StrEnum):
    """Why a backup was taken."""

    DAILY = "daily"
    PREMIGRATION = "premigration"
    MANUAL = "manual"


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class BackupInfo(NamedTuple):
    """One backup file: where it is, why and when it was taken (local time), its size."""

    path: Path
    kind: str
    taken: datetime
    size: int


def backup_dir(library_path: Path) -> Path:
    """The folder that holds a library's backups."""
    return library_path.parent / BACKUP_DIR_NAME


def list_backups(library_path: Path) -> list[BackupInfo]:
    """Every backup of the library at ``library_path``, newest first."""
    folder = backup_dir(library_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = re.match(_NAME, path.name)
        if match is None or match["stem"] != library_path.stem:
            continue
        stamp = match["stamp"]
        taken = datetime.strptime(stamp, MOMENT_FORMAT if "T" in stamp else _DAY_FORMAT)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            continue  # rotated away by another process just now
        found.append(BackupInfo(path, match["kind"], taken, size))
    return sorted(found, key=lambda info: info.taken, reverse=True)


def latest_backup(library_path: Path) -> BackupInfo | None:
    """The newest backup of the library, or None."""
    backups = list_backups(library_path)
    return backups[0] if backups else None


def latest_backup_hint(library_path: Path) -> failures.BackupHint | None:
    """The newest backup as a damaged-library message names it."""
    latest = latest_backup(library_path)
    return failures.BackupHint(latest.path, latest.taken) if latest else None


def make_backup(
    source: sqlite3.Connection, library_path: Path, kind: str, *, now: datetime | None = None
) -> BackupInfo:
    """Copy the open library ``source`` into a new, checked backup file of ``kind``."""
    now = now or datetime.now()
    stamp = now.strftime(_DAY_FORMAT if kind == BackupKind.DAILY else MOMENT_FORMAT)
    target = backup_dir(library_path) / f"{library_path.stem}-{kind}-{stamp}.sqlite"
    _write_checked_copy(source, library_path, target, make_folder=True)
    _sweep_recorded_copies(library_path)
    taken = datetime.combine(now.date(), datetime.min.time()) if kind == BackupKind.DAILY else now
    return BackupInfo(target, kind, taken, target.stat().st_size)


def copy_library(source: sqlite3.Connection, library_path: Path, target: Path) -> BackupInfo:
    """Write a checked copy of the open library ``source`` to ``target``, a file of the user's.

    Like every backup it is written under a temporary name, checked and renamed into place, so
    ``target`` is either a complete copy or untouched; a problem with the destination (read-only,
    full, missing, the library's own file) is a LibraryError naming ``target``. A missing folder
    is not made: it is most often a removed USB stick, and a folder made in its place would put
    the copy on this computer's disk, where the user would never look for it.
    """
    if is_library_file(target, library_path):
        # Renamed over the open library, the copy would unlink the file every later change
        # is written to: they would all be lost when the window closes.
        raise LibraryError(
            "a backup cannot be written over the library itself", code="same-file", path=target
        )
    records = backup_dir(library_path)
    _write_checked_copy(source, library_path, target, make_folder=False, records=records)
    from desktop.core.storage import leftovers  # not on the start's path: only backups use it

    # A Back Up Now… killed here before left its hidden copy in the folder: sweep it now,
    # and those killed elsewhere that their records name.
    leftovers.remove_abandoned_partials(target.parent)
    _sweep_recorded_copies(library_path)
    return BackupInfo(target, BackupKind.MANUAL, datetime.now(), target.stat().st_size)


def is_library_file(target: Path, library_path: Path) -> bool:
    """Whether ``target`` names the library's file or its ``-wal`` or ``-shm``, by any path."""
    for suffix in ("", "-wal", "-shm"):
        own = Path(f"{library_path}{suffix}")
        if target.resolve() == own.resolve():
            return True
        with suppress(OSError):  # one of them missing: not the same file
            if os.path.samefile(target, own):
                return True
    return False


def ensure_daily_backup(
    source: sqlite3.Connection, library_path: Path, *, today: date | None = None
) -> BackupInfo | None:
    """Take today's daily backup if there is none yet, then drop daily copies past their days
    and half-written copies whose process died (``remove_abandoned_copies``, and a killed
    restore's copy beside the library)."""
    today = today or date.today()
    existing = {
        info.taken.date() for info in list_backups(library_path) if info.kind == BackupKind.DAILY
    }
    made = None
    if today not in existing:
        moment = datetime.combine(today, datetime.min.time())
        made = make_backup(source, library_path, BackupKind.DAILY, now=moment)
    prune_daily_backups(library_path, today=today)
    remove_abandoned_copies(library_path)
    _sweep_recorded_copies(library_path)
    from desktop.core.storage import leftovers  # not on the start's path: only backups use it

    leftovers.remove_abandoned_restores(library_path)
    return made


def remove_abandoned_copies(library_path: Path) -> list[Path]:
    """Delete the library's half-written copies in ``backups/`` left by a process that died.

    A backup killed while copying (the app ended from outside, the machine lost power) leaves
    its temporary file, as big as the library, where no listing shows it; each such death would
    leak another. A copy whose process still runs is left to finish.
    """
    from desktop.core.storage import leftovers  # not on the start's path: only backups use it

    def ours(path: Path) -> bool:
        match = leftovers.PARTIAL.match(path.name)
        if match is None:
            return False
        named = re.match(_NAME, match["name"])
        return (
            named is not None
            and named["stem"] == library_path.stem
            and leftovers.writer_is_gone(path, int(match["pid"]))
        )

    return leftovers.remove_where(backup_dir(library_path), ours)


def _sweep_recorded_copies(library_path: Path) -> None:
    """Delete what killed Back Up Now… runs of this library left in the user's folders."""
    from desktop.core.storage import leftovers  # not on the start's path: only backups use it

    leftovers.remove_recorded_partials(backup_dir(library_path))


def prune_daily_backups(library_path: Path, *, today: date | None = None) -> list[Path]:
    """Delete daily backups older than ``DAILY_KEEP_DAYS`` days; return what was deleted."""
    today = today or date.today()
    oldest_kept = today - timedelta(days=DAILY_KEEP_DAYS - 1)
    removed = []
    for info in list_backups(library_path):
        if info.kind == BackupKind.DAILY and info.taken.date() < oldest_kept:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def verify_backup(backup: Path) -> None:
    """Raise LibraryError unless ``backup`` is a complete, sound Pizhu library we can open."""
    if not backup.is_file():
        raise LibraryError("there is no such backup file", code="not-found", path=backup)
    try:
        from desktop.core.storage.uris import sqlite_uri  # a backup checked: not at start

        conn = sqlite3.connect(sqlite_uri(backup.resolve(), "mode=ro"), uri=True)
        try:
            problems = _integrity_problems(conn)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise LibraryError(
            f"the backup cannot be read ({error})", code="corrupt", path=backup
        ) from error
    if problems:
        raise LibraryError(f"the backup is damaged ({problems[0]})", code="corrupt", path=backup)
    if app_id == APPLICATION_ID and version > LATEST_VERSION:
        raise LibraryError(
            f"the backup was saved by a newer version of Pizhu (schema {version}, this version "
            f"reads up to {LATEST_VERSION})",
            code="schema-too-new",
            path=backup,
        )
    if app_id != APPLICATION_ID or version < 1:
        raise LibraryError(
            "the file is not a backup of a Pizhu library this version can open",
            code="not-a-library",
            path=backup,
        )


def _write_checked_copy(
    source: sqlite3.Connection,
    library_path: Path,
    target: Path,
    *,
    make_folder: bool,
    records: Path | None = None,
) -> None:
    """Copy, check and rename into place; ``records``: where to note the copy while it is
    written (``leftovers.record_copy``), for a copy outside the library's backups folder."""
    import uuid  # here: opening a library (the window's start) takes no backup

    from desktop.core.storage import leftovers

    # A name of its own: two processes may take the same day's copy at the same moment.
    partial = leftovers.partial_path(target, os.getpid(), uuid.uuid4().hex[:8])
    record = None if records is None else leftovers.record_copy(records, partial)
    try:
        if make_folder:
            target.parent.mkdir(parents=True, exist_ok=True)
        # Made here first: a destination we cannot write to fails as an OSError naming it,
        # not as SQLite's "unable to open database file".
        partial.open("xb").close()
        copy = sqlite3.connect(partial, isolation_level=None)
        try:
            source.backup(copy)
            # A copy of a WAL library is itself in WAL mode; a standalone file is simpler to keep.
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = _integrity_problems(copy)
        finally:
            copy.close()
        if problems:
            raise failures.damaged(
                library_path, "corrupt", problems[0], latest_backup_hint(library_path)
            )
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except sqlite3.Error as error:
        mapped = failures.library_error(
            error, library_path, lambda: latest_backup_hint(library_path)
        )
        if mapped is not None and mapped.code in DESTINATION_CODES:
            # Writing failed (the copy is what is written): the destination is at fault.
            mapped = _destination_error(error, mapped.code, partial, target)
        raise (mapped or LibraryError(str(error), path=target)) from error
    except OSError as error:
        raise failures.os_error(error, target, "writing the backup") from error
    finally:
        with suppress(OSError):  # never mask the failure itself (no such folder, say)
            partial.unlink(missing_ok=True)
        leftovers.forget_copy(record)


def _destination_error(
    error: sqlite3.Error, code: str, partial: Path, target: Path
) -> LibraryError:
    if code == "too-big" or (code == "io-error" and failures.past_size_limit([partial])):
        # The copy is what grew: SQLite says EFBIG only as an I/O error.
        reason = "the file grew past the system's size limit for one file (errno EFBIG)"
        return LibraryError(f"writing the backup failed: {reason}", code="too-big", path=target)
    return LibraryError(f"writing the backup failed: {error}", code=code, path=target)


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def fsync_file(path: Path) -> None:
    """Flush ``path``'s data to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make the renames in ``folder`` durable."""
    # A rename is durable only once its directory is synced; Windows cannot open directories.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
