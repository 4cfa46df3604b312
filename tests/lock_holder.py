"""A second process holding a lock on a library until told to commit (looks must not wait)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Takes the lock, makes a change, says "held", then commits when told (or after 60 s: should a
# look wait on the lock, that fallback commit comes first and the look sees it).
_HOLDER = """
import select, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
conn.execute(sys.argv[2])
conn.execute(sys.argv[3])
print("held", flush=True)
select.select([sys.stdin], [], [], 60)
conn.execute("COMMIT")
"""


@contextmanager
def lock_held(path: Path, begin: str, change: str) -> Iterator[None]:
    """Another process holds ``path`` after ``begin`` and ``change`` while the block runs, then
    commits; the block's end waits for that commit and checks the process ended well."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), begin, change],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline() == "held\n"
        yield
    finally:
        holder.stdin.write("commit\n")
        holder.stdin.close()
        holder.wait(60)
        holder.stdout.close()
    assert holder.returncode == 0
