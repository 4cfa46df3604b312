"""Tests of the terms panel's status line (desktop/gui/terms_status.py)."""

from __future__ import annotations

from desktop.core.chinese.terms import IdfSource
from desktop.gui.search_jobs import ScopeKind
from desktop.gui.terms_status import TermsState, holders_text, status_text


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
    text = status_text(_state(ScopeKind.LIBRARY))
    assert text.startswith("Keyword scores weigh the library's words against general Chinese")
    assert "other scopes" not in text
    assert "itself" in text
    collection = status_text(_state(ScopeKind.COLLECTION))
    assert collection == "Keyword scores weigh words against general Chinese usage."


def test_a_library_keyword_s_holders_are_counted_in_words_that_fit() -> None:
    assert holders_text("效能", None, 0) == "Finding the speeches holding “效能”…"
    assert holders_text("效能", 1, 1) == "1 speech holds “效能”, once."
    assert holders_text("效能", 1, 3).startswith("1 speech holds “效能” (3 times)")
    assert holders_text("效能", 1_200, 4_500).startswith("1,200 speeches hold “效能” (4,500 times)")
