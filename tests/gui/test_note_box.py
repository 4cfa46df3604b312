"""Tests for desktop/gui/note_box.py: the note box at its smallest still shows its placeholder
and a line of Chinese whole, and it opens that small, below a list that takes the room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.annotation_editor import AnnotationEditor
from desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import select_and_press

PLACEHOLDER = "在此写批注（支持 Markdown），输入时自动保存"


def _drawn_height(box: QPlainTextEdit, text: str, width: float) -> float:
    """The height of ``text`` wrapped at ``width`` in the box's font, CJK fallback included."""
    layout = QTextLayout(text, box.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return height


def _smallest_editor(qtbot: QtBot, width: int) -> tuple[QWidget, QPlainTextEdit]:
    """An annotation editor ``width`` wide in a window made as low as it lets itself be (the
    window is returned too: it would be collected, and the box with it)."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    editor = AnnotationEditor(host)
    layout.addWidget(editor)
    box = editor.note_edit
    box.setPlaceholderText(PLACEHOLDER)
    host.resize(width, 400)
    host.show()
    qtbot.waitExposed(host)

    def lowest() -> bool:  # the minimum may change with the width the box is given
        host.resize(width, host.minimumSizeHint().height())
        return host.height() == host.minimumSizeHint().height() and box.width() == width

    qtbot.waitUntil(lowest)
    return host, box


@pytest.mark.parametrize("width", [420, 260, 170, 130])
def test_the_placeholder_is_whole_at_the_smallest_height(qtbot: QtBot, width: int) -> None:
    """However narrow the dock, the words saying what the box is for are never cut."""
    _host, box = _smallest_editor(qtbot, width)
    margin = box.document().documentMargin()
    view = box.viewport()
    needed = _drawn_height(box, PLACEHOLDER, view.width() - margin)
    assert needed + margin <= view.height()


def test_a_line_of_chinese_shows_whole_at_the_smallest_height(qtbot: QtBot) -> None:
    _host, box = _smallest_editor(qtbot, 600)  # the placeholder one line
    box.setPlaceholderText("")
    margin = box.document().documentMargin()
    line = _drawn_height(box, "国", 100)
    assert line + 2 * margin <= box.viewport().height()


def test_the_box_asks_for_a_few_lines_not_a_dozen(qtbot: QtBot) -> None:
    """Qt's text box asks for a dozen lines: this one for a short note's few, so the list above
    keeps most of the room, and shrinks to one where there is none."""
    _host, box = _smallest_editor(qtbot, 400)
    line = _drawn_height(box, "国", 100)
    assert box.minimumSizeHint().height() < 2 * line
    assert 3 * line < box.sizeHint().height() < 6 * line


def test_a_selected_note_opens_a_few_lines_high_where_there_is_room(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # At 1440×900 a one-line box showed a two-sentence note as one cut line and a scroll bar.
    main_window.resize(1440, 860)
    start = main_window.current_speech().text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_N)
    note = main_window.annotations_dock.editor.note_edit
    qtbot.waitUntil(note.hasFocus)
    line = _drawn_height(note, "国", 100)
    assert note.height() > 3 * line
    view = main_window.annotations_dock.view
    assert view.height() > 2 * note.height()


def test_the_note_box_a_first_note_opens_is_in_sight(qtbot: QtBot, main_window: MainWindow) -> None:
    # The editor is hidden until an annotation is chosen; the list's stretch had taken its room
    # by then, and the note being typed came up 0 px high.
    start = main_window.current_speech().text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_N)
    note = main_window.annotations_dock.editor.note_edit
    qtbot.waitUntil(note.hasFocus)
    assert note.height() >= note.minimumSizeHint().height() > 0
