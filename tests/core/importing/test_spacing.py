"""Stray spaces between Chinese characters and punctuation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.imported import RemovalKind
from desktop.core.importing import import_bytes
from desktop.core.importing.edits import EditedText
from desktop.core.importing.spacing import spaces_out_digits, stray_space_spans


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
        ("3. 大力促进就业", "3.大力促进就业"),
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
        "3. Work计划的要求和落实情况",
        "2. 2024年目标任务全面完成",
        "(1) WTO规则下的对外贸易",
    ],
)
def test_meaningful_spaces_stay(text: str) -> None:
    assert _clean(text) == text


def test_a_gap_parting_columns_stays() -> None:
    assert stray_space_spans("序号    项目名称    年度计划（亿元）    完成率") == []
    assert stray_space_spans("年度计划（亿元） 完成率") == [(8, 9, RemovalKind.SPACING)]


# A report copied from a PDF that set a space after every digit, the shape of some official
# reports online: the date line, a heading and the figures of the text.
_SPACED_DIGITS_REPORT = """2001年工作报告

——2 0 0 1 年4 月6 日在全市人民代表大会上

市长 张明

各位代表：

一、关于2 0 0 0 年的工作

全市生产总值达到1 2 3 4 亿元，增长8 ．5 ％，比上年多4 5 亿元。

二、关于今年的工作

今年要抓好3 件事，力争增长7 ％左右。
"""


def test_a_text_spacing_out_its_digits_is_told_from_one_that_spaces_a_number() -> None:
    assert spaces_out_digits(_SPACED_DIGITS_REPORT)
    # a count set off by spaces, a table row, numbers written together: no spaced-out digits
    assert not spaces_out_digits("全市共 5 人获奖，2023年增长12％。")
    assert not spaces_out_digits("序号 1 2 3 年份 2021 2022 2023 2024 2025")


def _clean_spaced(text: str) -> str:
    edit = EditedText(text)
    edit.delete(stray_space_spans(text, digits_spaced=True))
    return edit.text


def test_spaces_after_digits_go_where_the_text_spaces_out_its_digits() -> None:
    assert _clean_spaced("——1 9 9 8 年3 月5 日在大会上") == "——1998年3月5日在大会上"
    assert _clean_spaced("增长8 ．8 ％，达到1 ．1 亿门") == "增长8．8％，达到1．1亿门"
    # a Latin word after a figure keeps its space; so does an English line
    assert _clean_spaced("发展5 G 网络") == "发展5 G 网络"
    assert _clean_spaced("in 2 0 2 5 we") == "in 2 0 2 5 we"
    # and without the flag the spaces stay, as in any text
    assert _clean("共 5 人，增长8 ％") == "共 5 人，增长8 ％"


def test_a_report_that_spaces_out_its_digits_keeps_its_date_and_headings() -> None:
    document = import_bytes(_SPACED_DIGITS_REPORT.encode(), "report.txt")
    (speech,) = document.speeches
    assert speech.date == "2001-04-06"
    assert [node.label for node in speech.outline] == [
        "一、关于2000年的工作",
        "二、关于今年的工作",
    ]
    assert "达到1234亿元，增长8．5％，比上年多45亿元。" in speech.text
    assert "今年要抓好3件事，力争增长7％左右。" in speech.text


@given(st.text(alphabet="12０ 　年.%\n", max_size=30))
def test_spaced_digits_are_counted_as_a_digit_then_a_space_before_the_next(text: str) -> None:
    written = len(re.findall("[0-9\uff10-\uff19] (?=[0-9\uff10-\uff19] )", text))
    adjacent = len(re.findall("[0-9\uff10-\uff19](?=[0-9\uff10-\uff19])", text))
    assert spaces_out_digits(text) == (written >= 3 and written > adjacent)
