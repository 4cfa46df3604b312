"""Tests for desktop/core/storage/health.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.annotation import AnnotationKind
from desktop.core.errors import LibraryError
from desktop.core.storage.health import check_library
from desktop.core.storage.library import open_library


def test_a_sound_library_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with open_library(path, daily_backup=False) as library:
        speech_id = library.store.speech_order()[0]
        library.annotations.create(speech_id, AnnotationKind.HIGHLIGHT, 0, 2, color="yellow")
        gone = library.annotations.create(speech_id, AnnotationKind.HIGHLIGHT, 2, 4, color="blue")
        library.annotations.delete(gone.id)
        speeches = len(library.store.speech_order())
    health = check_library(path)
    assert health.sound
    assert (health.speeches, health.annotations) == (speeches, 1)


def test_a_damaged_file_is_a_problem_found_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    health = check_library(path)
    assert not health.sound
    assert "damaged" in health.problems[0] or "not a Pizhu library" in health.problems[0]


def test_a_missing_library_raises(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as caught:
        check_library(tmp_path / "none.sqlite")
    assert caught.value.code == "missing"
