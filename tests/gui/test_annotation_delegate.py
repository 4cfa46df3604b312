"""Tests for desktop/gui/annotation_delegate.py: wrapping quotes into a few lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.gui.annotation_delegate import elided_lines

QUOTE = (
    "今天，市委、市政府在这里召开大规模、高规格的工作会，总结前阶段工作，研究解决当前存在的问题。"
)


def test_a_long_quote_takes_two_lines_the_last_elided(qtbot: QtBot) -> None:
    font = QFont()
    width = QFontMetrics(font).horizontalAdvance(QUOTE) // 4
    lines = elided_lines(QUOTE, font, width, 2)
    assert len(lines) == 2
    assert QUOTE.startswith(lines[0])
    assert lines[1].endswith("…")


def test_a_short_quote_stays_whole(qtbot: QtBot) -> None:
    assert elided_lines("效能革命", QFont(), 400, 2) == ["效能革命"]
    assert elided_lines("", QFont(), 400, 2) == []


@settings(max_examples=40)
@given(text=st.text(alphabet="效能革命，。、abc ", max_size=200), width=st.integers(30, 400))
def test_lines_fit_their_width(qapp: QApplication, text: str, width: int) -> None:
    font = QFont()
    metrics = QFontMetrics(font)
    lines = elided_lines(text, font, width, 2)
    assert len(lines) <= 2
    # A single glyph wider than the line may overflow; anything longer must not.
    assert all(metrics.horizontalAdvance(line) <= width or len(line) <= 1 for line in lines)
