"""Tests for desktop/core/importing/press.py: a newspaper's furniture around an article."""

from __future__ import annotations

import pytest

from desktop.core.importing.press import (
    is_publication_line,
    is_reporter_byline,
    is_spaced_masthead,
    publication_date,
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("《 某某日报 》( 2019年03月05日   第 02 版)", "2019-03-05"),
        ("《某某晚报》（2021年11月2日第12版）", "2021-11-02"),
        ("《某某时报》(2020年1月9日 03 版)", "2020-01-09"),
    ],
)
def test_a_papers_source_line_gives_its_date(line: str, date: str) -> None:
    assert is_publication_line(line)
    assert publication_date(line) == date


@pytest.mark.parametrize(
    "line",
    [
        "据《某某日报》2019年3月5日报道，全市经济稳中向好。",
        "《某某日报》",
        "2019年03月05日",
        "《关于加强基层治理的意见》（2019年3月5日）",  # a document and its date, no page
    ],
)
def test_other_lines_are_not_source_lines(line: str) -> None:
    assert not is_publication_line(line)
    assert publication_date(line) is None


@pytest.mark.parametrize("line", ["本报记者 王 明", "新华社记者 张三 李四", "本报通讯员 赵小五"])
def test_reporter_bylines(line: str) -> None:
    assert is_reporter_byline(line)


@pytest.mark.parametrize(
    "line", ["记者节", "记者从市统计局获悉，今年前三季度全市经济稳中向好。", "本报记者"]
)
def test_lines_that_are_not_bylines(line: str) -> None:
    assert not is_reporter_byline(line)


def test_link_words_with_spaced_characters_are_a_masthead() -> None:
    assert is_spaced_masthead("新 闻财 经体 育 某某网")


@pytest.mark.parametrize("line", ["政 府 工 作 报 告", "学思想 强党性 重实践", "新闻 财经"])
def test_evenly_spaced_titles_and_word_bars_are_not_spaced_mastheads(line: str) -> None:
    assert not is_spaced_masthead(line)
