"""The URI that opens a file through SQLite with options (``mode=ro``, ``immutable=1``)."""

from __future__ import annotations

from pathlib import Path, PurePath

from desktop.core.storage import failures


def sqlite_uri(path: PurePath, options: str) -> str:
    """``file:…?options`` for the absolute ``path``, as SQLite reads it on every system.

    ``as_uri`` writes a Windows share (``\\\\server\\share\\lib.pizhu``) as
    ``file://server/share/…``, and SQLite refuses any authority but ``localhost`` ("invalid
    uri authority"): the share's path goes after an empty one, ``file:////server/share/…``.
    """
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return f"{uri}?{options}"


def read_only_uri(path: Path) -> str:
    """The URI that opens the library at ``path`` (which cannot be written) for reading:
    ``mode=ro`` reads it and its WAL (SQLite makes the -shm if the folder takes it; a WAL left
    without its -shm in a folder that does not cannot be read: ``folder-read-only``). Where
    the folder takes no file and there is no WAL (nobody has it open to write, who would have
    made one), ``immutable`` reads the file alone, without locks or -shm."""
    if not failures.in_unwritable_folder(path) or Path(f"{path}-wal").exists():
        return sqlite_uri(path, "mode=ro")
    return sqlite_uri(path, "immutable=1")
