"""Tests for desktop/gui/daily_backup.py: today's backup at start-up, and a backups folder
that cannot take it said once in the status bar while the window goes on working."""

from __future__ import annotations

import errno
from collections.abc import Callable

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.storage.backup import DESTINATION_CODES, backup_dir, list_backups
from desktop.gui.daily_backup import PROBLEMS, start_daily_backup
from desktop.gui.main_window import MainWindow
from tests.core.storage.disk_failures import full_after, refuse_new_files


def _wait_for_backup() -> None:
    assert QThreadPool.globalInstance().waitForDone(30_000)


def test_todays_backup_is_taken_and_nothing_is_said(qtbot: QtBot, main_window: MainWindow) -> None:
    start_daily_backup(main_window)
    _wait_for_backup()
    qtbot.wait(0)  # a report would be queued to the window by now
    assert [b.kind for b in list_backups(main_window.session.library_path)] == ["daily"]
    assert "backup" not in main_window.status.currentMessage()


@pytest.mark.parametrize(
    ("fail", "said"),
    [
        (lambda patch: full_after(patch, 3), "the disk is full"),
        (lambda patch: refuse_new_files(patch, errno.EROFS), "cannot be written to"),
    ],
    ids=["full", "read-only"],
)
def test_a_backups_folder_that_cannot_take_it_is_said_in_the_status_bar(
    qtbot: QtBot,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    fail: Callable[[pytest.MonkeyPatch], None],
    said: str,
) -> None:
    path = main_window.session.library_path
    fail(monkeypatch)
    start_daily_backup(main_window)
    _wait_for_backup()
    qtbot.waitUntil(lambda: "Today's backup" in main_window.status.currentMessage())
    message = main_window.status.currentMessage()
    assert str(backup_dir(path)) in message
    assert said in message
    assert not [b for b in main_window.findChildren(QMessageBox) if b.isVisible()]
    assert list_backups(path) == []
    assert not list(backup_dir(path).iterdir()), "no partial copy left"
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    added = main_window.session.add_highlight(speech_id, 0, 2, "yellow")
    assert added.id in {a.id for a in main_window.session.annotations(speech_id)}


def test_every_code_of_a_failed_destination_has_its_words() -> None:
    assert set(PROBLEMS) == set(DESTINATION_CODES)
