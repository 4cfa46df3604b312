"""A headline's wrappers around a speech's title go; its other words stay; a post's account
and day over it are its chrome."""

from __future__ import annotations

import pytest

from desktop.core.imported import RemovalKind
from desktop.core.importing import import_bytes
from desktop.core.importing.headline_wrappers import (
    is_account_day,
    unwrapped_headline,
    without_kicker,
)

TITLE = "在全市干部大会上的讲话"


@pytest.mark.parametrize(
    ("headline", "speaker", "named"),
    [
        ("重磅！在全市干部大会上的讲话", None, TITLE),
        ("【独家】在全市干部大会上的讲话（附全文）", None, TITLE),
        ("快讯：在全市干部大会上的讲话", None, TITLE),
        ("王某某：在全市干部大会上的讲话", "王某某", "王某某：在全市干部大会上的讲话"),
        ("习近平在全市干部大会上的讲话", None, "习近平在全市干部大会上的讲话"),
        ("在全市干部大会上的讲话汇编", None, "在全市干部大会上的讲话汇编"),
        ("学习笔记｜在全市干部大会上的讲话丨视频（图文）", None, TITLE),
        ("奋力开创高质量发展新局面", None, "奋力开创高质量发展新局面"),
    ],
)
def test_only_the_wrappers_go(headline: str, speaker: str | None, named: str) -> None:
    assert unwrapped_headline(headline, TITLE, speaker) == named


# A post copied off the web: its account and the day it was posted over the text, 阅读量, the
# speech, 编辑/责编 under it.
_SPEECH = [
    "同志们：",
    "今天我们召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。",
    "去年，全市经济运行稳中有进，地区生产总值增长百分之五点二。",
    "今年要坚持稳中求进工作总基调，推动经济实现质的有效提升。",
    "编辑：张晓",
    "责编：李明",
]


@pytest.mark.parametrize("account", ["某某发布 2024年3月6日", "青春某某　2024-03-06"])
def test_an_account_and_its_day_over_a_post_are_its_chrome(account: str) -> None:
    """The line names nothing: it goes, its day dates the speech as a page's 发布时间 does."""
    document = import_bytes("\n".join([account, "阅读量 1.2万", *_SPEECH]).encode(), "post.txt")
    (speech,) = document.speeches
    assert speech.text.split("\n")[0] == "同志们："
    assert speech.title.startswith("今天我们召开全市经济工作会议")
    assert document.title == speech.title
    removed = [(r.text, r.kind) for r in document.removed]
    assert (account.replace("\u3000", " "), RemovalKind.WEB_CHROME) in removed
    assert (speech.date, document.date) == ("2024-03-06", "2024-03-06")


def test_an_account_and_its_day_under_the_title_are_its_chrome() -> None:
    lines = [TITLE, "某某发布 2024年3月6日", "阅读量 1.2万", *_SPEECH]
    document = import_bytes("\n".join(lines).encode(), "post.txt")
    (speech,) = document.speeches
    assert speech.text.split("\n")[:2] == [TITLE, "同志们："]
    assert (document.title, speech.title, speech.date) == (TITLE, TITLE, "2024-03-06")


@pytest.mark.parametrize(
    ("line", "account"),
    [
        ("某某发布 2024年3月6日", True),
        ("青春某某　2024-03-06", True),
        ("王建国 2024年3月6日", False),  # a speaker's name and the day he spoke
        ("市委书记王建国 2024年3月6日", False),
        ("中共某某市委 2024年3月6日", False),  # the body that wrote it
        ("本报评论员 2024年3月6日", False),
        ("人民日报 2024年3月6日", False),  # a paper's source line, read by the head
        ("某某发布", False),  # no day: a name alone may be a title
        ("2024年3月6日", False),  # a date line, which the head reads
        ("会议于 2024年3月6日召开。", False),
    ],
)
def test_is_account_day(line: str, account: bool) -> None:
    assert is_account_day(line) is account


# A report copied off the web: its headline, the account's byline with the time posted, 阅读量,
# the report, 编辑/责编 under it.
_REPORT = [
    "原创 某某发布 2024-12-21 08:30",
    "阅读量 3000",
    "12月20日，全市经济工作会议召开。市委书记王建国出席会议并讲话。",
    "会议指出，今年以来，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。",
    "编辑：张晓",
]


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("重磅！全市经济工作会议今天召开", "全市经济工作会议今天召开"),
        ("【独家】全市经济工作会议今天召开", "全市经济工作会议今天召开"),
        ("快讯｜全市经济工作会议今天召开", "全市经济工作会议今天召开"),
        # a speaker's or a source's word before a colon may say who: it stays
        ("王建国：全市经济工作会议今天召开", "王建国：全市经济工作会议今天召开"),
    ],
)
def test_a_headline_holding_no_speech_title_loses_its_kicker(headline: str, title: str) -> None:
    document = import_bytes("\n".join([headline, *_REPORT]).encode(), "report.txt")
    (speech,) = document.speeches
    assert document.title == title
    assert speech.text.split("\n")[0] == headline  # the text keeps its words


def test_a_headline_that_is_the_speech_s_title_loses_its_kicker() -> None:
    lines = ["重磅！在全市干部大会上的讲话", "市委书记 王建国", *_SPEECH]
    document = import_bytes("\n".join(lines).encode(), "post.txt")
    assert document.title == TITLE


@pytest.mark.parametrize(
    ("headline", "unkicked"),
    [
        ("重磅！全市经济工作会议今天召开", "全市经济工作会议今天召开"),
        ("【独家】全市经济工作会议今天召开", "全市经济工作会议今天召开"),
        ("重磅！两会召开", "重磅！两会召开"),  # too few words left for a title
        ("同志们！今天我们召开全市经济工作会议", "同志们！今天我们召开全市经济工作会议"),
        ("很高兴！今天和大家一起参加这次座谈会", "很高兴！今天和大家一起参加这次座谈会"),
        ("王建国：全市经济工作会议今天召开", "王建国：全市经济工作会议今天召开"),
        ("全市经济工作会议今天召开", "全市经济工作会议今天召开"),
    ],
)
def test_without_kicker(headline: str, unkicked: str) -> None:
    assert without_kicker(headline) == unkicked
