"""Tests for desktop/gui/library_restore.py when a restore fails: a backup from a newer Pizhu,
a disk that fills while the backup is copied in, a restored library that cannot be opened.
Nothing that was saved is lost, and the user is told where everything is."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.storage import library as library_module
from desktop.core.storage import restore as restore_module
from desktop.core.storage.library import open_library
from desktop.core.storage.schema import LATEST_VERSION
from desktop.dialogs.restore_dialog import RestoreDialog
from desktop.gui.main_window import MainWindow
from tests.gui.library_messages import library_menu_action, shown, wait_for_message


def _restore_latest(qtbot: QtBot, window: MainWindow) -> None:
    """Restore from Backup…, the newest backup, confirmed."""
    library_menu_action(window, "action_restore_backup").trigger()
    qtbot.waitUntil(lambda: shown(window, RestoreDialog, "restore_dialog") is not None)
    dialog = shown(window, RestoreDialog, "restore_dialog")
    assert isinstance(dialog, RestoreDialog)
    dialog.restore_button.click()
    confirm = wait_for_message(qtbot, window, "restore_confirm")
    found = [b for b in confirm.buttons() if b.objectName() == "confirm_restore"]
    assert isinstance(found[0], QPushButton)
    found[0].click()


def _backed_up_then_changed(window: MainWindow) -> tuple[int, int]:
    """A backup, then a highlight made after it: (speech, the highlight's id)."""
    with open_library(window.session.library_path, create=False, daily_backup=False) as lib:
        lib.db.backup()
    speech_id = window.current_speech_id()
    assert speech_id is not None
    return speech_id, window.session.add_highlight(speech_id, 0, 2, "yellow").id


def _leftovers(path: Path) -> list[str]:
    return [p.name for p in path.parent.iterdir() if "replaced" in p.name or "restor" in p.name]


def test_a_backup_from_a_newer_pizhu_is_refused_as_newer(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    newer = tmp_path / "新版本的文库.sqlite"
    with open_library(main_window.session.library_path, create=False, daily_backup=False) as lib:
        lib.db.copy_to(newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    main_window.show_restore_dialog()
    main_window.findChild(RestoreDialog, "restore_dialog").file_chosen.emit(newer)
    refused = wait_for_message(qtbot, main_window, "restore_file_refused")
    assert str(newer) in refused.text()
    assert "newer version of Pizhu" in refused.informativeText()
    assert not main_window.session.closed
    refused.accept()


def test_a_disk_that_fills_while_restoring_leaves_the_library_open_as_it_was(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = main_window.session
    path = session.library_path
    speech_id, later = _backed_up_then_changed(main_window)

    def copyfile(source: Path, destination: Path) -> None:
        Path(destination).write_bytes(Path(source).read_bytes()[:4096])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(destination))

    monkeypatch.setattr(restore_module.shutil, "copyfile", copyfile)
    _restore_latest(qtbot, main_window)
    failed = wait_for_message(qtbot, main_window, "restore_failed")
    assert "disk is full" in failed.informativeText()
    assert "as it was" in failed.text()
    assert main_window.isVisible()
    assert not session.closed
    assert later in {a.id for a in session.annotations(speech_id)}
    assert _leftovers(path) == []
    failed.accept()
    # The library is as it was, so is its undo history: the highlight can still be undone.
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert later not in {a.id for a in session.annotations(speech_id)}


def test_a_restored_library_that_cannot_be_opened_names_the_kept_library_and_closes(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = main_window.session
    path = session.library_path
    speech_id, later = _backed_up_then_changed(main_window)
    shown_messages: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        shown_messages.append(box)
        return QMessageBox.StandardButton.Ok

    def locked(library_path: Path, **_options: object) -> None:
        # What the restored file meets when it is reopened: another program holds it.
        raise LibraryError("the library is in use by another process", code="busy", path=path)

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(library_module, "open_library", locked)
    _restore_latest(qtbot, main_window)
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=20_000)

    assert len(shown_messages) == 1
    message = shown_messages[0].informativeText()
    asides = list(path.parent.glob(f"{path.name}.replaced-*"))
    assert len(asides) == 1
    assert str(path) in message
    assert str(asides[0]) in message, "the message says where the library that was there is"
    monkeypatch.undo()
    with open_library(asides[0], create=False, daily_backup=False) as kept:
        assert later in {a.id for a in kept.annotations.annotations(speech_id)}
