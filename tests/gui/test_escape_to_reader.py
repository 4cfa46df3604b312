"""Tests for desktop/gui/escape_to_reader.py: Escape in a pane's text box goes back to the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import highlight_word, select_and_press, type_chinese


def test_escape_after_writing_a_note_goes_back_to_reading(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_N)
    note = main_window.annotations_dock.editor.note_edit
    qtbot.waitUntil(note.hasFocus)
    type_chinese(note, "可作开头")
    with qtbot.waitSignal(main_window.session.annotation_changed):
        qtbot.keyClick(note, Qt.Key.Key_Escape)  # leaving the note saves it
    qtbot.waitUntil(main_window.reader.hasFocus)
    (annotation_id,) = main_window.reader.annotations_at(start)
    assert main_window.session.annotation(annotation_id).note == "可作开头"


def test_escape_empties_a_filter_then_leaves_it(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.registry.action(ActionId.FILTER_LIBRARY).trigger()
    edit = main_window.library_pane.filter_edit
    qtbot.waitUntil(edit.hasFocus)
    type_chinese(edit, "文艺")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(main_window.reader.hasFocus)


def test_escape_in_the_search_box_goes_back_to_reading(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    query = main_window.search_dock().query_box.lineEdit()
    qtbot.waitUntil(query.hasFocus)
    qtbot.keyClick(query, Qt.Key.Key_Escape)
    qtbot.waitUntil(main_window.reader.hasFocus)
    assert main_window.search_dock().isVisible(), "the results stay on screen"


def test_escape_in_the_library_tree_goes_back_to_reading(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    tree = main_window.library_pane.tree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # walking the tree, then back to the page
    qtbot.keyClick(tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(main_window.reader.hasFocus)


def test_escape_in_the_annotations_list_goes_back_to_reading(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    text = main_window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    main_window.registry.action(ActionId.NEXT_PANE).trigger()  # page → annotations list
    view = main_window.annotations_dock.view
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(main_window.reader.hasFocus)


def test_escape_in_the_search_results_goes_back_to_reading(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = main_window.search_dock()
    query = dock.query_box.lineEdit()
    qtbot.waitUntil(query.hasFocus)
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_chinese(query, "效能")
    qtbot.keyClick(query, Qt.Key.Key_Down)  # Down from the box goes to the hits
    qtbot.waitUntil(dock.view.hasFocus)
    qtbot.keyClick(dock.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(main_window.reader.hasFocus)
    assert dock.isVisible(), "the results stay on screen"


def test_back_on_the_page_after_a_jump_from_the_list_the_keys_act_on_that_passage(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    reader = main_window.reader
    text = main_window.current_speech().text
    highlight_word(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    start = text.rindex("效能")
    with qtbot.waitSignal(main_window.session.annotation_added) as added:
        select_and_press(qtbot, main_window, start, start + 2, Qt.Key.Key_2)
    far = added.args[1]
    qtbot.keyClick(reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    main_window.registry.action(ActionId.NEXT_PANE).trigger()  # page → annotations list
    view = main_window.annotations_dock.view
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_End)  # the passage far down: the page goes there
    qtbot.waitUntil(lambda: reader.verticalScrollBar().value() > 0)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(reader.hasFocus)
    # The caret stayed at the top: Escape put it on the page's first line, above the passage.
    with qtbot.waitSignal(main_window.session.annotation_changed):
        qtbot.keyClick(reader, Qt.Key.Key_3)
    assert main_window.session.annotation(far).color == "blue"
