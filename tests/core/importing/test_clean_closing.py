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
