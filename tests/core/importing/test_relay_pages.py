"""A post copied from a WeChat account, or relayed by a site mirroring them: its account card,
its digest of the day's posts, its headline said twice, its date and its speaker."""

from __future__ import annotations

import pytest

from desktop.core.imported import Speech
from desktop.core.importing import import_bytes

_HEADLINE = "时局 | 王建国：营造一流营商环境 不设门槛不搞变通"
_BODY = [
    "一、充分肯定去年的工作成效",
    "去年以来，全市上下认真贯彻落实党中央决策部署，营商环境持续优化。",
    "二、准确把握今年的目标任务",
    "今年是全面落实“十四五”规划的关键一年，要坚持稳中求进工作总基调。",
]
_OPENING = "今天我们召开全市营商环境优化提升大会，主要任务是总结去年工作，部署今年任务。"
# A relay site's page saved as text: the headline, the post's line, the account's card, the
# account's digest of the day on one line, the headline again, the source, then the speech.
_RELAYED_TEXT = [
    _HEADLINE,
    "2024-03-06 08:30 某某发布 某某发布",
    "某某发布",
    "微信号 mouxxfabu",
    "功能介绍 发布某某市权威信息",
    f"今日要闻：【头条】{_HEADLINE}【二条】某某区召开安全生产工作会议【三条】我市出台稳就业十条措施",
    _HEADLINE,
    "来源：新华社 （2024年3月5日）（节录）",
    "同志们：",
    _OPENING,
    *_BODY,
    "阅读原文",
]
# The same page saved as HTML: the card hidden, the digest a paragraph an entry, the headline
# again in bold at the top of the article, a summary over the greeting.
_RELAYED_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{_HEADLINE} -- 某某发布 -- 转载站</title></head>
<body><div class="header"><a href="/">转载站</a> <a href="/top">排行榜</a></div>
<div id="js_article"><h2 class="rich_media_title">{_HEADLINE}</h2>
<div class="rich_media_meta_list"><em id="post-date">2024-03-06</em><em>某某日报</em>
<a id="post-user" href="/account/mouxx">某某发布</a><span>某某发布</span>
<div class="profile_container" style="display:none;"><strong>某某发布</strong>
<p><label>微信号</label><span>mouxxfabu</span></p>
<p><label>功能介绍</label><span>发布某某市权威信息</span></p></div></div>
<div id="js_content"><p>今日要闻：</p><p>【头条】{_HEADLINE}</p>
<p>【二条】某某区召开安全生产工作会议</p><p>【三条】我市出台稳就业十条措施</p>
<p><strong>{_HEADLINE}</strong></p><p>来源：某某日报 （2024年3月5日）（节录）</p>
<p>【核心提示】营商环境是发展的生命线，要以一流营商环境服务高质量发展。</p>
<p>大家好！{_OPENING}</p>{"".join(f"<p>{line}</p>" for line in _BODY)}</div></div>
<div class="footer">阅读原文</div></body></html>"""


def _speech(text: str) -> Speech:
    (speech,) = import_bytes(text.encode(), "post.txt").speeches
    return speech


def test_a_relayed_post_saved_as_text_keeps_the_speech_only() -> None:
    speech = _speech("\n".join(_RELAYED_TEXT))
    lines = speech.text.split("\n")
    assert lines[:3] == [_HEADLINE, "同志们：", _OPENING]  # no card, digest nor headline again
    assert not any("【二条】" in line or "微信号" in line for line in lines)
    assert (speech.speaker, speech.date) == ("王建国", "2024-03-06")
    assert [node.label for node in speech.outline] == [_BODY[0], _BODY[2]]


def test_a_relayed_post_saved_as_html_keeps_the_speech_only() -> None:
    document = import_bytes(_RELAYED_HTML.encode(), "relay.html")
    (speech,) = document.speeches
    lines = speech.text.split("\n")
    assert lines.count(_HEADLINE) == 1
    assert not any(line.startswith(("今日要闻", "【头条】", "【二条】")) for line in lines)
    assert (speech.speaker, speech.date) == ("王建国", "2024-03-06")
    assert document.title == "王建国：营造一流营商环境 不设门槛不搞变通"


def test_a_post_copied_from_wechat_says_its_headline_once() -> None:
    title = "在全市营商环境优化提升大会上的讲话"
    text = "\n".join(
        [
            "点击上方蓝字关注我们",
            title,
            "原创 某某发布 某某发布 2024-03-06 08:30",
            "作者：王建国 2024-03-06 08:30",  # the author and the time on one line
            title,
            "来源：新华社",
            "同志们：",
            _OPENING,
            *_BODY,
            "阅读原文",
        ]
    )
    speech = _speech(text)
    assert speech.text.split("\n")[:2] == [title, "同志们："]
    assert (speech.title, speech.speaker, speech.date) == (title, "王建国", "2024-03-06")


def test_one_kicker_is_no_digest_and_a_quote_over_a_report_names_no_speaker() -> None:
    report = [
        "3月5日，全市营商环境优化提升大会召开。市委书记王建国出席会议并讲话。",
        "会议指出，要坚持稳中求进工作总基调，持续优化营商环境。",
    ]
    kicked = _speech("\n".join(["【头条】全市营商环境优化提升大会召开", *report]))
    assert kicked.title == "全市营商环境优化提升大会召开"
    quoted = _speech("\n".join(["王建国：营造一流营商环境", "2024-03-06 08:30 某某发布", *report]))
    # a report quotes a speaker's words in its headline: the speech is not his to read
    assert (quoted.title, quoted.speaker) == ("王建国：营造一流营商环境", None)


def test_a_title_said_twice_with_no_page_around_it_stays_twice() -> None:
    title = "在全市营商环境优化提升大会上的讲话"
    speech = _speech("\n".join([title, title, "同志们：", _OPENING, *_BODY]))
    assert speech.text.split("\n")[:2] == [title, title]


@pytest.mark.parametrize(
    ("byline", "speaker"),
    [
        ("作者：王建国 2024-03-06 08:30 某某发布", "王建国"),  # the time, then the account
        ("作者丨王建国 2024-03-06 08:30", "王建国"),
        ("原创 作者：王建国 某某发布 2024-03-06 08:30", "王建国"),
        ("原创 王建国 某某发布 2024-03-06 08:30", "王建国"),  # WeChat's: author, account
        ("原创 某某发布 2024-03-06 08:30", None),  # the account alone names no one
    ],
)
def test_a_post_s_byline_names_its_author_and_its_day(byline: str, speaker: str | None) -> None:
    title = "在全市营商环境优化提升大会上的讲话"
    text = "\n".join(["点击上方蓝字关注我们", title, byline, "同志们：", _OPENING, *_BODY])
    speech = _speech(text)
    assert (speech.title, speech.speaker, speech.date) == (title, speaker, "2024-03-06")
    assert byline not in speech.text
