"""Tests for desktop/gui/unsaved_notes_notice.py: the next start tells of the file the notes a
logout's close could not save went to, once, with a way to its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.gui.library_tools import LibraryTools
from desktop.gui.notes_records import record_for_next_start, recorded
from desktop.gui.settings import Settings
from desktop.gui.unsaved_notes_file import write_unsaved_notes
from desktop.gui.unsaved_notes_notice import MESSAGE_NAME
from tests.gui.conftest import WindowFactory


def _notice(window: object) -> QMessageBox | None:
    found = window.findChild(QMessageBox, MESSAGE_NAME)  # type: ignore[attr-defined]
    return found if found is not None and found.isVisible() else None


def _written_at_logout(library_path: Path) -> Path:
    """A file as the termination path writes it, and recorded as it records it."""
    path = write_unsaved_notes(library_path, "效能革命\n注销前写的")
    assert path is not None
    record_for_next_start(Settings(), path)
    return path


def test_the_next_start_names_the_file_once(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path
) -> None:
    written = _written_at_logout(library_path)
    window = open_window()
    box = _notice(window)
    assert box is not None
    assert str(written) in box.informativeText()
    box.close()
    window.close()
    again = open_window()
    assert _notice(again) is None
    assert written.read_text(encoding="utf-8").startswith("效能革命")  # her words stay


def test_its_button_opens_the_file_s_folder(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = _written_at_logout(library_path)
    opened: list[Path] = []
    monkeypatch.setattr(
        LibraryTools, "show_folder", lambda _self, folder, _failure="": opened.append(folder)
    )
    box = _notice(open_window())
    assert box is not None
    button = box.findChild(QPushButton, "show_folder_button")
    button.click()
    assert opened == [written.parent]


def test_a_file_no_longer_there_is_not_spoken_of(
    open_window: WindowFactory, library_path: Path
) -> None:
    _written_at_logout(library_path).unlink()
    assert _notice(open_window()) is None
    assert recorded(Settings()) == []


def test_its_button_opens_each_folder_of_the_files_it_names_once(
    qtbot: QtBot,
    open_window: WindowFactory,
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Files in two folders (the library's disk full, one went to the home folder): the
    button opened only the last file's folder, and the other file was left to be searched."""
    first = _written_at_logout(library_path)
    elsewhere = tmp_path / "other-disk"
    elsewhere.mkdir()
    second = elsewhere / "library-unsaved-notes-20261127-230000.txt"
    second.write_text("第二次注销\n", encoding="utf-8")
    record_for_next_start(Settings(), second)
    third = library_path.parent / "library-unsaved-notes-20261127-235900.txt"
    third.write_text("第三次注销\n", encoding="utf-8")
    record_for_next_start(Settings(), third)
    opened: list[Path] = []
    monkeypatch.setattr(
        LibraryTools,
        "show_folder",
        lambda _self, folder, _failure="": opened.append(folder) or True,
    )
    box = _notice(open_window())
    assert box is not None
    for path in (first, second, third):
        assert str(path) in box.informativeText()
    box.findChild(QPushButton, "show_folder_button").click()
    assert opened == [library_path.parent, elsewhere]


def test_two_closes_in_the_same_second_keep_both_files(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two windows on one library closed by the same logout (each with notes the lock or a full
    disk refused) wrote the same file name in the same second: the second replaced the first,
    and the first window's notes were lost."""
    from datetime import datetime

    from desktop.gui import unsaved_notes_file

    class _SameSecond(datetime):
        @classmethod
        def now(cls, tz: object = None) -> _SameSecond:  # type: ignore[override]
            return cls(2026, 11, 28, 6, 15, 5)

    monkeypatch.setattr(unsaved_notes_file, "datetime", _SameSecond)
    first = write_unsaved_notes(library_path, "第一个窗口的批注")
    second = write_unsaved_notes(library_path, "第二个窗口的批注")
    assert first is not None
    assert second is not None
    assert first != second
    assert first.read_text(encoding="utf-8") == "第一个窗口的批注\n"
    assert second.read_text(encoding="utf-8") == "第二个窗口的批注\n"
    assert not list(library_path.parent.glob(".*.part")), "no temporary file left"
