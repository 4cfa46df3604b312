"""Tests for desktop/dialogs/speech_chooser.py: how each speech is offered."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.storage.speech_choices import SpeechChoice
from desktop.dialogs.speech_chooser import SpeechChooser
from desktop.gui.i18n import Language
from desktop.models.speech_choices_model import choice_words
from tests.gui.access_keys import activate, press_access_key, problems
from tests.gui.ui_languages import ui_language

__all__ = ["ui_language"]


def test_a_file_of_one_speech_is_named_once(qtbot: QtBot) -> None:
    # "2009政府工作报告 / 2009-03-05 · 温家宝 · 2009政府工作报告": the collection said again.
    choices = [
        SpeechChoice(1, "2009政府工作报告", "2009-03-05", "温家宝", "2009政府工作报告", 1, 1),
        SpeechChoice(2, "在全市文艺工作会议上的讲话", "2016-04-15", None, "讲话选编", 3, 7),
        SpeechChoice(3, "工作报告", None, None, "另一个文件名", 1, 1),
    ]
    chooser = SpeechChooser("Compare with which speech?")
    qtbot.addWidget(chooser)
    chooser.show_choices(choices, [choice_words(choice) for choice in choices])
    texts = [chooser.model.index(row, 0).data() for row in range(3)]
    assert texts[0] == "2009政府工作报告\n2009-03-05 · 温家宝"
    assert texts[1] == "在全市文艺工作会议上的讲话\nNo. 3 · 2016-04-15 · 讲话选编"
    assert texts[2] == "工作报告\n另一个文件名"
    chooser.filter_edit.setText("2009政府")  # still found by the collection's title
    assert chooser.chosen_speech() == 1


def test_alt_and_the_compare_button_s_letter_take_the_speech_chosen(
    ui_language: Language, qtbot: QtBot
) -> None:
    choices = [
        SpeechChoice(1, "2009政府工作报告", "2009-03-05", "温家宝", "2009政府工作报告", 1, 1)
    ]
    chooser = SpeechChooser("Compare with which speech?")
    qtbot.addWidget(chooser)
    chooser.show_choices(choices, [choice_words(choice) for choice in choices])
    chooser.show()
    activate(qtbot, chooser)
    buttons = [button.text() for button in chooser.findChildren(QPushButton)]
    assert problems("speech chooser", buttons) == [], ui_language
    assert ("对照" in chooser.ok_button.text()) == (
        ui_language == Language.CHINESE
    )  # said in the UI's language
    with qtbot.waitSignal(chooser.speech_chosen) as chosen:
        press_access_key(qtbot, chooser, chooser.ok_button.text())
    assert chosen.args == [1]
