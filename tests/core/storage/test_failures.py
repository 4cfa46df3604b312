"""SQLite failures as one clear LibraryError, from real failing files and folders."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import LibraryError
from desktop.core.storage.database import Database
from desktop.core.storage.library import open_library
from tests.core.storage.disk_failures import size_limit, unwritable_folder, write_protected


def test_a_library_in_a_folder_that_cannot_be_written_opens_for_reading(tmp_path: Path) -> None:
    # SQLite must make the library's -wal and -shm beside it to read a WAL library at all; on a
    # read-only disk or share (a colleague's library on a CD) the library was refused whole,
    # though every note in it was readable.
    folder = tmp_path / "share"
    folder.mkdir()
    library = folder / "library.sqlite"
    with open_library(library) as made:
        speech = made.store.speeches(made.store.collections()[0].id)[0].id
        made.annotations.create(speech, "highlight", 0, 2, note="旧笔记")
    before = hashlib.sha256(library.read_bytes()).hexdigest()
    with unwritable_folder(folder), open_library(library) as opened:
        assert opened.db.read_only
        assert [note.note for note in opened.annotations.annotations(speech)] == ["旧笔记"]
        assert opened.daily_backup_problem is None  # nothing can change: no backup is due
        with pytest.raises(LibraryError) as caught:
            opened.annotations.create(speech, "highlight", 2, 4, note="新笔记")
    assert caught.value.code == "read-only"
    assert str(caught.value).startswith(f"{library}: the library is open for reading only")
    assert hashlib.sha256(library.read_bytes()).hexdigest() == before
    assert [path.name for path in folder.iterdir()] == ["library.sqlite"]


def test_a_write_protected_library_file_opens_for_reading(tmp_path: Path) -> None:
    # Another user's library, or one marked read-only, in a folder that can be written: SQLite
    # opened it read-only on its own, and the window took it for writable until the first
    # change was refused.
    library = tmp_path / "library.sqlite"
    with Database.open(library) as db:
        with db.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('before', 'saved')")
        db.checkpoint()
    before = hashlib.sha256(library.read_bytes()).hexdigest()
    with write_protected(library), Database.open(library) as db:
        assert db.read_only
        assert db.value("SELECT value FROM library_state WHERE key = 'before'") == "saved"
        with pytest.raises(LibraryError) as caught, db.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('after', 'refused')")
    assert caught.value.code == "read-only"
    assert str(caught.value).startswith(f"{library}: the library is open for reading only")
    assert hashlib.sha256(library.read_bytes()).hexdigest() == before


def test_a_read_only_library_reads_the_wal_left_beside_it(tmp_path: Path) -> None:
    # A library copied from one in use brings its -wal and -shm: what was committed only there (the
    # latest notes) must be read too, not the main file's older state.
    folder = tmp_path / "share"
    folder.mkdir()
    library = folder / "library.sqlite"
    Database.open(library).close()
    writer = Database.open(library)
    with writer.transaction() as conn:
        conn.execute("INSERT INTO library_state VALUES ('copied', 'in the wal')")
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("library.sqlite", "library.sqlite-wal", "library.sqlite-shm"):
        (copy / name).write_bytes((folder / name).read_bytes())
    writer.close()
    with unwritable_folder(copy), Database.open(copy / "library.sqlite") as db:
        assert db.read_only
        assert db.value("SELECT value FROM library_state WHERE key = 'copied'") == "in the wal"


def test_a_read_only_library_that_needs_an_upgrade_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    library = folder / "library.sqlite"
    with Database.open(library) as db:
        db.checkpoint()
    with sqlite3.connect(library) as conn:
        conn.execute("PRAGMA user_version = 1")
    before = hashlib.sha256(library.read_bytes()).hexdigest()
    with unwritable_folder(folder), pytest.raises(LibraryError) as caught:
        Database.open(library).close()
    assert caught.value.code == "read-only"
    message = str(caught.value)
    assert message.startswith(f"{library}: the library's file or folder cannot be written")
    assert "copy it to a folder you can write to" in message
    assert hashlib.sha256(library.read_bytes()).hexdigest() == before


def test_a_library_whose_disk_turns_read_only_while_open_says_read_only(tmp_path: Path) -> None:
    # A share remounted read-only (or a file made unwritable) under an open library: SQLite
    # reports the refused write as an I/O error, and the user was told "the disk reported an
    # error", as if it were failing.
    library = tmp_path / "library.sqlite"
    with Database.open(library) as db:
        with db.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('before', 'saved')")
        # Not the -shm: SQLite has it mapped, and a protected mapping is a SIGBUS, not an error.
        files = [library, Path(f"{library}-wal")]
        with write_protected(*files), pytest.raises(LibraryError) as caught:
            _grow(db, 1)
        assert caught.value.code == "read-only"
        assert str(caught.value).startswith(f"{library}: the library's disk or file became")
        assert db.value("SELECT count(*) FROM library_state WHERE key LIKE '大-%'") == 0
        assert db.value("SELECT value FROM library_state WHERE key = 'before'") == "saved"


def test_a_missing_folder_is_still_cannot_open(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as caught:
        Database.open(tmp_path / "gone" / "library.sqlite")
    assert caught.value.code == "cannot-open"


def test_a_new_library_in_a_folder_that_cannot_be_written_names_the_library(
    tmp_path: Path,
) -> None:
    # The message named the hidden file the library is built in (".library.sqlite.creating-…"),
    # a name the user never chose, and said "missing folder" of a folder that is there.
    folder = tmp_path / "share"
    folder.mkdir()
    library = folder / "library.sqlite"
    with unwritable_folder(folder), pytest.raises(LibraryError) as caught:
        open_library(library).close()
    assert caught.value.code == "read-only"
    assert caught.value.path == str(library)
    assert str(caught.value).startswith(f"{library}: the folder cannot be written to")
    assert ".creating-" not in str(caught.value)
    assert list(folder.iterdir()) == []


def _grow(db: Database, rows: int) -> None:
    with db.transaction() as conn:
        for number in range(rows):
            conn.execute(
                "INSERT INTO library_state VALUES (?, ?)", (f"大-{number}", "批注" * 20_000)
            )


def test_a_library_that_grows_past_the_size_limit_says_so(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    with Database.open(library) as db:
        before = db.value("SELECT count(*) FROM library_state")
        with size_limit(library.stat().st_size + 256 * 1024), pytest.raises(LibraryError) as caught:
            _grow(db, 40)
        assert caught.value.code == "too-big"
        assert "size limit" in caught.value.message
        assert "EFBIG" in caught.value.message
        assert "disk reported an error" not in str(caught.value)
        assert db.value("SELECT count(*) FROM library_state") == before


def test_a_backup_that_grows_past_the_size_limit_names_the_copy(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    target = tmp_path / "U盘" / "批注文库.sqlite"
    target.parent.mkdir()
    with Database.open(library) as db:
        _grow(db, 20)
        db.checkpoint()
        with size_limit(library.stat().st_size // 2), pytest.raises(LibraryError) as caught:
            db.copy_to(target)
    assert caught.value.code == "too-big"
    assert caught.value.path == str(target)
    assert "EFBIG" in caught.value.message
    assert list(target.parent.iterdir()) == []


def test_a_file_refused_with_efbig_is_named_as_past_the_size_limit(tmp_path: Path) -> None:
    import errno
    import os

    from desktop.core.storage.failures import os_error

    refused = OSError(errno.EFBIG, os.strerror(errno.EFBIG))
    error = os_error(refused, tmp_path / "library.sqlite", "restoring the backup")
    assert error.code == "too-big"
    assert error.message == (
        "restoring the backup failed: the file grew past the system's size limit for one file "
        "(errno EFBIG)"
    )


def test_a_write_after_the_library_was_moved_away_says_it_is_missing(tmp_path: Path) -> None:
    # A USB stick pulled, the file moved or deleted under the window: the next write said the
    # file "was replaced (by a restore from a backup)", which nobody had done.
    library = tmp_path / "library.sqlite"
    moved = tmp_path / "elsewhere.sqlite"
    with Database.open(library) as db:
        library.rename(moved)
        with pytest.raises(LibraryError) as caught, db.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('lost', 'into the moved file')")
        assert caught.value.code == "missing"
        assert str(caught.value).startswith(f"{library}: the library's file is no longer where")
    with Database.open(moved) as db:
        assert db.value("SELECT count(*) FROM library_state WHERE key = 'lost'") == 0
