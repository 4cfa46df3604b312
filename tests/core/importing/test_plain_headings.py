"""Tests for desktop/core/importing/plain_headings.py: unnumbered heading lines of a body."""

from __future__ import annotations

import pytest

from desktop.core.document import NodeKind
from desktop.core.importing import import_bytes, plain_headings
from desktop.core.importing.plain_headings import is_plain_heading
from tests.core.importing.block_checks import events_of, labels_of


def test_unnumbered_heading_line_among_body_paragraphs() -> None:
    events = events_of(
        "2012年是科技工作开创新局面的一年，取得了新的成绩。",
        "明确目标,突出重点,深入实施创新驱动发展战略",
        "2013年是贯彻落实党的十八大精神的开局之年，全市科技工作要深化改革。",
    )
    assert [(e.kind, e.style, e.label) for e in events] == [
        (NodeKind.HEADING, "plain", "明确目标,突出重点,深入实施创新驱动发展战略")
    ]


def test_short_lines_that_are_not_unnumbered_headings() -> None:
    assert (
        events_of(
            "这是一段没有结束的文字，资金到", "加强领导凝聚力量", "今年以来，全市各项工作稳步推进。"
        )
        == []
    )
    assert events_of("第一段。", "长太息以掩涕兮", "哀民生之多艰") == []


@pytest.mark.parametrize(
    "line",
    ["（中共某省委党校 党史党建教研部，某市 100000）", "(根据录音整理，有删节)", "【本报评论员】"],
)
def test_a_line_wholly_in_brackets_is_not_a_heading(line: str) -> None:
    """An author's affiliation under a paper's byline, an editor's remark: an aside, not a
    section of what follows."""
    assert events_of("王明远", line, "摘要：文风关乎党风政风。本文讨论文风要求。") == []


@pytest.mark.parametrize("line", ["下面，颁发先进集体奖", "下麵,請上臺領獎", "同时，加强队伍建设"])
def test_a_line_carrying_on_with_a_connective_is_not_a_heading(line: str) -> None:
    assert events_of("会议进行第三项，颁奖。", line, "请各位领导为先进集体颁发奖牌和证书。") == []


def test_a_line_running_on_under_a_dash_is_not_a_heading() -> None:
    assert events_of("今天会议共有五项议程。", "下面进行——", "第五项：请县委书记作报告。") == []


@pytest.mark.parametrize(
    ("name", "items"),
    [
        ("notes.md", "- 强化责任担当\n- 狠抓工作落实\n"),
        ("notes.txt", "● 强化责任担当\n● 狠抓工作落实\n"),
    ],
)
def test_a_list_of_short_phrases_before_a_paragraph_is_no_heading(name: str, items: str) -> None:
    """A list of bullet items (Markdown's, or ●/■/• in plain text) is body text, no heading."""
    source = (
        "在全市工作会议上的讲话\n\n一、总体要求\n\n同志们，今年的工作很重要，要抓好落实。\n\n"
        f"{items}\n要把各项任务落到实处，确保取得实效。\n\n二、保障措施\n\n加强组织领导。\n"
    )
    (speech,) = import_bytes(source.encode(), name).speeches
    labels = [node.label for node in speech.outline]
    assert labels == ["一、总体要求", "二、保障措施"]
    assert speech.outline[0].children == []


@pytest.mark.parametrize(
    "field", ["主持人：市委副书记 某某某", "记录人：某某", "地点：市政府第一会议室"]
)
def test_a_meetings_record_field_is_no_heading(field: str) -> None:
    body = "会议听取了各部门的工作汇报，研究部署了下一阶段的重点任务。"
    assert labels_of("会议情况如下。", field, body) == []


def test_a_labelled_field_with_its_value_is_no_heading() -> None:
    running = "世界之变表现为国际秩序和格局进入深度调整期，我们要深入研究。"
    assert labels_of("【关键词】百年变局 世界之变 时代之变", running) == []
    assert labels_of("【来源】某某日报理论版", running) == []


def test_a_label_over_an_example_may_head_its_section() -> None:
    running = "世界之变表现为国际秩序和格局进入深度调整期，我们要深入研究。"
    line = "【案例一】某某县推进综合改革"
    assert labels_of(line, running) == [(NodeKind.HEADING, line)]


def test_the_sources_cited_under_excerpts_are_no_headings() -> None:
    labels = labels_of(
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
    assert labels_of(body, aside, following) == []
    assert labels_of(body, "加强督促检查", following) == [(NodeKind.HEADING, "加强督促检查")]


def test_the_last_row_of_a_table_is_no_heading_over_the_text_below() -> None:
    """A row of a table of data (a .docx's or a text file's columns) above a closing sentence:
    its cells, set apart by a gap, are no heading's words."""
    rows = (
        "序号    项目名称    责任单位",
        "1    老旧小区改造    市住建局",
        "2    历史街区保护    市文旅局",
    )
    assert events_of(*rows, "抄送：市委各部门，市人大常委会办公厅。") == []


def test_a_topic_line_ending_on_a_full_stop_heads_its_part() -> None:
    """关于教育改革问题。 standing alone over paragraphs (an older report's sub-heading, written
    with its full stop) names the topic of what follows: a heading, as the same words without
    the stop would be."""
    events = events_of(
        "下面我想对于教育改革和科学研究两个问题讲一些意见。",
        "关于教育改革问题。",
        "教育事业几年来有了很大发展，今后还要继续进行必要的改革，稳步提高质量。",
        "关于科学研究。",
        "科学事业有了重要的发展，科研机构和队伍都有了扩大，今后要加强规划。",
    )
    assert [(e.kind, e.label) for e in events] == [
        (NodeKind.HEADING, "关于教育改革问题"),
        (NodeKind.HEADING, "关于科学研究"),
    ]


@pytest.mark.parametrize("line", ["关于这个问题，我讲三点。", "关于加强领导的意见已经印发。"])
def test_a_sentence_about_a_topic_is_no_heading(line: str) -> None:
    """A sentence that opens with 关于 but says something of it is running text."""
    assert events_of("会议讨论了今年的主要工作。", line, "各地区各部门要认真贯彻落实。") == []


def test_only_a_short_line_opening_with_guanyu_is_matched_as_a_topic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # nearly every paragraph is too long for a heading, or names no topic: no regex for those
    class Unmatched:
        def fullmatch(self, text: str) -> None:
            raise AssertionError(f"matched {text}")

    monkeypatch.setattr(plain_headings, "_TOPIC_LINE", Unmatched())
    assert not is_plain_heading("过去一年，经济运行总体平稳，主要指标完成良好。" * 3, None, None)
    assert not is_plain_heading("稳住经济大盘。", None, None)


def test_a_bullet_line_alone_over_excerpts_heads_their_section() -> None:
    """●调查研究必须坚持… over the excerpts (and their sources) it gathers, the next bullet far
    below: a compilation's section heading, as the page sets it in bold."""
    events = events_of(
        "中共中央办公厅近日印发工作方案，要求在全党大兴调查研究。",
        "●调查研究必须坚持党的群众路线",
        "要重视调查研究，坚持眼睛向下、脚步向下，了解基层群众所思所想。",
        "——2016年2月23日，某某在主持召开某某领导小组会议时的讲话",
        "●调查研究必须坚持实事求是",
        "要把调查研究作为基本功，坚持从实际出发谋划事业和工作。",
    )
    assert [(e.kind, e.style, e.label) for e in events] == [
        (NodeKind.HEADING, "plain", "●调查研究必须坚持党的群众路线"),
        (NodeKind.HEADING, "plain", "●调查研究必须坚持实事求是"),
    ]
