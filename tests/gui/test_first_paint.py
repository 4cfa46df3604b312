"""Tests for desktop/gui/first_paint.py: a callback once a widget has painted."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.gui.first_paint import AfterFirstPaint


def test_after_first_paint_calls_back_once_the_widget_has_painted(qtbot: QtBot) -> None:
    label = QLabel("批注")
    qtbot.addWidget(label)
    calls: list[bool] = []
    AfterFirstPaint(label, lambda: calls.append(label.isVisible()))
    label.show()
    qtbot.waitUntil(lambda: calls == [True])
    label.repaint()
    QApplication.processEvents()
    assert calls == [True], "a second paint does not call back again"


def test_the_filter_made_last_calls_back_first(qtbot: QtBot) -> None:
    label = QLabel("批注")
    qtbot.addWidget(label)
    calls: list[str] = []
    AfterFirstPaint(label, lambda: calls.append("first made"))
    AfterFirstPaint(label, lambda: calls.append("last made"))
    label.show()
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls == ["last made", "first made"]
