"""Tests for desktop/gui/breadcrumb.py: what a screen reader hears of the path above the page."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.gui.breadcrumb import Breadcrumb, Crumb
from desktop.gui.i18n import Language, Translations
from tests.gui.accessibility import CJK
from tests.gui.ui_languages import ui_language

__all__ = ["ui_language"]

COLLECTION = "在全市“效能革命”工作会上的讲话(精选7篇)"
SECTION = "二、以铁的纪律、铁的制度,着力破解慢作为问题"


def test_each_crumb_is_said_whole_and_a_button_says_what_it_does(
    ui_language: Language, qtbot: QtBot
) -> None:
    bar = Breadcrumb()
    qtbot.addWidget(bar)
    bar.set_path([Crumb(COLLECTION), Crumb("No. 1", 0), Crumb(SECTION, 120)])
    label = bar.findChild(QLabel, "crumbLabel")
    assert label.text().endswith("…")  # cut short on the screen
    assert label.accessibleName() == COLLECTION
    assert [button.accessibleName() for button in bar.buttons] == ["No. 1", SECTION]
    said = [bar.accessibleName()] + [button.accessibleDescription() for button in bar.buttons]
    assert all(said), said
    assert all(bool(CJK.search(words)) == (ui_language == Language.CHINESE) for words in said)


def test_the_words_follow_a_change_of_language(qapp: QApplication, qtbot: QtBot) -> None:
    bar = Breadcrumb()
    qtbot.addWidget(bar)
    bar.set_path([Crumb(COLLECTION), Crumb("No. 1", 0)])
    translations = Translations(qapp)
    try:
        assert translations.apply(Language.CHINESE) == Language.CHINESE
        qtbot.waitUntil(lambda: bool(CJK.search(bar.accessibleName())))
        assert CJK.search(bar.buttons[0].accessibleDescription())
    finally:
        translations.remove()
    qtbot.waitUntil(lambda: not CJK.search(bar.accessibleName()))
