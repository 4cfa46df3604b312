"""Fixtures of the dialogs' tests: the UI languages a dialog is checked in, and the default
QLocale put back after each test."""

from __future__ import annotations

import pytest

from tests.gui.ui_languages import english_locale, locale_default, ui_language

__all__ = ["english_locale", "locale_default", "ui_language"]


@pytest.fixture(autouse=True)
def _locale_put_back(locale_default: None) -> None:
    """Every dialog test leaves the default QLocale as it found it (a test's translations set
    it to their language, and removing them does not put it back)."""
