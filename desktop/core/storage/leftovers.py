"""Half-written copies a killed process left behind, and when they are safely ours to delete.

A copy is written under a hidden temporary name that carries the writing process's id, then
renamed into place. A process killed meanwhile (kill -9, a power cut) leaves that file, as big
as the library, where no listing shows it. It is deleted once its writer has surely ended: on
POSIX when no process has its id; elsewhere (no way to ask) when it is older than a day. A copy
whose writer still runs, in this process or another, is never touched.

A Back Up Now… writes into a folder of the user's, which nothing else looks into: before its
copy is begun, a record of where it goes is left in the library's own backups folder
(``record_copy``) and removed once the copy is in place or cleaned up. A record left behind
says where a killed copy lies: the next start or backup, whatever its folder, deletes that very
file (``remove_recorded_partials``), and nothing else there.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

ABANDONED_AFTER = timedelta(days=1)
"""Where no process can be asked whether it still writes a copy, its age says it was left."""

PARTIAL = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.partial(?:-journal)?$")
"""A copy being written (``partial_path``), and its rollback journal while SQLite writes it."""

_RECORD = re.compile(r"^\.copy-(?P<pid>\d+)-(?P<token>[0-9a-f]{8})\.where$")
"""The record of a copy being written elsewhere (``record_copy``), named by its writer."""

_RESTORING = re.compile(r"^\.(?P<name>.+?)(?:\.(?P<pid>\d+)-[0-9a-f]{8})?\.restoring$")
_SQLITE_HEADERS = (b"SQLite format 3\x00", bytes.fromhex("d9d505f920a163d7"))  # file, journal


def partial_path(target: Path, pid: int, token: str) -> Path:
    """The temporary name a copy to ``target`` is written under by process ``pid``."""
    return target.with_name(f".{target.name}.{pid}-{token}.partial")


def restoring_path(library_path: Path, pid: int, token: str) -> Path:
    """The temporary name a backup is copied to by process ``pid`` before it replaces the
    library at ``library_path``."""
    return library_path.with_name(f".{library_path.name}.{pid}-{token}.restoring")


def writer_is_gone(path: Path, pid: int | None) -> bool:
    """Whether the process that wrote the temporary copy at ``path`` has ended.

    ``pid`` None (a name from an older version, without one): only its age can tell.
    """
    if pid == os.getpid():
        return False  # this process's own copy, still being written by another thread
    if pid is None or os.name != "posix":  # os.kill would end the process there, not ask
        try:
            age = datetime.now() - datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            return False
        return age > ABANDONED_AFTER
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return True
    except OSError:  # another user's process: alive
        return False
    return False


def remove_abandoned_restores(library_path: Path) -> list[Path]:
    """Delete the copies of a backup that a killed restore left beside the library."""

    def ours(path: Path) -> bool:
        match = _RESTORING.match(path.name)
        if match is None or match["name"] != library_path.name:
            return False
        return writer_is_gone(path, int(match["pid"]) if match["pid"] else None)

    return remove_where(library_path.parent, ours)


def abandoned_restores(library_path: Path) -> list[Path]:
    """The copies of a backup that killed restores left beside the missing library, newest
    first: on POSIX those whose writer has ended; elsewhere any other process's, however young.

    There no process can be asked, and a day's wait (``writer_is_gone``) would leave the copy
    until the next start had made a new library in its place. A restore still running leaves
    the library missing only between two renames and puts this very copy there; one killed
    while copying left a copy that fails ``verify_backup``.
    """
    found = []
    with suppress(OSError):
        for path in library_path.parent.iterdir():
            match = _RESTORING.match(path.name)
            if match is None or match["name"] != library_path.name or not path.is_file():
                continue
            pid = int(match["pid"]) if match["pid"] else None
            if (os.name != "posix" and pid != os.getpid()) or writer_is_gone(path, pid):
                found.append(path)
    return sorted(found, key=_modified, reverse=True)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def remove_abandoned_partials(folder: Path) -> list[Path]:
    """Delete the half-written copies a killed Back Up Now… left in ``folder`` (one a user
    chose): hidden, named as ``partial_path`` names them, SQLite's (or empty), writer ended."""

    def ours(path: Path) -> bool:
        match = PARTIAL.match(path.name)
        return (
            match is not None
            and writer_is_gone(path, int(match["pid"]))
            and _holds_sqlite_or_nothing(path)
        )

    return remove_where(folder, ours)


class CopyRecord(NamedTuple):
    """Where a copy being written is noted, and whether noting it made the records' folder."""

    path: Path
    made_folder: bool


def record_copy(records: Path, partial: Path) -> CopyRecord | None:
    """Leave in ``records`` (the library's backups folder) where the copy ``partial`` (named by
    ``partial_path``) is being written; None if no record could be left (the next backup into
    that folder still sweeps the copy, as before)."""
    match = re.search(r"\.(\d+)-([0-9a-f]{8})\.partial$", partial.name)
    if match is None:
        return None
    record = CopyRecord(records / f".copy-{match[1]}-{match[2]}.where", not records.is_dir())
    try:
        records.mkdir(parents=True, exist_ok=True)
        record.path.write_text(str(partial), encoding="utf-8")
    except OSError:  # a read-only library folder: the copy is still worth making
        forget_copy(record)  # and the folder made for the record goes with it
        return None
    return record


def forget_copy(record: CopyRecord | None) -> None:
    """The copy ``record`` speaks of is in place or cleaned up: drop the record (and the
    folder it made, left empty: a library never backed up has none)."""
    if record is None:
        return
    with suppress(OSError):
        record.path.unlink(missing_ok=True)
    if record.made_folder:
        with suppress(OSError):  # not empty: a backup was written there meanwhile
            record.path.parent.rmdir()


def remove_recorded_partials(records: Path) -> list[Path]:
    """Delete the copies (and their journals) that killed Back Up Now… runs left where their
    records in ``records`` say; drop each record whose copy is dealt with. A copy whose writer
    still runs is left, and so is the record of one in a folder not there now (a USB stick)."""
    removed: list[Path] = []
    try:
        entries = list(records.iterdir())
    except OSError:
        return removed
    for record in entries:
        match = _RECORD.match(record.name)
        if match is None or not writer_is_gone(record, int(match["pid"])):
            continue
        try:
            partial = Path(record.read_text(encoding="utf-8"))
        except (OSError, UnicodeError):
            continue
        suffix = f".{match['pid']}-{match['token']}.partial"
        if PARTIAL.match(partial.name) and partial.name.endswith(suffix):
            if not partial.parent.is_dir():
                continue  # its folder is away: the copy is looked for when it is back
            removed += _remove_copy(partial)
        with suppress(OSError):
            record.unlink()
    return removed


def _remove_copy(partial: Path) -> list[Path]:
    """Delete the copy at ``partial`` and its journal, each only if it is SQLite's or empty."""
    removed = []
    for path in (partial, Path(f"{partial}-journal")):
        if path.is_file() and not path.is_symlink() and _holds_sqlite_or_nothing(path):
            with suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def remove_where(folder: Path, ours: Callable[[Path], bool]) -> list[Path]:
    """Delete the plain files in ``folder`` that ``ours`` claims; return what was deleted."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:  # a folder gone or unreadable has nothing of ours to sweep
        return []
    for path in entries:
        if path.is_file() and not path.is_symlink() and ours(path):
            with suppress(OSError):  # taken away by another process just now
                path.unlink()
                removed.append(path)
    return removed


def _holds_sqlite_or_nothing(path: Path) -> bool:
    # Asked only once ``writer_is_gone``: never of a copy this process has open in SQLite
    # (closing a descriptor of it would drop that connection's locks).
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return False
    return head == b"" or head.startswith(_SQLITE_HEADERS)
