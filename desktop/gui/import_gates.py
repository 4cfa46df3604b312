"""The gate between an import's worker and the window's writes: the window never waits on it.

An import stores each file in one transaction on its own connection, holding the library's
write lock for seconds. A write of the window's meanwhile would wait on that lock on the GUI
thread (the window freezes) and fail after the busy timeout. Checking first ("does the import
hold the lock?") and writing after is a race: the worker may take the lock between the check
and the write. So each ``ImportJob`` has an ``ImportGate``, and the check and the write are one:

- the worker ``enter``s its gate (waiting if need be) before its transaction asks for the write
  lock, and ``leave``s it once the transaction ended (in a ``finally``: a cancel, a failure
  or a bad file between the two still lets go);
- the window ``hold``s every followed import's gate without waiting (``imports_held``): got them
  all, it writes while holding them (a worker asking meanwhile waits those few milliseconds),
  then lets them go; else it lets go at once what it got, and keeps (or refuses) the change.

Why this cannot deadlock:

1. The window never waits on a gate: it only tries them (``hold`` does not block). Holding
   them all, no followed worker is inside its transaction (a worker takes the SQL lock only
   while in its gate), so the window's write does not wait on an import's lock either.
2. A worker waits on its gate while holding no lock of the library: it enters before its
   transaction begins (the reads before it are finished statements, and WAL readers block no
   writer). What it waits for is the window's write, which waits on nothing of the worker's.
3. Each worker enters only its own gate, and holds at most that one; the window takes the gates
   only while none is in use by a worker and lets go of all before it returns. Several imports
   at once therefore never wait on each other's gates (they wait on SQLite's lock, as before).
4. A gate is re-entrant for the window's thread: a write made while holding the gates may call
   another that holds them too (an undo step of a batch stores it through the session) and gets
   them at once. Only the window ever re-enters; a worker enters once per transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager


class ImportGate:
    """One import's gate: its worker passes it to take the write lock; the window holds it to
    write meanwhile."""

    def __init__(self) -> None:
        # Re-entrant for the window's nested writes; a worker never re-enters (see above).
        self._lock = threading.RLock()

    def enter(self) -> None:
        """In the worker, before its transaction asks for the write lock: wait for a write of
        the window's that holds the gate to end."""
        self._lock.acquire()

    def leave(self) -> None:
        """In the worker, once its transaction ended (committed or not)."""
        self._lock.release()

    def hold(self) -> bool:
        """In the window: keep the worker out (True), or False at once while it is in."""
        return self._lock.acquire(blocking=False)

    def let_go(self) -> None:
        """In the window: the write ``hold`` was for ended."""
        self._lock.release()


@contextmanager
def imports_held(gates: Iterable[ImportGate]) -> Iterator[bool]:
    """Hold every gate for the block (True), or none (False) when a worker is in one.

    Never waits: a False means an import holds (or is about to ask for) the write lock.
    """
    held = _hold_all(gates)
    try:
        yield held is not None
    finally:
        for gate in reversed(held or ()):
            gate.let_go()


def _hold_all(gates: Iterable[ImportGate]) -> list[ImportGate] | None:
    """Every gate held, or None (and none held) if one of them could not be."""
    held: list[ImportGate] = []
    for gate in gates:
        if not gate.hold():
            for taken in reversed(held):
                taken.let_go()
            return None
        held.append(gate)
    return held
