"""Where the library lives: --library, else $PIZHU_LIBRARY, else Qt's AppDataLocation."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.app_paths import (
    LIBRARY_FILE_NAME,
    default_library_path,
    documents_folder,
    library_path,
)


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
