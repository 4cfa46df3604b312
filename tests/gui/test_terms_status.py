"""Tests of the terms panel's status line (desktop/gui/terms_status.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from desktop.core.chinese.terms import IdfSource
from desktop.gui.i18n import Language
from desktop.gui.search_jobs import ScopeKind
from desktop.gui.status_bar import ReadingStatusBar
from desktop.gui.terms_status import (
    TermsState,
    holders_text,
    status_text,
    stepping_text,
    weighing_text,
)
from tests.gui.ui_languages import english_locale, locale_default, ui_language

__all__ = ["english_locale", "locale_default", "ui_language"]


def _state(scope: ScopeKind, idf: IdfSource | None = IdfSource.JIEBA) -> TermsState:
    return TermsState(
        scope=scope,
        jieba_ready=True,
        finding=False,
        counting=False,
        speech_open=True,
        idf=idf,
        coverage=(12, 12),
    )


def test_the_whole_library_says_why_it_is_weighed_against_general_usage() -> None:
    """A library of 12 speeches weighs its speeches and collections against general usage too:
    the library's line must not say they are weighed against the library."""
    text = weighing_text(_state(ScopeKind.LIBRARY))
    assert text.startswith("Keyword scores weigh the library's words against general Chinese")
    assert "other scopes" not in text
    assert "itself" in text
    collection = weighing_text(_state(ScopeKind.COLLECTION))
    assert collection == "Keyword scores weigh words against general Chinese usage."


def test_the_status_line_leaves_the_weighing_to_the_keywords_hint() -> None:
    """Both tabs show the status line; only the keywords have scores."""
    for scope in ScopeKind:
        assert "Keyword scores" not in status_text(_state(scope))
    counting = TermsState(ScopeKind.SPEECH, True, False, True, True, IdfSource.JIEBA, (3, 12))
    assert status_text(counting) == "Click a term or move with ↑ ↓ to mark it in the text."
    assert weighing_text(counting).endswith("until the library's words are counted.")


def test_a_library_keyword_s_holders_are_counted_in_words_that_fit(
    english_locale: None,
) -> None:
    assert holders_text("效能", None, 0) == "Finding the speeches containing “效能”…"
    assert holders_text("效能", 1, 1) == "“效能”: once, in 1 speech."
    assert holders_text("效能", 1, 3).startswith("“效能”: 3 times in 1 speech;")
    assert holders_text("效能", 1_200, 4_500).startswith("“效能”: 4,500 times in 1,200 speeches")
    assert stepping_text("效能") == "Finding the next “效能”…"


def test_figures_are_written_as_the_status_bar_writes_them(
    locale_default: None, qtbot: QtBot, ui_language: Language
) -> None:
    bar = ReadingStatusBar()
    qtbot.addWidget(bar)
    bar.show_speech("字" * 12_345)
    figure = bar.length_label.text().split()[0]
    assert figure == "12,345"  # en_US and zh_CN group the same way
    assert figure in holders_text("效能", 12_345, 2)
    counting = TermsState(ScopeKind.LIBRARY, True, False, True, True, None, (12_345, 20_000))
    assert figure in status_text(counting)


def test_figures_follow_the_ui_locale_not_python_s_commas(locale_default: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert holders_text("效能", 1_200, 4_500).startswith("“效能”: 4.500 times in 1.200 speeches")


def test_the_hint_names_the_keys_that_mark_a_term_too(ui_language: Language) -> None:
    """The arrow keys mark the row they reach (Enter searches as well): a keyboard user is
    told so, not only to click."""
    counting = TermsState(ScopeKind.SPEECH, True, False, True, True, IdfSource.JIEBA, (3, 12))
    hint = status_text(counting)
    assert "↑ ↓" in hint
    assert ("单击" if ui_language == Language.CHINESE else "Click") in hint
