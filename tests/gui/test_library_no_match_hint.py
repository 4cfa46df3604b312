"""Tests for desktop/gui/library_no_match_hint.py: what the library tree says when the filter's
words are in no title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import type_chinese


def _hint(window: MainWindow) -> QLabel | None:
    return window.library_pane.tree.viewport().findChild(QLabel, "library_no_match_hint")


def test_a_filter_matching_no_title_says_so_and_what_to_do(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    main_window.show()
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "无此标题")
    assert pane.proxy.rowCount() == 0
    hint = _hint(main_window)
    assert hint is not None
    assert hint.isVisible()
    assert "“无此标题”" in hint.text()
    assert "Esc" in hint.text()
    assert "Ctrl+Shift+F" in hint.text()
    assert hint.width() == pane.tree.viewport().width()
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Escape)  # empties the filter
    qtbot.waitUntil(lambda: pane.proxy.rowCount() > 0)
    assert not hint.isVisible()


def test_a_filter_matching_some_title_shows_no_hint(qtbot: QtBot, main_window: MainWindow) -> None:
    pane = main_window.library_pane
    main_window.show()
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "文艺")
    assert pane.proxy.rowCount() > 0
    hint = _hint(main_window)
    assert hint is None or not hint.isVisible()
