"""Heading and point candidates of a body: glued headings, two on a line, plain headings."""

from __future__ import annotations

import pytest

from desktop.core.document import NodeKind
from desktop.core.importing import import_bytes
from desktop.core.importing.numbering import ATTACHMENT
from desktop.core.importing.sections import Block, Event, find_events


def _events(*lines: str) -> list[Event]:
    blocks, start = [], 0
    for index, line in enumerate(lines):
        blocks.append(Block(index, line, start))
        start += len(line) + 1
    return find_events(blocks)


def _labels(*lines: str) -> list[tuple[str, str]]:
    return [(event.kind, event.label) for event in _events(*lines)]


def test_heading_glued_to_its_body_is_cut_where_a_new_sentence_starts() -> None:
    text = (
        "一、市委、市政府将这项改革一抓到底的决心是坚定的现在,有些领导和一些干部职工没有认识到位。"
    )
    assert _labels(text) == [(NodeKind.HEADING, "一、市委、市政府将这项改革一抓到底的决心是坚定的")]
    quoted = (
        "二、怎么样搞好这场“效能革命”关于这场“效能革命”的指导思想和总体要求,前几天已经下发了文件。"
    )
    assert _labels(quoted) == [(NodeKind.HEADING, "二、怎么样搞好这场“效能革命”")]


def test_heading_ending_with_a_stop_before_its_body() -> None:
    (event,) = _events("（一）指导思想。全面贯彻党的十九大精神，加强党对工作的领导。")
    assert event.label == "（一）指导思想"
    assert event.head_end == len("（一）指导思想。")


def test_long_heading_without_a_new_sentence_is_cut_at_a_comma() -> None:
    text = (
        "三、对供应不足的某些主要的工业农业产品，"
        "在努力增产的基础上逐步地实施计划收购和计划供应的政策。"
    )
    assert _labels(text)[0][1] == "三、对供应不足的某些主要的工业农业产品"


def test_two_headings_on_one_line() -> None:
    events = _events("(二)建立健全四级政务服务体系。1.健全完善市、区县政务服务中心。")
    assert [(e.style, e.label) for e in events] == [
        ("cn-paren", "(二)建立健全四级政务服务体系"),
        ("arabic-dot", "1.健全完善市、区县政务服务中心"),
    ]
    assert events[1].start == len("(二)建立健全四级政务服务体系。")


def test_points_inside_a_paragraph_anchor_at_their_markers() -> None:
    text = "主要表现在:一是认识不到位。部分区县研究不深;二是覆盖面有差距。乡村体系滞后。"
    events = _events(text)
    assert [(e.kind, e.label) for e in events] == [
        (NodeKind.POINT, "一是认识不到位"),
        (NodeKind.POINT, "二是覆盖面有差距"),
    ]
    assert [text[e.start : e.start + 2] for e in events] == ["一是", "二是"]
    assert not events[0].opens_paragraph


def test_point_after_a_heading_on_the_same_line() -> None:
    events = _events("2.建立规范乡镇便民服务中心。一是要强力推进便民服务中心建设。各区县要落实。")
    assert [(e.kind, e.style) for e in events] == [
        (NodeKind.HEADING, "arabic-dot"),
        (NodeKind.POINT, "shi"),
    ]


def test_unnumbered_heading_line_among_body_paragraphs() -> None:
    events = _events(
        "2012年是科技工作开创新局面的一年，取得了新的成绩。",
        "明确目标,突出重点,深入实施创新驱动发展战略",
        "2013年是贯彻落实党的十八大精神的开局之年，全市科技工作要深化改革。",
    )
    assert [(e.kind, e.style, e.label) for e in events] == [
        (NodeKind.HEADING, "plain", "明确目标,突出重点,深入实施创新驱动发展战略")
    ]


def test_short_lines_that_are_not_unnumbered_headings() -> None:
    assert (
        _events(
            "这是一段没有结束的文字，资金到", "加强领导凝聚力量", "今年以来，全市各项工作稳步推进。"
        )
        == []
    )
    assert _events("第一段。", "长太息以掩涕兮", "哀民生之多艰") == []


@pytest.mark.parametrize(
    "line",
    ["（中共某省委党校 党史党建教研部，某市 100000）", "(根据录音整理，有删节)", "【本报评论员】"],
)
def test_a_line_wholly_in_brackets_is_not_a_heading(line: str) -> None:
    """An author's affiliation under a paper's byline, an editor's remark: an aside, not a
    section of what follows."""
    assert _events("王明远", line, "摘要：文风关乎党风政风。本文讨论文风要求。") == []


@pytest.mark.parametrize("line", ["下面，颁发先进集体奖", "下麵,請上臺領獎", "同时，加强队伍建设"])
def test_a_line_carrying_on_with_a_connective_is_not_a_heading(line: str) -> None:
    assert _events("会议进行第三项，颁奖。", line, "请各位领导为先进集体颁发奖牌和证书。") == []


def test_a_line_running_on_under_a_dash_is_not_a_heading() -> None:
    assert _events("今天会议共有五项议程。", "下面进行——", "第五项：请县委书记作报告。") == []


def test_bare_numeral_heading_is_labelled_with_its_opening_words() -> None:
    (event,) = _events("一", "各位代表，全国农业发展纲要草案，反映了我国农村的发展过程。")
    assert event.style == "cn-bare"
    assert event.label == "一 全国农业发展纲要草案"
    assert event.head_end == event.start + 1


def test_point_written_as_a_heading_line_is_titled() -> None:
    (event,) = _events("第五、关于文化教育")
    assert (event.kind, event.style, event.is_titled) == (NodeKind.POINT, "ordinal", True)


@pytest.mark.parametrize(
    ("name", "items"),
    [
        ("notes.md", "- 强化责任担当\n- 狠抓工作落实\n"),
        ("notes.txt", "● 强化责任担当\n● 狠抓工作落实\n"),
    ],
)
def test_a_list_of_short_phrases_before_a_paragraph_is_no_heading(name: str, items: str) -> None:
    """Bullet items (Markdown's, or ●/■/• in plain text) are body text, never headings."""
    source = (
        "在全市工作会议上的讲话\n\n一、总体要求\n\n同志们，今年的工作很重要，要抓好落实。\n\n"
        f"{items}\n要把各项任务落到实处，确保取得实效。\n\n二、保障措施\n\n加强组织领导。\n"
    )
    (speech,) = import_bytes(source.encode(), name).speeches
    labels = [node.label for node in speech.outline]
    assert labels == ["一、总体要求", "二、保障措施"]
    assert speech.outline[0].children == []


@pytest.mark.parametrize(
    "attachments",
    [
        ("附件：1．某某县农村公路建设方案", "2．某某县农村公路建设任务表"),
        ("附件：", "1．某某县农村公路建设方案", "2．某某县农村公路建设任务表"),
    ],
    ids=["on-the-label-line", "under-a-bare-label"],
)
def test_an_attachment_list_is_neither_heading_nor_point(attachments: tuple[str, ...]) -> None:
    labels = _labels(
        "现将有关方案印发给你们，请认真贯彻落实。",
        *attachments,
        "一、总体要求",
        "要坚持规划引领，统筹推进建设。",
        "二、主要任务",
        "要加快完善路网，提高通行能力。",
    )
    assert [label for _, label in labels] == ["一、总体要求", "二、主要任务"]


def test_one_numbered_line_under_a_bare_attachment_label_is_no_list() -> None:
    labels = _labels(
        "附件：",
        "1．完善路网",
        "要加快完善路网，提高通行能力。",
        "2．加强养护",
        "要落实养护责任，保障道路安全。",
    )
    assert [label for _, label in labels] == ["1．完善路网", "2．加强养护"]


def test_a_label_and_title_over_the_attachments_text_head_that_attachment() -> None:
    events = _events(
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
    labels = _labels(
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


@pytest.mark.parametrize(
    "field", ["主持人：市委副书记 某某某", "记录人：某某", "地点：市政府第一会议室"]
)
def test_a_meetings_record_field_is_no_heading(field: str) -> None:
    body = "会议听取了各部门的工作汇报，研究部署了下一阶段的重点任务。"
    assert _labels("会议情况如下。", field, body) == []


def test_a_labelled_field_with_its_value_is_no_heading() -> None:
    running = "世界之变表现为国际秩序和格局进入深度调整期，我们要深入研究。"
    assert _labels("【关键词】百年变局 世界之变 时代之变", running) == []
    assert _labels("【来源】某某日报理论版", running) == []


def test_a_label_over_an_example_may_head_its_section() -> None:
    running = "世界之变表现为国际秩序和格局进入深度调整期，我们要深入研究。"
    line = "【案例一】某某县推进综合改革"
    assert _labels(line, running) == [(NodeKind.HEADING, line)]


def test_the_sources_cited_under_excerpts_are_no_headings() -> None:
    labels = _labels(
        "一、坚定不移推进全面从严治党",
        "党要管党，才能管好党；从严治党，才能治好党。",
        "《在十八届中央政治局第一次集体学习时的讲话》（2012年11月17日）",
        "我们党面临的形势越是复杂，就越要加强纪律建设。",
        "《在十八届中央纪委二次全会上的讲话》（2013年1月22日）",
    )
    assert labels == [(NodeKind.HEADING, "一、坚定不移推进全面从严治党")]


@pytest.mark.parametrize("aside", ["（此件公开发布）", "(根据录音整理)", "（此件不予公开）"])
def test_a_line_wholly_in_brackets_is_an_aside_not_a_heading(aside: str) -> None:
    body = "县委督查室要将重点工作任务落实情况纳入年度督查重点，定期通报进展情况。"
    following = "抄送：市委办公室，市政府办公室。"
    assert _labels(body, aside, following) == []
    assert _labels(body, "加强督促检查", following) == [(NodeKind.HEADING, "加强督促检查")]
