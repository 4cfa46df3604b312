"""Heading and point candidates of a body: glued headings, two on a line, attachments."""

from __future__ import annotations

import pytest

from desktop.core.document import NodeKind
from desktop.core.importing import import_bytes
from desktop.core.importing.numbering import ATTACHMENT
from desktop.core.importing.sections import Block, Event, find_events
from tests.core.importing.block_checks import events_of, labels_of


def test_heading_glued_to_its_body_is_cut_where_a_new_sentence_starts() -> None:
    text = (
        "一、市委、市政府将这项改革一抓到底的决心是坚定的现在,有些领导和一些干部职工没有认识到位。"
    )
    assert labels_of(text) == [
        (NodeKind.HEADING, "一、市委、市政府将这项改革一抓到底的决心是坚定的")
    ]
    quoted = (
        "二、怎么样搞好这场“效能革命”关于这场“效能革命”的指导思想和总体要求,前几天已经下发了文件。"
    )
    assert labels_of(quoted) == [(NodeKind.HEADING, "二、怎么样搞好这场“效能革命”")]


def test_heading_ending_with_a_stop_before_its_body() -> None:
    (event,) = events_of("（一）指导思想。全面贯彻党的十九大精神，加强党对工作的领导。")
    assert event.label == "（一）指导思想"
    assert event.head_end == len("（一）指导思想。")


def test_long_heading_without_a_new_sentence_is_cut_at_a_comma() -> None:
    text = (
        "三、对供应不足的某些主要的工业农业产品，"
        "在努力增产的基础上逐步地实施计划收购和计划供应的政策。"
    )
    assert labels_of(text)[0][1] == "三、对供应不足的某些主要的工业农业产品"


def test_two_headings_on_one_line() -> None:
    events = events_of("(二)建立健全四级政务服务体系。1.健全完善市、区县政务服务中心。")
    assert [(e.style, e.label) for e in events] == [
        ("cn-paren", "(二)建立健全四级政务服务体系"),
        ("arabic-dot", "1.健全完善市、区县政务服务中心"),
    ]
    assert events[1].start == len("(二)建立健全四级政务服务体系。")


@pytest.mark.parametrize(
    ("line", "second"),
    [
        (
            "1．因村施策，分类推进。（1）对资源丰富的村，发展特色产业；（2）对区位优越的村，发展物业。",
            "（1）",
        ),
        ("（二）完善工作机制。1．建立会商制度，定期研究；2．健全考核办法，压实责任。", "1．"),
    ],
)
def test_an_enumeration_counting_on_in_its_paragraph_is_no_second_heading(
    line: str, second: str
) -> None:
    events = events_of(line)
    assert [event.kind for event in events] == [NodeKind.HEADING]
    assert events[0].head_end - events[0].start == line.index(second)


def test_points_inside_a_paragraph_anchor_at_their_markers() -> None:
    text = "主要表现在:一是认识不到位。部分区县研究不深;二是覆盖面有差距。乡村体系滞后。"
    events = events_of(text)
    assert [(e.kind, e.label) for e in events] == [
        (NodeKind.POINT, "一是认识不到位"),
        (NodeKind.POINT, "二是覆盖面有差距"),
    ]
    assert [text[e.start : e.start + 2] for e in events] == ["一是", "二是"]
    assert not events[0].opens_paragraph


def test_point_after_a_heading_on_the_same_line() -> None:
    events = events_of("2.建立规范乡镇便民服务中心。一是要强力推进便民服务中心建设。各区县要落实。")
    assert [(e.kind, e.style) for e in events] == [
        (NodeKind.HEADING, "arabic-dot"),
        (NodeKind.POINT, "shi"),
    ]


def test_bare_numeral_heading_is_labelled_with_its_opening_words() -> None:
    (event,) = events_of("一", "各位代表，全国农业发展纲要草案，反映了我国农村的发展过程。")
    assert event.style == "cn-bare"
    assert event.label == "一 全国农业发展纲要草案"
    assert event.head_end == event.start + 1


def test_point_written_as_a_heading_line_is_titled() -> None:
    (event,) = events_of("第五、关于文化教育")
    assert (event.kind, event.style, event.is_titled) == (NodeKind.POINT, "ordinal", True)


@pytest.mark.parametrize(
    "attachments",
    [
        ("附件：1．某某县农村公路建设方案", "2．某某县农村公路建设任务表"),
        ("附件：", "1．某某县农村公路建设方案", "2．某某县农村公路建设任务表"),
    ],
    ids=["on-the-label-line", "under-a-bare-label"],
)
def test_an_attachment_list_is_neither_heading_nor_point(attachments: tuple[str, ...]) -> None:
    labels = labels_of(
        "现将有关方案印发给你们，请认真贯彻落实。",
        *attachments,
        "一、总体要求",
        "要坚持规划引领，统筹推进建设。",
        "二、主要任务",
        "要加快完善路网，提高通行能力。",
    )
    assert [label for _, label in labels] == ["一、总体要求", "二、主要任务"]


def test_one_numbered_line_under_a_bare_attachment_label_is_no_list() -> None:
    labels = labels_of(
        "附件：",
        "1．完善路网",
        "要加快完善路网，提高通行能力。",
        "2．加强养护",
        "要落实养护责任，保障道路安全。",
    )
    assert [label for _, label in labels] == ["1．完善路网", "2．加强养护"]


def test_a_label_and_title_over_the_attachments_text_head_that_attachment() -> None:
    events = events_of(
        "附件：某某县农村公路建设方案",
        "1．完善路网",
        "要加快完善路网，提高通行能力。",
        "2．加强养护",
        "要落实养护责任，保障道路安全。",
    )
    assert [(event.style, event.label) for event in events] == [
        (ATTACHMENT, "附件：某某县农村公路建设方案"),
        ("arabic-dot", "1．完善路网"),
        ("arabic-dot", "2．加强养护"),
    ]


@pytest.mark.parametrize("under", ["一、总体要求", "为推进农村公路建设，制定本方案。"])
def test_one_attachment_heading_its_text_in_the_outline(under: str) -> None:
    text = (
        "关于印发某某县农村公路建设方案的通知\n各乡镇人民政府：\n现将方案印发给你们，请认真贯彻执行。"
        f"\n某某县人民政府办公室\n2021年3月1日\n附件：某某县农村公路建设方案\n{under}\n"
        "要加快完善路网，提高通行能力。\n"
    )
    speech = import_bytes(text.encode(), "notice.txt").speeches[0]
    assert speech.outline[0].label == "附件：某某县农村公路建设方案"


def test_one_attachment_named_over_the_signature_is_a_list() -> None:
    labels = labels_of(
        "现将方案印发给你们，请认真贯彻执行。",
        "附件：某某县农村公路建设方案",
        "某某县人民政府办公室",
    )
    assert labels == []


def _declared(*lines: tuple[str, int | None]) -> list[Event]:
    """Events of blocks whose heading levels the file format declared (docx, Markdown)."""
    blocks, start = [], 0
    for index, (line, level) in enumerate(lines):
        blocks.append(Block(index, line, start, level))
        start += len(line) + 1
    return find_events(blocks)


def test_an_attachment_label_and_its_title_are_one_heading() -> None:
    events = _declared(
        ("请认真贯彻执行。", None),
        ("附件1", 2),
        ("某某县农村道路管理办法", 1),
        ("一、总则", 2),
        ("为了加强管理，制定本办法。", None),
    )
    assert [event.label for event in events] == ["附件1 某某县农村道路管理办法", "一、总则"]
    assert [event.style for event in events] == [ATTACHMENT, "h2"]
    assert events[0].marker == "附件1"
    assert events[0].head_end == events[1].start - 1  # the title's end


def test_an_attachment_label_over_a_plain_title_is_one_heading() -> None:
    events = _declared(
        ("请认真贯彻执行。", None),
        ("附件二：", 1),
        ("某某县农村道路管理办法", None),
        ("为了加强农村道路管理，根据有关规定，结合本县实际，制定本办法。", None),
    )
    assert [event.label for event in events] == ["附件二 某某县农村道路管理办法"]


def test_an_attachment_label_over_its_first_numbered_heading_is_a_heading_alone() -> None:
    events = _declared(
        ("请认真贯彻执行。", None),
        ("附件", None),
        ("一、总则", None),
        ("为了加强农村道路管理，根据有关规定，结合本县实际，制定本办法。", None),
    )
    assert [(event.style, event.label) for event in events] == [
        (ATTACHMENT, "附件"),
        ("cn-dun", "一、总则"),
    ]


def test_an_attachment_label_with_text_under_it_stays_a_heading() -> None:
    events = _declared(
        ("请认真贯彻执行。", None),
        ("附件1", 1),
        ("为了加强农村道路管理，制定本办法。", None),
    )
    assert [event.label for event in events] == ["附件1"]
