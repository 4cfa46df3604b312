"""Which library files this process has open through SQLite (``Database`` counts them)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.storage.commit_serial import FileKey


class OpenFiles:
    """The library files this process has open through SQLite, counted by connection.

    POSIX drops every lock a process holds on a file when the process closes *any* descriptor
    of it. SQLite keeps its own descriptors open while a connection of the process holds a
    lock, but a plain ``open()``/``close()`` of the library (reading its header) would drop
    the locks of the connections already open: another process closing the library would
    then take itself for the last user, checkpoint and delete the WAL and -shm under them,
    and what they wrote next would be lost. So a file open here is never read outside SQLite.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._connections: Counter[FileKey] = Counter()

    @contextmanager
    def guard(self, path: Path) -> Iterator[bool]:
        """Held while a library is inspected and connected; yields True if it is open here.

        It keeps another thread from connecting while this one reads the file outside SQLite
        (closing that descriptor would drop the new connection's locks).
        """
        with self._lock:
            key = file_key(path)
            yield key is not None and self._connections[key] > 0

    def opened(self, path: Path) -> FileKey | None:
        """Count a connection just made to the library at ``path``; its key, for ``closed``."""
        with self._lock:
            key = file_key(path)
            if key is not None:
                self._connections[key] += 1
            return key

    def closed(self, key: FileKey | None) -> None:
        """Count off a connection counted by ``opened``."""
        if key is None:
            return
        with self._lock:
            self._connections[key] -= 1
            if self._connections[key] <= 0:
                del self._connections[key]


def file_key(path: Path) -> FileKey | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


open_files = OpenFiles()
"""This process's count (one for all its threads)."""
