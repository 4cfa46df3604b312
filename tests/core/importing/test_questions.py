"""Questions of a press conference transcript: each a point over its answer."""

from __future__ import annotations

import pytest

from desktop.core.document import NodeKind
from desktop.core.importing import import_bytes
from desktop.core.importing.questions import questions


def _asked(*lines: str) -> list[tuple[int, str]]:
    return [(q.position, lines[q.position][q.words_start :]) for q in questions(lines)]


def test_askers_of_every_kind_open_questions() -> None:
    lines = (
        "问：今年有哪些新举措？",
        "答：主要有三项。",
        "▲新华社记者：请问进展如何？",
        "某某：进展顺利。",
        "中央电视台记者李明: 还有什么安排？",
        "【問】還有哪些困難？",
    )
    assert _asked(*lines) == [
        (0, "今年有哪些新举措？"),
        (2, "请问进展如何？"),
        (4, "还有什么安排？"),
        (5, "還有哪些困難？"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("问：今年有哪些新举措？", "答：主要有三项。"),  # a single question
        ("各位记者：大家好！", "记者朋友们：今天我们发布三项内容。"),  # greetings
        ("问题：如何落实？", "记者节：我们召开座谈会。"),  # words, not askers
        ("他对记者说：这是关键。", "记者说：进展顺利。"),
    ],
)
def test_lines_that_are_not_a_run_of_questions(lines: tuple[str, ...]) -> None:
    assert questions(lines) == []


def test_each_question_holds_its_answer_in_the_outline() -> None:
    text = "\n".join(
        [
            "某部新闻发布会实录",
            "主持人：各位记者朋友，下午好。今天请部长介绍情况，并回答大家关心的问题。",
            "问：今年在稳就业方面有哪些新的举措？",
            "答：今年重点做好三方面工作。一是扩大岗位供给，二是加强技能培训。",
            "经济日报记者：请问高校毕业生就业有什么安排？",
            "张明：我们将继续实施专项计划，确保毕业生就业稳定。",
        ]
    )
    (speech,) = import_bytes(text.encode(), "shilu.txt").speeches
    first, second = speech.outline
    assert (first.kind, second.kind) == (NodeKind.POINT, NodeKind.POINT)
    assert [first.label, second.label] == [
        "今年在稳就业方面有哪些新的举措",
        "请问高校毕业生就业有什么安排",
    ]
    assert (first.marker, second.marker) == ("问", "经济日报记者")
    assert speech.text[first.start : first.end].rstrip().endswith("加强技能培训。")
    assert speech.text[second.start : second.end].rstrip().endswith("确保毕业生就业稳定。")
    assert [child.label for child in first.children] == ["一是扩大岗位供给", "二是加强技能培训"]
