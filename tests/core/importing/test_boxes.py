"""The boxes of a plan (专栏): one outline node each, their items no headings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.boxes import box_label_end, boxes

_PLAN = [
    "某省国民经济和社会发展第十四个五年规划纲要",
    "第一章　强化科技创新",
    "第一节　整合优化科技资源配置",
    "以国家战略性需求为导向推进创新体系优化组合，加快构建以实验室为引领的创新体系。",
    "专栏1　科技前沿领域攻关",
    "01　新一代人工智能",
    "前沿基础理论突破，专用芯片研发，深度学习框架等开源算法平台构建。",
    "02　量子信息",
    "城域、城际、自由空间量子通信技术研发。",
    "专栏2　重大创新平台",
    "（1）国家实验室",
    "建设一批省实验室，争创国家实验室。",
    "（2）技术创新中心",
    "布局建设一批技术创新中心。",
    "第二节　加强原创性引领性科技攻关",
    "在事关全局的基础核心领域，制定实施战略性科学计划和科学工程。",
    "第二章　加快发展现代产业体系",
    "坚持把发展经济着力点放在实体经济上，推进产业基础高级化。",
]


@pytest.mark.parametrize(
    ("text", "end"),
    [("专栏1　科技前沿领域攻关", 3), ("专栏１２ 重大工程", 4), ("专栏十 民生项目", 3)],
)
def test_a_box_label_opens_its_heading_line(text: str, end: int) -> None:
    assert box_label_end(text) == end


@pytest.mark.parametrize(
    "text", ["专栏作家撰写的评论文章", "专栏1234", "设立专栏1 宣传典型", "专栏" + "长" * 60]
)
def test_lines_that_open_no_box(text: str) -> None:
    assert box_label_end(text) == 0


def test_a_box_runs_to_the_next_box_or_heading_of_the_structure() -> None:
    assert boxes(_PLAN) == {4: 9, 9: 14}


def test_a_heading_style_used_before_the_box_ends_it() -> None:
    texts = ["一、总体要求", "正文。", "专栏1　重点工程", "（1）工程甲", "二、主要任务", "正文。"]
    assert boxes(texts) == {2: 4}


def test_a_declared_heading_ends_a_box() -> None:
    texts = ["专栏1　重点工程", "（1）工程甲", "主要任务", "正文。"]
    assert boxes(texts, declared={2}) == {0: 2}


def test_each_box_is_one_node_of_the_outline_holding_nothing() -> None:
    (speech,) = import_bytes("\n".join(_PLAN).encode(), "gangyao.txt").speeches
    chapter, second_chapter = speech.outline
    first_section, second_section = chapter.children
    assert [node.label for node in first_section.children] == [
        "专栏1 科技前沿领域攻关",
        "专栏2 重大创新平台",
    ]
    first_box, second_box = first_section.children
    assert (first_box.marker, first_box.children, second_box.children) == ("专栏1", [], [])
    assert speech.text[second_box.start : second_box.end].rstrip().endswith("技术创新中心。")
    assert second_section.label == "第二节 加强原创性引领性科技攻关"
    assert second_chapter.children == []


# A plan whose own headings are plain lines (发展基础, 总体要求), with boxes among them.
_PLAIN_PLAN = """某市数字经济发展规划（2021—2025年）
　　为加快数字经济发展，根据全市国民经济和社会发展规划纲要，制定本规划。
发展基础
　　“十三五”以来，全市数字经济规模持续扩大，数字基础设施不断完善，产业数字化加快推进。
专栏1　“十三五”数字经济发展主要成就
01　数字基础设施
建成5G基站1.2万个，实现城区和重点乡镇全覆盖。
02　数字产业
数字经济核心产业增加值年均增长15%，培育规模以上软件企业120家。
总体要求
　　坚持以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，加快建设数字经济强市。
专栏2　主要指标
指标　2020年　2025年
数字经济核心产业增加值占比　8%　10%
资料来源：市统计局
主要任务
　　加快新型基础设施建设，推进数字产业集群发展，深化制造业数字化转型，提升数字化治理能力。
"""


def test_a_plain_heading_of_the_document_ends_a_box() -> None:
    (speech,) = import_bytes(_PLAIN_PLAN.encode(), "plan.txt").speeches
    assert [node.label for node in speech.outline] == ["发展基础", "总体要求", "主要任务"]
    assert [node.label for node in speech.outline[0].children] == [
        "专栏1 “十三五”数字经济发展主要成就"
    ]
    (second_box,) = speech.outline[1].children
    assert second_box.label == "专栏2 主要指标"
    assert speech.text[second_box.start : second_box.end].rstrip().endswith("资料来源：市统计局")


def _plain(*positions: int) -> Callable[[int], bool]:
    return lambda position: position in positions


def test_a_plain_line_ends_a_box_only_where_the_document_used_one_before() -> None:
    texts = ["发展基础", "正文。", "专栏1　成就", "01　设施", "建成基站。", "总体要求", "正文。"]
    assert boxes(texts, plain=_plain(0, 3, 5)) == {2: 5}
    assert boxes(texts[1:], plain=_plain(2, 4)) == {1: 6}


def test_a_box_whose_items_are_plain_lines_runs_over_them() -> None:
    texts = ["发展基础", "正文。", "专栏1　重大工程", "综合交通枢纽", "建成枢纽。", "现代物流体系"]
    texts += ["建成园区。", "二、主要任务"]
    assert boxes(texts, plain=_plain(0, 3, 5)) == {2: 8}


@pytest.mark.parametrize("last", ["资料来源：市统计局", "数字经济核心产业增加值　8%　10%"])
def test_a_box_s_table_row_or_note_over_the_text_does_not_end_it(last: str) -> None:
    texts = ["发展基础", "正文。", "专栏1　主要指标", "指标　2020年　2025年", last, "正文。"]
    assert boxes(texts, plain=_plain(0, 4)) == {2: 6}
