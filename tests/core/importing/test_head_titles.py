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
