"""Tests for desktop/dialogs/export_filters.py: the export dialog's filters."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.dialogs.export_filters import ExportFilterPanel
from desktop.gui.i18n import Language


def _panel(qtbot: QtBot) -> ExportFilterPanel:
    panel = ExportFilterPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.limit_dates, Qt.MouseButton.LeftButton)
    assert panel.date_from.isEnabled()
    panel.date_from.setDate(QDate(2009, 3, 5))
    panel.date_to.setDate(QDate(2016, 11, 20))
    return panel


def test_the_date_range_shows_dates_as_the_ui_s_language_writes_them(
    qtbot: QtBot, ui_language: Language
) -> None:
    """2009/3/5 in Chinese, 3/5/2009 in English, not ISO's 2009-03-05; the export keeps ISO."""
    panel = _panel(qtbot)
    if ui_language is Language.CHINESE:
        assert (panel.date_from.text(), panel.date_to.text()) == ("2009/3/5", "2016/11/20")
    else:
        assert (panel.date_from.text(), panel.date_to.text()) == ("3/5/2009", "11/20/2016")
    chosen = panel.export_filter()
    assert (chosen.date_from, chosen.date_to) == ("2009-03-05", "2016-11-20")


def test_the_date_range_follows_a_switch_of_language(qtbot: QtBot, english_locale: None) -> None:
    panel = _panel(qtbot)
    assert panel.date_from.text() == "3/5/2009"
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.date_from.text() == "2009/3/5"
    assert panel.export_filter().date_from == "2009-03-05"


def test_a_colour_chip_is_named_as_a_label_and_said_within_its_tip(
    qtbot: QtBot, ui_language: Language
) -> None:
    """The chip is only a colour: a screen reader hears its name as a label (Yellow, 黄色); its
    tip says it within a sentence (Only yellow highlights, not Only Yellow highlights)."""
    panel = ExportFilterPanel()
    qtbot.addWidget(panel)
    yellow = panel.colors["yellow"]
    if ui_language is Language.CHINESE:
        assert yellow.accessibleName() == "黄色"
        assert "黄色" in yellow.toolTip()
    else:
        assert yellow.accessibleName() == "Yellow"
        assert yellow.toolTip() == "Only yellow highlights"
