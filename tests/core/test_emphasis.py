"""Tests for desktop/core/emphasis.py: how much of a heading or point inside a paragraph is bold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.document import NodeKind, OutlineNode, iter_nodes
from desktop.core.emphasis import bold_end
from desktop.core.imported import Speech
from desktop.core.importing.pipeline import import_bytes, import_file
from desktop.resources import sample_collection_path

HEAD = "在全市作风建设工作会议上的讲话\n（2016年4月15日）\n同志们：\n今年的工作，我讲两点意见。\n"


def _speech(body: str) -> Speech:
    document = import_bytes((HEAD + body).encode("utf-8"), "讲话.txt")
    assert len(document.speeches) == 1
    return document.speeches[0]


def _bold(speech: Speech) -> list[str]:
    """The bold words of every point, as the reader and the exports set them."""
    text = speech.text
    words = []
    for node in iter_nodes(speech.outline):
        if node.kind == NodeKind.POINT:
            line_end = text.find("\n", node.start)
            end = bold_end(text, node, len(text) if line_end < 0 else line_end)
            words.append(text[node.start : end])
    return words


def test_a_paragraph_of_points_is_bold_only_in_each_lead_clause() -> None:
    speech = _speech(
        "一、加强作风建设\n"
        "一是加强领导，落实责任；二是完善制度，规范管理；三是强化监督，严格考核。\n"
    )
    assert _bold(speech) == ["一是加强领导，", "二是完善制度，", "三是强化监督，"]


def test_a_point_that_goes_on_after_its_statement_keeps_the_statement_bold() -> None:
    speech = _speech(
        "一、加强作风建设\n"
        "一是认识不到位。部分单位研究不深、部署不细；二是落实有差距，整改还不彻底；"
        "三是制度不健全。\n"
    )
    assert _bold(speech) == ["一是认识不到位。", "二是落实有差距，", "三是制度不健全。"]


def test_a_point_alone_on_its_line_is_bold_whole() -> None:
    speech = _speech(
        "一是在加强产学研合作，提升企业自主创新能力上有新成效。\n"
        "要发挥企业主体作用，推动科研成果转化，全年新增一批创新平台。\n"
        "二是在整合科技资源，发展高新技术产业上有新突破。\n"
        "要集中力量培育骨干企业，壮大产业规模。\n"
    )
    assert _bold(speech)[:2] == [
        "一是在加强产学研合作，提升企业自主创新能力上有新成效。",
        "二是在整合科技资源，发展高新技术产业上有新突破。",
    ]


def test_a_comma_inside_quotation_marks_does_not_end_the_lead_clause() -> None:
    speech = _speech(
        "一、加强作风建设\n一是开展“比学习，比实干”活动，形成氛围；二是开展评议，接受监督。\n"
    )
    assert _bold(speech) == ["一是开展“比学习，比实干”活动，", "二是开展评议，"]


def _bold_cover(text: str, nodes: list[OutlineNode], start: int, end: int) -> int:
    """How many characters of the line ``start``–``end`` the points' bold runs cover."""
    bold = set()
    for node in nodes:
        bold.update(range(node.start, bold_end(text, node, end)))
    return len(bold & set(range(start, end)))


def test_no_paragraph_of_points_in_the_sample_is_bold_whole() -> None:
    checked = 0
    for speech in import_file(sample_collection_path()).speeches:
        text = speech.text
        points = [node for node in iter_nodes(speech.outline) if node.kind == NodeKind.POINT]
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            inside = [node for node in points if start <= node.start < end]
            if len(inside) >= 2:
                checked += 1
                assert _bold_cover(text, inside, start, end) < len(line.rstrip("。；;"))
            start = end + 1
    assert checked


@given(st.text(alphabet="一是二加强领导，,；。“”（）落实 ", min_size=1, max_size=40))
def test_the_bold_run_never_passes_the_head_or_its_line(body: str) -> None:
    text = "一是" + body
    head_end = len(text) - len(body) + len(body) // 2
    node = OutlineNode(NodeKind.POINT, 1, "一是", 0, len(text), head_end, "一是", "shi")
    end = bold_end(text, node, len(text))
    assert 0 < end <= head_end
    heading = OutlineNode(NodeKind.HEADING, 1, "一", 0, len(text), head_end, "一、")
    assert bold_end(text, heading, len(text) - 1) == min(head_end, len(text) - 1)


def test_the_question_style_is_the_importers() -> None:
    from desktop.core import emphasis
    from desktop.core.importing.numbering import QUESTION

    assert emphasis._QUESTION == QUESTION
