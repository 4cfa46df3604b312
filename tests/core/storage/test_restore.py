"""Restoring while another process has the library open (``python -m desktop import`` while
the window restores): its writes never go into the file set aside, and it says so."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from desktop.core.errors import LibraryError
from desktop.core.storage import restore
from desktop.core.storage.database import Database
from tests.core.storage.state_rows import add_row, count_rows


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library of two notes, in its own folder, with a backup of them."""
    path = tmp_path / "lib" / "library.sqlite"
    path.parent.mkdir()
    with Database.open(path) as db:
        add_row(db, "one")
        add_row(db, "two")
    return path


def _backup(library: Path) -> Path:
    with Database.open(library) as db:
        return db.backup().path


def test_a_writer_open_before_the_restore_refuses_to_write_after_it(library: Path) -> None:
    saved = _backup(library)
    with Database.open(library) as writer:  # the command line's import, say
        add_row(writer, "before")
        aside = restore.restore_backup(library, saved)
        assert aside is not None
        kept = count_rows(aside)
        with pytest.raises(LibraryError) as caught:
            add_row(writer, "after")
        assert caught.value.code == "replaced"
        assert "nothing was changed" in caught.value.message
        assert not writer._conn.in_transaction
    assert count_rows(aside) == kept == count_rows(saved) + 1, "the file set aside is as it was"
    assert count_rows(library) == count_rows(saved), "the restored library is the backup"


def test_a_restore_waits_out_a_writer_and_keeps_its_commit_in_the_file_set_aside(
    library: Path,
) -> None:
    saved = _backup(library)
    results: list[Path | None | BaseException] = []
    with Database.open(library) as writer:
        with writer.transaction() as conn:
            conn.execute("INSERT INTO library_state VALUES ('mid', '批注')")
            restoring = threading.Thread(
                target=lambda: results.append(_restore_catching(library, saved))
            )
            restoring.start()
        restoring.join()
        [aside] = results
        assert isinstance(aside, Path)
        with pytest.raises(LibraryError):
            add_row(writer, "after")
    kept_aside = count_rows(aside) == count_rows(saved) + 1
    assert kept_aside, "the commit made before the swap is kept aside"
    assert count_rows(library) == count_rows(saved)


def _restore_catching(library: Path, backup: Path) -> Path | None | BaseException:
    try:
        return restore.restore_backup(library, backup)
    except BaseException as error:  # the test thread reports it to the test
        return error


def test_a_writer_that_keeps_the_lock_makes_the_restore_fail_changing_nothing(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = _backup(library)
    monkeypatch.setattr(restore, "WRITER_WAIT", 0.05)
    with Database.open(library) as writer, writer.transaction() as conn:
        conn.execute("INSERT INTO library_state VALUES ('long', '批注')")
        inode = library.stat().st_ino
        with pytest.raises(LibraryError) as caught:
            restore.restore_backup(library, saved)
        assert caught.value.code == "busy"
        assert library.stat().st_ino == inode
    assert count_rows(library) == count_rows(saved) + 1
    assert [p.name for p in library.parent.iterdir() if "replaced" in p.name] == []


def test_the_set_aside_library_is_left_without_working_files(library: Path) -> None:
    saved = _backup(library)
    aside = restore.restore_backup(library, saved)
    assert aside is not None
    assert sorted(p.name for p in library.parent.glob(f"{aside.name}*")) == [aside.name]


def test_a_library_opened_as_its_file_is_replaced_is_refused(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = _backup(library)
    from desktop.core.storage import database

    real_connect = database._connect

    def connect_then_restore(
        path: Path, busy_timeout: float, **options: bool
    ) -> sqlite3.Connection:
        conn = real_connect(path, busy_timeout, **options)
        monkeypatch.setattr(database, "_connect", real_connect)
        restore.restore_backup(library, saved)
        return conn

    monkeypatch.setattr(database, "_connect", connect_then_restore)
    with pytest.raises(LibraryError) as caught:
        Database.open(library).close()
    assert caught.value.code == "replaced"


def test_a_stale_writer_closing_late_leaves_the_restored_librarys_working_files(
    library: Path,
) -> None:
    saved = _backup(library)
    stale = Database.open(library)  # the command line's, open across the restore
    restore.restore_backup(library, saved)
    with Database.open(library) as window:  # the window, reopened on the restored library
        add_row(window, "restored")
        stale.close()  # it exits: its file moved, it must not remove "<library>-wal" by name
        assert Path(f"{library}-wal").exists()
        assert window.value("SELECT count(*) FROM library_state") == count_rows(saved) + 1
    assert count_rows(library) == count_rows(saved) + 1
