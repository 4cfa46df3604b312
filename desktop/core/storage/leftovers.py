"""Half-written copies a killed process left behind, and when they are safely ours to delete.

A copy is written under a hidden temporary name that carries the writing process's id, then
renamed into place. A process killed meanwhile (kill -9, a power cut) leaves that file, as big
as the library, where no listing shows it. It is deleted once its writer has surely ended: on
POSIX when no process has its id; elsewhere (no way to ask) when it is older than a day. A copy
whose writer still runs, in this process or another, is never touched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime, timedelta
from pathlib import Path

ABANDONED_AFTER = timedelta(days=1)
"""Where no process can be asked whether it still writes a copy, its age says it was left."""

PARTIAL = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.partial(?:-journal)?$")
"""A copy being written (``partial_path``), and its rollback journal while SQLite writes it."""

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
    """The copies of a backup that killed restores left beside the library, newest first."""
    found = []
    with suppress(OSError):
        for path in library_path.parent.iterdir():
            match = _RESTORING.match(path.name)
            if match is None or match["name"] != library_path.name or not path.is_file():
                continue
            if writer_is_gone(path, int(match["pid"]) if match["pid"] else None):
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
