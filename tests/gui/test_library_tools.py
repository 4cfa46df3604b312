"""Tests for desktop/gui/library_tools.py: File ▸ Library ▸ Back Up Now…, Check Library and
Show in File Manager, as a user gives them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app_paths import documents_folder
from desktop.core.storage.backup import list_backups, verify_backup
from desktop.core.storage.library import open_library
from desktop.gui.library_tools import proposed_backup_name
from desktop.gui.main_window import MainWindow
from tests.gui.library_messages import library_menu_action, shown, wait_for_message
from tests.gui.reader.helpers import drag_select


def _speech_titles(path: Path) -> list[str]:
    with open_library(path, create=False, daily_backup=False) as library:
        return [library.store.speech(s).title for s in library.store.speech_order()]


def test_the_proposed_name_carries_the_date() -> None:
    assert proposed_backup_name(date(2026, 11, 27)) == "批注文库-2026-11-27.sqlite"


def test_back_up_now_writes_a_checked_copy_where_the_user_chose(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    library_menu_action(main_window, "action_back_up_now").trigger()
    qtbot.waitUntil(lambda: shown(main_window, QFileDialog, "backup_file_dialog") is not None)
    dialog = shown(main_window, QFileDialog, "backup_file_dialog")
    assert isinstance(dialog, QFileDialog)
    proposed = Path(dialog.selectedFiles()[0])
    assert proposed == documents_folder() / proposed_backup_name()
    target = tmp_path / "copies" / "mine.sqlite"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    box = wait_for_message(qtbot, main_window, "backup_done")
    assert str(target) in box.informativeText()
    verify_backup(target)
    assert _speech_titles(target) == _speech_titles(main_window.session.library_path)
    assert [p.name for p in target.parent.iterdir()] == ["mine.sqlite"], "nothing partial left"
    box.accept()


def test_a_bad_destination_is_named_once_and_nothing_is_left(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be")
    target = blocker / "copy.sqlite"
    before = sorted(tmp_path.rglob("*"))
    main_window.back_up_to(target)
    box = wait_for_message(qtbot, main_window, "backup_failed")
    assert str(target) in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    assert sorted(tmp_path.rglob("*")) == before
    assert len([b for b in main_window.findChildren(QMessageBox) if b.isVisible()]) == 1
    box.accept()


def test_check_library_says_the_library_is_sound_with_its_counts(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    session = main_window.session
    speech_id = session.speech_order()[0]
    session.add_highlight(speech_id, 0, 2, "yellow")
    library_menu_action(main_window, "action_check_library").trigger()
    box = wait_for_message(qtbot, main_window, "check_sound")
    speeches = len(session.speech_order())
    # Without a catalogue the plurals read "speech(es)" (test_i18n checks the English ones).
    assert box.text().startswith("The library is sound: ")
    assert f"{speeches} speech" in box.text()
    assert "1 annotation" in box.text()
    box.accept()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file with junk, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for offset in range(page, min(len(data), 6 * page)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def test_a_damaged_library_is_reported_with_its_latest_backup_and_restore_offered(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    path = main_window.session.library_path
    with open_library(path, create=False, daily_backup=False) as library:
        library.db.checkpoint()
        library.db.backup()
    _damage(path)
    library_menu_action(main_window, "action_check_library").trigger()
    box = wait_for_message(qtbot, main_window, "check_problems")
    assert box.detailedText()
    latest = list_backups(path)[0]
    assert str(latest.taken.year) in box.informativeText()
    restore = [b for b in box.buttons() if b.objectName() == "restore_button"]
    assert restore
    restore[0].click()
    qtbot.waitUntil(lambda: main_window.findChild(QObject, "restore_dialog") is not None)
    dialog = main_window.findChild(QObject, "restore_dialog")
    dialog.reject()


class _UrlCatcher(QObject):
    """Stands in for the desktop's file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_show_in_file_manager_opens_the_library_folder(main_window: MainWindow) -> None:
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        library_menu_action(main_window, "action_show_library_folder").trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    folder = main_window.session.library_path.parent
    assert [Path(url.toLocalFile()) for url in catcher.opened] == [folder]


def test_backing_up_over_the_library_itself_is_refused_in_words(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    library = main_window.session.library_path
    inode = library.stat().st_ino
    main_window.back_up_to(library)
    box = wait_for_message(qtbot, main_window, "backup_failed")
    assert "choose another file" in box.informativeText()
    assert library.stat().st_ino == inode
    box.accept()


def test_check_library_s_result_hides_the_selection_toolbar_until_it_closes(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The QA walk saw the toolbar sit above the box: it hides, and comes back after."""
    reader = main_window.reader
    start = reader.speech().text.index("总结前阶段")
    drag_select(qtbot, reader, start, start + 5)
    toolbar = reader.selection_toolbar
    qtbot.waitUntil(toolbar.isVisible)
    library_menu_action(main_window, "action_check_library").trigger()
    box = wait_for_message(qtbot, main_window, "check_sound")
    assert not toolbar.isVisible()
    box.accept()
    qtbot.waitUntil(toolbar.isVisible)
    assert reader.selected_range() == (start, start + 5)
