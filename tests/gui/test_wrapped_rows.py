"""Tests for desktop/gui/wrapped_rows.py: rows wrapped to the view's width, or kept one line."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.gui.wrapped_rows import KEEP_ONE_LINE, WrappedRowsDelegate

SENTENCE = "同志们：今天召开这次会议，主要任务是总结工作、部署任务。" * 4


def test_a_long_row_wraps_unless_kept_one_line_and_follows_the_width(qtbot: QtBot) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    WrappedRowsDelegate(tree)
    parent = QTreeWidgetItem(tree, ["文件"])
    short = QTreeWidgetItem(parent, ["短"])
    wrapped = QTreeWidgetItem(parent, [SENTENCE])
    kept = QTreeWidgetItem(parent, [SENTENCE])
    kept.setData(0, KEEP_ONE_LINE, True)
    parent.setExpanded(True)
    tree.resize(400, 400)
    tree.show()
    qtbot.waitExposed(tree)
    line = tree.visualItemRect(short).height()
    assert tree.visualItemRect(kept).height() == line
    qtbot.waitUntil(lambda: tree.visualItemRect(wrapped).height() >= 3 * line)
    narrow = tree.visualItemRect(wrapped).height()
    tree.resize(800, 400)
    qtbot.waitUntil(lambda: tree.visualItemRect(wrapped).height() < narrow)
