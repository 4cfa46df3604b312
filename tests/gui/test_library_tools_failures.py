"""Tests for desktop/gui/library_tools.py when Back Up Now… fails: a full, read-only or vanished
destination is said once, naming it and what is wrong with it, in the UI language; nothing is
left there under the chosen name and the library goes on being used."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.storage.backup import DESTINATION_CODES
from desktop.gui.library_tools import DESTINATION_PROBLEMS
from desktop.gui.main_window import MainWindow
from tests.core.storage.disk_failures import (
    full_after,
    refuse_new_files,
    size_limit,
    vanish_while_copying,
)
from tests.gui.library_messages import wait_for_message


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """The folder the user backs up to."""
    folder = tmp_path / "U盘"
    folder.mkdir()
    return folder


def _back_up_and_wait(qtbot: QtBot, window: MainWindow, target: Path) -> QMessageBox:
    window.back_up_to(target)
    box = wait_for_message(qtbot, window, "backup_failed")
    assert box.icon() == QMessageBox.Icon.Warning
    assert str(target) in box.text()
    assert len([b for b in window.findChildren(QMessageBox) if b.isVisible()]) == 1
    return box


def _still_usable(window: MainWindow) -> None:
    session = window.session
    speech_id = window.current_speech_id()
    assert speech_id is not None
    added = session.add_highlight(speech_id, 0, 2, "yellow")
    assert added.id in {a.id for a in session.annotations(speech_id)}


def test_a_full_destination_is_named_as_full_and_nothing_is_left(
    qtbot: QtBot, main_window: MainWindow, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full_after(monkeypatch, 3)
    box = _back_up_and_wait(qtbot, main_window, stick / "批注文库.sqlite")
    assert "The destination is full" in box.informativeText()
    assert "library is as it was" in box.informativeText()
    assert list(stick.iterdir()) == []
    box.accept()
    _still_usable(main_window)


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES], ids=["EROFS", "EACCES"])
def test_a_read_only_destination_is_named_as_such(
    qtbot: QtBot,
    main_window: MainWindow,
    stick: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
) -> None:
    refuse_new_files(monkeypatch, code)
    box = _back_up_and_wait(qtbot, main_window, stick / "批注文库.sqlite")
    assert "The destination cannot be written to" in box.informativeText()
    assert "library cannot be written" not in box.informativeText(), "the library is fine"
    assert list(stick.iterdir()) == []
    box.accept()
    _still_usable(main_window)


def test_a_removed_stick_is_named_and_its_folder_not_made(
    qtbot: QtBot, main_window: MainWindow, stick: Path
) -> None:
    stick.rmdir()
    box = _back_up_and_wait(qtbot, main_window, stick / "批注文库.sqlite")
    assert "The destination folder is missing" in box.informativeText()
    assert not stick.exists()
    box.accept()
    _still_usable(main_window)


def test_a_stick_removed_while_copying_leaves_nothing(
    qtbot: QtBot, main_window: MainWindow, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vanish_while_copying(monkeypatch, stick)
    box = _back_up_and_wait(qtbot, main_window, stick / "批注文库.sqlite")
    assert "destination" in box.informativeText()
    assert not stick.exists()
    box.accept()
    _still_usable(main_window)


@pytest.fixture
def chinese() -> Iterator[None]:
    """The UI in Chinese for the test."""
    from desktop.gui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.apply("zh_CN")
    yield
    translations.remove()


@pytest.mark.usefixtures("chinese")
def test_the_message_is_in_chinese_and_names_the_destination(
    qtbot: QtBot, main_window: MainWindow, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full_after(monkeypatch, 3)
    target = stick / "批注文库.sqlite"
    box = _back_up_and_wait(qtbot, main_window, target)
    assert box.text().startswith("无法将文库备份到")
    assert "已满" in box.informativeText()
    assert "文库保持原样" in box.informativeText()
    box.accept()


def test_every_code_of_a_failed_destination_is_worded() -> None:
    # Core decides which failures are the destination's (backup.DESTINATION_CODES); each is said.
    assert set(DESTINATION_PROBLEMS) == set(DESTINATION_CODES)


def test_a_copy_past_the_systems_size_limit_is_named_as_such(
    qtbot: QtBot, main_window: MainWindow, stick: Path
) -> None:
    size = main_window.session.library_path.stat().st_size
    with size_limit(size // 2):  # ulimit -f
        box = _back_up_and_wait(qtbot, main_window, stick / "批注文库.sqlite")
    assert "file size limit (errno EFBIG)" in box.informativeText()
    assert "disk reported an error" not in box.informativeText()
    assert list(stick.iterdir()) == []
    box.accept()
    _still_usable(main_window)
