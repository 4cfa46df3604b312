"""Stray spaces between Chinese characters and punctuation."""

from __future__ import annotations

import pytest

from desktop.core.imported import RemovalKind
from desktop.core.importing.edits import EditedText
from desktop.core.importing.spacing import stray_space_spans


def _clean(text: str) -> str:
    edit = EditedText(text)
    edit.delete(stray_space_spans(text))
    return edit.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“十一五”以来, 在市委、市政府的领导下, 全市上下",
            "“十一五”以来,在市委、市政府的领导下,全市上下",
        ),
        ("第一产业 (农林牧渔业) 万元增加值", "第一产业(农林牧渔业)万元增加值"),
        (
            "15个区县中 (滨海新区不纳入考核范围) , 11个区县",
            "15个区县中(滨海新区不纳入考核范围),11个区县",
        ),
        ("下降3.98%, 2007年下降4.9%", "下降3.98%,2007年下降4.9%"),
        ("提高 ， 增强 。", "提高，增强。"),
        ("我 们 要 加 强 学 习", "我们要加强学习"),
    ],
)
def test_stray_spaces_go(text: str, expected: str) -> None:
    assert _clean(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "中共中央 国务院关于实施乡村振兴战略的意见",
        "市委常委、常务副市长 徐 进",
        "GDP 增长较快",
        "按照 Made in China 2025 的要求",
        "in the report, 2025 targets",
        "China, 2025 规划",
    ],
)
def test_meaningful_spaces_stay(text: str) -> None:
    assert _clean(text) == text


def test_a_gap_parting_columns_stays() -> None:
    assert stray_space_spans("序号    项目名称    年度计划（亿元）    完成率") == []
    assert stray_space_spans("年度计划（亿元） 完成率") == [(8, 9, RemovalKind.SPACING)]
