"""Tests for desktop/core/importing/glued.py: numbered headings run together with their body."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing.glued import (
    split_glued_headings,
    split_theme_label,
    split_title_label,
)
from desktop.core.importing.source import SourceLine


def _pieces(text: str) -> list[str]:
    return [piece.text for piece in split_glued_headings(SourceLine(text))]


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        (
            "一、加强组织领导   今年以来，各部门认真履行职责。",
            ["一、加强组织领导", "   今年以来，各部门认真履行职责。"],
        ),
        (
            "（二）完善工作机制 要建立健全长效机制，确保各项措施落到实处。",
            ["（二）完善工作机制", " 要建立健全长效机制，确保各项措施落到实处。"],
        ),
        (
            "三、坚持稳中求进　推动高质量发展　2023 年，全市生产总值增长百分之五。",
            ["三、坚持稳中求进　推动高质量发展", "　2023 年，全市生产总值增长百分之五。"],
        ),
    ],
)
def test_a_heading_and_its_body_after_spaces_are_cut_apart(line: str, pieces: list[str]) -> None:
    assert _pieces(line) == pieces


def test_a_speech_on_one_line_is_cut_before_and_after_each_heading() -> None:
    line = (
        "下面，我讲两点意见。 一、统一思想认识 当前形势依然复杂严峻，不容乐观。"
        " 二、狠抓工作落实 各单位要细化任务分工，明确时间节点。"
    )
    assert _pieces(line) == [
        "下面，我讲两点意见。 ",
        "一、统一思想认识",
        " 当前形势依然复杂严峻，不容乐观。 ",
        "二、狠抓工作落实",
        " 各单位要细化任务分工，明确时间节点。",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "一、加强组织领导",  # a heading alone
        "一、总体要求 ………… 3",  # a contents entry
        "（一） 加强组织 领导。各级党委要把这项工作摆上重要议程。",  # a PDF's stray spaces
        "一、坚持以人民为中心 推动高质量发展",  # a title of two phrases
        "二是加强督促检查 要定期通报工作进展情况。",  # a point, not a numbered heading
        "一、加强组织领导，各级党委 要把这项工作摆上重要议程。",  # a clause split by a space
        "今年以来 全县上下认真贯彻落实。 一、加强组织领导",  # no body after the heading
    ],
)
def test_lines_that_are_not_cut(line: str) -> None:
    assert _pieces(line) == [line]


def test_a_line_the_reader_marked_as_a_heading_stays_whole() -> None:
    line = SourceLine("一、加强组织领导 今年以来，各部门认真履行职责。", heading=2)
    assert split_glued_headings(line) == [line]


@given(st.text(alphabet="一二、（）加强组织领导今年以来，。 　\t", max_size=60))
def test_the_pieces_make_up_the_line(text: str) -> None:
    assert "".join(_pieces(text)) == text


def _labelled(text: str) -> list[tuple[str, bool]]:
    return [(piece.text, piece.chrome) for piece in split_title_label(SourceLine(text))]


def test_a_title_label_and_the_salutation_glued_after_it_are_cut_apart() -> None:
    line = (
        "市长在全市春耕工作会上的讲话 文章标题:市长在 2021 年全市春耕工作会上的讲话 "
        "同志们: 今天召开会议，部署春耕。"
    )
    assert _labelled(line) == [
        ("市长在全市春耕工作会上的讲话 ", False),
        ("文章标题:", True),  # page chrome: the cleaner removes and records it
        ("市长在 2021 年全市春耕工作会上的讲话 ", False),
        ("同志们: 今天召开会议，部署春耕。", False),
    ]


def test_a_labelled_title_alone_on_its_line_loses_only_its_label() -> None:
    assert _labelled("标题：关于做好春耕工作的通知") == [
        ("标题：", True),
        ("关于做好春耕工作的通知", False),
    ]


def test_a_labelled_title_glued_to_the_body_is_cut_before_the_sentence() -> None:
    line = "标题：在全县春耕工作会上的讲话 今年以来，全县春耕进展顺利，各项工作有序推进。"
    assert [text for text, _ in _labelled(line)] == [
        "标题：",
        "在全县春耕工作会上的讲话 ",
        "今年以来，全县春耕进展顺利，各项工作有序推进。",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "标题：由发文机关名称、事由和文种组成。",  # a writing guide's sentence, not a title
        "公文的副标题:在全县春耕工作会上的讲话",  # a label inside words is no page's label
        "写好标题：这是一篇文章成败的关键，要反复推敲。",
    ],
)
def test_a_label_without_a_title_after_it_stays(line: str) -> None:
    assert _labelled(line) == [(line, False)]


def _themed(text: str) -> list[tuple[str, bool]]:
    return [(piece.text, piece.chrome) for piece in split_theme_label(SourceLine(text))]


def test_a_theme_label_over_a_title_is_cut_off_as_chrome() -> None:
    assert _themed("主题：坚定信心 攻坚克难 奋力开创高质量发展新局面") == [
        ("主题：", True),
        ("坚定信心 攻坚克难 奋力开创高质量发展新局面", False),
    ]
    assert _themed("题目: 在全市经济工作会议上的讲话") == [
        ("题目: ", True),
        ("在全市经济工作会议上的讲话", False),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "主题：今天我们召开会议，研究部署明年的经济工作。",  # a sentence, not a title
        "会议主题：学习贯彻全会精神",  # a field of a meeting's record
        "坚定信心 攻坚克难 奋力开创高质量发展新局面",
    ],
)
def test_lines_that_hold_no_labelled_theme_are_kept_whole(line: str) -> None:
    assert _themed(line) == [(line, False)]
