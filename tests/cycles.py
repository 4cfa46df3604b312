"""What only the cyclic collector could free: objects left in reference cycles.

The window freezes its long-lived objects out of the collector (desktop/core/collector.py), so
a structure it drops must leave no cycle: reference counting alone must free it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def left_in_cycles() -> Iterator[list[object]]:
    """Inside, no pass of the collector; after, the list holds what only a full pass frees.

    Frozen objects are unfrozen at the end, so that those left in cycles are found too; and at
    the start, so that what an earlier test's window froze and dropped is not counted here.
    """
    gc.unfreeze()
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    found: list[object] = []
    try:
        yield found
        gc.unfreeze()  # what the window froze (collector.keep_long_lived) is looked at too
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        found.extend(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()


def of_type(found: list[object], kind: type) -> list[object]:
    """The objects of ``kind`` among ``found``."""
    return [thing for thing in found if isinstance(thing, kind)]
