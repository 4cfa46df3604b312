"""What a kill -9 leaves (a restore's copy beside the library, a Back Up Now…'s hidden copy in
the user's folder) is swept at the next start or backup; what a live process writes is not."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from desktop.core.storage import leftovers, restore
from desktop.core.storage.backup import backup_dir
from desktop.core.storage.database import Database
from desktop.core.storage.library import open_library
from tests.core.storage.documents import make_document, sample_paragraphs

_CHILD_RESTORE = textwrap.dedent(
    """
    import shutil, sys
    from pathlib import Path
    from desktop.core.storage import restore

    real_copy = shutil.copyfile

    def copy_then_hang(source, destination):
        real_copy(source, destination)
        print("copied", flush=True)
        sys.stdin.read()  # killed here, its copy in place beside the library

    restore.shutil.copyfile = copy_then_hang
    restore.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
    """
)


_CHILD_RESTORE_KILLED_AFTER_MOVING_ASIDE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.core.storage import restore

    real_move_aside = restore._move_aside

    def move_aside_then_hang(library_path, now):
        aside = real_move_aside(library_path, now)
        print("aside", flush=True)
        sys.stdin.read()  # killed here: the library moved aside, its copy not yet in place
        return aside

    restore._move_aside = move_aside_then_hang
    restore.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
    """
)


_CHILD_BACK_UP_NOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.core.storage import backup
    from desktop.core.storage.database import Database

    def copied_then_hang(copy):
        print("copying", flush=True)
        sys.stdin.read()  # killed here, its copy written under its hidden name
        return []

    backup._integrity_problems = copied_then_hang
    with Database.open(Path(sys.argv[1])) as db:
        db.copy_to(Path(sys.argv[2]))
    """
)


def _ended_process_id() -> int:
    """The id of a process that has run and ended."""
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    return finished.pid


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A library in its own folder (daily backups not taken yet)."""
    path = tmp_path / "lib" / "library.sqlite"
    path.parent.mkdir()
    Database.open(path).close()
    return path


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_restore_killed_while_copying_leaves_a_copy_swept_at_the_next_start(
    library: Path,
) -> None:
    with Database.open(library) as db:
        saved = db.backup().path
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD_RESTORE, str(library), str(saved)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "copied\n"
    assert [n for n in _hidden(library.parent) if n.endswith(".restoring")], "its copy"
    child.kill()  # kill -9
    child.wait()
    assert child.stdin is not None
    child.stdin.close()
    child.stdout.close()
    with Database.open(library) as db:
        db.ensure_daily_backup(today=date(2024, 9, 8))
    assert _hidden(library.parent) == []


def test_a_restore_killed_after_moving_the_library_aside_is_finished_at_the_next_start(
    library: Path,
) -> None:
    """Killed between moving the library aside and putting the backup in its place, a restore
    left no library: the next start made a new one, the user's notes out of sight."""
    with open_library(library, daily_backup=False, seed=None) as opened:
        opened.store.import_document(make_document([sample_paragraphs()[:2]], title="备份里的"))
        saved = opened.db.backup().path
        opened.store.import_document(make_document([sample_paragraphs()[2:3]], title="后来的"))
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD_RESTORE_KILLED_AFTER_MOVING_ASIDE, str(library), str(saved)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "aside\n"
    child.kill()  # kill -9
    child.wait()
    assert child.stdin is not None
    child.stdin.close()
    child.stdout.close()
    assert not library.exists()
    with open_library(library, daily_backup=False) as reopened:
        titles = [collection.title for collection in reopened.store.collections()]
    assert titles == ["备份里的"], "the backup asked for, not a new library"
    assert [n for n in _hidden(library.parent) if n.endswith(".restoring")] == []
    replaced = {p.name.split(".replaced-")[0] for p in library.parent.glob("*.replaced-*")}
    assert replaced == {"library.sqlite"}, "the library replaced is kept aside"


def test_a_copy_left_by_a_restore_killed_while_copying_is_not_put_in_place(library: Path) -> None:
    left = leftovers.restoring_path(library, _ended_process_id(), "0b1ff4c5")
    left.write_bytes(b"SQLite format 3\x00" + b"\0" * 4080)  # cut short
    library.unlink()
    with open_library(library, daily_backup=False, seed=None) as opened:
        assert opened.store.collections() == [], "a new library, as before"


def test_only_a_dead_writers_restore_copy_of_this_library_is_swept(library: Path) -> None:
    folder = library.parent
    dead, alive = _ended_process_id(), os.getppid()
    left = leftovers.restoring_path(library, dead, "0b1ff4c5")
    running = leftovers.restoring_path(library, alive, "1c2d3e4f")
    ours_now = leftovers.restoring_path(library, os.getpid(), "2d3e4f5a")
    other = leftovers.restoring_path(folder / "other.sqlite", dead, "3e4f5a6b")
    old_style, not_ours = folder / ".library.sqlite.restoring", folder / ".x.restoring"
    for path in (left, running, ours_now, other, old_style, not_ours):
        path.write_bytes(b"SQLite format 3\x00" + b"\0" * 4080)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old_style, (two_days_ago, two_days_ago))
    removed = leftovers.remove_abandoned_restores(library)
    assert sorted(removed) == sorted([left, old_style])
    kept = [running.name, ours_now.name, other.name, not_ours.name]
    assert _hidden(folder) == sorted(kept)


def test_an_old_style_restore_copy_is_kept_while_it_may_still_be_written(library: Path) -> None:
    recent = library.with_name(f".{library.name}.restoring")
    recent.write_bytes(b"")
    assert leftovers.remove_abandoned_restores(library) == []
    assert recent.exists()


def test_a_killed_back_up_nows_hidden_copy_is_swept_at_the_next_back_up_there(
    library: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()
    dead, alive = _ended_process_id(), os.getppid()
    target = stick / "批注文库-2026-11-27.sqlite"
    left = leftovers.partial_path(target, dead, "0b1ff4c5")
    journal = Path(f"{left}-journal")
    running = leftovers.partial_path(target, alive, "1c2d3e4f")
    not_sqlite = leftovers.partial_path(stick / "notes.txt", dead, "2d3e4f5a")
    left.write_bytes(b"SQLite format 3\x00" + b"\0" * 4080)
    journal.write_bytes(bytes.fromhex("d9d505f920a163d7") + b"\0" * 504)
    running.write_bytes(b"")
    not_sqlite.write_bytes("用户自己的文件".encode())
    with open_library(library, create=False, daily_backup=False) as opened:
        opened.db.copy_to(stick / "批注文库-2026-11-28.sqlite")
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [running.name, not_sqlite.name, "批注文库-2026-11-28.sqlite"]
    )


def test_a_missing_folder_has_nothing_to_sweep(tmp_path: Path) -> None:
    assert leftovers.remove_abandoned_partials(tmp_path / "gone") == []
    assert leftovers.remove_abandoned_restores(tmp_path / "gone" / "library.sqlite") == []


def test_where_no_process_can_be_asked_a_fresh_restore_copy_is_finished(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a copy counted as left only after a day: the next start made a new library
    over the missing one, and a day later the sweep deleted the restored copy."""
    with open_library(library, daily_backup=False, seed=None) as opened:
        opened.store.import_document(make_document([sample_paragraphs()[:2]], title="备份里的"))
        saved = opened.db.backup().path
    copy = leftovers.restoring_path(library, os.getppid(), "0b1ff4c5")  # another process's
    copy.write_bytes(saved.read_bytes())
    library.unlink()
    with monkeypatch.context() as patched:
        patched.setattr(os, "name", "nt")
        assert leftovers.abandoned_restores(library) == [copy]
        assert restore.finish_killed_restore(library)
    with open_library(library, daily_backup=False, create=False) as reopened:
        assert [c.title for c in reopened.store.collections()] == ["备份里的"]


def test_where_no_process_can_be_asked_this_process_restore_copy_is_not_taken(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = leftovers.restoring_path(library, os.getpid(), "0b1ff4c5")  # a restore running here
    copy.write_bytes(library.read_bytes())
    library.unlink()
    monkeypatch.setattr(os, "name", "nt")
    assert leftovers.abandoned_restores(library) == []


def _back_up_now_killed(library: Path, target: Path) -> Path:
    """Run Back Up Now… to ``target`` in another process and kill it (-9) while it copies;
    return the hidden copy it left."""
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD_BACK_UP_NOW, str(library), str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "copying\n"
    child.kill()
    child.wait()
    assert child.stdin is not None
    child.stdin.close()
    child.stdout.close()
    prefix = f".{target.name}."
    (left,) = [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    return left


def _user_files(folder: Path) -> dict[str, bytes]:
    """Files of the user's own in ``folder``, one named like a copy of ours but not SQLite."""
    files = {
        "笔记.txt": "用户自己的文件".encode(),
        ".旧文库.sqlite.12345-0b1ff4c5.partial": "不是数据库".encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_a_killed_back_up_now_s_copy_is_swept_at_the_next_start_wherever_it_was(
    library: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()
    mine = _user_files(stick)
    left = _back_up_now_killed(library, stick / "批注文库.sqlite")
    with Database.open(library) as db:
        db.ensure_daily_backup(today=date(2024, 9, 8))  # what each start does
    assert not left.exists()
    assert {p.name: p.read_bytes() for p in stick.iterdir()} == mine, "only ours went"
    assert _hidden(backup_dir(library)) == [], "its record went with it"


def test_a_killed_back_up_now_s_copy_is_swept_by_a_backup_to_another_folder(
    library: Path, tmp_path: Path
) -> None:
    stick, other = tmp_path / "U盘", tmp_path / "另一个文件夹"
    stick.mkdir()
    other.mkdir()
    left = _back_up_now_killed(library, stick / "批注文库.sqlite")
    with Database.open(library) as db:
        db.copy_to(other / "批注文库.sqlite")
    assert not left.exists()
    assert [p.name for p in stick.iterdir()] == []
    assert [p.name for p in other.iterdir()] == ["批注文库.sqlite"]


def test_a_copy_on_a_stick_that_is_away_is_swept_once_it_is_back(
    library: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()
    left = _back_up_now_killed(library, stick / "批注文库.sqlite")
    away = stick.rename(tmp_path / "拔下的U盘")
    with Database.open(library) as db:
        db.ensure_daily_backup(today=date(2024, 9, 8))
    away.rename(stick)
    assert left.exists(), "the record was kept while its folder was away"
    with Database.open(library) as db:
        db.ensure_daily_backup(today=date(2024, 9, 9))
    assert not left.exists()


def test_a_record_that_cannot_be_written_leaves_no_folder_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backups folder made for the record was left behind, empty, when the record could
    not be written (a full disk)."""
    records = tmp_path / "library" / "backups"
    records.parent.mkdir()
    partial = leftovers.partial_path(tmp_path / "usb" / "copy.sqlite", os.getpid(), "0123abcd")

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", refuse)
    assert leftovers.record_copy(records, partial) is None
    assert not records.exists()


def test_a_record_that_cannot_be_written_leaves_a_folder_that_was_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = tmp_path / "backups"
    records.mkdir()
    partial = leftovers.partial_path(tmp_path / "copy.sqlite", os.getpid(), "0123abcd")

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", refuse)
    assert leftovers.record_copy(records, partial) is None
    assert records.is_dir()
