"""Tests for desktop/core/export/textutil.py: text cleaned for XML, Chinese told from the rest."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.export.textutil import han_runs, mostly_han


def test_a_citation_splits_into_its_chinese_and_its_english() -> None:
    assert han_runs("(李四, 《关于作风建设的讲话》, March 2017)") == [
        ("(", False),
        ("李四", True),
        (", ", False),
        ("《关于作风建设的讲话》", True),
        (", March 2017)", False),
    ]
    assert han_runs("第14段 and 2016年") == [("第14段", True), (" and 2016", False), ("年", True)]
    assert han_runs("Page 3") == [("Page 3", False)]


def test_a_users_words_are_chinese_when_mostly_han() -> None:
    assert mostly_han("可作小标题，see p. 3")
    assert not mostly_han("A stock phrase: 提法")
    assert not mostly_han("")


@given(st.text(st.sampled_from("批注《》“”，。 aZ09-·\n"), max_size=40))
def test_the_runs_make_up_the_text_and_alternate(text: str) -> None:
    runs = han_runs(text)
    assert "".join(piece for piece, _ in runs) == text
    assert all(first[1] != second[1] for first, second in zip(runs, runs[1:], strict=False))
