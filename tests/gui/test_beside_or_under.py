"""Tests for desktop/gui/beside_or_under.py: a text beside its buttons, or above them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.beside_or_under import BesideOrUnder

LONG = "命中 145 处 · 涉及 4 篇讲话 · 批注中 1 处"


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The window the row is shown in."""
    window = QWidget()
    qtbot.addWidget(window)
    return window


def _row(qtbot: QtBot, host: QWidget, text: str, width: int) -> BesideOrUnder:
    label = QLabel(text)
    label.setWordWrap(True)
    row = BesideOrUnder(label, [QPushButton("复制表格"), QPushButton("导出 CSV")], host)
    QVBoxLayout(host).addWidget(row)
    host.resize(width, 200)
    host.show()
    qtbot.waitExposed(host)
    return row


def test_a_short_text_sits_beside_the_buttons(qtbot: QtBot, host: QWidget) -> None:
    row = _row(qtbot, host, "命中 3 处", 600)
    assert row.beside()


def test_a_text_that_would_wrap_goes_above_the_buttons_and_back(
    qtbot: QtBot, host: QWidget
) -> None:
    row = _row(qtbot, host, LONG, 300)
    qtbot.waitUntil(lambda: not row.beside())
    host.resize(900, 200)
    qtbot.waitUntil(row.beside)


def test_a_longer_text_moves_the_buttons_under_it(qtbot: QtBot, host: QWidget) -> None:
    row = _row(qtbot, host, "命中 3 处", 320)
    assert row.beside()
    row.label.setText(LONG + " · 另有 12 处在已删除的批注中")
    qtbot.waitUntil(lambda: not row.beside())
