"""Part labels: 主要做法： / 存在的不足： alone on their lines over the paragraphs of a part."""

from __future__ import annotations

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.part_labels import part_labels

_DONE = "全面落实减税降费政策，全年为企业减负3.2亿元，有力支持了实体经济发展。"
_SHORT = "部分企业主体责任落实不到位，基层监管力量薄弱，执法检查的质量有待提高。"
_NEXT = "我们将继续坚持安全发展理念，加强执法检查，完善应急预案，开展教育培训。"


def test_labels_each_over_paragraphs_are_the_parts() -> None:
    texts = ["今年以来，我局认真贯彻上级决策部署。", "主要做法：", _DONE, _DONE]
    texts += ["存在的不足：", _SHORT]
    assert part_labels(texts) == {1, 4}


def test_a_lone_label_is_not_enough_to_make_parts() -> None:
    assert part_labels(["现将有关情况说明。", "主要做法：", _DONE, _SHORT]) == set()


def test_a_label_said_again_is_a_turn_of_a_dialogue() -> None:
    texts = ["王局长：", _DONE, "李处长：", _SHORT, "王局长：", _NEXT]
    assert part_labels(texts) == set()


@pytest.mark.parametrize(
    "line",
    [
        "主持人：",  # a speaker's label
        "记者：",
        "王磊：",  # a name
        "附件：",
        "注：",
        "同志们：",  # a salutation
        "重点抓好以下工作：",  # a sentence leading into a list
        "具体要求如下：",
        "会议强调，要做好三件事：",
        "2023年主要指标：",
    ],
)
def test_lines_that_end_in_a_colon_but_name_no_part(line: str) -> None:
    texts = [line, _DONE, "下一步打算：", _NEXT]
    assert 0 not in part_labels(texts)


def test_a_label_with_no_paragraph_under_it_names_no_part() -> None:
    texts = ["主要做法：", "存在的不足：", _SHORT, "取得成效：", _DONE, "下一步打算："]
    assert part_labels(texts) == {1, 3}


def test_part_labels_are_headings_of_the_outline() -> None:
    text = "\n\n".join(
        [
            "关于2023年度安全生产工作的总结",
            "今年以来，全区安全生产形势总体平稳。现将有关情况总结如下。",
            "主要做法：",
            _DONE,
            "存在的不足：",
            _SHORT,
            "下一步打算：",
            _NEXT,
        ]
    )
    (speech,) = import_bytes(text.encode(), "总结.txt").speeches
    assert [node.label for node in speech.outline] == ["主要做法", "存在的不足", "下一步打算"]
    first = speech.outline[0]
    assert speech.text[first.start : first.end].startswith("主要做法：")
    assert speech.text[first.start : first.end].rstrip().endswith(_DONE)


def test_parts_under_a_numbered_heading_nest_under_it() -> None:
    text = "\n\n".join(
        ["县财政局工作总结", "一、工作开展情况", "主要做法：", _DONE, "取得成效：", _SHORT]
    )
    (speech,) = import_bytes(text.encode(), "总结.txt").speeches
    (top,) = speech.outline
    assert [node.label for node in top.children] == ["主要做法", "取得成效"]
