"""Candidate search and scoring for re-anchoring."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.anchoring_search import (
    SHORT_QUOTE,
    STRONG_CONTEXT,
    Searcher,
    context_needed,
    max_errors,
)
from desktop.core.annotation import TextQuote
from desktop.core.approx import search


def test_max_errors_is_a_third_of_the_quote() -> None:
    assert [max_errors(length, 2 / 3) for length in (1, 2, 3, 6, 9, 30)] == [0, 0, 1, 2, 3, 10]


def test_context_needed_falls_with_the_quote_length() -> None:
    needs = [context_needed(length, exact=True, own=False) for length in range(1, 40)]
    assert needs[:SHORT_QUOTE] == [STRONG_CONTEXT] * SHORT_QUOTE
    assert all(a >= b for a, b in zip(needs, needs[1:], strict=False))
    assert needs[-1] == 0.0
    # At its own place an exact quote needs no context, a close short one still does.
    assert context_needed(2, exact=True, own=True) == 0.0
    assert context_needed(3, exact=False, own=True) == STRONG_CONTEXT
    # A close match elsewhere always needs some context.
    assert context_needed(60, exact=False, own=False) > 0.0


def test_a_quote_at_the_start_of_the_text_agrees_only_there() -> None:
    text = "效能革命是一场深刻的变革。" + "我们说，效能革命是一场深刻的变革。"
    quote = TextQuote.from_text(text, 0, 4)
    assert quote.prefix == ""
    first, second = Searcher(text).exact(quote, hint=None)
    assert first.start == 0
    assert first.prefix == 1.0
    assert second.prefix == 0.5  # text before it: may have been added, may not


def test_paragraph_context_survives_the_paragraph_moving() -> None:
    first = "甲段讲经济工作，要稳中求进。\n"
    second = "乙段讲作风建设，我们要加强思想教育，坚决纠正不正之风，还要严格考核。\n"
    old = "前言。\n" + first + second + "结语。"
    start = old.index("加强思想教育")
    quote = TextQuote.from_text(old, start, start + 6)
    new = "前言。\n" + second + first + "结语。"
    [candidate] = Searcher(new).exact(quote, hint=None)
    assert candidate.near_prefix == 1.0  # within its paragraph, nothing changed before it
    assert candidate.context < 0.9  # but the neighbouring paragraph did
    assert candidate.agreement(one_side=True) == 1.0


_TEXT = st.text(alphabet="甲乙丙丁的，。", min_size=1, max_size=80)


@given(_TEXT, st.text(alphabet="甲乙丙丁的，。", min_size=3, max_size=9))
def test_seeded_search_finds_what_a_full_scan_finds(text: str, exact: str) -> None:
    errors = max_errors(len(exact), 2 / 3)
    quote = TextQuote(exact, "", "")
    found = Searcher(text).fuzzy(quote, errors, hint=None, ranges=None)
    for match in search(text, exact, errors):
        assert any(
            candidate.errors <= match.errors
            and candidate.start < match.end
            and match.start < candidate.end
            for candidate in found
        ), (match, found)
