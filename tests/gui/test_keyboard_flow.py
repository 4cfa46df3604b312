"""Reading with the keyboard alone: Enter in the library opens and reads on, arrows only move
through the rows; Tab walks the search panel in its order; Escape leaves the find bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.language_fixtures import type_text
from tests.gui.window_helpers import tree_row


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _tree_on(qtbot: QtBot, window: MainWindow, speech_id: int) -> None:
    """The keyboard in the library tree, on the row of speech ``speech_id``."""
    tree = window.library_pane.tree
    _focus(qtbot, tree)
    tree.setCurrentIndex(tree_row(window, speech_id))


def test_enter_on_a_speech_opens_it_and_the_keyboard_reads_on(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """As in Zotero and Calibre: Enter opens the row, and Page Down then turns the page."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        _tree_on(qtbot, main_window, 3)
        with qtbot.waitSignal(main_window.speech_opened):
            qtbot.keyClick(main_window.library_pane.tree, key)
        assert main_window.current_speech_id() == 3
        qtbot.waitUntil(main_window.reader.hasFocus)
        main_window.open_speech(1)


def test_arrow_keys_in_the_tree_only_select(qtbot: QtBot, main_window: MainWindow) -> None:
    opened = main_window.current_speech_id()
    _tree_on(qtbot, main_window, 3)
    tree = main_window.library_pane.tree
    with qtbot.assertNotEmitted(main_window.speech_opened):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert main_window.current_speech_id() == opened
    assert tree.hasFocus()


def test_enter_on_a_collection_leaves_the_keyboard_in_the_tree(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    tree = main_window.library_pane.tree
    _focus(qtbot, tree)
    tree.setCurrentIndex(tree.model().index(0, 0))  # the collection: nothing to read
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert tree.hasFocus()


def test_tab_walks_the_search_panel_in_its_order(qtbot: QtBot, main_window: MainWindow) -> None:
    """The query, its options (the filter's button among them), the results, then the buttons
    for the whole table."""
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = main_window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), "效能")
    buttons = [b for b in dock.counts.findChildren(QWidget) if b.objectName() != "search_summary"]
    # The link to hits in annotations (none here) is hidden: test_search_notes_link walks it.
    buttons = [b for b in buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus and not b.isHidden()]
    qtbot.waitUntil(lambda: all(button.isEnabled() for button in buttons))
    start = dock.query_box.lineEdit()
    _focus(qtbot, start)
    walked = []
    for _ in range(4 + len(buttons)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == [dock.scope_box, dock.filter_row.toggle, dock.notes_box, dock.view, *buttons]


def test_escape_in_the_find_bar_closes_it_and_gives_the_page_the_keyboard(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    bar = main_window.open_find_bar() or main_window.find_bar
    qtbot.waitUntil(bar.isVisible)
    type_text(qtbot, bar.edit, "效能")
    for widget in (bar.edit, bar.next_button):  # the line, or a button Tab went on to
        if not bar.isVisible():
            main_window.open_find_bar()
            qtbot.waitUntil(bar.isVisible)
        _focus(qtbot, widget)
        qtbot.keyClick(widget, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not bar.isVisible())
        qtbot.waitUntil(main_window.reader.hasFocus)
