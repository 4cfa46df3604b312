"""The keyboard comes back where the user was when a dialog, popup, bar or rename closes.

Each test starts with the keyboard in the page (or in the widget that opens the dialog), acts
only with keys, and checks ``QApplication.focusWidget()`` once the dialog is gone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
from desktop.dialogs.trend_dialog import TrendDialog
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.menu_spy import shown_menu
from tests.gui.reader.helpers import select_with_keys
from tests.gui.window_helpers import focus_reader, type_chinese

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _in_page(qtbot: QtBot, window: MainWindow) -> None:
    focus_reader(qtbot, window)
    assert QApplication.focusWidget() is window.reader


def _back_in(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _press_in(qtbot: QtBot, dialog: QWidget, key: Qt.Key) -> None:
    """Press ``key`` where the dialog's keyboard is, once the dialog has it."""
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or dialog, key)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _when_modal(act: Callable[[QWidget], None]) -> QTimer:
    """Acts on the next modal dialog once it is up and has the keyboard (it may block in
    exec()); acting before it is active would send keys to the window beneath, and hang."""
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and modal.isActiveWindow():
            timer.stop()
            act(modal)

    timer.timeout.connect(check)
    timer.start()
    return timer


def _when_popup(act: Callable[[QMenu], None]) -> QTimer:
    """Acts on the next context menu once it is shown (it blocks in exec())."""
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        popup = shown_menu()
        if popup is not None:
            timer.stop()
            act(popup)

    timer.timeout.connect(check)
    timer.start()
    return timer


def _key(key: Qt.Key, to_dialog: bool = False) -> Callable[[QWidget], None]:
    """Press ``key`` in the dialog's focused widget (or the dialog: Enter for its default)."""

    def press(dialog: QWidget) -> None:
        target = dialog if to_dialog else dialog.focusWidget() or dialog
        QTest.keyClick(target, key)

    return press


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_preferences_give_the_keyboard_back_to_the_page(
    qtbot: QtBot, main_window: MainWindow, key: Qt.Key
) -> None:
    _in_page(qtbot, main_window)
    timer = _when_modal(_key(key, to_dialog=True))
    main_window.registry.action(ActionId.PREFERENCES).trigger()
    timer.stop()
    _back_in(qtbot, main_window.reader)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_about_gives_the_keyboard_back_to_the_page(
    qtbot: QtBot, main_window: MainWindow, key: Qt.Key
) -> None:
    _in_page(qtbot, main_window)
    timer = _when_modal(_key(key, to_dialog=True))
    main_window.registry.action(ActionId.ABOUT).trigger()
    timer.stop()
    _back_in(qtbot, main_window.reader)


def test_the_trash_gives_the_keyboard_back_after_close(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _in_page(qtbot, main_window)
    main_window.registry.action(ActionId.TRASH).trigger()
    dialog = main_window.trash_dialog
    _press_in(qtbot, dialog, Qt.Key.Key_Escape)
    _back_in(qtbot, main_window.reader)


def test_keyboard_shortcuts_give_the_keyboard_back(qtbot: QtBot, main_window: MainWindow) -> None:
    _in_page(qtbot, main_window)
    main_window.registry.action(ActionId.SHORTCUTS).trigger()
    (dialog,) = main_window.findChildren(ShortcutsDialog)
    _press_in(qtbot, dialog, Qt.Key.Key_Escape)
    _back_in(qtbot, main_window.reader)


def test_the_import_report_gives_the_keyboard_back(qtbot: QtBot, main_window: MainWindow) -> None:
    _in_page(qtbot, main_window)
    dialog = main_window.show_import_report(1)
    _press_in(qtbot, dialog, Qt.Key.Key_Return)
    _back_in(qtbot, main_window.reader)


def test_the_export_dialog_gives_the_keyboard_back(qtbot: QtBot, main_window: MainWindow) -> None:
    _in_page(qtbot, main_window)
    dialog = main_window.show_export_dialog()
    _press_in(qtbot, dialog, Qt.Key.Key_Escape)
    _back_in(qtbot, main_window.reader)


def test_the_concordance_gives_the_keyboard_back(qtbot: QtBot, main_window: MainWindow) -> None:
    _in_page(qtbot, main_window)
    main_window.registry.action(ActionId.CONCORDANCE).trigger()
    dialog = main_window.concordance_dialog()
    qtbot.waitUntil(dialog.isVisible)
    _press_in(qtbot, dialog, Qt.Key.Key_Escape)
    _back_in(qtbot, main_window.reader)


def test_the_counts_by_year_give_the_keyboard_back(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    search = main_window.search_dock()
    with qtbot.waitSignal(search.searched, timeout=10_000):
        type_chinese(search.query_box.lineEdit(), "效能")
        qtbot.keyClick(search.query_box.lineEdit(), Qt.Key.Key_Return)
    search.view.setFocus()
    _back_in(qtbot, search.view)
    action = search.findChild(QAction, "search_trend")  # the results' menu: Counts by Year…
    action.trigger()
    dialog = main_window.findChild(TrendDialog)
    qtbot.waitUntil(lambda: dialog is not None and not dialog.worker.is_busy(), timeout=10_000)
    _press_in(qtbot, dialog, Qt.Key.Key_Escape)
    _back_in(qtbot, search.view)


def test_the_annotation_import_message_gives_the_keyboard_back(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"nope": 1}), "utf-8")
    _in_page(qtbot, main_window)
    importer = main_window.import_annotations(path)
    qtbot.waitUntil(lambda: importer.message is not None and importer.message.isVisible())
    _press_in(qtbot, importer.message, Qt.Key.Key_Return)
    _back_in(qtbot, main_window.reader)


def test_escape_in_the_find_bar_goes_back_to_the_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _in_page(qtbot, main_window)
    main_window.registry.action(ActionId.FIND).trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not main_window.reader)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    _back_in(qtbot, main_window.reader)


def test_escape_in_the_search_box_goes_back_to_the_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _in_page(qtbot, main_window)
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not main_window.reader)
    type_chinese(QApplication.focusWidget(), "发展")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    _back_in(qtbot, main_window.reader)


def test_a_closed_context_menu_leaves_the_keyboard_in_the_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _in_page(qtbot, main_window)
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_with_keys(main_window.reader, start, start + 4)

    timer = _when_popup(QMenu.close)
    qtbot.keyClick(main_window.reader, Qt.Key.Key_Menu)
    timer.stop()
    _back_in(qtbot, main_window.reader)


def test_a_colour_chosen_in_the_context_menu_leaves_the_keyboard_in_the_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _in_page(qtbot, main_window)
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_with_keys(main_window.reader, start, start + 4)

    def choose(popup: QMenu) -> None:
        action = next(a for a in popup.actions() if a.objectName() == "action_highlight_2")
        popup.close()
        action.trigger()

    timer = _when_popup(choose)
    qtbot.keyClick(main_window.reader, Qt.Key.Key_Menu)
    timer.stop()
    qtbot.waitUntil(lambda: main_window.reader.annotations_at(start) != [])
    _back_in(qtbot, main_window.reader)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_rename_gives_the_keyboard_back_to_the_tree(
    qtbot: QtBot, main_window: MainWindow, key: Qt.Key
) -> None:
    tree = main_window.library_pane.tree
    main_window.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    timer = _when_modal(_key(key))
    main_window.registry.action(ActionId.RENAME).trigger()
    timer.stop()
    _back_in(qtbot, tree)


@pytest.mark.parametrize("action_id", [ActionId.PRINT, ActionId.PRINT_PREVIEW])
def test_print_and_preview_give_the_keyboard_back_to_the_page(
    qtbot: QtBot, main_window: MainWindow, action_id: ActionId
) -> None:
    _in_page(qtbot, main_window)
    timer = _when_modal(_key(Qt.Key.Key_Escape, to_dialog=True))
    main_window.registry.action(action_id).trigger()
    timer.stop()
    _back_in(qtbot, main_window.reader)
