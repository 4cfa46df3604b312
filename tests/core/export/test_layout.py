"""Laying out an annotated speech: blocks, highlight runs, note markers, orphans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, AnnotationKind
from desktop.core.document import NodeKind, OutlineNode, SpanKind, TextSpan
from desktop.core.export.layout import BlockKind, _runs, layout_all, layout_speech
from desktop.core.importing.pipeline import import_bytes
from tests.core.export.factory import Library, sample_library, signed_notice


def _first_speech(library: Library):
    return layout_all(library.export_set())[0]


def test_blocks_follow_spans_and_the_outline() -> None:
    speech = _first_speech(sample_library())
    kinds = [(block.kind, block.level) for block in speech.blocks]
    assert kinds == [
        (BlockKind.TITLE, 0),
        (BlockKind.META, 0),
        (BlockKind.SALUTATION, 0),
        (BlockKind.BODY, 0),
        (BlockKind.HEADING, 1),
        (BlockKind.BODY, 0),
        (BlockKind.HEADING, 2),
        (BlockKind.BODY, 0),
        (BlockKind.HEADING, 1),
        (BlockKind.BODY, 0),
    ]
    assert "\n".join(block.text for block in speech.blocks) == speech.content.text


def test_a_signature_and_a_date_after_the_body_are_the_sign_off() -> None:
    library = Library()
    signed_notice(library)
    speech = _first_speech(library)
    kinds = [block.kind for block in speech.blocks]
    assert kinds == [
        BlockKind.TITLE,
        BlockKind.META,  # the date under the title
        BlockKind.SALUTATION,
        BlockKind.BODY,
        BlockKind.HEADING,
        BlockKind.BODY,
        BlockKind.SIGNATURE,
        BlockKind.CLOSING_DATE,
    ]
    head, body = speech.split_head()
    assert [block.kind for block in head] == [BlockKind.TITLE, BlockKind.META]
    assert body[-1].text == "2021年5月6日"


def test_points_and_glued_headings_are_emphasised_runs() -> None:
    library = Library()
    text = "一、坚定决心现在有些干部认识不足。\n一是要改进作风，二是要提高效率。"
    glued_end = text.index("现在")
    point_one = text.index("一是")
    point_two = text.index("二是")
    outline = [
        OutlineNode(NodeKind.HEADING, 1, "坚定决心", 0, len(text), glued_end, "一、"),
        OutlineNode(
            NodeKind.POINT, 2, "一是要改进作风", point_one, point_two, point_one + 7, "一是"
        ),
        OutlineNode(
            NodeKind.POINT, 2, "二是要提高效率", point_two, len(text), point_two + 7, "二是"
        ),
    ]
    speech = library.add_speech(library.add_collection("汇编"), text, title="讲话", outline=outline)
    laid = layout_speech(speech, None, [])
    assert [block.kind for block in laid.blocks] == [BlockKind.BODY, BlockKind.BODY]
    emphasised = [run.text for block in laid.blocks for run in block.runs if run.emphasis]
    assert emphasised == ["一、坚定决心", "一是要改进作风", "二是要提高效率"]


def test_notes_are_numbered_in_reading_order_after_their_range() -> None:
    speech = _first_speech(sample_library())
    numbers = [(note.number, note.item.annotation.quote.exact) for note in speech.notes]
    assert numbers == [
        (1, "两集中、两到位"),
        (2, "并联审批"),
        (3, "效能是发展的保障"),
        (4, "突出重点，扎实推进各项工作"),
        (5, "政务服务中心建设"),  # tags only: still a note
    ]
    body = speech.blocks[5]
    marked = [(run.text, run.markers) for run in body.runs if run.markers]
    assert marked == [("两集中、两到位", (1,)), ("并联审批", (2,))]
    assert [note.number for note in body.notes] == [1, 2]


def test_speech_notes_come_first_and_orphans_last() -> None:
    laid = layout_all(sample_library().export_set())
    assert [item.annotation.note for item in laid[0].speech_notes] == ["全篇结构清晰，可作范文。"]
    assert [item.annotation.note for item in laid[1].orphans] == ["原文已删去的一句"]
    assert all(item.annotation.state != AnchorState.ORPHANED for item in laid[1].speech_notes)


def test_overlapping_highlights_show_the_inner_colour_and_a_range_over_two_lines() -> None:
    library = Library()
    text = "第一段落的文字。\n第二段落的文字。"
    speech = library.add_speech(library.add_collection("汇编"), text, title="讲话")
    library.annotate(speech, "段落的文字。\n第二段", color="yellow", note="跨段")
    library.annotate(speech, "文字", color="blue", occurrence=0)
    laid = _first_speech(library)
    first, second = laid.blocks
    assert [(run.text, run.color) for run in first.runs] == [
        ("第一", None),
        ("段落的", "yellow"),
        ("文字", "blue"),
        ("。", "yellow"),
    ]
    assert [(run.text, run.color, run.markers) for run in second.runs][0] == (
        "第二段",
        "yellow",
        (1,),
    )
    assert first.notes == []
    assert [note.number for note in second.notes] == [1]


def test_a_range_outside_the_text_is_listed_as_an_orphan() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"), "短文。", title="讲话")
    annotation = library.annotate(speech, "短文", note="位置坏了")
    annotation.end = 99
    laid = _first_speech(library)
    assert [item.annotation.note for item in laid.orphans] == ["位置坏了"]
    assert laid.notes == []


@given(
    text=st.text(alphabet="甲乙丙丁。\n", min_size=1, max_size=40),
    ranges=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6),
)
def test_runs_rebuild_the_text_and_every_note_is_numbered_once(text, ranges) -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"), text, title="讲话")
    for number, (low, high) in enumerate(ranges):
        start, end = sorted((min(low, len(text)), min(high, len(text))))
        annotation = library.annotate(speech, None, kind=AnnotationKind.NOTE, note=f"n{number}")
        annotation.start, annotation.end = start, end
    laid = _first_speech(library)
    assert "\n".join(block.text for block in laid.blocks) == text
    markers = [number for block in laid.blocks for run in block.runs for number in run.markers]
    assert markers == list(range(1, len(ranges) + 1))
    assert [note.number for note in laid.notes] == markers


def test_a_paragraph_of_points_is_emphasised_only_in_each_lead_clause() -> None:
    """As the reader sets it (core.emphasis): the annotated HTML, Word and PDF agree."""
    head = "在全市作风建设工作会议上的讲话\n（2016年4月15日）\n同志们：\n一、加强作风建设\n"
    points = "一是加强领导，落实责任；二是完善制度，规范管理；三是强化监督，严格考核。"
    imported = import_bytes((head + points + "\n").encode("utf-8"), "讲话.txt").speeches[0]
    library = Library()
    collection = library.add_collection("汇编")
    speech = library.add_speech(collection, imported.text, outline=imported.outline)
    laid = layout_speech(speech, None, [])
    emphasised = [run.text for block in laid.blocks for run in block.runs if run.emphasis]
    assert emphasised == ["一是加强领导，", "二是完善制度，", "三是强化监督，"]


def test_a_salutation_opening_a_line_of_body_text_leaves_it_body_text() -> None:
    library = Library()
    appeal = "同志们！让我们真抓实干、埋头苦干，为全面建设现代化城市而努力奋斗！"
    text = "\n".join(["题目", "同志们：", "现将有关事项通报如下。", appeal])
    speech = library.add_speech(library.add_collection("讲话"), text, title="题目")
    closing = text.index(appeal)
    speech.spans = [
        TextSpan(SpanKind.TITLE, 0, 2),
        TextSpan(SpanKind.SALUTATION, 3, 7),
        TextSpan(SpanKind.SALUTATION, closing, closing + 4),
    ]
    kinds = [block.kind for block in _first_speech(library).blocks]
    assert kinds == [BlockKind.TITLE, BlockKind.SALUTATION, BlockKind.BODY, BlockKind.BODY]


@given(
    text=st.text(alphabet="甲乙。\n", min_size=1, max_size=40),
    ranges=st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(["yellow", "blue"])),
        max_size=8,
    ),
)
def test_each_lines_runs_are_cut_by_every_highlight_as_if_all_were_asked(text, ranges) -> None:
    """Only the highlights found overlapping a line cut it: the same runs as every one."""
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"), text, title="讲话")
    for number, (low, high, color) in enumerate(ranges):
        start, end = sorted((min(low, len(text)), min(high, len(text))))
        annotation = library.annotate(speech, None, color=color, note=f"n{number}" * (number % 2))
        annotation.start, annotation.end = start, end
    data = library.export_set()
    laid = layout_all(data)[0]
    every = [item for item in data.items if item.annotation.start is not None]
    for block in laid.blocks:
        expected = _runs(text, block.start, block.end, every, [], block.notes)
        assert block.runs == expected
