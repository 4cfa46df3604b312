"""Tests for desktop/gui/annotation_editor.py: tags typed in one line, completed one by one."""

from __future__ import annotations

from PySide6.QtCore import QAbstractProxyModel
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.gui.annotation_editor import AnnotationEditor, TagCompleter, split_tags
from tests.models.factory import make_annotation


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


def test_switching_annotations_sends_the_pending_note_of_the_previous(qtbot: QtBot) -> None:
    editor = AnnotationEditor()
    qtbot.addWidget(editor)
    first, second = make_annotation(note="旧"), make_annotation(note="另一条")
    editor.set_annotation(first)
    editor.note_edit.setPlainText("新的批注")
    with qtbot.waitSignal(editor.note_edited, timeout=100) as blocker:
        editor.set_annotation(second)
    assert blocker.args == [first.id, "新的批注"]
    assert editor.note_edit.toPlainText() == "另一条"


def test_loading_an_annotation_sends_nothing(qtbot: QtBot) -> None:
    editor = AnnotationEditor()
    qtbot.addWidget(editor)
    sent: list[str] = []
    editor.note_edited.connect(lambda _id, text: sent.append(text))
    editor.set_annotation(make_annotation(note="已有批注", tags=("金句",)))
    editor.flush()
    assert sent == []
    assert editor.tags_edit.text() == "金句"
