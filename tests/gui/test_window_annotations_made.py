"""Tests for desktop/gui/window_annotations.py: the keys act on the highlight just made.

1–5 on a selection leave the caret just after the new highlight, outside it; N, 1–5 and Delete
still act on that highlight until the caret or the selection moves elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import focus_reader

WORD = "效能革命"


def _highlight_with_keys(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> str:
    """Select WORD with Shift+Right and press ``key``; the new highlight's id."""
    focus_reader(qtbot, window)
    start = window.current_speech().text.index(WORD)
    window.reader.select_range(start, start)
    for _ in WORD:
        qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(window.session.annotation_added) as added:
        qtbot.keyClick(window.reader, key)
    return added.args[1]


def test_n_at_once_after_a_colour_edits_the_new_highlight_s_note(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    highlight_id = _highlight_with_keys(qtbot, main_window, Qt.Key.Key_1)
    assert main_window.registry.action(ActionId.ADD_NOTE).isEnabled()
    qtbot.keyClick(main_window.reader, Qt.Key.Key_N)
    dock = main_window.annotations_dock
    qtbot.waitUntil(dock.editor.note_edit.hasFocus)
    assert dock.editor.annotation_id == highlight_id
    assert len(main_window.session.annotations(main_window.current_speech_id())) == 1


def test_another_colour_at_once_recolours_the_new_highlight(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    highlight_id = _highlight_with_keys(qtbot, main_window, Qt.Key.Key_1)
    with qtbot.waitSignal(main_window.session.annotation_changed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_3)
    assert main_window.session.annotation(highlight_id).color == "blue"
    assert main_window.registry.action(ActionId.UNDO).text() == "&Undo Change Colour"


def test_delete_at_once_trashes_the_new_highlight(qtbot: QtBot, main_window: MainWindow) -> None:
    highlight_id = _highlight_with_keys(qtbot, main_window, Qt.Key.Key_2)
    with qtbot.waitSignal(main_window.session.annotation_removed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_Delete)
    assert [a.id for a in main_window.session.trash()] == [highlight_id]


def test_once_the_caret_moves_on_the_keys_leave_the_new_highlight(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    highlight_id = _highlight_with_keys(qtbot, main_window, Qt.Key.Key_1)
    qtbot.keyClick(main_window.reader, Qt.Key.Key_Right)
    assert not main_window.registry.action(ActionId.ADD_NOTE).isEnabled()
    qtbot.keyClick(main_window.reader, Qt.Key.Key_3)
    assert main_window.session.annotation(highlight_id).color == "yellow"
    qtbot.keyClick(main_window.reader, Qt.Key.Key_N)
    assert main_window.reader.hasFocus(), "N opened no note"
