"""SQLite failures as ``LibraryError``: one code per thing the user can act on, one clear line.

``sqlite3`` raises a handful of exception classes whose meaning lives in the SQLite result code
(``sqlite_errorcode``, Python 3.11+). This module is the one place that turns them into the
codes of ``desktop.core.errors.LibraryError`` and writes the English message. A damaged library
(not SQLite, truncated, corrupt) gets a message naming the latest backup and the command that
restores it, because that is the one thing the user needs to know next. ``inspect_file`` finds
the files SQLite would misreport (not SQLite at all, truncated) before it opens them.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from desktop.core.errors import LibraryError

_MAX_PAGE = 65536
"""SQLite's largest page: a write that failed grew a file by at most this much at a time."""

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_INTERRUPT = 9
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
# SQLite could not grow the library's shared-memory file (<library>-shm): the disk is full
# (or the file-size limit reached). Its primary code, IOERR, would say only "disk error".
_SQLITE_IOERR_SHMSIZE = _SQLITE_IOERR | (19 << 8)
# A write the system refused: SQLite says ENOSPC itself (FULL), any other errno only this way.
_SQLITE_IOERR_WRITE = _SQLITE_IOERR | (3 << 8)

_MESSAGES = {
    "busy": "the library is in use by another process and stayed locked; try again",
    "read-only": "the library cannot be written to (read-only file, folder or disk): nothing saved",
    "disk-full": "the disk is full; the change was not saved and the library is as it was",
    "cannot-open": "the library file cannot be opened (missing folder or no permission)",
    "io-error": "the disk reported an error while reading or writing the library",
    "too-big": (
        "the library's file grew past the system's size limit for one file (errno EFBIG, "
        "ulimit -f); the change was not saved and the library is as it was"
    ),
    "missing": (
        "the library's file is no longer where it was opened (moved, deleted, or its disk "
        "removed); the change was not saved. Put it back, or open it where it is now"
    ),
    "became-read-only": (
        "the library's disk or file became read-only while it was open (remounted read-only, "
        "write-protected or its permissions changed); the change was not saved"
    ),
    "folder-read-only": (
        "the library's folder cannot be written to (a read-only folder or disk), and SQLite must "
        "make its working files ({name}-wal, {name}-shm) beside the library even to read it; "
        "copy the library to a folder you can write to and open it there. It was left untouched"
    ),
    "opened-read-only": (
        "the library is open for reading only: its file, folder or disk cannot be written to "
        "(a read-only file, share or disk); nothing was saved"
    ),
    "read-only-upgrade": (
        "the library's file or folder cannot be written to (a read-only file, folder or disk), "
        "and the library must be upgraded by this version of Pizhu before it can be read; copy "
        "it to a folder you can write to and open it there. It was left untouched"
    ),
    "new-in-read-only-folder": (
        "the folder cannot be written to (a read-only folder or disk), so a new library cannot "
        "be made in it; choose a folder you can write to"
    ),
    "no-room-for-shm": (
        "the disk is full: there is no room for the library's working file ({name}-shm), "
        "so it cannot be read or written; free some space on the disk. The library is as it was"
    ),
}

_CODES = {
    _SQLITE_BUSY: "busy",
    _SQLITE_LOCKED: "busy",
    _SQLITE_READONLY: "read-only",
    _SQLITE_PERM: "read-only",
    _SQLITE_FULL: "disk-full",
    _SQLITE_CANTOPEN: "cannot-open",
    _SQLITE_IOERR: "io-error",
    _SQLITE_CORRUPT: "corrupt",
    _SQLITE_NOTADB: "not-a-library",
}

_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100

RESTORE_COMMAND = "python -m desktop backup --restore {backup} --library {library}"
"""How a user restores a backup from the command line; named in every damaged-library message."""


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class BackupHint(NamedTuple):
    """The newest backup of a library, as a damaged-library message names it."""

    path: Path
    taken: datetime


class DamagedLibraryError(LibraryError):
    """The library file is not SQLite, truncated or corrupt; it was left untouched.

    ``latest_backup`` is the newest backup beside it (``None`` when there is none), so the GUI
    can offer to restore it without parsing the message.
    """

    def __init__(self, message: str, *, code: str, path: Path, latest_backup: BackupHint | None):
        super().__init__(message, code=code, path=path)
        self.latest_backup = latest_backup


def sqlite_code(error: sqlite3.Error) -> str | None:
    """The LibraryError code for an sqlite3 exception, or None for a programming error."""
    primary = getattr(error, "sqlite_errorcode", None)
    if primary is not None:
        return _CODES.get(primary & 0xFF)
    # Stored text that is not valid UTF-8 can only come from damage to the file's pages
    # (SQLite does not checksum overflow pages); Python reports it without a result code.
    if str(error).startswith("Could not decode to UTF-8"):
        return "corrupt"
    # Other errors raised by the sqlite3 module itself (closed connection...) are bugs.
    return None


def interrupted(error: sqlite3.Error) -> bool:
    """True if the statement was aborted on purpose (a cancel: ``Database.cancel_when``)."""
    primary = getattr(error, "sqlite_errorcode", None)
    return primary is not None and primary & 0xFF == _SQLITE_INTERRUPT


def library_error(
    error: sqlite3.Error, path: Path, latest_backup: Callable[[], BackupHint | None]
) -> LibraryError | None:
    """The LibraryError for ``error`` raised on the library at ``path``; None if it is a bug."""
    code = sqlite_code(error)
    if code is None:
        return None
    if getattr(error, "sqlite_errorcode", None) == _SQLITE_IOERR_SHMSIZE:
        message = _MESSAGES["no-room-for-shm"].format(name=path.name)
        return LibraryError(message, code="disk-full", path=path)
    if code == "io-error" and _refused_past_size_limit(error, path):
        return LibraryError(_MESSAGES["too-big"], code="too-big", path=path)
    if code == "io-error" and became_read_only(path):
        return LibraryError(_MESSAGES["became-read-only"], code="read-only", path=path)
    if code == "cannot-open" and in_unwritable_folder(path):
        message = _MESSAGES["folder-read-only"].format(name=path.name)
        return LibraryError(message, code="read-only", path=path)
    if code in ("corrupt", "not-a-library"):
        return damaged(path, code, str(error), latest_backup())
    return LibraryError(_MESSAGES[code], code=code, path=path)


def _refused_past_size_limit(error: sqlite3.Error, path: Path) -> bool:
    """Whether SQLite's failed write was EFBIG: a file of the library reached this process's
    size limit for one file (``ulimit -f``). SQLite reports that errno only as an I/O error."""
    if getattr(error, "sqlite_errorcode", None) != _SQLITE_IOERR_WRITE:
        return False
    return past_size_limit([path, Path(f"{path}-wal")])


def became_read_only(path: Path) -> bool:
    """Whether the library or its WAL now refuses writes: its disk was remounted read-only
    (a share, a stick's lock switch) or the file made unwritable. SQLite reports the EROFS or
    EPERM of such a write only as an I/O error, which would send the user to check the disk."""
    statvfs = getattr(os, "statvfs", None)  # POSIX only
    for file in (path, Path(f"{path}-wal")):
        if not file.exists():
            continue
        with suppress(OSError):
            if statvfs is not None and statvfs(file).f_flag & os.ST_RDONLY:
                return True
        if not os.access(file, os.W_OK):
            return True
    return False


def past_size_limit(files: list[Path]) -> bool:
    """Whether one of ``files`` is within a page of this process's file-size limit."""
    try:
        import resource  # POSIX only; Windows has no such limit
    except ImportError:
        return False
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit == resource.RLIM_INFINITY:
        return False
    for file in files:
        with suppress(OSError):  # a file not there did not grow
            if file.stat().st_size + _MAX_PAGE >= limit:
                return True
    return False


def creating_error(error: LibraryError, path: Path) -> LibraryError:
    """``error``, met on the hidden file a new library is built in, said of the library at
    ``path`` (the user never chose that file's name)."""
    if error.code == "cannot-open" and not os.access(path.parent, os.W_OK | os.X_OK):
        message = _MESSAGES["new-in-read-only-folder"]
        return LibraryError(message, code="read-only", path=path)
    return LibraryError(error.message, code=error.code, path=path)


def cannot_write(path: Path) -> bool:
    """True for a library that exists but cannot be written: the file itself (write-protected,
    another user's) or its folder (``in_unwritable_folder``). It is opened for reading only."""
    return path.is_file() and (in_unwritable_folder(path) or not os.access(path, os.W_OK))


def in_unwritable_folder(path: Path) -> bool:
    """True for a library that exists in a folder this process cannot create files in."""
    return path.is_file() and not os.access(path.parent, os.W_OK | os.X_OK)


def missing(path: Path) -> LibraryError:
    """The error for a write to a library whose file left its path while it was open: SQLite
    would write on into the file it holds, which the user no longer has."""
    return LibraryError(_MESSAGES["missing"], code="missing", path=path)


def replaced(path: Path) -> LibraryError:
    """The error for a library whose file another replaced (a restore from a backup) while it
    was open, or as it was opened: which of the two SQLite holds is not known."""
    return LibraryError(
        "the library's file was replaced (by a restore from a backup) while it was open; "
        "nothing was changed: try again",
        code="replaced",
        path=path,
    )


def opened_read_only(path: Path, *, upgrade: bool = False) -> LibraryError:
    """The error for a write (or, with ``upgrade``, an upgrade) refused because the library
    was opened for reading only (``cannot_write``)."""
    message = _MESSAGES["read-only-upgrade" if upgrade else "opened-read-only"]
    return LibraryError(message, code="read-only", path=path)


def os_error(error: OSError, path: Path, doing: str) -> LibraryError:
    """The LibraryError for a file-system failure while ``doing`` something to ``path``."""
    if error.errno == errno.EFBIG:
        reason = "the file grew past the system's size limit for one file (errno EFBIG)"
        return LibraryError(f"{doing} failed: {reason}", code="too-big", path=path)
    if error.errno == errno.ENOSPC:
        code = "disk-full"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        code = "read-only"
    elif error.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.EEXIST):
        code = "cannot-open"
    else:
        code = "io-error"
    reason = error.strerror or str(error)
    return LibraryError(f"{doing} failed: {reason}", code=code, path=path)


def damaged(path: Path, code: str, problem: str, latest: BackupHint | None) -> DamagedLibraryError:
    """The error for a library file that cannot be used as it is, with the way back."""
    what = "file is not a Pizhu library" if code == "not-a-library" else "library is damaged"
    message = f"the {what} ({problem}); it was left untouched. " + restore_advice(path, latest)
    return DamagedLibraryError(message, code=code, path=path, latest_backup=latest)


def restore_advice(path: Path, latest: BackupHint | None) -> str:
    """One sentence: the latest backup and the command that restores it, or that none exists."""
    if latest is None:
        return (
            "No backup of it exists; move the file elsewhere to start a new library, "
            "or open it with an SQLite recovery tool."
        )
    import shlex  # here: only a damaged library needs it

    command = RESTORE_COMMAND.format(
        backup=shlex.quote(str(latest.path)), library=shlex.quote(str(path))
    )
    taken = latest.taken.strftime("%Y-%m-%d %H:%M")
    return f"The latest backup is {latest.path} ({taken}); restore it with: {command}"


def inspect_file(path: Path, latest_backup: Callable[[], BackupHint | None]) -> None:
    """Refuse a file that is not SQLite or visibly truncated before SQLite opens it.

    Never for a file this process has open through SQLite: closing the descriptor read here
    would drop the locks its connections hold (``Database.open`` sees to that).
    """
    if not path.exists():
        return
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError as error:
        raise LibraryError(
            f"the library file cannot be read ({error.strerror})", code="cannot-open", path=path
        ) from error
    wal = Path(f"{path}-wal")
    # With a non-empty WAL the main file may legitimately lag behind: SQLite replays it.
    if wal.exists() and wal.stat().st_size > 0:
        return
    problem = _header_problem(header, size)
    if problem is not None:
        code, detail = problem
        raise damaged(path, code, detail, latest_backup())


def _header_problem(header: bytes, size: int) -> tuple[str, str] | None:
    if size == 0:
        return "corrupt", "the file is empty"
    if not header.startswith(_MAGIC[: len(header)]) or len(header) < len(_MAGIC):
        return "not-a-library", "it is not an SQLite database"
    if len(header) < _HEADER_SIZE:
        return "corrupt", "the file is truncated inside its header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "corrupt", "its header is damaged"
    if size % page_size:
        return "corrupt", "the file is truncated (it ends inside a page)"
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is only valid when written by the same change as byte 92.
    if pages and header[24:28] == header[92:96] and size < pages * page_size:
        return "corrupt", f"the file is truncated (it holds {size // page_size} of {pages} pages)"
    return None
