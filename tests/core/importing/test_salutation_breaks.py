"""A salutation standing alone inside a part ends the points and sub-parts open in it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from desktop.core.importing import import_bytes, salutation_breaks, structure
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.lines import salutation_length
from desktop.core.importing.salutation_breaks import end_at_salutations
from tests.core.importing.outline_checks import check_document

# a year's review in points of several paragraphs each, its thanks after 各位代表！
REVIEW_WITH_THANKS = """年度工作报告
各位代表：
现在，我代表政府向大会报告工作，请予审议。
一、去年工作回顾
一年来，我们主要做了以下工作。
一是稳住经济大盘。我们加大政策力度，经济回升向好。
投资和消费都有所增长。
二是办好民生实事。我们新建学校十所，改造老旧小区。
就业形势保持稳定。
各位代表！
成绩来之不易。我代表政府，向全市人民表示诚挚感谢！
我们也清醒地看到，工作中还有不少困难和问题。
二、今年主要任务
要坚持稳中求进，抓好各项工作。
"""

# sub-parts of the year's tasks, then defence after 各位代表！, then the plan's part
TASKS_THEN_DEFENCE = """年度工作报告
各位代表：
现在，我代表政府向大会报告工作，请予审议。
一、今年主要任务
（一）稳定经济运行
要保持政策连续稳定。
（二）加强政府建设
要建设人民满意的政府。
各位代表！
要支持国防和军队建设，巩固军政军民团结。
二、关于计划草案
计划草案已印发各位代表审议。
"""

# a salutation inside a sub-part whose own sub-parts go on after it: it stays open
SUB_PARTS_ACROSS_A_SALUTATION = """年度工作报告
各位代表：
现在，我代表政府向大会报告工作，请予审议。
一、今年主要任务
（一）稳定经济运行
1．扩大有效需求
要多措并举扩大投资。
各位代表！
稳增长要靠实干。
2．稳定市场预期
要加强政策沟通。
（二）加强政府建设
要建设人民满意的政府。
"""


def test_a_salutation_in_a_part_ends_its_last_point_not_the_part() -> None:
    document = import_bytes(REVIEW_WITH_THANKS.encode(), "r.txt")
    check_document(document)
    (speech,) = document.speeches
    text = speech.text
    review, tasks = speech.outline
    assert [point.label for point in review.children] == ["一是稳住经济大盘", "二是办好民生实事"]
    salutation = text.index("各位代表！\n成绩来之不易")
    assert review.children[-1].end == salutation
    assert text[review.children[-1].start : salutation].rstrip("\n").endswith("就业形势保持稳定。")
    assert review.end == tasks.start  # the thanks and problems are still the review's


def test_a_salutation_in_a_part_ends_its_last_sub_part() -> None:
    document = import_bytes(TASKS_THEN_DEFENCE.encode(), "r.txt")
    check_document(document)
    (speech,) = document.speeches
    text = speech.text
    tasks, plan = speech.outline
    first, second = tasks.children
    assert first.end == second.start
    assert second.end == text.index("各位代表！\n要支持国防")
    assert tasks.end == plan.start  # defence is the part's own text


def test_a_sub_part_going_on_past_a_salutation_stays_open() -> None:
    document = import_bytes(SUB_PARTS_ACROSS_A_SALUTATION.encode(), "r.txt")
    check_document(document)
    (speech,) = document.speeches
    (tasks,) = speech.outline
    economy, government = tasks.children
    assert [node.label for node in economy.children] == ["1．扩大有效需求", "2．稳定市场预期"]
    assert economy.end == government.start


def test_without_a_break_inside_a_heading_its_last_node_is_not_looked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = import_bytes(TASKS_THEN_DEFENCE.encode(), "tasks.txt")
    (speech,) = document.speeches

    def last_start(node: object) -> int:
        raise AssertionError("looked for the last node")

    monkeypatch.setattr(salutation_breaks, "_last_start", last_start)
    ends = [node.end for node in speech.outline]
    end_at_salutations(speech.outline, [], speech.text)  # most speeches: no break
    end_at_salutations(speech.outline, [len(speech.text)], speech.text)  # none inside a part
    assert [node.end for node in speech.outline] == ends


def test_only_a_line_ending_with_a_salutations_mark_is_matched_as_a_divider(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matched: list[str] = []

    def salutation(text: str) -> int:
        matched.append(text)
        return salutation_length(text)

    monkeypatch.setattr(structure, "salutation_length", salutation)
    lines = ["工作报告", "一、今年主要任务", "要坚持稳中求进。", "各位代表！", "我们要继续努力。"]
    paragraphs = [Paragraph(line) for line in lines]
    starts = [sum(len(line) + 1 for line in lines[:index]) for index in range(len(lines))]
    head = SimpleNamespace(body_start=0)
    assert structure._dividers(paragraphs, starts, head) == [starts[3]]  # type: ignore[arg-type]
    assert matched == ["各位代表！"]
