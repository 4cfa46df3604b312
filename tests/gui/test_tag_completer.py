"""Tests for desktop/gui/tag_completer.py: tags split as typed, completed one by one."""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.gui.tag_completer import TagCompleter, split_tags


def test_split_tags_takes_commas_of_either_width_and_enumeration_commas() -> None:
    assert split_tags("金句， 数据,提法、 开头 ；结尾") == ["金句", "数据", "提法", "开头", "结尾"]
    assert split_tags("  ,，  ") == []
    assert split_tags("two  words") == ["two words"]


def test_completion_replaces_only_the_last_tag(qtbot: QtBot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    completer = TagCompleter(line)
    line.setCompleter(completer)
    completer.set_tags(["金句", "数据", "提法"])
    line.setText("金句，提")
    assert completer.splitPath(line.text()) == ["提"]
    completer.setCompletionPrefix("提")
    # Qt hands pathFromIndex an index of the tags' model, not of the completions shown.
    completions = completer.completionModel()
    assert isinstance(completions, QAbstractProxyModel)
    chosen = completions.mapToSource(completer.currentIndex())
    assert completer.pathFromIndex(chosen) == "金句，提法"
