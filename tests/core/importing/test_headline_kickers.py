"""A post's kicker headline (重磅！…) under the lines a web copy keeps over it, and a speech's
opening exclamation (同志们！, 很高兴！), which is never one.

The fixtures are written as copies off the web look: an account's name over its 原创 line, the
day posted, 阅读量, the headline, the speech, 编辑/责编 under it.
"""

from __future__ import annotations

import pytest

from desktop.core.imported import RemovalKind
from desktop.core.importing import import_bytes
from desktop.core.importing.headline_wrappers import is_post_furniture
from desktop.core.importing.lines import kicker_length
from desktop.core.importing.noise import whole_line_kind

_BODY = [
    "一、关于去年的工作",
    "过去一年，我们攻坚克难，取得了显著成绩。",
    "二、关于今年的任务",
    "今年要坚定信心，稳中求进。",
]


def _import(*lines: str) -> tuple[str, list[str], str]:
    """The document's title, its speech's paragraphs and the speech's title."""
    document = import_bytes("\n".join(lines).encode(), "speech.txt")
    (speech,) = document.speeches
    return document.title, speech.text.split("\n"), speech.title


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("同志们！今天我们召开这次全市经济工作会议", "主要任务是总结去年工作，部署今年任务。"),
        ("很高兴！今天和大家一起参加这次青年座谈会", "交流学习体会，共同推进工作。"),
        ("非常荣幸！今天和大家一起参加这次青年座谈会", "交流学习体会，共同推进工作。"),
    ],
)
def test_a_speech_s_opening_exclamation_broken_at_a_wrap_is_one_sentence(
    first: str, rest: str
) -> None:
    """A speech opening with 同志们！ or 很高兴！ on its first line, the sentence wrapped onto
    the next: one paragraph, not a headline over a lead (nor a title cut from it)."""
    title, paragraphs, speech_title = _import(first, rest, *_BODY)
    assert paragraphs[0] == first + rest
    assert title == speech_title
    assert speech_title != first[first.index("！") + 1 :]


@pytest.mark.parametrize(
    "line",
    [
        "同志们！今天我们召开这次全市经济工作会议",
        "大家好！今天我们召开这次全市经济工作会议",
        "很高兴！今天和大家一起参加这次青年座谈会",
        "非常荣幸！今天和大家一起参加这次青年座谈会",
        "各位代表！今天我们召开这次全市经济工作会议",
        "谢谢大家！今天我们召开这次全市经济工作会议",
    ],
)
def test_a_greeting_or_salutation_is_no_kicker(line: str) -> None:
    assert kicker_length(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "重磅！全市经济工作会议今天召开",
        "好消息！我市再获全国文明城市称号",
        "热烈祝贺！我市荣获全国文明城市称号",
    ],
)
def test_a_post_s_kicker_is_one(line: str) -> None:
    assert kicker_length(line) == line.index("！") + 1


_HEADLINE = "重磅！全市经济工作会议今天召开"
_UNKICKED = "全市经济工作会议今天召开"
_LEAD = "3月5日上午，全市经济工作会议召开，市委书记王某某出席会议并讲话。"
_MORE = "他强调，要坚定信心，稳中求进，推动经济持续向好。"


@pytest.mark.parametrize(
    "above",
    [
        [],
        ["2024-03-06"],  # the day it was posted, kept as a date line
        ["原创 某某发布"],  # WeChat's mark of an account's own post
        ["某某发布", "原创 某某发布 2024-03-06 08:30", "阅读量：1.2万"],
    ],
)
def test_a_kicker_headline_under_a_post_s_lines_stays_a_headline(above: list[str]) -> None:
    """The headline is the first line of the post's words, under its day and its account:
    the lead under it is not joined to it, and the document is not named by the account (it
    is by the headline, less its kicker)."""
    title, paragraphs, _ = _import(*above, _HEADLINE, _LEAD, _MORE, "编辑：张三", "责编：李四")
    assert (title, paragraphs[-3:]) == (_UNKICKED, [_HEADLINE, _LEAD, _MORE])


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        ("某某发布 2024年3月6日", []),  # the account and its day: the post's chrome
        ("某某日报", ["某某日报"]),  # the paper stays a line over the headline
        ("人民日报 2024年3月6日 第01版", ["人民日报 2024年3月6日 第01版"]),
        ("人民日报 2024年3月6日", ["人民日报 2024年3月6日"]),
    ],
)
def test_a_kicker_headline_under_the_account_or_the_paper_is_not_joined_to_the_lead(
    above: str, kept: list[str]
) -> None:
    _, paragraphs, _ = _import(above, _HEADLINE, _LEAD, _MORE)
    assert paragraphs == [*kept, _HEADLINE, _LEAD, _MORE]


def test_an_account_s_name_its_byline_repeats_is_the_post_s_chrome() -> None:
    lines = ["某某发布", "原创 某某发布 2024-03-06 08:30", _HEADLINE, _LEAD, _MORE]
    document = import_bytes("\n".join(lines).encode(), "post.txt")
    removed = [r.text for r in document.removed if r.kind == RemovalKind.WEB_CHROME]
    assert removed[:2] == lines[:2]
    assert document.title == _UNKICKED


@pytest.mark.parametrize(
    "lines",
    [
        # a speaker's name over the date line: the head reads it
        ["在全市经济工作会议上的讲话", "王某某", "（2024年3月5日 08:30）"],
        # a title over a byline that does not say it again
        ["在全市经济工作会议上的讲话", "来源：某某日报 2024-03-06 08:30"],
    ],
)
def test_a_first_line_its_byline_does_not_repeat_stays(lines: list[str]) -> None:
    title, paragraphs, _ = _import(*lines, "同志们：", *_BODY)
    assert title == "在全市经济工作会议上的讲话"
    assert paragraphs[0] == "在全市经济工作会议上的讲话"


@pytest.mark.parametrize("line", ["原创 某某发布", "原创｜某某发布", "原創 某某發布", "原创"])
def test_wechat_s_original_mark_is_chrome(line: str) -> None:
    assert whole_line_kind(line, edge=True) == RemovalKind.WEB_CHROME


@pytest.mark.parametrize("line", ["原创歌曲大赛在我市举行", "原创作品要坚持正确导向。"])
def test_words_opening_with_yuanchuang_are_no_chrome(line: str) -> None:
    assert whole_line_kind(line, edge=True) is None


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("2024-03-06", True),
        ("2024年3月6日", True),
        ("某某发布 2024年3月6日", True),
        ("某某发布　2024-03-06", True),
        ("重磅！全市经济工作会议今天召开", False),
        ("某某日报", True),
        ("人民日报 2024年3月6日 第01版", True),
        ("某某发布", False),  # a name alone may be a title
        ("2024年全市经济工作会议召开", False),
        ("会议于2024年3月6日召开。", False),
    ],
)
def test_a_post_s_furniture(line: str, furniture: bool) -> None:
    assert is_post_furniture(line) is furniture
