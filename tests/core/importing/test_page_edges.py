"""Lines judged by where they stand around a page's running text (``page_edges``)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.imported import RemovalKind
from desktop.core.importing.edits import EditedText
from desktop.core.importing.page_edges import mark_noise_lines

_RUNNING = "今年以来，全市上下认真贯彻落实各项决策部署，经济社会发展取得了新的成绩。"


@dataclass
class _Line:
    edit: EditedText
    heading: int | None = None
    noise: str | None = None


def _kept(*texts: str) -> list[str]:
    lines = [_Line(EditedText(text)) for text in texts]
    mark_noise_lines(lines)
    return [line.edit.text for line in lines if line.noise is None and line.edit.text]


def test_a_bar_of_channels_a_word_to_a_line_goes_over_the_article() -> None:
    assert _kept("某某平台", "首页", "", "要闻", "理论", "抓好落实", _RUNNING) == [
        "抓好落实",
        _RUNNING,
    ]


def test_three_channel_words_are_too_few_for_a_bar() -> None:
    assert _kept("首页", "要闻", "抓好落实", _RUNNING) == ["首页", "要闻", "抓好落实", _RUNNING]


def test_buttons_a_word_to_a_line_go_under_the_article_not_over_it_as_channels() -> None:
    assert _kept("抓好落实", _RUNNING, "点赞", "在看", "分享") == ["抓好落实", _RUNNING]
    lines = [_Line(EditedText(text)) for text in ("抓好落实", _RUNNING, "点赞", "在看", "分享")]
    mark_noise_lines(lines)
    assert {line.noise for line in lines[2:]} == {RemovalKind.WEB_CHROME}


def test_a_declared_heading_is_never_part_of_a_bar() -> None:
    lines = [_Line(EditedText(t)) for t in ("首页", "要闻", "理论", "思想")] + [
        _Line(EditedText(_RUNNING))
    ]
    lines[3].heading = 1
    mark_noise_lines(lines)
    assert [line.noise for line in lines] == [None, None, None, None, None]


def test_the_heading_of_a_list_of_links_goes_though_the_page_declares_it() -> None:
    lines = [_Line(EditedText(t)) for t in ("抓好落实", _RUNNING, "相关新闻", "某某会议召开")]
    lines[2].heading = 3
    mark_noise_lines(lines)
    assert [line.noise for line in lines] == [None, None, *[RemovalKind.WEB_CHROME] * 2]
