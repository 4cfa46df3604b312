"""Backups: checked copies, daily rotation over 7 days, restore that never destroys a file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.errors import LibraryError
from desktop.core.storage import backup, leftovers, restore
from desktop.core.storage.backup import BackupKind, list_backups
from desktop.core.storage.database import Database
from desktop.core.storage.failures import DamagedLibraryError
from desktop.core.storage.library import open_library
from tests.core.storage.state_rows import count_rows


def _library(path: Path, notes: int = 3) -> Path:
    with Database.open(path) as db, db.transaction() as conn:
        conn.executemany(
            "INSERT INTO library_state (key, value) VALUES (?, ?)",
            [(f"note-{i}", "批注" * 500) for i in range(notes)],
        )
    return path


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A small library in its own folder."""
    folder = tmp_path / "lib"
    folder.mkdir()
    return _library(folder / "library.sqlite")


def test_a_backup_is_a_complete_standalone_checked_copy(library: Path) -> None:
    with Database.open(library) as db:
        info = db.backup()
    assert info.kind == BackupKind.MANUAL
    assert info.path.parent == library.parent / "backups"
    assert info.path.name.startswith("library-manual-")
    assert count_rows(info.path) == 3
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_one_daily_backup_per_day(library: Path) -> None:
    with Database.open(library) as db:
        first = db.ensure_daily_backup(today=date(2024, 9, 8))
        again = db.ensure_daily_backup(today=date(2024, 9, 8))
    assert first is not None
    assert first.path.name == "library-daily-2024-09-08.sqlite"
    assert again is None


def test_daily_backups_rotate_after_seven_days_and_others_stay(library: Path) -> None:
    start = date(2024, 9, 1)
    with Database.open(library) as db:
        db.backup(BackupKind.MANUAL)
        for day in range(10):
            db.ensure_daily_backup(today=start + timedelta(days=day))
    daily = sorted(b.taken.date() for b in list_backups(library) if b.kind == BackupKind.DAILY)
    assert daily == [start + timedelta(days=day) for day in range(3, 10)]
    assert [b.kind for b in list_backups(library)].count(BackupKind.MANUAL) == 1


def test_a_long_absence_keeps_the_fresh_copy(library: Path) -> None:
    with Database.open(library) as db:
        db.ensure_daily_backup(today=date(2024, 1, 1))
        db.ensure_daily_backup(today=date(2024, 6, 1))
    assert [b.taken.date() for b in list_backups(library)] == [date(2024, 6, 1)]


def test_backups_are_listed_newest_first_and_only_this_librarys(library: Path) -> None:
    other = _library(library.parent / "other.sqlite")
    with Database.open(library) as db:
        db.ensure_daily_backup(today=date(2024, 9, 1))
    with Database.open(other) as db:
        db.backup()
    moment = datetime(2024, 9, 2, 10, 30)
    with Database.open(library) as db:
        db.backup(BackupKind.MANUAL, now=moment)
    (library.parent / "backups" / "notes.txt").write_text("not a backup")
    listed = list_backups(library)
    assert [(b.kind, b.taken) for b in listed] == [
        (BackupKind.MANUAL, moment),
        (BackupKind.DAILY, datetime(2024, 9, 1)),
    ]
    assert backup.latest_backup(library) == listed[0]


def test_a_damaged_library_is_not_copied_over_the_good_backups(library: Path) -> None:
    with Database.open(library) as db:
        for day in range(1, 8):
            db.ensure_daily_backup(today=date(2024, 9, day))
    data = bytearray(library.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\x00\x01" * 2048
    library.write_bytes(bytes(data))
    with Database.open(library) as db, pytest.raises(DamagedLibraryError) as caught:
        db.ensure_daily_backup(today=date(2024, 9, 20))
    assert caught.value.code == "corrupt"
    assert "library-daily-2024-09-07.sqlite" in str(caught.value)
    assert len(list_backups(library)) == 7
    assert not [p for p in (library.parent / "backups").iterdir() if p.name.startswith(".")]


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_file(library: Path) -> None:
    with Database.open(library) as db:
        saved = db.backup()
        with db.transaction() as conn:
            conn.execute("DELETE FROM library_state")
        # Restoring while the damaged one still has a WAL beside it moves both aside.
        aside = restore.restore_backup(library, saved.path, now=datetime(2024, 9, 9, 8, 0))
    assert aside is not None
    assert aside.name.startswith("library.sqlite.replaced-2024-09-09T08-00-00")
    assert count_rows(library) == 3
    assert count_rows(aside) == 0
    assert saved.path.exists()
    with Database.open(library) as db:
        assert db.check() == []


def test_restore_refuses_a_damaged_or_foreign_backup(library: Path, tmp_path: Path) -> None:
    before = library.read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for bad, code in (
        (text, "corrupt"),
        (foreign, "not-a-library"),
        (tmp_path / "no", "not-found"),
    ):
        with pytest.raises(LibraryError) as caught:
            restore.restore_backup(library, bad)
        assert caught.value.code == code
    assert library.read_bytes() == before


def test_restore_from_the_library_itself_is_refused_and_keeps_it_in_place(
    library: Path, tmp_path: Path
) -> None:
    before = library.read_bytes()
    link = tmp_path / "link.sqlite"
    link.symlink_to(library)
    for own in (library, library.parent / "." / library.name, link):
        with pytest.raises(LibraryError) as caught:
            restore.restore_backup(library, own)
        assert caught.value.code == "same-file"
        assert caught.value.path == str(own)
    assert library.read_bytes() == before
    assert not list(library.parent.glob("*.replaced-*")), "nothing was moved aside"


def test_a_copy_kept_anywhere_can_be_restored(library: Path, tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "mine.sqlite"
    copy.parent.mkdir()
    with Database.open(library) as db:
        db.copy_to(copy)
        with db.transaction() as conn:
            conn.execute("DELETE FROM library_state")
    restore.check_restorable(library, copy)
    assert restore.restore_backup(library, copy) is not None
    assert count_rows(library) == 3


def test_restore_into_an_empty_place(library: Path) -> None:
    with Database.open(library) as db:
        saved = db.backup()
    fresh = library.parent / "fresh" / "library.sqlite"
    fresh.parent.mkdir()
    assert restore.restore_backup(fresh, saved.path) is None
    assert count_rows(fresh) == 3


def test_copy_library_writes_a_checked_copy_where_asked(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    target = tmp_path / "elsewhere" / "批注文库-2026-11-27.sqlite"
    target.parent.mkdir()  # the folder a user chose (test_backup_failures: one that is gone)
    with open_library(library, daily_backup=False) as opened:
        info = opened.db.copy_to(target)
    assert info.path == target
    assert info.size == target.stat().st_size
    backup.verify_backup(target)
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_copy_library_to_a_bad_destination_names_it_and_leaves_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    target = blocker / "copy.sqlite"
    with open_library(library, daily_backup=False) as opened:
        before = sorted(tmp_path.rglob("*"))
        with pytest.raises(LibraryError) as caught:
            opened.db.copy_to(target)
        assert sorted(tmp_path.rglob("*")) == before
    assert caught.value.path == str(target)
    assert caught.value.code == "cannot-open"


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_copy_library_over_the_library_itself_is_refused(tmp_path: Path, suffix: str) -> None:
    library = tmp_path / "library.sqlite"
    with open_library(library, daily_backup=False) as opened:
        inode = library.stat().st_ino
        target = tmp_path / "." / f"library.sqlite{suffix}"
        with pytest.raises(LibraryError) as caught:
            opened.db.copy_to(target)
        assert library.stat().st_ino == inode, "the open library's file was replaced"
    assert caught.value.code == "same-file"
    assert caught.value.path == str(target)
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


def _ended_process_id() -> int:
    """The id of a process that has run and ended."""
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    return finished.pid


def test_a_copy_left_half_written_by_a_killed_process_is_removed_at_the_next_daily(
    library: Path,
) -> None:
    folder = library.parent / "backups"
    folder.mkdir()
    dead, alive = _ended_process_id(), os.getppid()
    target = folder / "library-manual-2024-09-01T10-00-00-000000.sqlite"
    left = leftovers.partial_path(target, dead, "0b1ff4c5")
    journal = Path(f"{left}-journal")
    running = leftovers.partial_path(target, alive, "1c2d3e4f")
    others = leftovers.partial_path(folder / "other-manual-2024-09-01.sqlite", dead, "2d3e4f5a")
    for path in (left, journal, running, others):
        path.write_bytes(b"\0" * 4096)
    with Database.open(library) as db:
        db.ensure_daily_backup(today=date(2024, 9, 8))
    kept = sorted(path.name for path in folder.iterdir())
    assert kept == sorted(["library-daily-2024-09-08.sqlite", running.name, others.name])
