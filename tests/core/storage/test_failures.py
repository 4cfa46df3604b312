"""SQLite failures as one clear LibraryError, from real failing files and folders."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.core.errors import LibraryError
from desktop.core.storage.database import Database


@contextmanager
def _unwritable(folder: Path) -> Iterator[None]:
    """No file can be made in ``folder``: mode 555, or for root (whom modes do not stop) the
    immutable attribute, as a read-only disk or share would refuse."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], check=False).returncode:
        pytest.skip("running as root on a file system without the immutable attribute")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


def test_a_library_in_a_folder_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    # SQLite must make the library's -wal and -shm beside it to read a WAL library at all; on a
    # read-only disk or share the message was "missing folder or no permission", though the
    # folder was there and the file readable.
    folder = tmp_path / "share"
    folder.mkdir()
    library = folder / "library.sqlite"
    Database.open(library).close()
    before = hashlib.sha256(library.read_bytes()).hexdigest()
    with _unwritable(folder), pytest.raises(LibraryError) as caught:
        Database.open(library).close()
    assert caught.value.code == "read-only"
    message = str(caught.value)
    assert message.startswith(f"{library}: the library's folder cannot be written")
    assert "library.sqlite-wal" in message
    assert "copy the library to a folder you can write to" in message
    assert hashlib.sha256(library.read_bytes()).hexdigest() == before


def test_a_missing_folder_is_still_cannot_open(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as caught:
        Database.open(tmp_path / "gone" / "library.sqlite")
    assert caught.value.code == "cannot-open"
