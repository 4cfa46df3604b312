"""The library files this process has open through SQLite, so it never opens them otherwise.

POSIX drops every lock a process holds on a file when the process closes *any* descriptor of
that file. SQLite knows this and keeps its own descriptors open while a connection of the
process holds a lock, but a plain ``open()``/``close()`` of the library (reading its header
before connecting) would silently drop the locks of the connections already open: another
process closing the library then believes it is the last user, checkpoints and deletes the WAL
and its shared memory under the open connections, and what they write next is lost.

``Database.open`` asks ``guard`` whether the file is already open here (then it was inspected
already and must not be opened again outside SQLite) and records each connection it makes.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FileKey = tuple[int, int]
"""A file's identity whatever path names it: (device, inode)."""

_lock = threading.RLock()
_connections: Counter[FileKey] = Counter()


def file_key(path: Path) -> FileKey | None:
    """The identity of the file at ``path``; None when there is none."""
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


@contextmanager
def guard(path: Path) -> Iterator[bool]:
    """Held while a library is inspected and connected; yields True if it is open here already.

    Holding it keeps another thread from connecting while this one reads the file outside
    SQLite, since closing that reading descriptor would drop the new connection's locks.
    """
    with _lock:
        key = file_key(path)
        yield key is not None and _connections[key] > 0


def opened(path: Path) -> FileKey | None:
    """Record a connection just made to the library at ``path``; its key, for ``closed``."""
    with _lock:
        key = file_key(path)
        if key is not None:
            _connections[key] += 1
        return key


def closed(key: FileKey | None) -> None:
    """Record that a connection recorded by ``opened`` was closed."""
    if key is None:
        return
    with _lock:
        _connections[key] -= 1
        if _connections[key] <= 0:
            del _connections[key]
