"""Tests for desktop/gui/library_restore.py: File ▸ Library ▸ Restore from Backup…, as a user
restores: choose the backup, confirm, and find the window on the restored library."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from desktop.core.storage import loose_hash
from desktop.core.storage.library import open_library
from desktop.core.storage.schema import LATEST_VERSION
from desktop.dialogs.restore_dialog import RestoreDialog
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.core.storage.version_12 import downgrade_to_version_12, stored
from tests.gui.files import good_file
from tests.gui.language_fixtures import type_text
from tests.gui.library_messages import library_menu_action, shown, wait_for_message


def _open_restore_dialog(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    library_menu_action(window, "action_restore_backup").trigger()
    qtbot.waitUntil(lambda: shown(window, RestoreDialog, "restore_dialog") is not None)
    dialog = shown(window, RestoreDialog, "restore_dialog")
    assert isinstance(dialog, RestoreDialog)
    return dialog


def _button(box: QMessageBox, name: str) -> QPushButton:
    found = [b for b in box.buttons() if b.objectName() == name]
    assert found, f"no {name} button"
    button = found[0]
    assert isinstance(button, QPushButton)
    return button


def _restore_from_file(qtbot: QtBot, window: MainWindow, copy: Path) -> RestoreDialog:
    """Restore from File… in the restore dialog, answering its file dialog with ``copy``."""
    dialog = _open_restore_dialog(qtbot, window)
    dialog.file_button.click()
    qtbot.waitUntil(lambda: shown(window, QFileDialog, "restore_file_dialog") is not None)
    chooser = shown(window, QFileDialog, "restore_file_dialog")
    assert isinstance(chooser, QFileDialog)
    chooser.selectFile(str(copy))
    chooser.accept()
    return dialog


def test_restoring_a_backup_reopens_the_window_on_it(qtbot: QtBot, main_window: MainWindow) -> None:
    session = main_window.session
    path = session.library_path
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    kept = session.add_highlight(speech_id, 0, 2, "yellow")
    with open_library(path, create=False, daily_backup=False) as library:
        library.db.backup()
    later = session.add_highlight(speech_id, 3, 5, "blue")
    assert session.undo_stack.count() == 2

    dialog = _open_restore_dialog(qtbot, main_window)
    assert dialog.list.topLevelItemCount() == 1
    dialog.restore_button.click()
    confirm = wait_for_message(qtbot, main_window, "restore_confirm")
    assert f"{path.name}.replaced-" in confirm.informativeText()
    _button(confirm, "confirm_restore").click()
    done = wait_for_message(qtbot, main_window, "restore_done")

    ids = {a.id for a in session.annotations(speech_id)}
    assert kept.id in ids
    assert later.id not in ids, "the window reads the restored library"
    assert session.undo_stack.count() == 0
    assert "undo" in done.informativeText().lower()
    asides = list(path.parent.glob(f"{path.name}.replaced-*"))
    assert len(asides) == 1
    assert str(asides[0]) in done.informativeText()
    assert main_window.current_speech_id() == speech_id
    assert main_window.tree_model.rowCount() > 0
    assert kept.id in main_window.reader.annotations_at(1)
    assert later.id not in main_window.reader.annotations_at(4)
    assert shown(main_window, RestoreDialog, "restore_dialog") is None
    done.accept()


def test_cancelling_the_confirmation_changes_nothing(qtbot: QtBot, main_window: MainWindow) -> None:
    session = main_window.session
    with open_library(session.library_path, create=False, daily_backup=False) as library:
        library.db.backup()
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    added = session.add_highlight(speech_id, 0, 2, "yellow")
    dialog = _open_restore_dialog(qtbot, main_window)
    dialog.restore_button.click()
    confirm = wait_for_message(qtbot, main_window, "restore_confirm")
    confirm.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not confirm.isVisible())
    assert dialog.isVisible()
    assert added.id in {a.id for a in session.annotations(speech_id)}
    assert session.undo_stack.count() == 1
    dialog.reject()


def test_with_no_backup_the_dialog_says_when_the_first_is_made(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dialog = _open_restore_dialog(qtbot, main_window)
    assert dialog.list.isHidden()
    assert "no backup" in dialog.intro.text()
    assert "next time you open it" in dialog.intro.text()
    assert not dialog.restore_button.isEnabled()
    dialog.reject()


def test_a_damaged_backup_is_refused_and_the_library_is_as_it_was(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    session = main_window.session
    path = session.library_path
    folder = path.parent / "backups"
    folder.mkdir()
    (folder / f"{path.stem}-daily-2026-11-20.sqlite").write_bytes(b"SQLite format 3\x00" * 64)
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    added = session.add_highlight(speech_id, 0, 2, "yellow")
    dialog = _open_restore_dialog(qtbot, main_window)
    dialog.restore_button.click()
    _button(wait_for_message(qtbot, main_window, "restore_confirm"), "confirm_restore").click()
    failed = wait_for_message(qtbot, main_window, "restore_failed")
    assert failed.icon() == QMessageBox.Icon.Warning
    assert added.id in {a.id for a in session.annotations(speech_id)}
    assert not list(path.parent.glob(f"{path.name}.replaced-*"))
    failed.accept()


def test_files_handed_over_during_a_restore_go_into_the_restored_library(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    session = main_window.session
    with open_library(session.library_path, create=False, daily_backup=False) as library:
        saved = library.db.backup()
    collections = len(session.collections())
    assert saved.path.exists()
    speech_file = good_file(tmp_path, title="在恢复备份时交来的讲话")
    dialog = _open_restore_dialog(qtbot, main_window)
    dialog.restore_button.click()
    _button(wait_for_message(qtbot, main_window, "restore_confirm"), "confirm_restore").click()
    assert session.closed, "the restore is under way"
    main_window.take_files_from_another_start([str(speech_file)])
    running = [task.name for task in main_window.workers.active()]
    assert "import" not in running, "an import into the file being replaced"
    with qtbot.waitSignal(main_window.import_finished, timeout=60_000) as imported:
        pass
    done = wait_for_message(qtbot, main_window, "restore_done")
    assert [o.path for o in imported.args[0].imported] == [speech_file]
    assert len(session.collections()) == collections + 1, "imported into the restored file"
    done.accept()


def test_a_copy_saved_anywhere_is_restored_from_file(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    session = main_window.session
    path = session.library_path
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    kept = session.add_highlight(speech_id, 0, 2, "yellow")
    copy = tmp_path / "on a stick" / "批注文库-2026-11-27.sqlite"
    copy.parent.mkdir()
    with open_library(path, create=False, daily_backup=False) as library:
        library.db.copy_to(copy)
    later = session.add_highlight(speech_id, 3, 5, "blue")

    _restore_from_file(qtbot, main_window, copy)
    confirm = wait_for_message(qtbot, main_window, "restore_confirm")
    assert str(copy) in confirm.text()
    assert f"{path.name}.replaced-" in confirm.informativeText()
    _button(confirm, "confirm_restore").click()
    done = wait_for_message(qtbot, main_window, "restore_done")

    ids = {a.id for a in session.annotations(speech_id)}
    assert kept.id in ids
    assert later.id not in ids, "the window reads the restored copy"
    assert session.undo_stack.count() == 0
    assert len(list(path.parent.glob(f"{path.name}.replaced-*"))) == 1
    assert copy.exists(), "the copy itself is left where it was"
    assert kept.id in main_window.reader.annotations_at(1)
    assert shown(main_window, RestoreDialog, "restore_dialog") is None
    done.accept()


def _damaged(folder: Path) -> Path:
    bad = folder / "damaged.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" * 64)
    return bad


def _foreign(folder: Path) -> Path:
    other = folder / "someone else's.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE accounts (name TEXT)")
    conn.commit()
    conn.close()
    return other


@pytest.mark.parametrize(
    ("make", "summary"),
    [
        (_damaged, "damaged"),
        (_foreign, "not a Pizhu library"),
        (lambda _folder: None, "cannot replace the library itself"),
    ],
    ids=["damaged", "foreign", "the library itself"],
)
def test_a_file_that_cannot_replace_the_library_is_refused_naming_it(
    qtbot: QtBot,
    main_window: MainWindow,
    tmp_path: Path,
    make: Callable[[Path], Path | None],
    summary: str,
) -> None:
    session = main_window.session
    path = session.library_path
    chosen = make(tmp_path) or path
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    added = session.add_highlight(speech_id, 0, 2, "yellow")

    dialog = _restore_from_file(qtbot, main_window, chosen)
    refused = wait_for_message(qtbot, main_window, "restore_file_refused")
    assert refused.icon() == QMessageBox.Icon.Warning
    assert str(chosen) in refused.text()
    assert summary in refused.informativeText()
    assert shown(main_window, QMessageBox, "restore_confirm") is None, "nothing is asked"
    assert not session.closed
    assert added.id in {a.id for a in session.annotations(speech_id)}
    assert session.undo_stack.count() == 1
    assert not list(path.parent.glob(f"{path.name}.replaced-*"))
    refused.accept()
    assert dialog.isVisible(), "another backup or file can still be chosen"
    dialog.reject()


def test_after_a_restore_the_library_search_reads_the_restored_library(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = main_window.session.library_path
    with open_library(path, create=False, daily_backup=False) as library:
        library.db.backup()
    added = good_file(tmp_path, title="在全市鲲鹏展翅工作会议上的讲话")
    with qtbot.waitSignal(main_window.import_finished, timeout=30_000):
        main_window.import_files([added])
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = main_window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), "鲲鹏")
    assert dock.model.speech_counts(), "the search worker has read the library"

    dialog = _open_restore_dialog(qtbot, main_window)
    dialog.restore_button.click()
    _button(wait_for_message(qtbot, main_window, "restore_confirm"), "confirm_restore").click()
    wait_for_message(qtbot, main_window, "restore_done")

    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), "展翅")
    assert dock.model.speech_counts() == [], "the speech imported after the backup is gone"


def test_an_older_backup_is_upgraded_in_a_worker_under_the_restore_progress(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = main_window.session
    path = session.library_path
    with open_library(path, create=False, daily_backup=False) as library:
        backup = library.db.backup().path
    downgrade_to_version_12(backup)  # as an older Pizhu took it
    gate = threading.Event()
    threads: list[str] = []
    backfill = loose_hash.backfill_loose_hashes
    seen: list[object] = []

    def held(conn: sqlite3.Connection, report: Callable[[float], None] | None = None) -> None:
        threads.append(threading.current_thread().name)
        assert gate.wait(60), "the test let the upgrade go"
        backfill(conn, report)

    monkeypatch.setattr(loose_hash, "backfill_loose_hashes", held)
    dialog = _open_restore_dialog(qtbot, main_window)
    dialog.restore_button.click()
    confirm = wait_for_message(qtbot, main_window, "restore_confirm")
    _button(confirm, "confirm_restore").click()
    qtbot.waitUntil(lambda: bool(threads))
    progress = main_window.findChild(QProgressDialog, "restore_progress")
    assert progress is not None
    qtbot.waitUntil(lambda: "Step" in progress.labelText())  # the step's start, told
    seen += [progress.isVisible(), progress.windowModality(), progress.labelText()]
    seen.append((progress.value(), progress.maximum()))
    values: list[int] = []
    progress.findChild(QProgressBar).valueChanged.connect(values.append)
    gate.set()
    done = wait_for_message(qtbot, main_window, "restore_done")
    assert seen == [
        True,
        Qt.WindowModality.WindowModal,  # the window is out of reach: nothing writes meanwhile
        "Upgrading the library “library.sqlite” for this version of Pizhu…\n"
        "Step 1 of 5: Finding the same speech in other files",
        (0, 1000),
    ]
    assert values == sorted(values), "the bar only rises"
    assert len(values) > 2
    assert values[-1] == 1000
    assert threads != [threading.main_thread().name], "upgraded off the GUI thread"
    assert len(threads) == 1
    assert stored(path)[0] == LATEST_VERSION
    assert main_window.tree_model.rowCount() > 0
    assert main_window.current_speech() is not None
    done.accept()


def test_an_older_backup_that_cannot_be_upgraded_is_named_and_the_window_closes(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = main_window.session.library_path
    with open_library(path, create=False, daily_backup=False) as library:
        backup = library.db.backup().path
    downgrade_to_version_12(backup)

    def failing(_conn: sqlite3.Connection, _report: object = None) -> None:
        raise OSError("the disk went away")

    monkeypatch.setattr(loose_hash, "backfill_loose_hashes", failing)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.informativeText()) or 0)
    dialog = _open_restore_dialog(qtbot, main_window)
    dialog.restore_button.click()
    confirm = wait_for_message(qtbot, main_window, "restore_confirm")
    _button(confirm, "confirm_restore").click()
    qtbot.waitUntil(lambda: not main_window.isVisible())
    (message,) = told
    assert "the disk went away" in message
    assert str(path) in message
    assert "kept unchanged as" in message, "where the library before the restore is kept"
    assert stored(path)[0] == 12, "the restored copy as it was: the next start upgrades it"
