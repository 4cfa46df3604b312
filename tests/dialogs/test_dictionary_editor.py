"""Tests for desktop/dialogs/dictionary_editor.py: plain-text editing of the own dictionary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.chinese.dictionary import ensure_user_dictionary
from desktop.dialogs.dictionary_editor import DictionaryEditorDialog, problem_lines, read_text
from desktop.gui.i18n import Language
from tests.gui.access_keys import activate, press_access_key, window_problems
from tests.gui.focus_helpers import takes_the_keyboard
from tests.gui.typing import commit_text


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


def _edited_dialog(qtbot: QtBot, tmp_path: Path) -> tuple[DictionaryEditorDialog, Path]:
    path = tmp_path / "user.txt"
    path.write_text("效能革命\n", encoding="utf-8")
    dialog = DictionaryEditorDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    commit_text(dialog.editor, "并联审批")  # typed through the input method
    return dialog, path


def _answer(qtbot: QtBot, dialog: DictionaryEditorDialog, button: object) -> None:
    qtbot.waitUntil(lambda: dialog.unsaved_question is not None)
    box = dialog.unsaved_question
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def test_escape_with_unsaved_words_asks_and_cancel_keeps_them(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, path = _edited_dialog(qtbot, tmp_path)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.unsaved_question is not None)
    assert window_problems(dialog.unsaved_question) == [], "each answer has its own access key"
    _answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()
    assert dialog.editor.toPlainText().endswith("并联审批")
    assert path.read_text(encoding="utf-8") == "效能革命\n"


def test_discarding_closes_without_writing_and_saving_writes(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, path = _edited_dialog(qtbot, tmp_path)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    with qtbot.waitSignal(dialog.rejected):
        _answer(qtbot, dialog, QMessageBox.StandardButton.Discard)
    assert path.read_text(encoding="utf-8") == "效能革命\n"
    again = tmp_path / "again"
    again.mkdir()
    dialog, path = _edited_dialog(qtbot, again)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    with qtbot.waitSignal(dialog.accepted):
        _answer(qtbot, dialog, QMessageBox.StandardButton.Save)
    assert path.read_text(encoding="utf-8") == "效能革命\n并联审批\n"


def test_escape_without_changes_closes_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = DictionaryEditorDialog(tmp_path / "user.txt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.unsaved_question is None


def test_the_header_pizhu_wrote_reads_in_the_ui_s_language(
    qtbot: QtBot, ui_language: Language, tmp_path: Path
) -> None:
    # The file is made (in English) before any window; a Chinese UI showed its six lines of
    # English comments above the user's words.
    path = ensure_user_dictionary(tmp_path / "user.txt")
    with path.open("a", encoding="utf-8") as file:
        file.write("并联审批\n")
    dialog = DictionaryEditorDialog(path)
    qtbot.addWidget(dialog)
    text = dialog.editor.toPlainText()
    assert text.endswith("\n并联审批\n"), "the words are kept"
    assert not dialog.editor.document().isModified(), "Escape closes it at once"
    english = "One word per line" in text
    assert english == (ui_language == Language.ENGLISH)
    assert all(line.startswith("#") for line in text.splitlines()[:-1]), "comments only"


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs
def test_the_warning_that_saving_failed_gives_the_keyboard_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "user.txt"
    dialog = DictionaryEditorDialog(path)
    qtbot.addWidget(dialog)
    path.mkdir()  # a folder took its name since: it cannot be written
    warned: list[str] = []
    was_in: list[QWidget | None] = []

    def warning(parent: QWidget, _title: str, text: str) -> None:
        warned.append(text)
        was_in.append(QApplication.focusWidget())
        takes_the_keyboard(qtbot, parent)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog.show()
    activate(qtbot, dialog)
    dialog.editor.setFocus()
    qtbot.waitUntil(dialog.editor.hasFocus)
    commit_text(dialog.editor, "并联审批")
    press_access_key(qtbot, dialog, dialog.save_button.text())
    qtbot.waitUntil(lambda: warned != [])
    assert dialog.isVisible()
    (where,) = was_in  # Save (Alt+S gave it the keyboard): pressed again, it tries again
    assert where is not None
    assert dialog.isAncestorOf(where)
    qtbot.waitUntil(where.hasFocus)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs
def test_keeping_on_editing_gives_the_keyboard_back_to_the_words(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog, _path = _edited_dialog(qtbot, tmp_path)
    activate(qtbot, dialog)
    dialog.editor.setFocus()
    qtbot.waitUntil(dialog.editor.hasFocus)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.unsaved_question is not None)
    box = dialog.unsaved_question
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or box, Qt.Key.Key_Escape)  # Cancel: keep editing
    qtbot.waitUntil(lambda: dialog.unsaved_question is None)
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.editor.hasFocus)
