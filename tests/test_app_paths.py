"""Where the library lives: --library, else $PIZHU_LIBRARY, else Qt's AppDataLocation."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app_paths import (
    LIBRARY_FILE_NAME,
    claim_library,
    default_library_path,
    documents_folder,
    library_path,
)
from desktop.cli.window_lock import no_window_open
from desktop.core.errors import LibraryError


def test_the_option_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PIZHU_LIBRARY", str(tmp_path / "env.sqlite"))
    assert library_path(str(tmp_path / "given.sqlite")) == tmp_path / "given.sqlite"


def test_then_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PIZHU_LIBRARY", str(tmp_path / "env.sqlite"))
    assert library_path(None) == tmp_path / "env.sqlite"


def test_a_home_relative_path_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert library_path("~/notes/library.sqlite") == tmp_path / "notes" / "library.sqlite"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
def test_then_the_app_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PIZHU_LIBRARY")
    monkeypatch.setenv("PIZHU_LIBRARY", "   ")  # blank counts as unset
    expected = tmp_path / "home" / "data" / "Pizhu" / "Pizhu" / LIBRARY_FILE_NAME
    assert library_path(None) == expected
    assert default_library_path() == expected


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
def test_the_user_dictionary_and_cache_live_in_the_app_folders(
    isolated_environment: Path,
) -> None:
    from desktop.app_paths import cache_folder, user_dictionary_path

    assert user_dictionary_path() == isolated_environment / "data" / "Pizhu" / "Pizhu" / (
        "user_dict.txt"
    )
    assert cache_folder() == isolated_environment / "cache" / "Pizhu" / "Pizhu"


@pytest.mark.parametrize("answer", ["", "missing"])
def test_documents_falls_back_to_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, answer: str
) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    given = str(tmp_path / answer) if answer else ""
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: given)
    assert documents_folder() == Path.home()


def test_documents_is_the_platform_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(tmp_path))
    assert documents_folder() == tmp_path


# The lock a window holds on its library ------------------------------------------------------


def test_a_second_claim_on_a_library_is_refused_and_names_the_holder(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    first = claim_library(library)
    assert first is not None
    assert first.isLocked()
    assert Path(f"{library}.lock").exists()
    second = claim_library(library)
    assert second is not None
    assert not second.isLocked()
    pid, _host, _app = second.getLockInfo()
    assert pid == os.getpid()
    first.unlock()
    again = claim_library(library)
    assert again is not None
    assert again.isLocked()
    again.unlock()


def test_a_claim_through_a_link_to_the_file_is_a_claim_on_the_same_library(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.sqlite"
    library.touch()
    (tmp_path / "shortcut.sqlite").symlink_to(library)
    first = claim_library(library)
    assert first is not None
    assert first.isLocked()
    second = claim_library(tmp_path / "shortcut.sqlite")
    assert second is not None
    assert not second.isLocked(), "two windows on one library file"
    first.unlock()


def test_the_lock_of_a_crashed_process_is_taken_over(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # no unlock: the lock file stays behind\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", crash, f"{library}.lock"], capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert Path(f"{library}.lock").exists()
    claimed = claim_library(library)
    assert claimed is not None
    assert claimed.isLocked()
    claimed.unlock()


def test_a_window_s_first_start_makes_the_folder_its_lock_goes_in(tmp_path: Path) -> None:
    library = tmp_path / "new" / "folder" / "library.sqlite"
    lock = claim_library(library, make_folder=True)
    assert lock is not None
    assert lock.isLocked()
    lock.unlock()


def test_a_claim_without_make_folder_leaves_a_missing_folder_missing(tmp_path: Path) -> None:
    """The command line's restore: a typing error in --library makes no folder."""
    assert claim_library(tmp_path / "typo" / "library.sqlite") is None
    assert not (tmp_path / "typo").exists()


def test_the_restore_s_guard_and_the_window_take_one_lock(tmp_path: Path) -> None:
    """A window on a link to the library keeps the command line's restore out of the file."""
    library = tmp_path / "library.sqlite"
    library.touch()
    (tmp_path / "shortcut.sqlite").symlink_to(library)
    window = claim_library(tmp_path / "shortcut.sqlite", make_folder=True)
    assert window is not None
    assert window.isLocked()
    with pytest.raises(LibraryError) as refused, no_window_open(library):
        pytest.fail("the restore ran beside the window")
    assert refused.value.code == "in-use"
    assert f"process {os.getpid()}" in str(refused.value)
    window.unlock()
    with no_window_open(library):
        again = claim_library(library)
        assert again is not None
        assert not again.isLocked(), "the restore holds it now"
    assert not Path(f"{library}.lock").exists()
