"""Tests for desktop/gui/pane_focus.py: moving between the window's panes from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import delete, isValid

from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import focus_reader, menu_action


def _focus_in(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _press(qtbot: QtBot, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifiers)


def test_the_window_opens_with_the_keyboard_in_the_page(main_window: MainWindow) -> None:
    assert QApplication.focusWidget() is main_window.reader


def test_tab_goes_from_the_library_to_the_page_then_to_the_annotations(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    tree = main_window.library_pane.tree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(main_window.reader.hasFocus)
    _press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: _focus_in(main_window.annotations_dock))
    _press(qtbot, Qt.Key.Key_Backtab)
    qtbot.waitUntil(main_window.reader.hasFocus)
    _press(qtbot, Qt.Key.Key_Backtab)
    qtbot.waitUntil(tree.hasFocus)


def test_f6_moves_through_the_panes_and_shift_f6_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    focus_reader(qtbot, main_window)
    dock = main_window.annotations_dock
    _press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: _focus_in(dock))
    _press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(main_window.library_pane.tree.hasFocus)
    _press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(main_window.reader.hasFocus)
    _press(qtbot, Qt.Key.Key_F6, shift=True)
    qtbot.waitUntil(main_window.library_pane.tree.hasFocus)
    _press(qtbot, Qt.Key.Key_F6, shift=True)
    qtbot.waitUntil(lambda: _focus_in(dock))


def test_f6_skips_a_hidden_pane_and_visits_an_open_search(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.registry.action(ActionId.TOGGLE_LIBRARY).trigger()
    qtbot.waitUntil(lambda: not main_window.library_dock.isVisible())
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    search = main_window.search_dock()
    qtbot.waitUntil(lambda: _focus_in(search))
    focus_reader(qtbot, main_window)
    seen = []
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_F6)
        focused = QApplication.focusWidget()
        seen.append(
            next(
                name
                for name, pane in (
                    ("reader", main_window.reader),
                    ("search", search),
                    ("annotations", main_window.annotations_dock),
                )
                if focused is pane or pane.isAncestorOf(focused)
            )
        )
    assert seen == ["search", "annotations", "reader"]


def test_f6_returns_to_where_the_keyboard_was_in_a_pane(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    edit = main_window.library_pane.filter_edit
    main_window.registry.action(ActionId.FILTER_LIBRARY).trigger()
    qtbot.waitUntil(edit.hasFocus)
    _press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(main_window.reader.hasFocus)
    _press(qtbot, Qt.Key.Key_F6, shift=True)
    qtbot.waitUntil(edit.hasFocus)


def test_the_pane_keys_are_in_the_view_menu_and_the_shortcuts_list(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    following = menu_action(main_window, "&View", "action_next_pane")
    assert following.shortcut().toString() == "F6"
    previous = menu_action(main_window, "&View", "action_previous_pane")
    assert previous.shortcut().toString() == "Shift+F6"
    dialog = ShortcutsDialog.for_window(main_window.menuBar(), main_window.registry)
    qtbot.addWidget(dialog)
    keys = {command: key for _group, command, key in dialog.visible_rows()}
    assert keys["Next Pane"] == "F6"
    assert keys["Previous Pane"] == "Shift+F6"


def test_the_page_shows_its_caret_when_the_keyboard_comes_and_hides_it_for_the_mouse(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    reader = main_window.reader
    assert reader.cursorWidth() == 0  # a page read with the mouse shows no caret
    main_window.library_pane.tree.setFocus()
    qtbot.waitUntil(main_window.library_pane.tree.hasFocus)
    _press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(reader.hasFocus)
    assert reader.cursorWidth() > 0, "F6 into the page: where the keys will select from"
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    assert reader.cursorWidth() == 0
    _press(qtbot, Qt.Key.Key_Down)
    assert reader.cursorWidth() > 0, "an arrow key brings it back"


def test_f6_into_a_page_moved_without_its_caret_shows_the_caret_on_the_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The tree or the scroll bar move the page and leave the caret where it was: F6 showed a
    caret off the page, and the keys then acted far from what the reader looks at."""
    reader = main_window.reader
    text = main_window.current_speech().text
    reader.scroll_to_offset(len(text) - 1)
    assert not reader.viewport().rect().intersects(reader.cursorRect())
    main_window.library_pane.tree.setFocus()
    qtbot.waitUntil(main_window.library_pane.tree.hasFocus)
    _press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(reader.hasFocus)
    assert reader.viewport().rect().contains(reader.cursorRect())
    assert reader.verticalScrollBar().value() > 0, "the page stays where it was read"


def test_a_pane_shown_by_its_key_takes_the_keyboard(qtbot: QtBot, main_window: MainWindow) -> None:
    dock = main_window.annotations_dock
    toggle = main_window.registry.action(ActionId.TOGGLE_ANNOTATIONS)
    focus_reader(qtbot, main_window)
    toggle.trigger()  # Ctrl+Shift+N: hidden
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert main_window.reader.hasFocus()
    toggle.trigger()  # and shown again, ready for the arrows
    qtbot.waitUntil(lambda: _focus_in(dock))


def test_a_pane_hidden_by_its_key_gives_the_keyboard_back_to_the_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    tree = main_window.library_pane.tree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    main_window.registry.action(ActionId.TOGGLE_LIBRARY).trigger()  # Ctrl+Shift+L
    qtbot.waitUntil(lambda: not main_window.library_dock.isVisible())
    qtbot.waitUntil(main_window.reader.hasFocus)
    main_window.registry.action(ActionId.TOGGLE_LIBRARY).trigger()
    qtbot.waitUntil(tree.hasFocus)  # back where the keyboard was in it


def test_the_terms_pane_shown_by_its_key_takes_the_keyboard_and_gives_it_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    toggle = main_window.registry.action(ActionId.SHOW_TERMS)
    focus_reader(qtbot, main_window)
    toggle.trigger()  # Ctrl+Shift+T
    qtbot.waitUntil(lambda: _focus_in(main_window.terms_dock()))
    toggle.trigger()
    qtbot.waitUntil(main_window.reader.hasFocus)


def test_the_terms_pane_s_key_puts_the_arrows_in_its_list_not_its_scope(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The keyboard went to the scope box: Down then made it "the whole library", re-counting
    # every speech's terms, where the user meant the next keyword.
    focus_reader(qtbot, main_window)
    main_window.registry.action(ActionId.SHOW_TERMS).trigger()  # Ctrl+Shift+T
    dock = main_window.terms_dock()
    qtbot.waitUntil(lambda: _focus_in(dock))
    scope = dock.scope_box.currentIndex()
    _press(qtbot, Qt.Key.Key_Down)
    assert dock.scope_box.currentIndex() == scope
    assert QApplication.focusWidget() is dock.tabs.currentWidget()
    dock.tabs.setCurrentIndex(1)  # the 提法 tab chosen: its list next time
    main_window.registry.action(ActionId.SHOW_TERMS).trigger()
    qtbot.waitUntil(main_window.reader.hasFocus)
    main_window.reader.clearFocus()
    main_window.registry.action(ActionId.SHOW_TERMS).trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.formulation_view)


def test_f6_into_the_search_panel_leaves_alive_what_lives_when_a_widget_it_passed_goes(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The search panel has no main view: F6 walks Tab's chain to its first stop, passing the
    # speaker chips' row before the line under it. PySide made that line the row's Python
    # child: deleting the row killed the line's object, though the line lives on.
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    search = main_window.search_dock()
    qtbot.waitUntil(lambda: _focus_in(search))
    picker = search.filter_row.speakers
    focus_reader(qtbot, main_window)
    _press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: _focus_in(search))
    delete(picker.chips)
    assert isValid(picker.note)
    assert picker.note.objectName() == "search_speaker_note"
