"""Tests for the reader's word about 1–5 and N pressed with nothing to act on
(desktop/gui/reader/commands.py ``_hint_unmarked_key``, wired in window_reading.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from tests.gui.reader.helpers import char_point
from tests.gui.ui_languages import window_language
from tests.gui.window_helpers import focus_reader, highlight_word

HINT = "Select a passage first, then press 1–5 / N"
HINT_ZH = "先选中一段文字，再按 1–5 / N"


def _click_at(qtbot: QtBot, window: MainWindow, offset: int) -> None:
    """Click the character at ``offset`` of the page (the caret goes there, nothing selected)."""
    reader = window.reader
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, offset))
    assert not reader.textCursor().hasSelection()


@pytest.mark.parametrize("key", [Qt.Key.Key_1, Qt.Key.Key_5, Qt.Key.Key_N])
def test_a_marking_key_with_nothing_selected_says_what_it_needs(
    qtbot: QtBot, main_window: MainWindow, key: Qt.Key
) -> None:
    """The actions are off without a selection: the key did nothing and said nothing."""
    window = main_window
    focus_reader(qtbot, window)
    _click_at(qtbot, window, 3)
    before = len(window.session.annotations())
    qtbot.keyClick(window.reader, key)
    assert window.status.currentMessage() == HINT
    assert len(window.session.annotations()) == before, "nothing was made"
    assert window.reader.hasFocus(), "the reader keeps the keyboard"


def test_the_word_is_said_in_chinese_too(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    with window_language(window):
        qtbot.waitUntil(lambda: window.library_dock.windowTitle() != "Library")
        focus_reader(qtbot, window)
        _click_at(qtbot, window, 3)
        qtbot.keyClick(window.reader, Qt.Key.Key_2)
        assert window.status.currentMessage() == HINT_ZH


def test_with_a_highlight_under_the_caret_the_keys_act_on_it_without_a_word(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    note_id = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    start = window.current_speech().text.index("效能革命")
    focus_reader(qtbot, window)
    _click_at(qtbot, window, start + 1)
    with qtbot.waitSignal(window.session.annotation_changed):
        qtbot.keyClick(window.reader, Qt.Key.Key_3)  # recoloured, as before
    assert window.session.annotation(note_id).color == "blue"
    qtbot.keyClick(window.reader, Qt.Key.Key_N)  # its note to write, as before
    qtbot.waitUntil(window.annotations_dock.editor.note_edit.hasFocus)
    assert window.status.currentMessage() != HINT
