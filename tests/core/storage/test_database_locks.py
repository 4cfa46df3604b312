"""Opening a library a second time in one process keeps the first connection's locks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.storage.database import Database
from desktop.core.storage.failures import DamagedLibraryError


def _touch_from_another_process(path: Path) -> None:
    """Another program (a `python -m desktop` command) opens the library, reads, and closes."""
    script = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('SELECT count(*) FROM library_state').fetchone()\n"
        "conn.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)


def _state_seen_from_outside(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT key FROM library_state ORDER BY key")]
    finally:
        conn.close()


@pytest.mark.parametrize("second_name", ["library.sqlite", "alias.sqlite"])
def test_a_second_open_in_the_process_keeps_the_writes_of_the_first(
    tmp_path: Path, second_name: str
) -> None:
    # The window holds the library open while a worker opens (and closes) its own connection.
    # Reading the file's header to inspect it dropped the window's locks (POSIX releases a
    # process's locks on any close of the file), so a command run meanwhile took itself for
    # the last user and deleted the WAL under the window: what the window saved next was lost.
    path = tmp_path / "library.sqlite"
    Database.open(path).close()
    (tmp_path / "alias.sqlite").symlink_to(path)  # the same file by another name
    with Database.open(path) as window:
        window.value("SELECT count(*) FROM library_state")
        Database.open(tmp_path / second_name).close()
        _touch_from_another_process(path)
        assert Path(f"{path}-wal").exists()
        with window.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('note', 'saved after')")
        assert _state_seen_from_outside(path) == ["note"]
    assert _state_seen_from_outside(path) == ["note"]


def test_a_file_closed_everywhere_is_inspected_again(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Database.open(path):
        pass
    path.write_bytes(b"not a library")
    with pytest.raises(DamagedLibraryError):
        Database.open(path)
