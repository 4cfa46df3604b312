"""Speakers' lines: a role and a name, a label, a name with its role in brackets."""

from __future__ import annotations

import pytest

from desktop.core.importing.speakers import speaker


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("市委常委、常务副市长 徐 进", ("市委常委、常务副市长", "徐进")),
        ("国务院总理 温家宝", ("国务院总理", "温家宝")),
        ("国务院副总理兼国家计划委员会主任李富春", ("国务院副总理兼国家计划委员会主任", "李富春")),
        ("　县委书记　张三丰", None),  # indentation is stripped before lines are judged
        ("县委书记 张三丰", ("县委书记", "张三丰")),
        ("主讲人：王小明", (None, "王小明")),
        ("主讲人：某某镇党委书记 李卫东", ("某某镇党委书记", "李卫东")),
        ("述职人：王建华（县发展和改革局局长）", ("县发展和改革局局长", "王建华")),
        ("汇报人：王建华", (None, "王建华")),
        ("主讲人：王建华（某某会议室）", None),  # brackets naming no role
        ("主讲人：乡村振兴的几点思考", None),
        ("国务院副总理兼国家计划委员会主任", None),
        ("在全市文艺工作会议上的讲话", None),
        ("市委书记", None),
        ("国务院总理温家宝", ("国务院总理", "温家宝")),
        ("习近平就任国家主席以来", None),  # a phrase ending in a role, then not a name
        ("他担任县长期间", None),
        ("市委書記 王 明", ("市委書記", "王明")),
        ("市委常委、常務副市長 徐 進", ("市委常委、常務副市長", "徐進")),
        ("國務院總理 溫家寶", ("國務院總理", "溫家寶")),
        ("市委書記", None),
        # an interview's headline names its subject after a dash: no role holds a dash
        ("“把群众的事当成自己的事”——访全国人大代表、某某村党支部书记李秀英", None),
        ("扎根基层三十年—记某某乡党委书记 王建国", None),
    ],
)
def test_speaker_lines(line: str, expected: tuple[str | None, str] | None) -> None:
    assert speaker(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("全国人民代表大会常务委员会委员长 赵乐际", ("全国人民代表大会常务委员会委员长", "赵乐际")),
        ("全国人大常委会副委员长 王某某", ("全国人大常委会副委员长", "王某某")),
        ("全国人大某某委员会主任委员 李某", ("全国人大某某委员会主任委员", "李某")),
        ("教育部高教司司长 张某", ("教育部高教司司长", "张某")),
    ],
)
def test_a_role_ending_in_a_shorter_role_keeps_its_last_character(
    line: str, expected: tuple[str, str]
) -> None:
    """委员长 is not 委员 with 长 glued to the name."""
    assert speaker(line) == expected
