"""Tests for desktop/core/importing/clean.py: a line of closing punctuation alone, broken off
the sentence it ends (a Word or PDF copy's wrap put the full stop on a line of its own)."""

from __future__ import annotations

import pytest

from desktop.core.importing.clean import clean
from desktop.core.importing.source import SourceLine, SourceText

SENTENCE = "过去一年，全市经济社会发展取得新成效。全年地区生产总值增长6.5%，财政收入增长8.1%"
NEXT = "（一）经济运行稳中向好。工业增加值增长7.2%。"


def _paragraphs(lines: list[str]) -> list[str]:
    source = SourceText([SourceLine(line) for line in lines], "utf-8", "txt")
    return [paragraph.text for paragraph in clean(source).paragraphs]


@pytest.mark.parametrize("closing", ["。", "”。", "！", "）。", "。\u3000"])
def test_a_full_stop_on_a_line_of_its_own_ends_the_sentence_above(closing: str) -> None:
    texts = _paragraphs([SENTENCE, closing, NEXT])
    assert texts == [SENTENCE + closing.strip("\u3000"), NEXT]


def test_a_line_of_closing_punctuation_after_a_blank_line_is_left_alone() -> None:
    # A gap says the file meant a break there: nothing is joined across it.
    texts = _paragraphs([SENTENCE, "", "……"])
    assert texts[0] == SENTENCE


@pytest.mark.parametrize("mark", ["，", "。", "、", "；", "”", "）", "》"])
def test_a_line_opening_with_a_closing_mark_carries_on_the_line_above(mark: str) -> None:
    # a wrap at a width that does not keep such marks off a line's start (no 避头尾)
    upper = "    这次会议的主要任务是，深入学习贯彻中央经济工作会议精神，总结今年经济工作"
    lower = f"{mark}分析当前经济形势，部署明年经济工作。"
    texts = _paragraphs([upper, lower, NEXT])
    assert texts == [upper.strip() + lower, NEXT]


def test_an_ellipsis_may_open_a_line() -> None:
    texts = _paragraphs([SENTENCE, "……（略）"])
    assert texts == [SENTENCE, "……（略）"]
