"""Where a line holds paragraphs whose breaks a web copy lost."""

from __future__ import annotations

import pytest

from desktop.core.importing.joining import split_lost_breaks
from desktop.core.importing.source import SourceLine

_INDENT = "\u3000\u3000"


def _pieces(text: str) -> list[str]:
    return [piece.text for piece in split_lost_breaks(SourceLine(text))]


def test_an_indent_after_a_sentence_end_opens_a_paragraph() -> None:
    text = f"{_INDENT}今年工作取得成效。{_INDENT}二、明年的主要任务{_INDENT}要抓好落实。"
    assert _pieces(text) == [
        f"{_INDENT}今年工作取得成效。",
        f"{_INDENT}二、明年的主要任务",
        f"{_INDENT}要抓好落实。",
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"某某市人民政府办公室{_INDENT}2021年3月2日印发",
        f"主持人：张三{_INDENT}记录人：李四",
        f"{_INDENT}今年工作取得成效。",
        "今年工作取得成效。\u3000下一步要抓好落实。",  # one space: a gap, not an indent
        f"今年工作取得成效。{_INDENT}",
    ],
)
def test_other_runs_of_spaces_stay_in_the_line(text: str) -> None:
    assert _pieces(text) == [text]


def test_a_declared_heading_is_never_cut() -> None:
    line = SourceLine(f"一、总体要求{_INDENT}坚持稳中求进。", heading=2)
    assert split_lost_breaks(line) == [line]
