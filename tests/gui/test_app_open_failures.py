"""Starting on a library that cannot be opened: one message saying why, and no window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.storage.database import Database
from desktop.gui import app as app_module
from tests.core.storage.disk_failures import unwritable_folder


def test_a_library_on_a_read_only_disk_says_it_cannot_be_opened_not_that_nothing_was_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The headline was "the change was not saved": at start-up there was no change. (A library
    # there opens for reading; one that must first be upgraded cannot.)
    folder = tmp_path / "stick"
    folder.mkdir()
    library = folder / "library.sqlite"
    with Database.open(library) as db:
        db.checkpoint()
    with sqlite3.connect(library) as conn:
        conn.execute("PRAGMA user_version = 1")
    shown: list[tuple[str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    with unwritable_folder(folder):
        assert app_module.run_gui(library) == app_module.EXIT_LIBRARY_ERROR
    ((headline, detail),) = shown
    # In the language the start-up chose (the machine's; Chinese first).
    assert headline in (
        "The library cannot be opened: its folder or disk cannot be written to.",
        "无法打开文库：文库所在的文件夹或磁盘不能写入。",
    )
    assert detail.startswith(f"{library}: the library's file or folder cannot be written")
