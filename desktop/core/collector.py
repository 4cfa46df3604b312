"""Pausing Python's cyclic garbage collector around work that makes many long-lived objects.

The collector is process-wide: a pause in a worker thread also pauses it for the GUI thread, and
two pauses may overlap (an import in a worker while the annotations dock fills its rows). So the
pauses are counted under a lock: the first one switches the collector off, the last one to end
switches it back on, and only if it was on when the first began (start-up keeps it off until the
first frame, gui_command, and that must stay its own decision).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic pass of the cyclic collector inside the block (any thread, nestable)."""
    _begin()
    try:
        yield
    finally:
        _end()


def _begin() -> None:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def _end() -> None:
    global _pauses
    with _lock:
        _pauses -= 1
        if _pauses == 0 and _was_enabled:
            gc.enable()
