"""Where a line holds paragraphs whose breaks a web copy lost."""

from __future__ import annotations

import pytest

from desktop.core.importing.joining import sentence_continues, split_lost_breaks
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


_JOINT_NOTICE_TITLE = (
    "某某市发展和改革委员会 某某市财政局 某某市自然资源和规划局 某某市住房和城乡建设局"
    " 关于印发某某市老旧小区改造提升工程实施方案的通知"
)


def test_a_long_title_naming_its_kind_is_not_a_sentence_broken_off() -> None:
    assert not sentence_continues(_JOINT_NOTICE_TITLE, "各区县人民政府，市级有关部门：")


def test_a_long_line_without_its_full_stop_still_carries_on() -> None:
    broken = "今年以来全市上下认真贯彻落实党中央决策部署和省委省政府工作要求扎实推进各项"
    assert sentence_continues(broken + "工作方案", "落实到位，取得了明显成效。")
