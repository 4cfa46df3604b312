"""Where a line holds paragraphs whose breaks a web copy lost."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing.chars import COLUMN_GAP, display_width
from desktop.core.importing.joining import (
    WrapLayout,
    detect_ragged_wrap,
    is_contents_entry,
    is_set_in_columns,
    is_unindented_wrap,
    opens_unindented,
    sentence_continues,
    split_lost_breaks,
    wrap_continues,
)
from desktop.core.importing.source import SourceLine

_INDENT = "\u3000\u3000"


def _pieces(text: str) -> list[str]:
    return [piece.text for piece in split_lost_breaks(SourceLine(text))]


def test_an_indent_after_a_sentence_end_opens_a_paragraph() -> None:
    text = f"{_INDENT}今年工作取得成效。{_INDENT}二、明年的主要任务{_INDENT}要抓好落实。"
    assert _pieces(text) == [
        f"{_INDENT}今年工作取得成效。",
        f"{_INDENT}二、明年的主要任务",
        f"{_INDENT}要抓好落实。",
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"某某市人民政府办公室{_INDENT}2021年3月2日印发",
        f"主持人：张三{_INDENT}记录人：李四",
        f"{_INDENT}今年工作取得成效。",
        "今年工作取得成效。\u3000下一步要抓好落实。",  # one space: a gap, not an indent
        f"今年工作取得成效。{_INDENT}",
    ],
)
def test_other_runs_of_spaces_stay_in_the_line(text: str) -> None:
    assert _pieces(text) == [text]


def test_a_declared_heading_is_never_cut() -> None:
    line = SourceLine(f"一、总体要求{_INDENT}坚持稳中求进。", heading=2)
    assert split_lost_breaks(line) == [line]


_JOINT_NOTICE_TITLE = (
    "某某市发展和改革委员会 某某市财政局 某某市自然资源和规划局 某某市住房和城乡建设局"
    " 关于印发某某市老旧小区改造提升工程实施方案的通知"
)


def test_a_long_title_naming_its_kind_is_not_a_sentence_broken_off() -> None:
    assert not sentence_continues(_JOINT_NOTICE_TITLE, "各区县人民政府，市级有关部门：")


def test_a_long_line_without_its_full_stop_still_carries_on() -> None:
    broken = "今年以来全市上下认真贯彻落实党中央决策部署和省委省政府工作要求扎实推进各项"
    assert sentence_continues(broken + "工作方案", "落实到位，取得了明显成效。")


def _ragged(paragraphs: list[str], widths: list[int]) -> list[str]:
    """Paragraphs cut into lines whose lengths cycle through ``widths``, as a PDF set in a
    proportional font breaks them: a short last line ends each paragraph."""
    lines: list[str] = []
    for paragraph in paragraphs:
        start, turn = 0, 0
        while start < len(paragraph):
            width = widths[turn % len(widths)]
            lines.append(paragraph[start : start + width])
            start, turn = start + width, turn + 1
    return lines


_BODY = [
    "今天召开全区工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。" * 3,
    "过去一年，全区上下坚决扛起政治责任，空气质量优良天数比例达到86.5%，同比提高3.2个百分点。" * 2,
    "各级各部门要坚持精准治污、科学治污、依法治污，推动生态环境质量持续改善。" * 3,
]


def _measure(lines: list[str]) -> WrapLayout | None:
    widths = [display_width(line) for line in lines]
    return detect_ragged_wrap(lines, widths, [0] * len(lines))


def test_lines_broken_off_mid_sentence_at_varying_widths_are_a_ragged_wrap() -> None:
    layout = _measure(_ragged(_BODY, [18, 26, 30, 22, 24, 29, 20]))
    assert layout is not None
    assert layout.ragged
    assert layout.is_full(display_width("今" * 18))


def test_whole_paragraphs_one_to_a_line_are_no_ragged_wrap() -> None:
    sentences = [s + "。" for text in _BODY for s in text.split("。") if s]
    assert _measure(sentences) is None


def test_a_wrap_needs_lines_of_one_band_of_widths() -> None:
    lines = _ragged(_BODY, [8, 30])  # a line of 8 characters is no full line beside 30
    assert _measure(lines) is None


def test_a_heading_as_wide_as_a_ragged_line_is_taken_as_whole() -> None:
    layout = WrapLayout(36, indents=False, ragged=True)
    heading = "一、充分肯定成绩，切实增强做好生态环境保护工作的信心"
    assert not wrap_continues(layout, heading, display_width(heading), "过去一年，全区上下", 0)
    assert wrap_continues(layout, "今天召开全区工作会议，主要任务", 40, "是总结去年工作。", 0)


@pytest.mark.parametrize(
    "entry",
    [
        "在全县经济工作会议上的讲话和在全县农村工作会议上的讲话…………………………1",
        "二、关于进一步加强和改进新时代基层党组织建设的若干问题的思考...........12",
        "附件：某某县2024年乡村振兴重点工作任务清单和重点项目表·········２３",
    ],
)
def test_a_contents_entry_is_carried_on_by_no_line(entry: str) -> None:
    following = "在全县农村工作会议上的讲话…………………………5"
    assert is_contents_entry(entry)
    assert not sentence_continues(entry, following)
    layout = WrapLayout(display_width(entry), indents=False)
    assert not wrap_continues(layout, entry, display_width(entry), following, 0)


def test_a_number_ending_a_sentence_broken_off_is_no_page_number() -> None:
    previous = (
        "今年以来，全县共实施重点项目86个，总投资312.5亿元，年度计划投资98.6亿元，截至5月底完成52"
    )
    assert not is_contents_entry(previous)
    assert sentence_continues(previous, "亿元，占年度计划的53.0%。")


def test_a_short_line_of_words_under_a_ragged_full_line_stands_alone() -> None:
    layout = WrapLayout(40, indents=True, ragged=True)
    title = "关于2023年度履行全面从严治党主体责任情况的报告"
    assert not wrap_continues(layout, title, display_width(title), "中共某某县委", 0)
    assert wrap_continues(layout, title, display_width(title), "新成效。现将有关情况报告如下。", 0)


def test_where_paragraphs_are_indented_a_ragged_heading_sentence_carries_on() -> None:
    heading = "（一）强化政治引领，压紧压实责任链"
    line = "条。县委常委会会议专题研究全面从严治党工作12次。"
    indented = WrapLayout(34, indents=True, ragged=True)
    assert wrap_continues(indented, heading, display_width(heading) + 2, line, 0)
    flush = WrapLayout(34, indents=False, ragged=True)
    assert not wrap_continues(flush, heading, display_width(heading), line, 0)


@pytest.mark.parametrize(
    "text",
    [
        f"第一章\u3000总{_INDENT}则",
        f"目{_INDENT}录",
        f"第五章\u3000附{_INDENT}则",
    ],
)
def test_a_word_with_its_letters_spaced_stays_one_line(text: str) -> None:
    assert _pieces(text) == [text]


def test_a_lone_character_before_an_indent_opens_no_word_if_more_follows() -> None:
    text = f"一、总{_INDENT}要坚持稳中求进。"
    assert _pieces(text) == [text[:3], text[3:]]


def test_a_short_line_ending_in_a_comma_is_carried_on() -> None:
    # no heading ends in a comma: the line was broken off inside its sentence
    assert sentence_continues("八十年来，学校始终与党同呼吸、与时代同发展，", "培养了大批人才。")


def test_a_paragraph_opening_with_a_salutation_is_carried_on() -> None:
    opened = "各位代表！新征程上，我们要更加紧密地团结在一起，在市委的坚强领导下，"
    assert sentence_continues(opened, "奋发有为，作出新的更大贡献！")


def test_a_salutation_alone_is_still_carried_on_by_nothing() -> None:
    assert not sentence_continues("各位代表，", "新征程上，我们要更加紧密地团结在一起。")


def test_an_unindented_line_is_a_wrap_only_of_running_text() -> None:
    sentence = "今年以来，全市经济运行持续回升向好，主要指标好于预期。"
    assert is_unindented_wrap(sentence, "营商环境评价位居全省前列。")
    assert not is_unindented_wrap(sentence, "二、主要任务")
    assert not is_unindented_wrap(sentence, "2024年1月15日")
    assert not is_unindented_wrap("一、主要任务", "营商环境评价位居全省前列。")
    assert opens_unindented(sentence, "营商环境评价位居全省前列。") is True
    assert opens_unindented(sentence[:-1] + "，", "营商环境评价位居全省前列。") is False
    assert opens_unindented(sentence, "二、主要任务") is None


def test_a_line_set_in_columns() -> None:
    assert is_set_in_columns("某某公报\u3000\u3000\u3000\u30002025年第4期")
    assert not is_set_in_columns("\u3000\u3000\u3000\u3000今年以来，全市上下")  # an indent
    assert not is_set_in_columns("某某公报\u3000\u30002025年第4期")  # a narrow gap


# The gap as first written, opening with the word before it: the pattern opens with the gap's
# first space instead (faster to search), and must find a gap in the same lines.
_GAP_AS_WRITTEN = re.compile(rf"\S[ \u3000]{{{COLUMN_GAP},}}\S")


@given(st.text(alphabet="字a \u3000\t\n", max_size=14))
def test_column_gaps_found_where_the_pattern_as_written_finds_them(text: str) -> None:
    assert is_set_in_columns(text) is (_GAP_AS_WRITTEN.search(text) is not None)


def test_an_exclamation_opening_a_line_of_a_speech_is_no_headlines_kicker() -> None:
    # 重磅！ over a headline ends no sentence, but only where a headline stands (the
    # document's first line): in a speech, 记住！… is a sentence, broken off at a wrap
    line = "记住！今天能和大家一起交流青年发展"
    assert sentence_continues(line, "经验，我的发言分为三个部分。")
    assert not sentence_continues(line, "经验，我的发言分为三个部分。", headline=True)
    assert is_unindented_wrap(line, "经验，我的发言分为三个部分。")
    assert not sentence_continues(
        "重磅！在全市干部大会上的讲话", "5月6日，全市干部大会召开。", headline=True
    )


@pytest.mark.parametrize(
    "headline",
    [
        "学习贯彻新时代中国特色社会主义思想主题教育工作会议在北京隆重召开 王某某出席会议并讲话",
        "全国生态环境保护大会在北京隆重召开　王某某出席会议并发表重要讲话　李某某主持会议并讲话",
    ],
)
def test_a_long_spaced_headline_is_not_carried_on_by_the_lead_under_it(headline: str) -> None:
    lead = "4月3日，主题教育工作会议在北京召开。某某出席会议并发表重要讲话。"
    assert not sentence_continues(headline, lead)


def test_a_wrapped_sentence_with_a_space_in_it_still_carries_on() -> None:
    # a clause mark says it is a sentence, however its words are spaced
    broken = "今年以来，全市上下认真贯彻落实 党中央决策部署和省委省政府工作要求，扎实推进各项重点"
    assert sentence_continues(broken, "落实到位，取得了明显成效。")
