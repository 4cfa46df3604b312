"""Heading and point markers of Chinese official documents."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing.chars import CN_NUMERAL, CN_NUMERAL_CHARS, number_value
from desktop.core.importing.numbering import _INLINE_RUNS as INLINE_RUNS
from desktop.core.importing.numbering import (
    bare_numeral,
    canon,
    decimal_number,
    decimal_section,
    heading_marker,
    inline_run_markers,
    opening_sequence,
    point_markers,
    tier,
)


@pytest.mark.parametrize(
    ("text", "style", "number", "end"),
    [
        ("一、总体要求", "cn-dun", 1, 2),
        ("十二、坚持党的领导", "cn-dun", 12, 3),
        ("三．加强管理", "cn-dun", 3, 2),
        ("（一）指导思想", "cn-paren", 1, 3),
        ("(二)目标任务", "cn-paren", 2, 3),
        ("( 三 )基本原则", "cn-paren", 3, 5),
        ("1.健全完善", "arabic-dot", 1, 2),
        ("2、建立规范", "arabic-dot", 2, 2),
        ("３．加强", "arabic-dot", 3, 2),
        ("10. 强化", "arabic-dot", 10, 3),
        ("（1）有步骤地", "arabic-paren", 1, 3),
        ("（１０）在各级学校", "arabic-paren", 10, 4),
        ("⑴推进", "arabic-paren", 1, 1),
        ("1）明确", "arabic-half", 1, 2),
        ("①完善", "circled", 1, 1),
        ("第一章 总则", "chapter-章", 1, 3),
        ("第二节　要求", "chapter-节", 2, 3),
        ("第三部分 展望", "chapter-部分", 3, 4),
        ("第二篇　坚持创新驱动发展", "chapter-篇", 2, 3),
        ("第十条 本办法", "article", 10, 3),
        ("I. Review of Our Work in 2023", "roman", 1, 2),
        ("IV. Tasks for 2024", "roman", 4, 3),
        ("XII. Conclusion", "roman", 12, 4),
        ("Ⅱ、主要任务", "roman", 2, 2),
        ("Ⅲ．保障措施", "roman", 3, 2),
    ],
)
def test_heading_markers(text: str, style: str, number: int, end: int) -> None:
    marker = heading_marker(text)
    assert marker is not None
    assert (marker.style, marker.number, marker.end) == (style, number, end)


@pytest.mark.parametrize(
    "text",
    [
        "1.5万亿元",
        "2024.09.08",
        "二、三季度增速回升",
        "一、二产业协调",
        "第一产业",
        "统一是",
        "",
        "目录",
        "I.e. the plan",
        "IV.5 percent",
        "I went there.",
        "IIII. Four",
        "Intelligent manufacturing",
    ],
)
def test_not_heading_markers(text: str) -> None:
    assert heading_marker(text) is None


def test_bare_numeral_line() -> None:
    assert bare_numeral("十二").number == 12  # type: ignore[union-attr]
    assert bare_numeral("一九") is not None
    assert bare_numeral("一、") is None
    assert bare_numeral("一是") is None


def _points(text: str) -> list[tuple[str, int]]:
    return [(m.style, m.number) for m in point_markers(text)]


def test_points_at_clause_boundaries() -> None:
    text = "主要表现在:一是认识不到位。二是服务有差距;三是标准化建设滞后。"
    assert _points(text) == [("shi", 1), ("shi", 2), ("shi", 3)]
    assert _points("一要强化组织领导。二要营造创新氛围。") == [("yao", 1), ("yao", 2)]
    assert _points("第一,坚守为民导向。第二，发扬精品意识") == [("ordinal", 1), ("ordinal", 2)]
    assert _points("第一点是十分重要;第二点是离不开保障") == [("ordinal", 1), ("ordinal", 2)]
    assert _points("其一，要学习；其二，要实践") == [("qi", 1), ("qi", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "分三次产业看,第一产业增长",
        "大家统一是必要的",
        "这唯一是靠改革",
        "原因之一是投入不足",
        "要坚持质量第一，给子孙后代",
        "一是一，二是二",
        "第一步是把资本主义转变为国家资本主义",
    ],
)
def test_words_that_are_not_points(text: str) -> None:
    assert _points(text) == []


def test_opening_sequence_only_at_start() -> None:
    assert opening_sequence("首先，我们必须削减支出") is not None
    assert opening_sequence("我们首先，要") is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("首先，要提高认识", 1),
        ("其次，要突出重点", 2),
        ("再次：要强化督查", 3),
        ("最后，要压实责任", 0),
    ],
)
def test_words_counting_a_run_open_it_numbered(text: str, number: int) -> None:
    marker = opening_sequence(text)
    assert marker is not None
    assert (marker.style, marker.number) == ("ordinal", number)


def test_style_order() -> None:
    assert canon("cn-dun") < canon("cn-paren") < canon("arabic-dot") < canon("arabic-paren")
    assert canon("arabic-paren") < canon("circled")
    assert canon("h1") < canon("h2") < canon("chapter-章") < canon("cn-dun")
    assert canon("chapter-篇") < canon("chapter-章")
    assert (tier("chapter-节"), tier("cn-paren"), tier("arabic-dot")) == (0, 1, 2)


def _run(text: str) -> list[tuple[int, str]]:
    return [(m.number, text[m.start : m.end]) for m in inline_run_markers(text)]


def test_dun_numbered_run_inside_a_paragraph() -> None:
    text = "调整的方向是：一、增加基础工业的投资。二、控制非生产性建设。三、加快技术改造。"
    assert _run(text) == [(1, "一、"), (2, "二、"), (3, "三、")]
    assert [m.style for m in inline_run_markers(text)] == ["dun-run"] * 3


def test_parenthesised_run_inside_a_paragraph() -> None:
    text = "采取以下措施：（一）抓好粮食生产。(二)开垦荒地；（三）建设基地。此外还要努力。"
    assert _run(text) == [(1, "（一）"), (2, "(二)"), (3, "（三）")]


@pytest.mark.parametrize(
    "text",
    [
        "要抓好以下工作：（一）抓好粮食生产，不断提高单产。",  # a lone （一）
        "（一）抓好粮食生产。（二）开垦荒地。",  # the paragraph's own （一） is a heading
        "措施如下：（二）开垦荒地。（三）建设基地。",  # does not start at one
        "总量（一）和总量（二）都要增加。",  # not after a clause boundary
        "增长较快：一、二季度增长百分之八。二、三季度回落。",  # numerals listed, not numbering
        "产品分为一、二、三等品，一、二等品要多。",  # not after a sentence or a colon
    ],
)
def test_parenthesised_numerals_that_are_not_a_run(text: str) -> None:
    assert _run(text) == []


def test_parenthesised_run_skips_numbers_out_of_order() -> None:
    text = "措施：（一）抓好粮食。（三）注明附件。（二）开垦荒地。"
    assert _run(text) == [(1, "（一）"), (2, "（二）")]


# The inline runs as first written, each boundary a look-behind before the marker: the patterns
# open with the marker instead (faster to search), and must match exactly where these do.
_SPACES = r"[\s\u3000]*"
_RUNS_AS_WRITTEN = (
    re.compile(rf"(?<=[。；;：:！!？?，,\s\u3000”])[（(]{_SPACES}({CN_NUMERAL}){_SPACES}[）)]"),
    re.compile(rf"(?<=[。；;：:！!？?])({CN_NUMERAL})、"),
)


@given(
    st.text(alphabet="。；;：:！!？?，,\u3000 \n”（()）一二十〇、字a", max_size=16),
    st.integers(0, 4),
)
def test_inline_runs_match_where_their_look_behind_form_does(text: str, start: int) -> None:
    for (_style, _openings, pattern), written in zip(INLINE_RUNS, _RUNS_AS_WRITTEN, strict=True):
        found = [(m.span(), m.group(1)) for m in pattern.finditer(text, start)]
        assert found == [(m.span(), m.group(1)) for m in written.finditer(text, start)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1.1 编制目的", True),
        ("2.3.1指挥机构", True),
        ("1 总则", True),
        ("１．２ 工作原则", True),
        ("1.加强领导", False),  # an item of a numbered list
        ("1. 加强领导", False),
        ("2017 6 23", False),
        ("一、总则", False),
    ],
)
def test_decimal_section(line: str, expected: bool) -> None:
    assert decimal_section(line) is expected


@pytest.mark.parametrize(
    ("line", "parts", "dotted"),
    [
        ("1 总则", (1,), False),
        ("1. 总则", (1,), True),
        ("1.1编制目的", (1, 1), False),
        ("２．３．１ 指挥机构", (2, 3, 1), False),
        ("2023年工作", None, False),  # a year
        ("3个方面", None, False),
        ("1、加强领导", None, False),  # the 1、 list style
        ("1.1、加强领导", None, False),
        ("0.5 公顷", None, False),
    ],
)
def test_decimal_number(line: str, parts: tuple[int, ...] | None, dotted: bool) -> None:
    number = decimal_number(line)
    assert (number.parts if number else None) == parts
    assert number is None or number.dotted is dotted


def test_numerals_worth_one_end_with_it() -> None:
    # inline_run_markers searches only paragraphs holding a run's opening (（ or (, and 一、):
    # a run starts at one, and a Chinese numeral worth one ends with 一
    numerals = (
        "".join(chars)
        for length in range(1, 5)
        for chars in itertools.product(CN_NUMERAL_CHARS, repeat=length)
    )
    worth_one = [numeral for numeral in numerals if number_value(numeral) == 1]
    assert "一" in worth_one
    assert all(numeral.endswith("一") for numeral in worth_one)


@given(
    st.text(alphabet="第一二十章条（()）1２.．、)）①⑵⒊IVX 　编节a字", max_size=12),
    st.integers(0, 14),
)
def test_a_heading_marker_found_in_place_is_the_one_the_rest_of_the_text_opens_with(
    text: str, at: int
) -> None:
    # a list's items are looked for at many places of one paragraph, without slicing it
    sliced = heading_marker(text[at:])
    expected = None
    if sliced is not None:
        expected = (sliced.style, sliced.number, at + sliced.start, at + sliced.end)
    found = heading_marker(text, at)
    assert (found and (found.style, found.number, found.start, found.end)) == expected
