"""Character classes and counts: counting by runs agrees with judging each character."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing.chars import (
    HAN_RE,
    display_width,
    han_count,
    is_han,
    matched_length,
)

# Chinese text with Latin, digits, punctuation of both widths, spaces and a supplementary ideograph.
_MIXED = st.text(alphabet=st.sampled_from("中文效能革命〇𠮷、，。（）()“”Ab1９ 　\n—…Ａﾊ가"))


@given(_MIXED)
def test_han_count_counts_each_ideograph(text: str) -> None:
    assert han_count(text) == sum(1 for char in text if is_han(char))


@given(st.text())
def test_han_count_on_any_text(text: str) -> None:
    assert han_count(text) == len(HAN_RE.findall(text))


@given(_MIXED)
def test_display_width_counts_wide_characters_twice(text: str) -> None:
    wide = re.compile(
        r"[\u3000-\u303e\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff00-\uff60\U00020000-\U0003fffd]"
    )
    assert display_width(text) == len(text) + sum(1 for char in text if wide.match(char))


def test_display_width_of_a_plain_line() -> None:
    assert display_width("效能 ab") == 7


@given(st.text(alphabet="ab c"))
def test_matched_length_is_the_length_covered_by_the_runs(text: str) -> None:
    assert matched_length(re.compile("[ab]+"), text) == text.count("a") + text.count("b")
