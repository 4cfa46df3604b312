"""Tests for desktop/core/importing/head_titles.py: a news report's headline among its titles."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing import import_bytes
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.head import read_head

_LINES = [
    "某某在湖南考察时强调",
    "坚持改革创新 奋力谱写新篇章",
    "某某陪同考察",
    "中共中央总书记日前在湖南考察时强调，要坚持稳中求进工作总基调。",
    "考察期间，他先后来到多地调研。",
]


def _read(datelines: list[int]) -> tuple[list[str], list[str]]:
    paragraphs = [Paragraph(line) for line in _LINES]
    head = read_head(paragraphs, datelines)
    subtitles = [paragraphs[p].text for kind, p, *_ in head.marks if kind == SpanKind.SUBTITLE]
    return head.titles, subtitles


@pytest.mark.parametrize("datelines", [[3], [1], [0], [2, 4]])
def test_a_dateline_removed_from_the_head_makes_it_a_news_reports(datelines: list[int]) -> None:
    assert _read(datelines) == (
        ["坚持改革创新 奋力谱写新篇章"],
        ["某某在湖南考察时强调", "某某陪同考察"],
    )


@pytest.mark.parametrize("datelines", [[], [4]])
def test_without_a_dateline_in_its_head_the_last_title_line_is_the_title(
    datelines: list[int],
) -> None:
    titles, _ = _read(datelines)
    assert titles[-1] == "某某陪同考察"


def test_a_traditional_script_reports_kicker_and_sub_headline_are_its_subtitles() -> None:
    text = (
        "行政院長出席論壇時強調\n堅持創新驅動 打造智慧島嶼\n部長出席並致辭\n"
        "新華社北京3月5日電\n行政院長今天出席論壇時強調，要堅持創新驅動發展。"
    )
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert speech.title == "堅持創新驅動 打造智慧島嶼"
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    assert subtitles == ["行政院長出席論壇時強調", "部長出席並致辭"]


# a report opening with no dateline: only its reporter's byline tells it is one
_REPORT = "12月20日，全市经济工作会议召开。会议总结了今年工作。\n市委书记出席会议并讲话。"


def _report(head_lines: str, byline: str = "本报记者 王小明") -> tuple[str, list[str]]:
    text = f"{head_lines}\n{byline}\n{_REPORT}"
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    return speech.title, subtitles


@pytest.mark.parametrize("byline", ["本报记者 王小明", "记者 王小明 通讯员 李华"])
def test_a_reporters_byline_on_its_own_line_makes_a_news_report(byline: str) -> None:
    title, subtitles = _report("坚持稳中求进 推动高质量发展\n全市经济工作会议召开", byline)
    assert title == "全市经济工作会议召开"
    assert subtitles == ["坚持稳中求进 推动高质量发展"]  # the 引题 over the 主题


def test_a_headline_set_as_a_couplet_is_one_title() -> None:
    title, subtitles = _report("锚定目标不放松\n全力以赴拼经济\n——全市经济工作会议侧记")
    assert title == "锚定目标不放松 全力以赴拼经济"
    assert subtitles == ["——全市经济工作会议侧记"]


def test_a_couplet_under_a_kicker_is_one_title() -> None:
    title, subtitles = _report("某某在湖南考察时强调\n锚定目标不放松\n全力以赴拼经济")
    assert title == "锚定目标不放松 全力以赴拼经济"
    assert subtitles == ["某某在湖南考察时强调"]


def test_lines_of_unequal_length_are_kicker_and_headline() -> None:
    title, _ = _report("在新的起点上\n奋力推进高质量发展")
    assert title == "奋力推进高质量发展"


def test_a_speechs_head_joins_no_couplet() -> None:
    text = "锚定目标不放松\n全力以赴拼经济\n同志们：\n今天召开全市经济工作会议。"
    (speech,) = import_bytes(text.encode(), "speech.txt").speeches
    assert speech.title == "全力以赴拼经济"


_LEAD = (
    "新华社长沙3月21日电 总书记近日在湖南考察时强调，要牢记嘱托，奋发进取。\n"
    "考察期间，他先后来到多地调研。"
)


def _dated_report(head_lines: str) -> tuple[str, list[str]]:
    (speech,) = import_bytes(f"{head_lines}\n{_LEAD}".encode(), "report.txt").speeches
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    return speech.title, subtitles


def test_a_headline_broken_over_two_lines_under_a_kicker_is_one_title() -> None:
    head_lines = "某某在湖南考察时强调\n牢记嘱托 奋发进取\n奋力谱写现代化新篇章"
    title, subtitles = _dated_report(head_lines)
    assert title == "牢记嘱托 奋发进取 奋力谱写现代化新篇章"
    assert subtitles == ["某某在湖南考察时强调"]


@pytest.mark.parametrize(
    "sub_headline",
    [
        "某某陪同考察",
        "某某某出席并讲话",
        "某某主持",
        "某某会见",
        "某某出席开幕式",
        "某某主持座谈会",
    ],
)
def test_a_line_naming_who_went_along_under_a_kickers_headline_is_its_sub_headline(
    sub_headline: str,
) -> None:
    title, subtitles = _dated_report(f"某某在湖南考察时强调\n牢记嘱托 奋发进取\n{sub_headline}")
    assert title == "牢记嘱托 奋发进取"
    assert subtitles == ["某某在湖南考察时强调", sub_headline]


_COUNCIL_LEAD = (
    "新华社北京7月31日电 国务院总理7月31日主持召开国务院常务会议，部署加快推进新型城镇化建设。\n"
    "会议指出，推进新型城镇化是推动高质量发展的重要举措。"
)


@pytest.mark.parametrize(
    ("head_lines", "expected"),
    [
        (
            "国务院常务会议部署加快推进\n新型城镇化建设 推动城乡融合发展",
            "国务院常务会议部署加快推进新型城镇化建设 推动城乡融合发展",
        ),
        ("国务院常务会议部署加快推进\n新型城镇化建设", "国务院常务会议部署加快推进新型城镇化建设"),
    ],
    ids=["over-phrases", "over-its-last-line"],
)
def test_a_headline_broken_inside_a_phrase_its_lead_says_whole_is_one_title(
    head_lines: str, expected: str
) -> None:
    (speech,) = import_bytes(f"{head_lines}\n{_COUNCIL_LEAD}".encode(), "report.txt").speeches
    assert speech.title == expected
    assert not [s for s in speech.spans if s.kind == SpanKind.SUBTITLE]


def test_a_kicker_its_lead_says_apart_from_the_headline_stays_a_subtitle() -> None:
    lead = "新华社北京12月20日电 全市经济工作会议召开。会议强调，坚持稳中求进，推动高质量发展。"
    text = f"坚持稳中求进 推动高质量发展\n全市经济工作会议召开\n{lead}"
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert speech.title == "全市经济工作会议召开"
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    assert subtitles == ["坚持稳中求进 推动高质量发展"]


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("两会观察", "两会观察丨新质生产力如何落地生根"),
        ("新春走基层", "新春走基层：大山深处的年味"),
    ],
)
def test_a_kicker_the_headline_repeats_is_a_subtitle(kicker: str, headline: str) -> None:
    lead = "新华社北京3月6日电 代表委员们认为，发展新质生产力要因地制宜。\n记者走进多地采访。"
    text = f"{kicker}\n{headline}\n{lead}"
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    assert speech.title == headline
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    assert subtitles == [kicker]


def test_a_headline_wrapped_over_two_lines_keeps_both_lines_as_its_title() -> None:
    lines = [
        "某某在湖南考察时强调",
        "奋力谱写中国式现代化的",  # left open: read as one title with the line under it
        "湖南新篇章",
        "新华社长沙3月21日电 总书记近日在湖南考察时强调，要坚持改革创新。",
    ]
    paragraphs = [Paragraph(line) for line in lines]
    head = read_head(paragraphs, [3])
    kinds = {p: kind for kind, p, *_ in head.marks}
    assert head.titles == ["奋力谱写中国式现代化的湖南新篇章"]
    assert kinds == {0: SpanKind.SUBTITLE, 1: SpanKind.TITLE, 2: SpanKind.TITLE}


def test_a_headline_of_phrases_repeating_the_kicker_over_it_is_no_sub_headline() -> None:
    title, subtitles = _report("奋进新征程\n奋进新征程 建功新时代")
    assert title == "奋进新征程 建功新时代"
    assert subtitles == ["奋进新征程"]


def _headline_and_subtitles(text: str) -> tuple[str, list[str]]:
    (speech,) = import_bytes(text.encode(), "report.txt").speeches
    subtitles = [speech.text[s.start : s.end] for s in speech.spans if s.kind == SpanKind.SUBTITLE]
    return speech.title, subtitles


def test_a_news_head_of_four_lines_keeps_its_sub_headline_out_of_the_body() -> None:
    text = (
        "某某在参加代表团审议时强调\n因地制宜发展新质生产力\n奋力推进现代化建设新实践\n"
        "某某某某某某参加审议\n"
        "新华社北京3月5日电　某某3月5日下午在参加代表团审议时强调，要把握首要任务。\n"
        "会上，多位代表分别发表意见。"
    )
    assert _headline_and_subtitles(text) == (
        "因地制宜发展新质生产力 奋力推进现代化建设新实践",
        ["某某在参加代表团审议时强调", "某某某某某某参加审议"],
    )


def test_a_fourth_line_over_a_report_with_no_kicker_is_no_title() -> None:
    text = (
        "首页\n新闻中心\n因地制宜发展新质生产力\n某某某某某某参加审议\n"
        "新华社北京3月5日电　某某3月5日下午在参加代表团审议时强调，要把握首要任务。"
    )
    title, subtitles = _headline_and_subtitles(text)
    assert "某某某某某某参加审议" not in (title, *subtitles)
