"""Tests for desktop/gui/window_annotations.py: writing the note of a highlight from the reader.

N (or the note entry of the reader's menu) on a highlight clicked, with nothing selected, puts
the keyboard at the end of its note in the annotations dock; the dock's rows offer the same.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.reader.helpers import char_point
from tests.gui.ui_languages import window_language
from tests.gui.window_helpers import (
    focus_reader,
    highlight_word,
    right_click,
    select_and_press,
    type_chinese,
)

WORD = "效能革命"


def _noted(qtbot: QtBot, window: MainWindow, note: str) -> str:
    """A note on the first WORD of the open speech, already written; its id."""
    speech_id = window.current_speech_id()
    assert speech_id is not None
    start = window.current_speech().text.index(WORD)
    with qtbot.waitSignal(window.session.annotation_added) as added:
        window.session.add_note(speech_id, start, start + len(WORD), note)
    return added.args[1]


def _click_highlight(qtbot: QtBot, window: MainWindow, annotation_id: str) -> None:
    """Click into the highlight in the page, as a user does; the dock selects its row."""
    reader = window.reader
    start = window.session.annotation(annotation_id).start
    assert start is not None
    focus_reader(qtbot, window)
    reader.scroll_to_offset(start)
    point = char_point(reader, start + 1)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.annotations_dock.selected_annotation_id() == annotation_id)


def _type_and_save(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type where the keyboard is (the dock's note) and wait for the note to be saved."""
    editor = window.annotations_dock.editor.note_edit
    assert QApplication.focusWidget() is editor, "the keyboard is in the dock's note"
    with qtbot.waitSignal(window.session.annotation_changed, timeout=3000):
        type_chinese(editor, text)


def _caret_at_end(window: MainWindow) -> bool:
    editor = window.annotations_dock.editor.note_edit
    return editor.textCursor().position() == len(editor.toPlainText())


def test_n_on_a_highlight_clicked_edits_its_note_in_the_dock(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    note_id = _noted(qtbot, main_window, "开头可用")
    _click_highlight(qtbot, main_window, note_id)
    action = main_window.registry.action(ActionId.ADD_NOTE)
    assert action.isEnabled()
    assert action.text() == "Edit &Note…"
    qtbot.keyClick(main_window.reader, Qt.Key.Key_N)
    editor = main_window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    assert main_window.annotations_dock.selected_annotation_id() == note_id
    assert editor.toPlainText() == "开头可用"
    assert _caret_at_end(main_window), "the caret waits after the note"
    _type_and_save(qtbot, main_window, "，金句")
    assert main_window.session.annotation(note_id).note == "开头可用，金句"
    assert len(main_window.session.annotations(main_window.current_speech_id())) == 1


@MENU_ON_OFFSCREEN
def test_the_reader_s_menu_on_a_highlight_edits_its_note(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    note_id = _noted(qtbot, main_window, "开头可用")
    reader = main_window.reader
    start = main_window.session.annotation(note_id).start
    assert start is not None
    focus_reader(qtbot, main_window)
    reader.scroll_to_offset(start)
    menus.chosen = "action_add_note"
    right_click(reader.viewport(), char_point(reader, start + 1))
    qtbot.waitUntil(lambda: len(menus.opened) == 1)
    (_, offered) = menus.opened[0]
    assert "action_add_note" in offered
    assert main_window.registry.action(ActionId.ADD_NOTE).text() == "Edit &Note…"
    editor = main_window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    assert main_window.annotations_dock.selected_annotation_id() == note_id
    assert _caret_at_end(main_window)
    _type_and_save(qtbot, main_window, "，金句")
    assert main_window.session.annotation(note_id).note == "开头可用，金句"


def test_n_on_a_highlight_without_a_note_adds_one_and_shows_the_hidden_dock(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    highlight_id = highlight_word(qtbot, main_window, WORD, Qt.Key.Key_1)
    dock = main_window.annotations_dock
    main_window.registry.action(ActionId.TOGGLE_ANNOTATIONS).trigger()
    qtbot.waitUntil(lambda: not dock.isVisible())
    _click_highlight(qtbot, main_window, highlight_id)
    action = main_window.registry.action(ActionId.ADD_NOTE)
    assert action.isEnabled()
    assert action.text() == "Add &Note…"
    qtbot.keyClick(main_window.reader, Qt.Key.Key_N)
    qtbot.waitUntil(dock.editor.note_edit.hasFocus)
    assert dock.isVisible()
    assert main_window.registry.action(ActionId.TOGGLE_ANNOTATIONS).isChecked()
    _type_and_save(qtbot, main_window, "可作开头")
    annotation = main_window.session.annotation(highlight_id)
    assert (annotation.note, annotation.color) == ("可作开头", "yellow")
    _click_highlight(qtbot, main_window, highlight_id)
    assert action.text() == "Edit &Note…", "it has a note now"


def test_with_a_selection_n_still_makes_a_new_note(qtbot: QtBot, main_window: MainWindow) -> None:
    note_id = _noted(qtbot, main_window, "开头可用")
    _click_highlight(qtbot, main_window, note_id)
    text = main_window.current_speech().text
    start = text.index("工作会")
    focus_reader(qtbot, main_window)
    with qtbot.waitSignal(main_window.session.annotation_added) as added:
        select_and_press(qtbot, main_window, start, start + 3, Qt.Key.Key_N)
    new_id = added.args[1]
    assert new_id != note_id
    assert main_window.session.annotation(new_id).start == start
    assert main_window.session.annotation(note_id).note == "开头可用"
    qtbot.waitUntil(main_window.annotations_dock.editor.note_edit.hasFocus)
    assert main_window.annotations_dock.selected_annotation_id() == new_id


def test_the_note_action_is_off_away_from_highlights_and_add_note_on_a_selection(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    note_id = _noted(qtbot, main_window, "开头可用")
    start = main_window.session.annotation(note_id).start
    assert start is not None
    action = main_window.registry.action(ActionId.ADD_NOTE)
    focus_reader(qtbot, main_window)
    main_window.reader.select_range(start, start + 2)  # inside the note: a new note there
    assert action.isEnabled()
    assert action.text() == "Add &Note…"
    main_window.reader.select_range(0, 0)  # the caret before any highlight
    assert not action.isEnabled()


def test_ctrl_z_after_typing_undoes_as_for_a_new_note(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    note_id = _noted(qtbot, main_window, "开头可用")
    _click_highlight(qtbot, main_window, note_id)
    qtbot.keyClick(main_window.reader, Qt.Key.Key_N)
    editor = main_window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    _type_and_save(qtbot, main_window, "，金句")
    # In the note, Ctrl+Z takes back the typing; the note saved follows it.
    with qtbot.waitSignal(main_window.session.annotation_changed, timeout=3000):
        qtbot.keySequence(editor, QKeySequence(QKeySequence.StandardKey.Undo))
    assert editor.toPlainText() == "开头可用"
    assert main_window.session.annotation(note_id).note == "开头可用"
    _type_and_save(qtbot, main_window, "，金句")
    # Edit ▸ Undo takes back the note's edits in one step.
    undo = main_window.registry.action(ActionId.UNDO)
    assert undo.text() == "&Undo Edit Note"
    with qtbot.waitSignal(main_window.session.annotation_changed):
        undo.trigger()
    assert main_window.session.annotation(note_id).note == "开头可用"
    qtbot.waitUntil(lambda: editor.toPlainText() == "开头可用")


def test_the_dock_s_menu_edits_the_row_s_note(qtbot: QtBot, main_window: MainWindow) -> None:
    note_id = _noted(qtbot, main_window, "开头可用")
    dock = main_window.annotations_dock
    dock.select_annotation(note_id)
    menu = dock.build_context_menu(dock.view.currentIndex())
    assert menu is not None
    (edit,) = [a for a in menu.actions() if a.objectName() == "dock_edit_note"]
    menu.deleteLater()
    assert edit.isEnabled()
    assert edit.text() == "Edit &Note…"
    assert edit.shortcut().toString() == "F2", "the menu teaches the list's key"
    edit.trigger()
    qtbot.waitUntil(dock.editor.note_edit.hasFocus)
    assert _caret_at_end(main_window)
    _type_and_save(qtbot, main_window, "，金句")
    assert main_window.session.annotation(note_id).note == "开头可用，金句"


def test_the_reader_and_the_dock_say_move_to_trash(main_window: MainWindow) -> None:
    reader_delete = main_window.registry.action(ActionId.DELETE_ANNOTATION)
    dock_delete = main_window.annotations_dock.row_actions.delete
    assert reader_delete.text() == dock_delete.text()  # the same words and the same key
    assert reader_delete.text().replace("&", "") == "Move to Trash"


def test_in_chinese_the_note_action_of_a_noted_highlight_reads_edit_note(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    note_id = _noted(qtbot, main_window, "开头可用")
    _click_highlight(qtbot, main_window, note_id)
    action = main_window.registry.action(ActionId.ADD_NOTE)
    with window_language(main_window):
        qtbot.waitUntil(lambda: main_window.library_dock.windowTitle() == "文库")
        assert action.text() == "编辑批注(&N)…"
        assert main_window.registry.action(ActionId.DELETE_ANNOTATION).text() == "移到回收站(&M)"
    qtbot.waitUntil(lambda: main_window.library_dock.windowTitle() == "Library")
    assert action.text() == "Edit &Note…"


def _filtered_notes(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Notes "金句" on WORD and on 工作会 after it (their ids), the dock filtered by 金句."""
    text = window.current_speech().text
    speech_id = window.current_speech_id()
    assert speech_id is not None
    ids = []
    for word in (WORD, "工作会"):
        start = text.index(word)
        with qtbot.waitSignal(window.session.annotation_added) as added:
            window.session.add_note(speech_id, start, start + len(word), "金句")
        ids.append(added.args[1])
    dock = window.annotations_dock
    type_chinese(dock.filter_bar.search_edit, "金句")
    qtbot.waitUntil(lambda: dock.proxy.text == "金句")  # after the pause in typing
    assert dock.proxy.shown_count() == 2
    return ids


def _listed(window: MainWindow, annotation_id: str) -> bool:
    dock = window.annotations_dock
    return dock.proxy.mapFromSource(dock.model.index_of(annotation_id)).isValid()


def test_a_note_typed_out_of_the_dock_s_filter_stays_on_its_annotation(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Filtered by the words 金句, a researcher rewrites one note so it no longer holds them:
    # the row stays listed and the editor on it, and her next words go into that note, not
    # into the next row's (which Qt made current when the filter dropped the edited row).
    ids = _filtered_notes(qtbot, main_window)
    dock = main_window.annotations_dock
    assert dock.edit_note(ids[0])
    editor = dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    _type_and_save(qtbot, main_window, "开头")
    assert dock.selected_annotation_id() == ids[0]
    assert editor.toPlainText() == "开头"
    _type_and_save(qtbot, main_window, "可用")
    assert main_window.session.annotation(ids[0]).note == "开头可用"
    assert main_window.session.annotation(ids[1]).note == "金句"
    # Changing the filter applies it again: the rewritten note is no longer listed.
    dock.filter_bar.search_edit.clear()
    type_chinese(dock.filter_bar.search_edit, "金句")
    qtbot.waitUntil(lambda: dock.proxy.shown_count() == 1)


def test_a_note_typed_out_of_the_filter_leaves_the_list_at_a_click_on_another_row(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # She rewrites the first note so it no longer holds 金句 and, without a pause, clicks the
    # second row: her words are saved, then the first row goes (it matches no more), and the
    # row she clicked stays chosen and shows its passage, though the rows moved up under it.
    ids = _filtered_notes(qtbot, main_window)
    dock = main_window.annotations_dock
    assert dock.edit_note(ids[0])
    editor = dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    type_chinese(editor, "开头")
    second = main_window.session.annotation(ids[1])
    viewport = dock.view.viewport()
    point = dock.view.visualRect(dock.proxy.mapFromSource(dock.model.index_of(ids[1]))).center()
    with qtbot.waitSignal(dock.jump_requested) as jumped:
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point)
        QApplication.processEvents()  # a user's press and release have the event loop between
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert jumped.args == [second.speech_id, second.start]
    qtbot.waitUntil(lambda: not _listed(main_window, ids[0]))
    assert main_window.session.annotation(ids[0]).note == "开头"
    assert dock.selected_annotation_id() == ids[1]
    assert dock.view.selectionModel().isSelected(dock.view.currentIndex())
    assert editor.toPlainText() == "金句"


@pytest.mark.parametrize("all_speeches", [False, True], ids=["this-speech", "all-speeches"])
def test_a_note_typed_out_of_the_filter_leaves_the_list_when_the_keys_move_on(
    qtbot: QtBot, main_window: MainWindow, all_speeches: bool
) -> None:
    dock = main_window.annotations_dock
    dock.set_all_speeches(all_speeches)
    ids = _filtered_notes(qtbot, main_window)
    assert dock.edit_note(ids[0])
    editor = dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    editor.selectAll()
    _type_and_save(qtbot, main_window, "开头")
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # to the list
    qtbot.waitUntil(dock.view.hasFocus)
    assert _listed(main_window, ids[0]), "still on it: it stays"
    qtbot.keyClick(dock.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not _listed(main_window, ids[0]))
    assert dock.selected_annotation_id() == ids[1]
    assert _listed(main_window, ids[1])


def test_the_row_chosen_stays_in_place_when_a_row_above_it_leaves(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Scrolled down a long filtered list, she rewrites a note out of the filter and clicks the
    # row under it: the rewritten row goes, and the list scrolls so the row she chose does
    # not jump up under the pointer.
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    ids = []
    for i in range(12):
        with qtbot.waitSignal(main_window.session.annotation_added) as added:
            main_window.session.add_note(speech_id, i * 40, i * 40 + 4, "金句")
        ids.append(added.args[1])
    dock = main_window.annotations_dock
    type_chinese(dock.filter_bar.search_edit, "金句")
    qtbot.waitUntil(lambda: dock.proxy.text == "金句")
    view = dock.view

    def row(annotation_id: str) -> QModelIndex:
        return dock.proxy.mapFromSource(dock.model.index_of(annotation_id))

    assert dock.edit_note(ids[6])
    view.scrollTo(row(ids[6]), QAbstractItemView.ScrollHint.PositionAtTop)
    assert view.verticalScrollBar().value() > 0
    editor = dock.editor.note_edit
    editor.setFocus()
    editor.selectAll()
    _type_and_save(qtbot, main_window, "开头")
    top = view.visualRect(row(ids[7])).top()
    point = view.visualRect(row(ids[7])).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: not _listed(main_window, ids[6]))
    assert dock.selected_annotation_id() == ids[7]
    assert view.visualRect(row(ids[7])).top() == top
