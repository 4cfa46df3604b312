"""Tests for desktop/gui/collation.py: the user's words in Chinese dictionary order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.gui.collation import name_key, sorted_names


def test_chinese_words_sort_by_pinyin_not_by_code_point() -> None:
    in_pinyin_order = ["安全", "北京", "结构", "金句", "提法", "重点"]
    assert sorted(in_pinyin_order) != in_pinyin_order
    assert sorted_names(reversed(in_pinyin_order)) == in_pinyin_order


def test_latin_words_sort_without_case_and_numbers_by_value() -> None:
    assert sorted_names(["beta", "Alpha", "gamma", "Delta"]) == ["Alpha", "beta", "Delta", "gamma"]
    assert sorted_names(["第10讲", "第2讲", "第1讲"]) == ["第1讲", "第2讲", "第10讲"]


@given(st.lists(st.text(max_size=6), max_size=8))
def test_the_order_does_not_depend_on_the_order_given(names: list[str]) -> None:
    keys = [name_key(name) for name in sorted_names(names)]
    assert all(not later < earlier for earlier, later in zip(keys, keys[1:], strict=False))
    assert sorted(sorted_names(names)) == sorted(names)
