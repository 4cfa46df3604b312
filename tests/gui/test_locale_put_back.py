"""Tests for tests/gui/conftest.py: a GUI test's default QLocale does not outlive it."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow

FOUND = QLocale().name()
"""The default when the tests were collected, before any of them ran."""


def test_a_window_switched_to_chinese_writes_figures_as_china_does(
    main_window: MainWindow, qapp: QApplication
) -> None:
    translations = Translations(qapp)
    main_window.translations = translations
    try:
        main_window.apply_preferences(main_window.preferences().__class__(language="zh_CN"))
        assert QLocale().name() == "zh_CN"
    finally:
        translations.remove()


def test_the_next_test_finds_the_default_it_had_before() -> None:
    # Runs after the one above (file order): its Chinese default must not reach this one.
    assert QLocale().name() == FOUND
