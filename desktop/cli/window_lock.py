"""The command line's restore keeps out of a library a Pizhu window has open.

Restoring renames the library's file aside and puts the backup in its place. A window with the
library open keeps writing to the file it opened, now the one set aside: every note typed after
the restore would go where the user never looks again. The window holds ``<library>.lock``
(``desktop.app_paths.claim_library``); the restore takes the same lock, or refuses.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.app_paths import claim_library
from desktop.core.errors import LibraryError


@contextmanager
def no_window_open(library_path: Path) -> Iterator[None]:
    """Hold the window's lock on the library while the block runs.

    LibraryError ``in-use`` if a live process (a Pizhu window) holds it. A lock that cannot be
    made at all (a read-only folder) cannot be held by a window either: the block runs.
    """
    lock = claim_library(library_path)
    if lock is not None and not lock.isLocked():
        pid = lock.getLockInfo()[0]
        raise LibraryError(
            f"the library is open in a Pizhu window (process {pid}); restore it there (File ▸ "
            "Library ▸ Restore from Backup…) or quit that window first. Nothing was changed",
            code="in-use",
            path=library_path,
        )
    try:
        yield
    finally:
        if lock is not None:
            lock.unlock()
