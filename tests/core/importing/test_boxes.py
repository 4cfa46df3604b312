"""The boxes of a plan (专栏): one outline node each, their items no headings."""

from __future__ import annotations

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
