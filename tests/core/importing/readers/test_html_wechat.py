"""A page saved from mp.weixin.qq.com: its byline whole, its time from its script, its text."""

from __future__ import annotations

import pytest

from desktop.core.importing import import_bytes
from desktop.core.importing.readers.html import read_html
from tests.core.importing.readers.wechat_factory import SHORT_ARTICLE, TITLE
from tests.core.importing.readers.wechat_factory import wechat_post as _post


def _byline(page: bytes) -> str:
    lines = read_html(page, "post.html").lines
    return next(line.text for line in lines if "某某发布" in line.text)


def test_a_saved_posts_byline_reads_as_the_page_shows_it() -> None:
    # the byline's items are set apart by CSS alone: never one run (原创王建国某某发布), and
    # the time the script would show is there (Beijing time)
    assert _byline(_post()) == "原创 王建国 某某发布 2024-03-06 08:30"


def test_a_byline_items_own_parts_run_on() -> None:
    # saved once the script has run: the place it was posted from shows, 发表于浙江, its
    # name in a span of its own inside the byline's item
    place = (
        "<em id='js_ip_wording_wrp' class='rich_media_meta rich_media_meta_text'>"
        "发表于<span id='js_ip_wording'>浙江</span></em>"
    )
    page = _post(shown_time=f"2024-03-06 08:30</em>{place}<em>")
    assert _byline(page) == "原创 王建国 某某发布 2024-03-06 08:30 发表于浙江"
    (speech,) = import_bytes(page, "post.html").speeches
    assert speech.speaker == "王建国"


def test_a_saved_post_names_its_author_title_and_day() -> None:
    document = import_bytes(_post(), "post.html")
    (speech,) = document.speeches
    assert (speech.title, speech.speaker, speech.date) == (TITLE, "王建国", "2024-03-06")
    assert speech.text.split("\n") == [
        TITLE,
        "同志们：",
        "今天召开全市优化营商环境大会，主要任务是动员全市上下进一步优化营商环境。",
        "刚才，几位同志作了很好的发言，我都同意。下面，我讲两点意见。",
        "一、充分认识优化营商环境的重要意义",
        "优化营商环境是促进高质量发展的重要基础，各级各部门要切实增强责任感和紧迫感。",
        "二、聚焦重点领域持续攻坚",
        "要深化“放管服”改革，全面推行并联审批，让企业和群众办事更加便利。",
    ]
    assert [node.label for node in speech.outline] == [
        "一、充分认识优化营商环境的重要意义",
        "二、聚焦重点领域持续攻坚",
    ]


def test_an_account_alone_names_no_author() -> None:
    (speech,) = import_bytes(_post(author=""), "post.html").speeches
    assert _byline(_post(author="")) == "原创 某某发布 2024-03-06 08:30"
    assert speech.speaker is None
    assert speech.date == "2024-03-06"


def test_a_short_posts_text_hidden_until_shown_is_its_article_alone() -> None:
    # a post shorter than the account's card, its QR code and its links to other posts
    (speech,) = import_bytes(_post(SHORT_ARTICLE), "post.html").speeches
    assert speech.text.split("\n") == [
        TITLE,
        "同志们：",
        "今天召开大会，动员全市上下优化营商环境。",
    ]
    assert speech.speaker == "王建国"


@pytest.mark.parametrize(
    "script",
    [
        'var ct = "1709685000";',
        "var ct = 1709685000;",
        'var create_time = "1709685000" * 1;',
        "window.cgiData = {create_time: JsDecode('1709685000'), title: ''};",
        "var oriCreateTime = '1709685000';",
        "var createTime = '2024-03-06 08:30';",
        'var ct = "0"; var oriCreateTime = "1709685000";',  # no post before WeChat's
    ],
)
def test_the_posts_time_comes_from_its_script(script: str) -> None:
    page = _post(script=script)
    assert _byline(page) == "原创 王建国 某某发布 2024-03-06 08:30"
    assert read_html(page, "post.html").meta["file-dates"] == "2024-03-06"


def test_a_time_the_page_shows_is_kept() -> None:
    # saved as "web page, complete": the script has run and set the time as it shows it
    page = _post(shown_time="2024年3月6日 08:30", script='var ct = "1600000000";')
    assert _byline(page) == "原创 王建国 某某发布 2024年3月6日 08:30"
    assert read_html(page, "post.html").meta["file-dates"] == "2024-03-06"


def test_a_post_without_a_time_anywhere_keeps_its_byline() -> None:
    page = _post(script="var nickname = '某某发布';")
    assert _byline(page) == "原创 王建国 某某发布"
    assert "file-dates" not in read_html(page, "post.html").meta


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # a blog's meta line: items named for their CSS are words apart
        (
            "<div class='post-meta'><span class='author'>王建国</span>"
            "<span class='date'>2024-03-06</span></div>",
            "王建国 2024-03-06",
        ),
        # a label and its value in no item of their own run on as the page shows them
        ("<div class='meta'>来源：<span>新华社</span></div>", "来源：新华社"),
        # inline elements named for their CSS outside a meta line are one run of text
        ("<p><span class='bold'>优化</span><span class='red'>营商环境</span></p>", "优化营商环境"),
        (
            "<p class='metaphor'><span class='a'>优化</span><span class='b'>营商</span></p>",
            "优化营商",
        ),
    ],
)
def test_a_meta_lines_named_items_are_set_apart(html: str, expected: str) -> None:
    page = f"<!DOCTYPE html><html><body>{html}</body></html>".encode()
    assert [line.text for line in read_html(page, "a.html").lines] == [expected]
