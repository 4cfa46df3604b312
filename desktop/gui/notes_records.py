"""Where the files of refused notes are recorded: no list that two processes rewrite.

Each file holding notes the library refused (``unsaved_notes_file``) has a record of its own in
one folder beside the settings (``<config>/Pizhu/unsaved-notes/``): a small file naming it,
written whole (a temporary file, fsync, a rename), and a ``QLockFile`` its window holds while
it runs. Two processes (two libraries) that record at once write two files; neither rewrites
the other's, so neither is lost (a list in the settings was read, changed and written back by
each: the last writer dropped the other's entry).

At a start, a record whose lock can be taken belongs to a window that has ended (killed, the
power cut, or closed at a logout, which lets go of it): its file is told of, and the record
goes. Qt judges the lock by whether its process still runs (on POSIX also whether it still
holds the lock), on every platform alike: no day's wait where no process can be asked.
"""

from __future__ import annotations

import os
import uuid
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

if TYPE_CHECKING:
    from desktop.gui.settings import Settings

RECORD_SUFFIX = ".record"
"""A record's name: ``<pid>-<random>.record``, its lock ``<pid>-<random>.lock`` beside it."""

_LOCK_SUFFIX = ".lock"


def records_folder(settings: Settings) -> Path:
    """The folder of the records: beside the settings file (a test's own, in its tmp_path)."""
    return settings.path.parent / "unsaved-notes"


class HeldRecord:
    """A running window's record of its file of refused notes, locked while the window runs."""

    def __init__(self, lock: QLockFile, record: Path) -> None:
        self._lock = lock
        self.record = record
        """The record's own file (there once ``name`` has written it)."""

    @classmethod
    def take(cls, folder: Path) -> HeldRecord | None:
        """A new record in ``folder``, its lock taken first (a start that saw the record
        without its lock would take the window for ended); None if the lock cannot be made."""
        stem = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        lock = _lock_for(folder / f"{stem}{_LOCK_SUFFIX}")
        if not lock.tryLock(0):
            return None
        return cls(lock, folder / f"{stem}{RECORD_SUFFIX}")

    def name(self, path: Path) -> bool:
        """Record ``path`` as the window's file; False if the record could not be written."""
        return _write_record(self.record, path)

    def let_go(self) -> None:
        """The window ends with its file still to be told of (a logout): the record stays,
        its lock is released, and the next start tells of the file."""
        self._lock.unlock()

    def remove(self) -> None:
        """The file holds nothing to tell of (saved, given up, deleted): no record of it."""
        with suppress(OSError):
            self.record.unlink(missing_ok=True)
        self._lock.unlock()


def record_for_next_start(settings: Settings, path: Path) -> bool:
    """Record ``path`` (written at a logout) to be told of at the next start: no lock held,
    as a window that has ended. False if the record could not be written."""
    folder = records_folder(settings)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return _write_record(folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}{RECORD_SUFFIX}", path)


def recorded(settings: Settings) -> list[Path]:
    """The files every record names, running windows' too, oldest record first."""
    names = (_read_record(record) for record in _records(records_folder(settings)))
    return [path for path in names if path is not None]


def take_ended(settings: Settings) -> list[Path]:
    """The files recorded by windows that have ended, oldest first, still there: their
    records removed (told of once). A running window's record stays as it is."""
    folder = records_folder(settings)
    found: list[Path] = []
    for record in _records(folder):
        lock = _lock_for(record.with_suffix(_LOCK_SUFFIX))
        if not lock.tryLock(0):
            continue  # its window still runs
        try:
            path = _read_record(record)
            with suppress(OSError):
                record.unlink()
        finally:
            lock.unlock()
        if path is not None and path.is_file() and path not in found:
            found.append(path)
    _remove_lone_locks(folder)
    return found


def _records(folder: Path) -> list[Path]:
    try:
        records = [path for path in folder.glob(f"*{RECORD_SUFFIX}") if path.is_file()]
    except OSError:
        return []
    return sorted(records, key=_modified)


def _remove_lone_locks(folder: Path) -> None:
    """The locks of windows killed before they wrote a record: gone once free (one held is
    a window about to write its record)."""
    with suppress(OSError):
        for path in folder.glob(f"*{_LOCK_SUFFIX}"):
            if not path.with_suffix(RECORD_SUFFIX).exists():
                lock = _lock_for(path)
                if lock.tryLock(0):
                    lock.unlock()  # which deletes it


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # No stale time: a window holds its lock for hours; Qt judges it by its process alone.
    lock.setStaleLockTime(0)
    return lock


def _write_record(record: Path, path: Path) -> bool:
    from desktop.core.errors import ExportError
    from desktop.core.fileio import atomic_write

    try:
        atomic_write(record, f"{path}\n")
    except (ExportError, OSError):
        return False
    return True


def _read_record(record: Path) -> Path | None:
    try:
        name = record.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(name) if name else None


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
