"""Tests for desktop/dialogs/preferences.py: choices round-trip; the dictionary is editable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.core.punctuation import to_fullwidth
from desktop.dialogs.preferences import Preferences, PreferencesDialog
from desktop.gui.actions import ActionId, ActionRegistry
from desktop.gui.i18n import Language
from tests.gui.access_keys import activate, press_access_key, window_problems

CHOSEN = Preferences(language="zh_CN", theme="sepia", font_size=20.0, fullwidth_punctuation=True)


def test_preferences_round_trip_through_the_dialog(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(CHOSEN)
    qtbot.addWidget(dialog)
    assert dialog.preferences() == CHOSEN


def test_the_user_changes_every_choice(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    language = dialog.findChild(QComboBox, "languageCombo")
    language.setCurrentIndex(language.findData("en"))
    theme = dialog.findChild(QComboBox, "themeCombo")
    theme.setCurrentIndex(theme.findData("dark"))
    size = dialog.findChild(QSpinBox, "fontSizeSpin")
    size.clear()
    qtbot.keyClicks(size, "18")
    qtbot.mouseClick(dialog.findChild(QCheckBox, "fullwidthCheck"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.preferences() == Preferences("en", "dark", 18.0, True)


def test_unknown_stored_values_fall_back_to_defaults(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences(language="fr", theme="neon"))
    qtbot.addWidget(dialog)
    assert dialog.preferences().language == "system"
    assert dialog.preferences().theme == "light"


def test_edit_returns_the_choices_or_none(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert PreferencesDialog.edit(None, CHOSEN) == CHOSEN
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert PreferencesDialog.edit(None, CHOSEN) is None


def test_the_custom_dictionary_is_edited_and_reported(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "dict" / "user.txt"
    dialog = PreferencesDialog(Preferences(), user_dictionary=path)
    qtbot.addWidget(dialog)
    editor = dialog.open_dictionary_editor()
    assert editor is not None
    assert editor.editor.toPlainText().startswith("#")  # a new dictionary explains itself
    editor.editor.appendPlainText("效能革命 2000 n")
    with qtbot.waitSignal(dialog.dictionary_saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "效能革命 2000 n\n" in path.read_text(encoding="utf-8")


def test_without_a_dictionary_path_the_button_is_disabled(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert not dialog.dictionary_button.isEnabled()


def test_every_field_and_button_has_its_own_access_key(
    qtbot: QtBot, ui_language: Language, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(Preferences(), user_dictionary=tmp_path / "user.txt")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert window_problems(dialog) == []
    assert dialog.focusWidget() is dialog.findChild(QComboBox, "languageCombo")
    activate(qtbot, dialog)
    fullwidth = dialog.findChild(QCheckBox, "fullwidthCheck")
    press_access_key(qtbot, dialog, fullwidth.text())
    assert dialog.focusWidget() is fullwidth


@pytest.mark.parametrize(
    ("key", "outcome"),
    [
        (Qt.Key.Key_Return, QDialog.DialogCode.Accepted),
        (Qt.Key.Key_Escape, QDialog.DialogCode.Rejected),
    ],
)
def test_enter_keeps_the_choices_and_escape_cancels(
    qtbot: QtBot, key: Qt.Key, outcome: QDialog.DialogCode
) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, key)
    assert not dialog.isVisible()
    assert dialog.result() == outcome


def test_preferences_and_the_view_menu_list_the_marks_the_reader_changes(
    qtbot: QtBot, ui_language: Language
) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    registry = ActionRegistry()
    action = registry.action(ActionId.FULLWIDTH_PUNCTUATION)
    latin = ",:;?!()"
    shown = to_fullwidth("".join(f"中{mark}文" for mark in latin))[1::3]
    assert shown == "，：；？！（）"  # what the reader changes: the lists must name it all
    assert shown in dialog.findChild(QCheckBox, "fullwidthCheck").text()
    assert shown in action.statusTip()


def test_the_word_hint_names_the_key_that_steps_by_words_too(qtbot: QtBot) -> None:
    """The reader extends a selection by jieba's words on Ctrl+Shift+→ as double-clicking
    selects one: the dictionary's hint names both, with the platform's own keys."""
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    hint = next(label.text() for label in dialog.findChildren(QLabel) if "效能革命" in label.text())
    keys = QKeySequence(QKeySequence.StandardKey.SelectNextWord)
    assert keys.toString() == "Ctrl+Shift+Right"  # the keys the reader steps by words on
    assert "double-click" in hint
    assert keys.toString(QKeySequence.SequenceFormat.NativeText) in hint
    assert "%1" not in hint
