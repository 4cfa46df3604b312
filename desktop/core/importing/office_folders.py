"""The temporary folders old Word files are converted in, and the sweep of those a killed
Pizhu left behind.

``private_folder(prefix)`` makes one (``pizhu-import-…`` for an import's batches,
``pizhu-convert-…`` for one file) holding an ``owner.lock`` its process keeps locked while it
uses the folder, and removes it at the end. A process killed meanwhile (the app closed from
the task manager, a crash, a power cut) leaves it, a profile and copies of the user's files
in it: ``sweep_stale()``, at the first import of each run of Pizhu, removes such folders.
One whose lock another process holds (a second Pizhu importing now) is kept, as is one made
since this process started (another Pizhu may be between making it and locking it). A folder
without a lock file (left by a Pizhu from before the lock) goes once it is a day old.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

PREFIXES = ("pizhu-import-", "pizhu-convert-")
"""The names the folders start with (``office_batch``'s and ``office_convert``'s)."""
LOCK_NAME = "owner.lock"
UNLOCKED_AGE = 24 * 3600.0
"""Seconds after which a folder without a lock file is taken as left behind."""

_STARTED = time.time()  # folders made since are never swept: their maker may be starting
_swept = threading.Event()  # one sweep a run: a folder left later is newer than the run


@contextlib.contextmanager
def private_folder(prefix: str) -> Iterator[Path]:
    """A new temporary folder, locked as in use until the block ends, then removed; an
    ``OSError`` if it cannot be made (no temporary folder, a full disk)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        lock = (folder / LOCK_NAME).open("a+b")
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    # A new file nobody else has: only a file system without locks refuses, and then a
    # sweep cannot lock it either, and keeps the folder.
    with contextlib.suppress(OSError):
        _lock(lock)
    try:
        yield folder
    finally:
        lock.close()  # released before removal: Windows removes no open file
        # Windows may still hold a killed converter's files: the import that worked stands.
        shutil.rmtree(folder, ignore_errors=True)


def sweep_stale(root: Path | None = None, *, now: float | None = None) -> list[Path]:
    """Remove the conversion folders in ``root`` (the temporary folder) that a Pizhu no
    longer running left behind; the folders removed. Only the first call of a run sweeps."""
    if _swept.is_set():
        return []
    _swept.set()
    return sweep(Path(root or tempfile.gettempdir()), now=now)


def sweep(root: Path, *, now: float | None = None) -> list[Path]:
    """Remove the conversion folders in ``root`` left behind (see the module)."""
    removed: list[Path] = []
    with contextlib.suppress(OSError), os.scandir(root) as entries:
        for entry in entries:
            if entry.name.startswith(PREFIXES) and _is_stale(entry, now or time.time()):
                shutil.rmtree(entry.path, ignore_errors=True)
                removed.append(Path(entry.path))
    return removed


def _is_stale(entry: os.DirEntry[str], now: float) -> bool:
    try:
        status = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    if not stat.S_ISDIR(status.st_mode) or status.st_mtime >= _STARTED:
        return False  # a link is never followed; a new folder's maker may be starting
    try:
        with Path(entry.path, LOCK_NAME).open("r+b") as lock:
            _lock(lock)
    except FileNotFoundError:
        return now - status.st_mtime > UNLOCKED_AGE
    except OSError:
        return False  # locked: a Pizhu running now converts in it
    return True


def _lock(file: IO[bytes]) -> None:
    """Lock ``file`` (an ``OSError`` if another holder has it); closing it unlocks it."""
    file.seek(0)
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        # flock: held by the open file, so a second open in the same process is refused too.
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
