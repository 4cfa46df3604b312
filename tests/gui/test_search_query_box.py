"""Tests for desktop/gui/search_query_box.py: the query history, driven through the box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.search_query_box import HISTORY_SIZE, SearchQueryBox
from tests.gui.language_fixtures import type_text


def _box(qtbot: QtBot) -> SearchQueryBox:
    box = SearchQueryBox()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_remembering_puts_the_latest_first_once(qtbot: QtBot) -> None:
    box = _box(qtbot)
    for query in ("两集中", "效能革命", "两集中", "  "):
        box.remember(query)
    assert box.history() == ["两集中", "效能革命"]
    assert box.currentText() == "两集中"


def test_the_history_keeps_the_latest_queries_only(qtbot: QtBot) -> None:
    box = _box(qtbot)
    for number in range(HISTORY_SIZE + 5):
        box.remember(f"第{number}次")
    history = box.history()
    assert len(history) == HISTORY_SIZE
    assert history[0] == f"第{HISTORY_SIZE + 4}次"


def test_restoring_the_history_keeps_what_is_typed(qtbot: QtBot) -> None:
    box = _box(qtbot)
    type_text(qtbot, box.lineEdit(), "正在输入")
    box.set_history(["旧的", "", *(f"q{n}" for n in range(HISTORY_SIZE))])
    assert box.currentText() == "正在输入"
    assert box.history()[:2] == ["旧的", "q0"]
    assert len(box.history()) == HISTORY_SIZE


def test_typing_and_enter_adds_nothing_by_itself(qtbot: QtBot) -> None:
    """The dock decides what is remembered (Enter, a chosen hit), not the combo box."""
    box = _box(qtbot)
    type_text(qtbot, box.lineEdit(), "统一思想")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.history() == []


def test_a_query_typed_is_run_as_typed_not_completed_from_an_older_one(qtbot: QtBot) -> None:
    """Typing 效能革命 after running 效能革命 -放管服 completed the line to the older query,
    its tail selected, and Enter ran that: speeches holding 放管服 were left out unasked."""
    box = _box(qtbot)
    box.remember("效能革命 -放管服")
    box.remember("Reform")
    box.lineEdit().clear()
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)  # the keyboard in the line
    qtbot.waitUntil(box.lineEdit().hasFocus)
    type_text(qtbot, box.lineEdit(), "效能革命")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.currentText() == "效能革命"
    box.lineEdit().clear()
    qtbot.keyClicks(box.lineEdit(), "re")  # nor as typed on a keyboard, whatever the case
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert box.currentText() == "re"
    assert box.history() == ["Reform", "效能革命 -放管服"]  # still offered in the list
