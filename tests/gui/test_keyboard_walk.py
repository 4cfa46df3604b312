"""What a researcher on the keyboard alone (and one with a screen reader) met in the window.

Each test drives the real window with keys and watches where the keyboard goes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.reader.helpers import select_with_keys
from tests.gui.window_helpers import focus_reader, type_chinese

WORD = "效能革命"


@pytest.fixture
def focus_moves(qapp: QApplication) -> Iterator[list[QWidget]]:
    """Every widget given the keyboard while the test runs, in turn."""
    moves: list[QWidget] = []

    def note(_old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            moves.append(new)

    qapp.focusChanged.connect(note)
    yield moves
    qapp.focusChanged.disconnect(note)


def test_escape_in_the_find_bar_hands_the_keyboard_to_the_page_alone(
    qtbot: QtBot, main_window: MainWindow, focus_moves: list[QWidget]
) -> None:
    focus_reader(qtbot, main_window)
    main_window.registry.action(ActionId.FIND).trigger()
    edit = main_window.find_bar.edit
    qtbot.waitUntil(edit.hasFocus)
    type_chinese(edit, WORD)
    focus_moves.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(main_window.reader.hasFocus)
    # Not first the next widget of the chain (the annotations' scope button), said aloud.
    assert [widget.objectName() for widget in focus_moves] == ["reader"]


def test_search_library_selects_the_words_it_starts_from(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = main_window.current_speech().text.index(WORD)
    focus_reader(qtbot, main_window)
    select_with_keys(main_window.reader, start, start + len(WORD))
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    box = main_window.search_dock().query_box
    qtbot.waitUntil(box.hasFocus)
    assert box.currentText() == WORD
    assert box.lineEdit().selectedText() == WORD  # typing replaces them, as in Find
    qtbot.keyClicks(box.lineEdit(), "GDP")
    assert box.currentText() == "GDP"
