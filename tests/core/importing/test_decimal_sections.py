"""Decimal section runs (1 总则 / 1.1 编制目的 / 2 组织体系) among lines that open with numbers."""

from __future__ import annotations

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.decimal_sections import decimal_sections


def _parts(*lines: str) -> dict[int, tuple[int, ...]]:
    return {position: number.parts for position, number in decimal_sections(lines).items()}


def test_a_run_of_sections_counts_on_through_its_levels() -> None:
    lines = (
        "1 总则",
        "1.1 编制目的",
        "为做好防范工作，制定本预案。",
        "1.2 适用范围",
        "本预案适用于全县。",
        "2 组织体系",
        "2.1 指挥机构",
        "2.1.1 县指挥部",
        "负责统一领导。",
        "2.2 工作机构",
    )
    assert _parts(*lines) == {
        0: (1,),
        1: (1, 1),
        3: (1, 2),
        5: (2,),
        6: (2, 1),
        7: (2, 1, 1),
        9: (2, 2),
    }


@pytest.mark.parametrize(
    "lines",
    [
        ("1 张三 男", "2 李四 女"),  # a table's rows
        ("1 加强领导", "2 落实责任"),  # a list, no section has parts
        ("1.加强领导", "2.落实责任"),
        ("1.5 亿元", "2.5 亿元"),  # does not start at one
        ("1.1 编制目的",),  # alone
        ("1.1 编制目的", "1.3 工作原则"),  # does not follow on
    ],
)
def test_numbers_that_are_not_a_run(lines: tuple[str, ...]) -> None:
    assert _parts(*lines) == {}


def test_numbers_out_of_the_run_stay_text() -> None:
    lines = ("1 总则", "1.1 编制目的", "3.5 万人", "1.5亿元用于救灾物资储备。", "1.2 适用范围")
    assert _parts(*lines) == {0: (1,), 1: (1, 1), 4: (1, 2)}


def test_a_dotted_number_is_a_section_only_over_its_first_child() -> None:
    assert _parts("1. 总则", "1.1 编制目的") == {0: (1,), 1: (1, 1)}
    assert _parts("1. 总则", "2 组织体系", "2.1 指挥机构") == {}


def test_a_number_glued_to_its_text_stays_text_but_keeps_the_count() -> None:
    lines = ("1 总则", "1.1 编制目的 为做好防范工作，制定本预案。", "1.2 适用范围", "2 组织体系")
    assert _parts(*lines) == {0: (1,), 2: (1, 2), 3: (2,)}


def test_sections_nest_in_the_outline_with_a_top_section_over_another_heading() -> None:
    text = "\n".join(
        [
            "某县突发事件总体应急预案",
            "1 总则",
            "1.1 编制目的",
            "为做好突发事件防范和处置工作，保障人民群众生命财产安全，制定本预案。",
            "1.2 分类分级",
            "突发事件主要分为以下类别：",
            "（1）自然灾害。主要包括水旱灾害。",
            "（2）事故灾难。主要包括安全事故。",
            "2 组织体系",
            "2.1 领导机构",
            "县人民政府是全县突发事件应急管理工作的行政领导机关。",
        ]
    )
    (speech,) = import_bytes(text.encode(), "yuan.txt").speeches
    tops = speech.outline
    assert [node.label for node in tops] == ["1 总则", "2 组织体系"]
    assert [node.label for node in tops[0].children] == ["1.1 编制目的", "1.2 分类分级"]
    assert [node.marker for node in tops[0].children] == ["1.1", "1.2"]
    assert [len(node.children) for node in tops[0].children] == [0, 2]
    assert [node.label for node in tops[1].children] == ["2.1 领导机构"]
    assert tops[0].style == "decimal-1"


def test_a_contents_list_over_the_sections_is_not_a_run() -> None:
    lines = ("1.1 编制目的", "1.2 适用范围", "2.1 指挥机构", "1 总则", "1.1 编制目的", "正文。")
    assert _parts(*lines, "1.2 适用范围") == {3: (1,), 4: (1, 1), 6: (1, 2)}


def test_a_run_goes_on_over_one_lost_heading() -> None:
    lines = (
        "1 总则",
        "1.1 编制目的",
        "为做好防范工作，制定本预案。",
        "1.2 适用范围",
        "本预案适用于全县。",
        "1.4 工作原则",  # 1.3 lost in a copy
        "坚持人民至上。",
        "2.1 指挥机构",  # 2 lost too: one number at a time
        "负责统一领导。",
        "2.2 工作机构",
    )
    assert _parts(*lines) == {0: (1,), 1: (1, 1), 3: (1, 2), 5: (1, 4), 7: (2, 1), 9: (2, 2)}


@pytest.mark.parametrize(
    "stray",
    [
        "2.5 亿元",  # an amount on a line of its own
        "2023.5.6 通知",  # a date
        "1.6 工作原则",  # two numbers lost: no longer clearly the run
        "1.4 工作原则，要坚持人民至上。",  # a sentence, not a heading line
    ],
)
def test_a_gap_is_bridged_only_by_the_next_heading_over_one_lost_number(stray: str) -> None:
    lines = ("1 总则", "1.1 编制目的", "1.2 适用范围", stray, "1.3 工作原则")
    assert _parts(*lines) == {0: (1,), 1: (1, 1), 2: (1, 2), 4: (1, 3)}


def test_a_gap_needs_a_run_of_two_heading_lines_before_it() -> None:
    assert _parts("1.1 编制目的", "1.3 工作原则", "1.4 工作要求") == {}
