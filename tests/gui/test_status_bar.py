"""The status bar's figures for the open speech."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.gui.status_bar import character_count, reading_minutes


@given(st.text())
def test_character_count_leaves_out_exactly_what_isspace_calls_whitespace(text: str) -> None:
    assert character_count(text) == sum(1 for character in text if not character.isspace())


def test_character_count_of_chinese_paragraphs() -> None:
    text = "一、总体要求\n\n　　坚持稳中求进。\u3000\u00a0End\t"
    assert character_count(text) == len("一、总体要求坚持稳中求进。End")


def test_reading_minutes_round_up_to_whole_minutes() -> None:
    assert [reading_minutes(n) for n in (0, 1, 300, 301)] == [0, 1, 1, 2]
