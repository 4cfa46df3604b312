"""Tests for desktop/gui/reader/toolbar.py: the floating selection toolbar and modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.gui.reader import ReaderView
from tests.gui.menu_spy import MENU_ON_OFFSCREEN
from tests.gui.reader.conftest import body_offset
from tests.gui.reader.helpers import drag_select


def _selected_with_toolbar(qtbot: QtBot, reader: ReaderView) -> tuple[int, int]:
    start = body_offset(reader.speech())
    drag_select(qtbot, reader, start, start + 6)
    qtbot.waitUntil(reader.selection_toolbar.isVisible)
    return start, start + 6


def test_a_message_box_hides_the_toolbar_and_it_comes_back_after(
    qtbot: QtBot, reader: ReaderView
) -> None:
    """As File ▸ Library ▸ Check Library says its result: a window-modal box over the page."""
    selected = _selected_with_toolbar(qtbot, reader)
    toolbar = reader.selection_toolbar
    box = QMessageBox(QMessageBox.Icon.Information, "批注", "文库完好。", parent=reader)
    box.open()
    qtbot.waitExposed(box)
    assert not toolbar.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(toolbar.isVisible)
    assert reader.selected_range() == selected


def test_a_dialog_run_with_exec_hides_it_too(qtbot: QtBot, reader: ReaderView) -> None:
    """The app's own dialogs, and an application-modal exec()."""
    _selected_with_toolbar(qtbot, reader)
    toolbar = reader.selection_toolbar
    dialog = QDialog(reader)
    seen: list[bool] = []

    def look_and_close() -> None:
        seen.append(toolbar.isVisible())
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    dialog.exec()
    assert seen == [False]
    qtbot.waitUntil(toolbar.isVisible)


def test_a_file_dialog_hides_it_too(qtbot: QtBot, reader: ReaderView) -> None:
    _selected_with_toolbar(qtbot, reader)
    toolbar = reader.selection_toolbar
    dialog = QFileDialog(reader)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert not toolbar.isVisible()
    dialog.reject()
    qtbot.waitUntil(toolbar.isVisible)


def test_it_does_not_come_back_without_the_selection_or_once_dismissed(
    qtbot: QtBot, reader: ReaderView
) -> None:
    _selected_with_toolbar(qtbot, reader)
    toolbar = reader.selection_toolbar
    box = QMessageBox(QMessageBox.Icon.Information, "批注", "……", parent=reader)
    box.open()
    qtbot.waitExposed(box)
    reader.clear_text_selection()  # what the dialog did took the selection away
    box.accept()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert not toolbar.isVisible()
    _selected_with_toolbar(qtbot, reader)
    qtbot.keyClick(reader, Qt.Key.Key_Escape)  # the user put the toolbar away
    assert not toolbar.isVisible()
    box = QMessageBox(QMessageBox.Icon.Information, "批注", "……", parent=reader)
    box.open()
    qtbot.waitExposed(box)
    box.accept()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert not toolbar.isVisible()
    assert reader.selected_range() is not None


@MENU_ON_OFFSCREEN
def test_a_menu_blocks_nothing_and_the_toolbar_stays(qtbot: QtBot, reader: ReaderView) -> None:
    """A menu is a popup drawn above the page and the toolbar: hiding it would only flicker."""
    _selected_with_toolbar(qtbot, reader)
    menu = QMenu(reader)
    menu.addAction("复制")
    menu.popup(reader.mapToGlobal(QPoint(20, 20)))
    qtbot.waitExposed(menu)
    assert reader.selection_toolbar.isVisible()
    menu.close()
