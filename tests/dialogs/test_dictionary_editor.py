"""Tests for desktop/dialogs/dictionary_editor.py: plain-text editing of the own dictionary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.dialogs.dictionary_editor import DictionaryEditorDialog, problem_lines, read_text
from desktop.gui.i18n import Language
from tests.gui.access_keys import activate, press_access_key, window_problems


def test_problem_lines_are_those_jieba_cannot_use() -> None:
    text = "# 注释\n效能革命\n\n两集中两到位 2000 j\n效能 革命\n"
    assert problem_lines(text) == [(5, "效能 革命")]


def test_a_gb18030_file_reads(tmp_path: Path) -> None:
    path = tmp_path / "user.txt"
    path.write_bytes("并联审批\n".encode("gb18030"))
    assert read_text(path) == "并联审批\n"


def test_saving_a_clean_dictionary_closes_the_editor(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "user.txt"
    path.write_text("效能革命\n", encoding="utf-8")
    dialog = DictionaryEditorDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.setPlainText("效能革命\n政务服务中心")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert path.read_text(encoding="utf-8") == "效能革命\n政务服务中心\n"


def test_unusable_lines_are_pointed_out_after_saving(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "user.txt"
    dialog = DictionaryEditorDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.setPlainText("效能 革命\n")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "line 1: “效能 革命”" in dialog.problems_text()
    assert path.read_text(encoding="utf-8") == "效能 革命\n"


def test_save_and_cancel_have_access_keys_and_alt_s_saves(
    qtbot: QtBot, ui_language: Language, tmp_path: Path
) -> None:
    path = tmp_path / "user.txt"
    dialog = DictionaryEditorDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert window_problems(dialog) == []
    assert dialog.focusWidget() is dialog.editor, "the words are what the user came to edit"
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)  # a new line, not Save
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.saved):
        press_access_key(qtbot, dialog, dialog.save_button.text())
    assert path.exists()
