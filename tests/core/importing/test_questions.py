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


def test_an_askers_label_alone_is_the_marker_of_the_question_under_it() -> None:
    text = "\n".join(
        [
            "某部新闻发布会实录",
            "主持人：",
            "各位记者朋友，下午好。欢迎出席今天的新闻发布会，下面请部长介绍情况，然后回答提问。",
            "经济日报记者：",
            "关于稳就业，请介绍一下今年的新举措。",
            "张明：",
            "今年重点做好三方面工作。一是扩大岗位供给，二是加强技能培训。",
            "新华社记者：",
            "请问高校毕业生就业有什么安排？",
            "张明：",
            "我们将继续实施高校毕业生就业促进专项计划，确保毕业生就业总体稳定，谢谢。",
        ]
    )
    (speech,) = import_bytes(text.encode(), "shilu.txt").speeches
    first, second = speech.outline
    assert [first.label, second.label] == [
        "关于稳就业，请介绍一下今年的新举措",
        "请问高校毕业生就业有什么安排",
    ]
    assert (first.marker, second.marker) == ("经济日报记者", "新华社记者")
    assert (
        speech.text[first.start : first.head_end]
        == "经济日报记者：\n关于稳就业，请介绍一下今年的新举措。"
    )
    assert speech.text[first.start : first.end].rstrip().endswith("加强技能培训。")
    assert [child.label for child in first.children] == ["一是扩大岗位供给", "二是加强技能培训"]


def test_a_live_transcripts_turns_ask_without_their_time_in_the_label() -> None:
    text = "\n".join(
        [
            "某会议新闻发布会文字实录",
            "[主持人]:女士们、先生们，大家下午好！发布会现在开始。[14:58]",
            "[王明]:各位记者，大家下午好！我向大家介绍会议有关情况。[15:00]",
            "[主持人]:下面请记者提问。[15:10]",
            "[中央电视台记者]:请问发言人，今年会议将重点关注哪些问题？[15:11]",
            "[王明]:今年会议将重点关注民生问题。[15:12]",
            "[某某卫视记者]:委员如何更好地履行职责？[15:15]",
            "[王明]:委员们要深入调研，提出高质量的提案。[15:16]",
        ]
    )
    (speech,) = import_bytes(text.encode(), "shilu.txt").speeches
    assert [node.label for node in speech.outline] == [
        "请问发言人，今年会议将重点关注哪些问题",
        "委员如何更好地履行职责",
    ]
    assert "[15:11]" in speech.text  # the time stays in the text


def test_an_interviews_host_and_its_readers_ask() -> None:
    lines = (
        "【主持人】各位网友大家好，今天我们邀请到局长做客访谈。",
        "【张明】各位网友大家好。",
        "【主持人】张局长，今年有哪些新举措？",
        "【张明】今年我们推出了一网通办。",
        "【网友】请问一网通办能办理哪些事项？",
        "【张明】已经可以办理一千多个事项。",
        "【主持人】感谢张局长做客访谈。",
    )
    assert _asked(*lines) == [
        (2, "张局长，今年有哪些新举措？"),
        (4, "请问一网通办能办理哪些事项？"),
    ]


def test_a_hosts_lines_that_ask_nothing_are_no_questions() -> None:
    lines = ("主持人：张三", "主持人：下面请记者提问。", "网友们：大家好！", "各位网友：欢迎收看。")
    assert questions(lines) == []


def test_an_askers_label_alone_over_the_question_opens_it() -> None:
    texts = [
        "主持人：",
        "下面进入提问环节，请各位记者朋友提问。",
        "市日报记者：",
        "一季度工业生产增长较快，请问主要有哪些因素在支撑？",
        "周建国：",
        "主要有三方面原因。",
        "市广播电视台记者：",
        "请问下一步在稳投资方面有哪些举措？",
        "吴晓东：",
        "我们将重点抓好三个方面工作。",
    ]
    found = questions(texts)
    assert [(question.position, question.label_alone) for question in found] == [
        (2, True),
        (6, True),
    ]
    assert (found[0].words_start, found[0].words_end) == (0, len(texts[3]))


def test_a_reporters_label_alone_opens_a_question_without_a_question_mark() -> None:
    texts = [
        "新华社记者：",
        "关于扩大内需，请介绍一下具体举措。",
        "周建国：",
        "扩大内需是战略基点。",
        "第一财经记者：",
        "近期外贸形势比较复杂，请问如何稳外贸？",
    ]
    assert [question.position for question in questions(texts)] == [0, 4]


@pytest.mark.parametrize(
    "label",
    [
        "【网友】",
        "[凤凰卫视记者]",
        "新华社记者：\u3000",
        "▲ 新华社记者 :",
        "【网友】：",
        "[记者]: ",
    ],
)
def test_an_askers_label_alone_ends_with_its_colon_or_bracket(label: str) -> None:
    texts = [label, "请问下一步有哪些举措？", "周建国：", "我们将抓好三个方面。", label, "请问呢？"]
    assert [question.position for question in questions(texts)] == [0, 4]


@pytest.mark.parametrize("label", ["记者朋友们：", "周建国：", "主持人：", "他对记者说："])
def test_a_label_alone_that_names_no_asker_opens_no_question(label: str) -> None:
    texts = [label, "请问下一步有哪些举措？", label, "请问还有哪些困难？"]
    expected = [0, 2] if label == "主持人：" else []  # the label, over the question
    assert [question.position for question in questions(texts)] == expected


def _statement_then_questions(*under_last_part: str) -> list[str]:
    return [
        "某部新闻发布会文字实录",
        "新闻发言人　王明：",
        "各位记者朋友，大家上午好！下面，我向大家通报今年一季度的工作情况。",
        "一、工业生产稳步回升",
        "一季度规模以上工业增加值同比增长百分之六，增速比上年加快。",
        "二、消费市场持续恢复",
        *under_last_part,
        "经济日报记者：请问下一步在扩大消费方面有哪些举措？",
        "王明：我们将着力稳定大宗消费。第一，稳定汽车消费。第二，扩大服务消费。",
        "新华社记者：请问如何看待当前的就业形势？",
        "王明：就业形势总体稳定，城镇调查失业率保持在较低水平。",
    ]


@pytest.mark.parametrize(
    "under_last_part",
    [
        ("社会消费品零售总额同比增长百分之五。", "谢谢大家！"),
        ("社会消费品零售总额同比增长百分之五。", "主持人：", "下面开始提问。"),
    ],
)
def test_the_questions_after_a_statement_close_its_last_part(
    under_last_part: tuple[str, ...],
) -> None:
    text = "\n".join(_statement_then_questions(*under_last_part))
    (speech,) = import_bytes(text.encode(), "shilu.txt").speeches
    assert [(node.kind, node.label) for node in speech.outline] == [
        (NodeKind.HEADING, "一、工业生产稳步回升"),
        (NodeKind.HEADING, "二、消费市场持续恢复"),
        (NodeKind.POINT, "请问下一步在扩大消费方面有哪些举措"),
        (NodeKind.POINT, "请问如何看待当前的就业形势"),
    ]
    last_part = speech.outline[1]
    assert last_part.children == []
    assert last_part.end <= speech.outline[2].start


@pytest.mark.parametrize("under_part", [(), ("主持人：下面请各位记者提问。",), ("主持人：",)])
def test_a_part_that_heads_the_questions_holds_them(under_part: tuple[str, ...]) -> None:
    lines = _statement_then_questions("社会消费品零售总额同比增长百分之五。", "三、答记者问")
    lines[7:7] = under_part
    (speech,) = import_bytes("\n".join(lines).encode(), "shilu.txt").speeches
    part = speech.outline[-1]
    assert part.label == "三、答记者问"
    assert [child.label for child in part.children] == [
        "请问下一步在扩大消费方面有哪些举措",
        "请问如何看待当前的就业形势",
    ]


def test_the_questions_close_the_points_of_the_statement() -> None:
    lines = _statement_then_questions("社会消费品零售总额同比增长百分之五。")
    lines[3:6] = ["第一，工业生产稳步回升，增速加快。", "第二，消费市场持续恢复，势头向好。"]
    del lines[5]  # the first question right under the last point
    (speech,) = import_bytes("\n".join(lines).encode(), "shilu.txt").speeches
    assert [node.label for node in speech.outline] == [
        "第一，工业生产稳步回升，增速加快",
        "第二，消费市场持续恢复，势头向好",
        "请问下一步在扩大消费方面有哪些举措",
        "请问如何看待当前的就业形势",
    ]
