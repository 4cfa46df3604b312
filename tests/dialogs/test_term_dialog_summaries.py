"""Counts by Year's and the concordance's summaries wrap between counts, never inside one:
a narrow dialog at 1.5× read "Occurrences:⏎1,953" and "出现 1,953⏎次" (the search panel's
summary once did, and keeps its counts whole since)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.imported import ImportedDocument
from desktop.core.storage.library import Library, open_library
from desktop.dialogs.concordance_dialog import ConcordanceDialog
from desktop.dialogs.term_dialog import TermDialog
from desktop.dialogs.trend_dialog import TrendDialog
from desktop.gui.i18n import Language, Translations
from tests.core.storage.documents import make_speech
from tests.gui.wrapped_counts import as_read, at_one_and_a_half, counts_split

TERM = "高质量发展"
MANY = 1_953
"""The term's occurrences: a figure Chinese writes with a group separator."""

# show_term() raises the dialog over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A library of two dated speeches, the term ``MANY`` times in them."""
    speeches = [
        make_speech(1, "讲话一", [f"推动{TERM}。" * (MANY - 3)], date="2023-03-01"),
        make_speech(2, "讲话二", [f"坚持{TERM}。" * 3], date="2024-03-01"),
    ]
    document = ImportedDocument("两篇讲话", "/data/两篇.txt", "utf-8", "txt", speeches)
    with open_library(tmp_path / "library.sqlite", seed=None) as opened:
        opened.store.import_document(document)
        yield opened


def _shown(qtbot: QtBot, dialog: TermDialog) -> TermDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.shown, timeout=30_000):
        dialog.show_term(TERM)
    return dialog


@pytest.fixture(params=[TrendDialog, ConcordanceDialog], ids=["trend", "concordance"])
def dialog(qtbot: QtBot, library: Library, request: pytest.FixtureRequest) -> Iterator[TermDialog]:
    """Counts by Year or the concordance, showing the term's counts over ``library``."""
    shown = request.param(library.path)
    if isinstance(shown, ConcordanceDialog):
        shown.set_collections([(c.id, c.title) for c in library.store.collections()])
    yield _shown(qtbot, shown)
    shown.shutdown()
    assert shown.running_work() == []


def test_a_narrow_dialog_wraps_its_summary_between_counts(dialog: TermDialog) -> None:
    figure = QLocale().toString(MANY)  # 1,953 where the locale groups digits
    assert as_read(dialog.summary).startswith(f"Occurrences: {figure} · Speeches: 2")
    assert counts_split(dialog.summary) == []
    at_one_and_a_half(dialog.summary)
    assert counts_split(dialog.summary) == []


def test_in_chinese_each_count_keeps_its_measure_word(
    qtbot: QtBot, qapp: QApplication, dialog: TermDialog, tmp_path: Path
) -> None:
    saved = QLocale()
    translations = Translations(qapp, cache=tmp_path / "cache")
    try:
        assert translations.apply("zh_CN") == Language.CHINESE
        qtbot.waitUntil(lambda: as_read(dialog.summary).startswith("出现 1,953 次 · 涉及 2 篇讲话"))
        assert counts_split(dialog.summary) == []
    finally:
        translations.remove()
        QLocale.setDefault(saved)
