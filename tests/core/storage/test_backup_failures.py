"""Backups and restores when the disk fails them: a full, read-only or vanished destination,
a backup from a newer Pizhu, a disk that fills while a backup is copied in. Each failure is a
LibraryError naming the file at fault, and nothing that was saved is lost or left half-written.

The tests run as root, so permissions cannot make a folder unwritable: the OS call that would
fail is made to fail with its real errno, and a full disk is SQLite's own SQLITE_FULL (the copy
is given a page limit).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.errors import LibraryError
from desktop.core.storage import backup, restore
from desktop.core.storage.database import Database
from desktop.core.storage.schema import LATEST_VERSION
from tests.core.storage.disk_failures import full_after, refuse_new_files, vanish_while_copying
from tests.core.storage.state_rows import add_row, count_rows


def _library(path: Path) -> Path:
    with Database.open(path) as db, db.transaction() as conn:
        conn.executemany(
            "INSERT INTO library_state (key, value) VALUES (?, ?)",
            [(f"note-{i}", "批注" * 2000) for i in range(40)],
        )
    return path


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library of some pages in its own folder."""
    folder = tmp_path / "lib"
    folder.mkdir()
    return _library(folder / "library.sqlite")


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """The folder a user backs up to (a USB stick, say)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_a_full_destination_is_named_and_nothing_is_left(
    library: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = stick / "批注文库.sqlite"
    full_after(monkeypatch, 3)
    with Database.open(library) as db:
        with pytest.raises(LibraryError) as caught:
            db.copy_to(target)
        assert caught.value.code == "disk-full"
        assert caught.value.path == str(target)
        assert _files(stick) == [], "no copy, whole or partial"
        add_row(db, "after")
    assert count_rows(library) == 41


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES], ids=["EROFS", "EACCES"])
def test_a_read_only_destination_is_named_and_nothing_is_left(
    library: Path, stick: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    target = stick / "批注文库.sqlite"
    refuse_new_files(monkeypatch, code)
    with Database.open(library) as db, pytest.raises(LibraryError) as caught:
        db.copy_to(target)
    assert caught.value.code == "read-only"
    assert caught.value.path == str(target)
    assert _files(stick) == []
    assert count_rows(library) == 40


def test_a_destination_folder_that_is_gone_is_not_made_again(library: Path, stick: Path) -> None:
    # A pulled USB stick leaves its mount point's parent: making the folder again would put
    # the "backup" on the computer's own disk, where the user would never look for it.
    target = stick / "批注文库.sqlite"
    stick.rmdir()
    with Database.open(library) as db, pytest.raises(LibraryError) as caught:
        db.copy_to(target)
    assert caught.value.code == "cannot-open"
    assert caught.value.path == str(target)
    assert not stick.exists()


def test_a_destination_that_vanishes_while_copying_leaves_nothing(
    library: Path, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = stick / "批注文库.sqlite"
    vanish_while_copying(monkeypatch, stick)
    with Database.open(library) as db:
        with pytest.raises(LibraryError) as caught:
            db.copy_to(target)
        assert caught.value.path == str(target)
        # SQLite meets the missing folder as it finishes the copy (its journal) or the rename does.
        assert caught.value.code in {"io-error", "cannot-open"}
        assert not target.exists()
        assert db.check() == []
    assert count_rows(library) == 40


def test_the_backups_folder_beside_the_library_is_made_when_missing(library: Path) -> None:
    with Database.open(library) as db:
        info = db.backup()
    assert info.path.parent == library.parent / "backups"


def test_a_full_backups_folder_fails_the_daily_backup_and_leaves_nothing(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full_after(monkeypatch, 3)
    with Database.open(library) as db:
        with pytest.raises(LibraryError) as caught:
            db.ensure_daily_backup()
        assert caught.value.code == "disk-full"
        assert caught.value.path.startswith(str(library.parent / "backups"))
    assert backup.list_backups(library) == []
    assert _files(library.parent / "backups") == []
    assert count_rows(library) == 40


def _newer(folder: Path) -> Path:
    path = _library(folder / "from a newer Pizhu.sqlite")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    return path


def test_a_backup_from_a_newer_pizhu_is_refused_as_such(library: Path, tmp_path: Path) -> None:
    newer = _newer(tmp_path)
    before = library.read_bytes()
    with pytest.raises(LibraryError) as caught:
        restore.restore_backup(library, newer)
    assert caught.value.code == "schema-too-new"
    assert caught.value.path == str(newer)
    assert library.read_bytes() == before


def _fill_disk_while_copying(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Copying a backup in writes part of it, then the disk is full (ENOSPC)."""
    written: list[Path] = []

    def copyfile(source: Path, destination: Path) -> None:
        Path(destination).write_bytes(Path(source).read_bytes()[:4096])
        written.append(Path(destination))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(destination))

    monkeypatch.setattr(restore.shutil, "copyfile", copyfile)
    return written


def test_a_disk_that_fills_while_restoring_leaves_the_library_in_place(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(library) as db:
        saved = db.backup()
        add_row(db, "later")
    before = library.read_bytes()
    inode = library.stat().st_ino
    written = _fill_disk_while_copying(monkeypatch)
    with pytest.raises(LibraryError) as caught:
        restore.restore_backup(library, saved.path)
    assert written, "the copy was under way"
    assert caught.value.code == "disk-full"
    assert library.stat().st_ino == inode, "the library was never moved"
    assert library.read_bytes() == before
    assert count_rows(library) == 41
    assert _leftovers(library) == [], "no partial copy, nothing moved aside"


def _leftovers(library: Path) -> list[str]:
    return [p.name for p in library.parent.iterdir() if "replaced" in p.name or "restor" in p.name]


def test_a_failure_moving_the_library_aside_puts_it_back(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(library) as db:
        saved = db.backup()
        add_row(db, "later")
    with Database.open(library) as db:  # another process: its -wal stays while it is open
        assert Path(f"{library}-wal").exists()
        _fail_moving(monkeypatch, f"{library}-wal", errno.EIO)
        with pytest.raises(LibraryError) as caught:
            restore.restore_backup(library, saved.path)
        assert caught.value.code == "io-error"
        assert _leftovers(library) == [], "the library was put back whole"
        add_row(db, "after")
    assert count_rows(library) == 42


def _fail_moving(
    monkeypatch: pytest.MonkeyPatch, source: str, code: int, *, suffix: str = ""
) -> None:
    """Fail renaming ``source`` (with ``suffix``: any file whose name starts with ``source``
    and ends with ``suffix``)."""
    real_replace: Callable[..., None] = os.replace

    def replace(src: object, dst: object) -> None:
        name = Path(str(src)).name
        if str(src) == source or (suffix and name.startswith(source) and name.endswith(suffix)):
            raise OSError(code, os.strerror(code), str(src))
        real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", replace)


def test_a_daily_backup_that_cannot_be_written_does_not_stop_the_library_opening(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.storage.library import open_library

    full_after(monkeypatch, 3)
    with open_library(library, create=False, seed=None) as opened:
        problem = opened.daily_backup_problem
        assert problem is not None
        assert problem.code == "disk-full"
        assert problem.path.startswith(str(library.parent / "backups"))
        assert opened.db.value("SELECT count(*) FROM library_state") == 40
    monkeypatch.undo()
    with open_library(library, create=False, seed=None) as opened:
        assert opened.daily_backup_problem is None
    assert [info.kind for info in backup.list_backups(library)] == ["daily"]


def test_a_damaged_library_still_refuses_to_open_at_its_daily_backup(library: Path) -> None:
    from desktop.core.storage.failures import DamagedLibraryError
    from desktop.core.storage.library import open_library

    data = bytearray(library.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    data[page * 2 : page * 6] = b"\x5a" * (page * 4)
    library.write_bytes(bytes(data))
    with pytest.raises(DamagedLibraryError):
        open_library(library, create=False, seed=None).close()


def test_a_failure_putting_the_backup_in_place_puts_the_library_back(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Database.open(library) as db:
        saved = db.backup()
        add_row(db, "later")
    before = library.read_bytes()
    _fail_moving(monkeypatch, f".{library.name}.", errno.EIO, suffix=".restoring")
    with pytest.raises(LibraryError) as caught:
        restore.restore_backup(library, saved.path)
    assert caught.value.code == "io-error"
    assert library.read_bytes() == before
    assert _leftovers(library) == [], "the library was put back, no copy left"
    assert count_rows(library) == 41
