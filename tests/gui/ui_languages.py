"""The UI in each of its languages: a fixture running a test in English, then in Chinese; and
the default QLocale (how figures are written) set by a test and put back after it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.gui.i18n import Language, Translations

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


@pytest.fixture
def locale_default() -> Iterator[None]:
    """Lets a test set the default QLocale, and puts back the one it found."""
    found = QLocale()
    yield
    QLocale.setDefault(found)


@pytest.fixture
def english_locale(locale_default: None) -> None:
    """Figures written as the English UI writes them, whatever test ran before."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(params=[Language.ENGLISH, Language.CHINESE], ids=["en", "zh_CN"])
def ui_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    """The language the test's widgets are built in (Qt's own texts included); the default
    QLocale it sets is put back after the test, so no later test depends on it."""
    found = QLocale()
    translations = Translations(qapp)
    shown = translations.apply(request.param)
    assert shown == request.param, "the Chinese catalogue is missing"
    yield shown
    translations.remove()
    QLocale.setDefault(found)


@contextmanager
def window_language(window: MainWindow, language: str = "zh_CN") -> Iterator[Translations]:
    """The window in ``language`` for the block, chosen as in Preferences (the panes follow on
    the LanguageChange events Qt posts); its catalogue taken off after, English again."""
    translations = Translations(QApplication.instance())
    window.translations = translations
    try:
        window.apply_preferences(window.preferences().__class__(language=language))
        yield translations
    finally:
        translations.remove()
