"""How long a statement waits for another connection's lock, for one block of statements.

A library's connection waits its busy timeout (``DEFAULT_BUSY_TIMEOUT``) for another
connection's lock before failing with ``busy``: long enough for a worker, whose wait holds up
nobody. A block whose wait would hold up the window (a note typed, a look made on a timer)
waits less, the connection's own timeout back after it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def busy_timeout_for(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """The block's statements wait at most ``seconds`` (0: not at all) for another
    connection's lock; the connection's own timeout is back after it, whatever happens."""
    before = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(before)}")
