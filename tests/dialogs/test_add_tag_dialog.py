"""Tests for desktop/dialogs/add_tag_dialog.py: the question opens empty, offers the library's
tags, and OK waits for a tag (an Enter pressed at once tags nothing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.dialogs.add_tag_dialog import AddTagDialog
from desktop.gui.i18n import Language
from tests.gui.access_keys import activate, press_access_key, window_problems
from tests.gui.typing import commit_text

TAGS = ["结构", "金句", "开头"]


@pytest.fixture
def dialog(qtbot: QtBot) -> AddTagDialog:
    """The question for three annotations with three tags known, shown, as Ctrl+T opens it."""
    shown = AddTagDialog(3, TAGS)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    activate(qtbot, shown)
    return shown


def _line(dialog: AddTagDialog) -> QLineEdit:
    """Where the tag is typed."""
    return dialog.combo.lineEdit()


def test_it_opens_empty_with_ok_waiting_and_enter_tags_nothing(
    qtbot: QtBot, dialog: AddTagDialog
) -> None:
    assert dialog.combo.currentText() == "", "no tag the user did not pick"
    assert dialog.tag() == ""
    assert not dialog.ok_button.isEnabled()
    assert dialog.combo.hasFocus() or _line(dialog).hasFocus(), "typing starts at once"
    qtbot.keyClick(_line(dialog), Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter at once does not answer"
    assert dialog.result() != QDialog.DialogCode.Accepted
    commit_text(_line(dialog), "   ")
    assert not dialog.ok_button.isEnabled(), "blanks are no tag"


def test_the_known_tags_are_offered_to_choose(qtbot: QtBot, dialog: AddTagDialog) -> None:
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == TAGS
    qtbot.keyClick(_line(dialog), Qt.Key.Key_Down)  # the next tag of the list, as in any combo
    assert dialog.tag() == "结构"
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(_line(dialog), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.tag() == "结构"


# The offscreen platform's completion popup can neither be raised nor grab the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing", "SizeHints")
def test_typing_completes_from_any_part_of_a_tag(qtbot: QtBot, dialog: AddTagDialog) -> None:
    commit_text(_line(dialog), "句")
    completer = dialog.combo.completer()
    qtbot.waitUntil(completer.popup().isVisible)
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "金句"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.tag() == "金句", "the completion chosen"
    assert not completer.popup().isVisible()
    assert dialog.isVisible(), "choosing a completion does not answer yet"
    qtbot.keyClick(_line(dialog), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_new_tag_may_be_typed_and_is_given_trimmed(qtbot: QtBot, dialog: AddTagDialog) -> None:
    commit_text(_line(dialog), " 新提法 ")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.tag() == "新提法"
    assert dialog.combo.count() == len(TAGS), "what is typed is no new item of the list"


def test_the_field_and_buttons_have_their_access_keys(
    qtbot: QtBot, ui_language: Language, dialog: AddTagDialog
) -> None:
    assert window_problems(dialog) == []
    (label,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.combo]
    if ui_language == Language.CHINESE:
        assert dialog.windowTitle() == "添加标签"
        assert label.text() == "给选中的 3 条批注加上标签(&T)："
    dialog.ok_button.setFocus()
    press_access_key(qtbot, dialog, label.text())
    assert _line(dialog).hasFocus()
