"""Tests for desktop/core/importing/office_folders.py: the conversion folders, locked while in
use, and the sweep of those a killed Pizhu left, with a second Pizhu run as a child process."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.importing import office_folders
from desktop.core.importing.office_batch import converting
from desktop.core.importing.office_folders import LOCK_NAME, private_folder, sweep
from tests.core.importing.fake_office import fake_office, installed, old_word

_ROOT = Path(__file__).resolve().parents[3]  # the checkout the child process imports from
_HOLDER = """
import sys, tempfile
tempfile.tempdir = sys.argv[1]
from desktop.core.importing.office_folders import private_folder
with private_folder(sys.argv[2]) as folder:
    (folder / "in").mkdir()
    (folder / "in" / "00001.doc").write_bytes(b"a copy of the user's file")
    print(folder, flush=True)
    sys.stdin.read()  # converting, until told to stop (or killed)
"""


@pytest.fixture
def other_pizhu(temp_root: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """Another Pizhu converting in a folder of its own (a child process), and that folder."""
    command = [sys.executable, "-c", _HOLDER, str(temp_root), "pizhu-import-"]
    environment = {**os.environ, "PYTHONPATH": str(_ROOT)}
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment
    )
    assert process.stdout is not None
    folder = Path(process.stdout.readline().strip())
    try:
        yield process, folder
    finally:
        process.kill()
        process.communicate()


def _made_before_this_run(folder: Path, seconds: float = 3600) -> None:
    made = time.time() - seconds
    os.utime(folder, (made, made))


def test_the_folder_a_killed_pizhu_left_is_swept_at_the_next_import(
    tmp_path: Path,
    temp_root: Path,
    other_pizhu: tuple[subprocess.Popen[str], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    process, left = other_pizhu
    process.kill()  # the app closed from the task manager mid-import
    process.wait()
    _made_before_this_run(left)
    assert (left / "in" / "00001.doc").exists()
    monkeypatch.setattr(office_folders, "_swept", threading.Event())  # a new run of Pizhu
    installed(monkeypatch, fake_office(tmp_path / "office"))
    doc = tmp_path / "讲话.doc"
    doc.write_bytes(old_word("甲"))
    with converting([doc]) as convert:
        assert convert is not None
        assert not left.exists()
        [own] = temp_root.iterdir()  # the import's own folder, locked while it converts
        assert own.name.startswith("pizhu-import-")
        assert sweep(temp_root, now=time.time() + 86400 * 2) == []
    assert list(temp_root.iterdir()) == []


def test_the_folder_another_running_pizhu_converts_in_is_kept(
    temp_root: Path, other_pizhu: tuple[subprocess.Popen[str], Path]
) -> None:
    process, folder = other_pizhu
    _made_before_this_run(folder)  # it started importing before this Pizhu started
    assert sweep(temp_root) == []
    assert (folder / "in" / "00001.doc").exists()
    process.communicate("")  # its import ends: it removes its folder itself
    assert process.returncode == 0
    assert list(temp_root.iterdir()) == []


def test_a_folder_made_since_this_run_began_is_kept_even_unlocked(temp_root: Path) -> None:
    folder = temp_root / "pizhu-convert-abc"
    folder.mkdir()  # another Pizhu may be between making it and locking it
    (folder / LOCK_NAME).touch()
    assert sweep(temp_root) == []
    _made_before_this_run(folder)
    assert sweep(temp_root) == [folder]
    assert list(temp_root.iterdir()) == []


def test_a_folder_without_a_lock_goes_once_a_day_old_and_nothing_else_is_touched(
    tmp_path: Path, temp_root: Path
) -> None:
    old, recent = temp_root / "pizhu-import-old", temp_root / "pizhu-import-recent"
    others = [temp_root / "pizhu-notes", temp_root / "other-import-x"]
    for folder in [old, recent, *others]:
        folder.mkdir()
        _made_before_this_run(folder, 3 * 86400)
    _made_before_this_run(recent, 3600)
    (temp_root / "pizhu-import-file").write_bytes(b"")
    target = tmp_path / "elsewhere"
    target.mkdir()
    (temp_root / "pizhu-import-link").symlink_to(target, target_is_directory=True)
    assert sweep(temp_root) == [old]
    assert target.exists()
    names = sorted(path.name for path in temp_root.iterdir())
    kept = ["other-import-x", "pizhu-import-file", "pizhu-import-link", "pizhu-import-recent"]
    assert names == [*kept, "pizhu-notes"]


def test_a_folder_in_use_here_is_kept_and_goes_when_done(temp_root: Path) -> None:
    with private_folder("pizhu-import-") as folder:
        _made_before_this_run(folder)
        assert sweep(temp_root) == []
        assert folder.exists()
    assert list(temp_root.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX's")
def test_on_a_file_system_without_locks_the_folder_works_and_is_never_swept(
    temp_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import fcntl

    def no_locks(_fd: int, _operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with private_folder("pizhu-convert-") as folder:
        (folder / "source.doc").write_bytes(b"a copy")
        _made_before_this_run(folder)
        assert sweep(temp_root, now=time.time() + 7 * 86400) == []
    assert list(temp_root.iterdir()) == []
