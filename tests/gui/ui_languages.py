"""The UI in each of its languages: a fixture running a test in English, then in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.gui.i18n import Language, Translations


@pytest.fixture(params=[Language.ENGLISH, Language.CHINESE], ids=["en", "zh_CN"])
def ui_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    """The language the test's widgets are built in (Qt's own texts included)."""
    translations = Translations(qapp)
    shown = translations.apply(request.param)
    assert shown == request.param, "the Chinese catalogue is missing"
    yield shown
    translations.remove()
