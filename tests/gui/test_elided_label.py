"""Tests for desktop/gui/elided_label.py: one line, elided, the whole text in the tooltip."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.gui.elided_label import ElidedLabel


def test_a_long_text_elides_to_one_line_and_a_short_one_is_whole(qtbot: QtBot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    long = "关键词得分以通用汉语语料为参照计算（文库无法以自身为参照）。" * 3
    label.set_full_text(long)
    label.resize(200, label.sizeHint().height())
    label.show()
    qtbot.waitExposed(label)
    assert label.minimumSizeHint().width() == 0, "the text asks no width of the dock"
    assert label.is_elided()
    assert label.text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= 200
    assert label.toolTip() == label.full_text() == long
    label.resize(label.fontMetrics().horizontalAdvance(long) + 20, label.height())
    assert label.text() == long
    assert label.toolTip() == ""
    label.set_full_text("查找中…")
    assert not label.is_elided()
