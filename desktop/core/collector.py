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


def collect_due() -> int | None:
    """The passes the collector would make on its own now, unless a pause is running.

    What automatic collection does when an allocation crosses a threshold, done by the caller's
    thread instead: the oldest generation whose count passed its threshold (and every younger
    one with it; a generation's count only grows while each younger one's passes run). The
    generation collected, or None when nothing was due or a pause is running.
    """
    if _pauses > 0:
        return None
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = None
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            break
        due = generation
    if due is not None:
        gc.collect(due)
    return due


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


# Long-lived objects --------------------------------------------------------------------------
#
# A full pass of the collector walks every object it tracks: on a library of 10,000 speeches the
# window holds ~160,000 (the annotations dock's 28,000 rows and their annotations, the tree, the
# modules) and a pass took 100-300 ms of the GUI thread, set off by any step that made a few
# thousand objects (a search, a trash, an import). Objects built to stay are moved out of those
# passes (``gc.freeze``); whoever drops such a structure later breaks its reference cycles
# (``Node`` parents, search lines), so reference counting frees it without the collector.
# What a freeze keeps that later dies in a cycle nobody broke is freed by ``collect_everything``,
# which the window calls when the user has gone to another application.

_freezing = False


def set_freezing(enabled: bool) -> None:
    """Whether ``keep_long_lived`` freezes: the window's process turns it on, tests leave it off."""
    global _freezing
    _freezing = enabled


def keep_long_lived() -> bool:
    """The objects alive now are built to stay: no later pass of the collector walks them.

    No pass first: the structure just built was made with the collector paused and a pass
    would walk all of it on the GUI thread (~50 ms for "all speeches"). What garbage in cycles
    is frozen with it waits for ``collect_everything``. True if they were frozen.
    """
    if not _freezing:
        return False
    gc.freeze()
    return True


def collect_everything() -> int:
    """One full pass over every object, frozen ones included, then freeze the survivors again.

    Slow on a big library (a pass over all of them): for a moment the user does not watch.
    The number of objects it freed.
    """
    if not _freezing:
        return gc.collect()
    gc.unfreeze()
    freed = gc.collect()
    gc.freeze()
    return freed
