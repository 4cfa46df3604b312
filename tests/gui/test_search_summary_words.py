"""The search panel's summary as read in either language: several speakers joined by the UI's
list separator, and each count kept on one line with its words when a narrow panel wraps it.

The English UI joined names with "、" ("李明、王芳: Hits…"), and at 1.5× in a narrow panel the
summary wrapped between a label and its number ("…Speeches:⏎5").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from tests.gui.language_fixtures import type_text
from tests.gui.menu_spy import MENU_ON_OFFSCREEN
from tests.gui.search_helpers import summary_text
from tests.gui.test_search_filter import _searched, library_path
from tests.gui.ui_languages import window_language
from tests.gui.wrapped_counts import at_one_and_a_half, counts_split

__all__ = ["library_path"]

pytestmark = [
    MENU_ON_OFFSCREEN,
    pytest.mark.qt_log_ignore(
        "does not support raise", "does not support grabbing", "propagateSizeHints"
    ),
]


def _two_speakers(qtbot: QtBot, window: MainWindow) -> SearchDock:
    """The term searched, the filter row opened and 李明、王芳 typed in it with Enter."""
    dock = _searched(qtbot, window)
    qtbot.mouseClick(dock.filter_row.toggle, Qt.MouseButton.LeftButton)
    edit = dock.filter_row.speaker_box.lineEdit()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, edit, "李明、王芳")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    return dock


def test_in_english_several_speakers_are_joined_by_a_comma(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _two_speakers(qtbot, main_window)
    assert summary_text(dock) == "李明, 王芳: Hits: 6 · Speeches: 3"


def test_in_chinese_several_speakers_are_joined_by_the_enumeration_comma(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    with window_language(main_window):
        dock = _two_speakers(qtbot, main_window)
        assert summary_text(dock) == "李明、王芳：命中 6 处 · 涉及 3 篇讲话"


def test_a_narrow_panel_wraps_the_summary_between_counts_never_inside_one(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _searched(qtbot, main_window)
    assert summary_text(dock) == "Hits: 7 · Speeches: 5 · In titles: 1"
    assert counts_split(dock.summary) == []
    at_one_and_a_half(dock.summary)
    assert counts_split(dock.summary) == []


def test_in_chinese_a_narrow_panel_keeps_each_count_with_its_words(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    with window_language(main_window):
        dock = _two_speakers(qtbot, main_window)
        assert counts_split(dock.summary) == []
