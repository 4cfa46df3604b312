"""Tests for desktop/gui/beside_or_under.py: a text beside its buttons, or above them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.beside_or_under import BesideOrUnder, LineLabel

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


def _linked_row(qtbot: QtBot, host: QWidget, width: int) -> tuple[BesideOrUnder, QPushButton]:
    label = LineLabel("命中 145 处 · 涉及 4 篇讲话")
    label.setWordWrap(True)
    link = QPushButton("批注中 2 处")
    row = BesideOrUnder(label, [QPushButton("复制表格"), QPushButton("导出 CSV")], host, link)
    QVBoxLayout(host).addWidget(row)
    host.resize(width, 200)
    host.show()
    qtbot.waitExposed(host)
    return row, link


def test_a_link_follows_the_text_on_its_line(qtbot: QtBot, host: QWidget) -> None:
    row, link = _linked_row(qtbot, host, 900)
    assert row.beside()
    label = row.label
    one_line = label.fontMetrics().height() * 1.5
    qtbot.waitUntil(lambda: 0 < label.heightForWidth(label.width()) <= one_line)  # one line
    text_end = label.x() + label.fontMetrics().horizontalAdvance(label.text())
    assert 0 <= link.x() - text_end <= 20, "right after the text, not pushed to the buttons"


def test_a_link_goes_under_the_text_in_a_narrow_row(qtbot: QtBot, host: QWidget) -> None:
    row, link = _linked_row(qtbot, host, 300)
    qtbot.waitUntil(lambda: not row.beside())
    qtbot.waitUntil(lambda: link.y() >= row.label.geometry().bottom())
    assert link.x() == row.label.x()
