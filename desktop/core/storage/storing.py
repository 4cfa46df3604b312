"""Telling a background writer's owner when a write transaction starts and ends.

Apart from ``database`` because only the writers that run in workers (imports, annotation
imports, word counts, the reading position) use it: their owner brackets each transaction with
it (the window's writer gates, ``desktop.gui.writer_gates``). Opening or reading a library
needs none of it, so the first frame does not load it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Storing = Callable[[bool], None]
"""Told True just before a write asks for the write lock, False once it ended (always)."""


@contextmanager
def told_storing(storing: Storing | None) -> Iterator[None]:
    """``storing`` told around the block: True before it, False after (whatever happened)."""
    if storing is not None:
        storing(True)
    try:
        yield
    finally:
        if storing is not None:
            storing(False)
