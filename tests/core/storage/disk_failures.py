"""Disks that fail a backup as a real one would, for tests that run as root (where permissions
cannot make a folder unwritable): the OS or SQLite call that would fail fails with its own code."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def full_after(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    """Copies being written (``.partial``) hit a full disk after ``pages`` pages: SQLITE_FULL."""
    real_connect = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(database, *args, **kwargs)
        if str(database).endswith(".partial"):
            conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


def refuse_new_files(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """Creating the copy fails with ``code`` (EROFS, EACCES) as on a read-only stick."""
    real_open = Path.open

    def open_(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if self.name.endswith(".partial") and "x" in mode:
            raise OSError(code, os.strerror(code), str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)


def vanish_while_copying(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """The destination folder disappears once the copy is under way (the stick is pulled)."""
    real_connect = sqlite3.connect

    def connect(database: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(database, *args, **kwargs)
        if str(database).endswith(".partial"):
            shutil.rmtree(folder)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


@contextmanager
def unwritable_folder(folder: Path) -> Iterator[None]:
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


@contextmanager
def write_protected(*files: Path) -> Iterator[None]:
    """``files`` refuse every write from now on, even through descriptors already open, as on
    a disk remounted read-only: the immutable attribute (root only; skipped elsewhere, since
    modes are checked when a file is opened, not at each write)."""
    chattr = shutil.which("chattr")
    if os.geteuid() != 0 or chattr is None:
        pytest.skip("needs root and chattr to make open files refuse writes")
    names = [str(file) for file in files]
    if subprocess.run([chattr, "+i", *names], check=False).returncode:
        pytest.skip("a file system without the immutable attribute")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", *names], check=True)


@contextmanager
def size_limit(limit: int) -> Iterator[None]:
    """``ulimit -f``: no file of this process grows past ``limit`` bytes while the block runs.

    Python ignores SIGXFSZ, so a write past it fails with EFBIG instead of ending the process.
    """
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
