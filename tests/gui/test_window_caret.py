"""The reader's caret at a wrapped line's end, in the real window: ↓ keeps it at the lines'
ends, and it blinks on the application's flash timer (``gui/reader/caret_keys``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from tests.gui.reader.helpers import (
    caret_offset,
    line_end_caret_drawn,
    line_of,
    page_offsets,
    select_with_keys,
)
from tests.gui.window_helpers import focus_reader


def test_end_then_down_keeps_to_the_lines_ends_and_the_caret_blinks(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    reader = main_window.reader
    before = QApplication.cursorFlashTime()
    QApplication.setCursorFlashTime(200)
    try:
        focus_reader(qtbot, main_window)
        start = main_window.current_speech().text.index("今天") + 2
        select_with_keys(reader, start, start)
        qtbot.keyClick(reader, Qt.Key.Key_Right)  # in the first paragraph's first line
        first = line_of(reader, reader.textCursor().position())
        qtbot.keyClick(reader, Qt.Key.Key_End)
        drawn = reader.caret_rect()
        second = line_of(reader, page_offsets(reader).to_utf16(first[1]))
        qtbot.keyClick(reader, Qt.Key.Key_Down)
        assert caret_offset(reader) == second[1], "the end of the second line"
        assert abs(reader.caret_rect().left() - drawn.left()) < 12, "drawn at its end"
        assert reader.line_end_caret_blinks()
        qtbot.waitUntil(lambda: not line_end_caret_drawn(reader))
        qtbot.waitUntil(lambda: line_end_caret_drawn(reader))
    finally:
        QApplication.setCursorFlashTime(before)
