"""Saved web pages: decoding, the article found, chrome marked, block lines, <title>."""

from __future__ import annotations

import pytest

from desktop.core.imported import NoticeKind
from desktop.core.importing import import_bytes
from desktop.core.importing.readers.html import declared_encoding, looks_like_html, read_html
from desktop.core.importing.source import SourceText

GOVERNMENT_PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>在全市效能革命工作会上的讲话_市人民政府网站</title>
<style>p {{ color: red }}</style><script>var hidden = "脚本里的字";</script>
</head><body>
<div class="header"><a href="/">首页</a> | <a href="/news">新闻中心</a> |
 <a href="/gov">政务公开</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/ld">领导讲话</a></div>
<div class="wrap">
 <h1>在全市效能革命工作会上的讲话</h1>
 <div class="info">发布时间：2024-09-08 来源：市政府办公室</div>
 <div class="TRS_Editor">
  <p>同志们：</p>
  <p>今天，市委、市政府在这里召开大规模、高规格的“效能革命”工作会，
  总结前阶段工作，研究解决当前存在的问题，对“效能革命”进行一次再动员。</p>
  <p><strong>一、市委、市政府将效能革命一抓到底的决心是坚定的</strong></p>
  <p>有人说我们杀鸡用牛刀，我们就是要用牛刀！<br>对敬业者来说，凡事无小事，把小事做好了，就成就了大的事业。</p>
  <p>现在，有些领导和一些干部职工没有真正认识到“效能革命”的重大意义，有的认为是“画蛇添足”，
  有的认为是“捕风捉影”，这些都是对“效能革命”极大的误解和歪曲。</p>
  <table><tr><td>单位</td><td>得分</td></tr><tr><td>市政府办公室</td><td>98</td></tr></table>
  <div class="bdshare">分享到：微信 微博</div>
 </div>
</div>
<div class="related"><h3>相关稿件</h3>
<ul><li><a href="1">关于效能建设的通知</a></li><li><a href="2">市长讲话全文</a></li></ul></div>
<div class="footer">版权所有：某某市人民政府 ICP备12345678号</div>
<form action="/search"><input name="q"><button>搜索</button><span>站内搜索</span></form>
<div style="display:none">看不见的字</div>
</body></html>
"""


def _page(charset: str = "utf-8") -> str:
    return GOVERNMENT_PAGE.format(charset=charset)


def _lines(source: SourceText) -> list[tuple[str, int | None, bool]]:
    return [(line.text, line.heading, line.chrome) for line in source.lines]


def test_the_article_is_content_and_the_page_furniture_is_chrome() -> None:
    source = read_html(_page().encode("utf-8"), "a.html")
    content = [text for text, _, chrome in _lines(source) if not chrome]
    chrome = [text for text, _, chrome in _lines(source) if chrome]
    assert content[0] == "在全市效能革命工作会上的讲话"
    assert "同志们：" in content
    assert "有人说我们杀鸡用牛刀，我们就是要用牛刀！" in content
    assert "对敬业者来说，凡事无小事，把小事做好了，就成就了大的事业。" in content
    assert content[-2:] == ["单位    得分", "市政府办公室    98"]  # a row of data: one line
    for furniture in (
        "首页 | 新闻中心 | 政务公开",
        "相关稿件",
        "市长讲话全文",
        "分享到：微信 微博",
    ):
        assert furniture in chrome
    assert any("ICP备" in text for text in chrome)
    assert any(text.startswith("当前位置") for text in chrome)


def test_title_headings_and_what_is_not_text() -> None:
    source = read_html(_page().encode("utf-8"), "a.html")
    assert source.title == "在全市效能革命工作会上的讲话"
    assert ("在全市效能革命工作会上的讲话", 1, False) in _lines(source)
    assert ("相关稿件", 3, True) in _lines(source)
    every_text = " ".join(line.text for line in source.lines)
    for invisible in ("脚本里的字", "color", "搜索", "站内搜索", "看不见的字"):
        assert invisible not in every_text
    assert (source.format, source.encoding) == ("html", "utf-8")


def test_a_line_break_in_the_source_between_chinese_characters_is_no_space() -> None:
    source = read_html(_page().encode("utf-8"), "a.html")
    assert any("工作会，总结前阶段工作" in line.text and not line.chrome for line in source.lines)
    latin = read_html(b"<p>first\n   second <b>bold</b>\ttext</p>", "a.html")
    assert [line.text for line in latin.lines] == ["first second bold text"]


@pytest.mark.parametrize("charset", ["gb2312", "GBK", "gb18030"])
def test_a_gbk_page_with_its_meta_charset(charset: str) -> None:
    source = read_html(_page(charset).encode("gb18030"), "a.html")
    assert source.encoding == "gb18030"
    assert source.title == "在全市效能革命工作会上的讲话"


def test_a_gbk_page_without_a_declaration_is_detected() -> None:
    page = _page().replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', ""
    )
    source = read_html(page.encode("gbk"), "a.html")
    assert source.encoding == "gb18030"
    assert any(line.text == "同志们：" for line in source.lines)


def test_valid_utf8_beats_a_stale_declaration() -> None:
    source = read_html(_page("gb2312").encode("utf-8"), "a.html")
    assert source.encoding == "utf-8"
    assert source.title == "在全市效能革命工作会上的讲话"


@pytest.mark.parametrize(
    ("meta", "notices"),
    [("<meta charset='windows-1252'>", []), ("", [NoticeKind.ENCODING_GUESSED])],
)
def test_a_western_page_is_a_guess_unless_it_declares_its_charset(
    meta: str, notices: list[str]
) -> None:
    text = "The café’s “Open Day” – a naïve façade in Zürich."
    page = f"<html><head>{meta}<title>Open Day</title></head><body><p>{text}</p></body></html>"
    source = read_html(page.encode("cp1252"), "a.html")
    assert (source.encoding, source.lines[0].text) == ("cp1252", text)
    assert [notice.kind for notice in source.notices] == notices


def test_a_big5_page_declared_big5() -> None:
    page = (
        '<html><head><meta charset="big5"><title>講話</title></head>'
        "<body><p>同志們：今天召開會議。</p></body></html>"
    )
    source = read_html(page.encode("big5"), "a.html")
    assert (source.encoding, source.title) == ("big5", "講話")
    assert source.lines[0].text == "同志們：今天召開會議。"


def test_a_utf16_page_with_bom() -> None:
    source = read_html(_page("utf-16").encode("utf-16"), "a.html")
    assert source.encoding == "utf-16-le"
    assert any(line.text == "同志们：" for line in source.lines)


def test_without_known_containers_the_densest_block_is_the_article() -> None:
    paragraphs = "".join(
        f"<p>第{number}段：各级各部门要把效能建设摆上重要位置，切实加强领导，狠抓落实。</p>"
        for number in range(1, 6)
    )
    menu = "".join(f'<li><a href="/{n}">栏目{n}</a></li>' for n in range(12))
    page = (
        f"<html><body><div id='top'><ul>{menu}</ul></div>"
        f"<div id='x1'><div id='x2'>{paragraphs}</div></div>"
        "<div id='bottom'><p>联系我们 | 网站地图</p></div></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    content = [line.text for line in source.lines if not line.chrome]
    assert len(content) == 5
    assert all(text.startswith("第") for text in content)
    assert [line.text for line in source.lines if line.chrome][:2] == ["栏目0", "栏目1"]


def test_a_form_wrapping_the_whole_page_is_kept() -> None:
    page = (
        "<html><body><form id='form1' method='post'><div class='article'>"
        "<p>同志们：今天我们召开全市效能建设工作会议，主要任务是总结工作、部署任务。</p>"
        "<p>一、提高认识，切实增强做好效能建设工作的责任感和紧迫感。</p>"
        "</div></form></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    assert [line.text for line in source.lines if not line.chrome] == [
        "同志们：今天我们召开全市效能建设工作会议，主要任务是总结工作、部署任务。",
        "一、提高认识，切实增强做好效能建设工作的责任感和紧迫感。",
    ]


def test_div_text_runs_split_at_br_and_pre_keeps_its_lines() -> None:
    page = (
        "<html><body><div class='content'>第一行文字<br/>第二行文字<br><br>第三行"
        "<pre>预排第一行\n预排第二行</pre><ul><li>列表项一</li><li>列表项二</li></ul>"
        "</div></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    assert [line.text for line in source.lines] == [
        "第一行文字",
        "第二行文字",
        "第三行",
        "预排第一行",
        "预排第二行",
        "列表项一",
        "列表项二",
    ]


def test_a_wechat_article() -> None:
    page = (
        "<html><head><title>重要讲话</title></head><body>"
        "<div class='rich_media_area_primary'><h1 class='rich_media_title'>重要讲话</h1>"
        "<div class='rich_media_meta_list'><a>某某发布</a></div>"
        "<div class='rich_media_content' id='js_content'><section><p>"
        "<span>同志们，今天的会议很重要，</span><span>大家要认真贯彻落实。</span>"
        "</p></section></div></div>"
        "<div class='qr_code_pc'><p>微信扫一扫关注该公众号</p></div></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    assert _lines(source)[0] == ("重要讲话", 1, False)
    assert ("同志们，今天的会议很重要，大家要认真贯彻落实。", None, False) in _lines(source)
    assert ("微信扫一扫关注该公众号", None, True) in _lines(source)


def test_nul_bytes_and_deep_nesting_do_not_break_the_parser() -> None:
    deep = "<div>" * 3000 + "<p>深处的正文</p>" + "</div>" * 3000
    page = f"<html><body><p>正\x00文</p>{deep}</body></html>"
    source = read_html(page.encode("utf-8"), "a.html")
    assert [line.text for line in source.lines] == ["正文", "深处的正文"]


def test_looks_like_html_and_declared_encoding() -> None:
    assert looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><html>")
    assert looks_like_html(b"<!-- saved from url=(0014)about:internet -->\n<html lang='zh'>")
    assert looks_like_html(b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML')
    assert not looks_like_html("正文 <html> 在中间".encode())
    assert declared_encoding(b'<meta charset="GBK">') == "gb18030"
    assert declared_encoding(b"<meta content='text/html; charset=big5' http-equiv=x>") == "big5"
    assert declared_encoding(b"<meta charset=utf-16>") == "utf-8"
    assert declared_encoding(b"<meta charset=klingon>") is None
    assert declared_encoding(b"<p>no meta</p>") is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "关于做好冬季安全生产工作的通知_通知公告_某某市人民政府",
            "关于做好冬季安全生产工作的通知",
        ),
        ("某某市人民政府 - 关于印发2021-2025年规划的通知", "关于印发2021-2025年规划的通知"),
        ("关于做好冬季安全生产工作的通知 | 某某网", "关于做好冬季安全生产工作的通知"),
        ("在全市经济工作会议上的讲话-某某市人民政府", "在全市经济工作会议上的讲话"),
        ("“十四五”规划-纲要", "“十四五”规划-纲要"),
    ],
)
def test_the_pages_title_is_the_articles_without_the_sites_name(title: str, expected: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><p>为做好工作，现通知如下。</p></body>"
    assert read_html(page.encode(), "page.html").title == expected


def test_a_speech_titled_by_its_page_drops_the_issuer_glued_to_it() -> None:
    page = (
        "<html><head><title>在全市经济工作会议上的讲话-某某市人民政府</title></head><body>"
        "<p>同志们：</p><p>今天召开全市经济工作会议，主要任务是总结工作、部署任务。</p>"
        "</body></html>"
    )
    document = import_bytes(page.encode(), "page.html")
    assert [speech.title for speech in document.speeches] == ["在全市经济工作会议上的讲话"]


def test_the_title_for_sharing_names_the_article() -> None:
    page = (
        '<html><head><title>通知公告_某某网</title><meta property="og:title" '
        'content="关于做好冬季安全生产工作的通知"></head><body><p>现通知如下。</p></body>'
    )
    assert read_html(page.encode(), "page.html").title == "关于做好冬季安全生产工作的通知"


def test_a_title_set_in_a_block_named_as_one_titles_the_article() -> None:
    page = (
        "<html><head><title>关于加强基层治理的意见-新华网</title></head><body>"
        "<div class='h-title'>关于加强基层治理的意见</div><div id='p-detail'>"
        + "".join(
            f"<p>第{n}段：要坚持问题导向，聚焦群众反映强烈的突出问题，切实改进作风。</p>"
            for n in range(8)
        )
        + "</div></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    assert source.title == "关于加强基层治理的意见"
    assert _lines(source)[0] == ("关于加强基层治理的意见", 1, False)


def test_a_title_heading_the_article_repeats_under_its_dateline_is_the_pages() -> None:
    """gov.cn sets a document's title in an <h1> and again, centred, at the top of its text:
    the text's own is kept, the heading above it is page chrome (the title read twice)."""
    paragraphs = "".join(f"<p>第{n}段：要坚持问题导向，切实改进作风。</p>" for n in range(8))
    page = (
        "<html><head><title>关于加强基层治理的意见_中国政府网</title></head><body>"
        "<h1>关于加强基层治理的意见</h1><div id='UCAP-CONTENT'><p>新华社北京7月11日电</p>"
        f"<p><strong>关于加强 基层治理的意见</strong></p>{paragraphs}</div></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    assert source.title == "关于加强基层治理的意见"
    assert _lines(source)[:3] == [
        ("关于加强基层治理的意见", 1, True),
        ("新华社北京7月11日电", None, False),
        ("关于加强 基层治理的意见", None, False),
    ]


def test_a_print_pages_title_set_in_a_cell_above_the_text_is_kept() -> None:
    """A print page (打印本页) says "打印页面" in <title> and sets the document's title bold in
    the table cell above its date and text: the title was page chrome, the title "打印页面"."""
    paragraphs = "".join(f"<p>　　第{n}条：要坚持问题导向，切实改进作风。</p>" for n in range(8))
    page = (
        "<html><head><title>打印页面</title></head><body><table>"
        "<tr><td align='center'><b>关于印发《城市更新三年行动方案》的通知</b></td></tr>"
        "<tr><td>发布日期：2024-03-08</td></tr>"
        f"<tr><td>{paragraphs}</td></tr>"
        "<tr><td><a href='javascript:window.print()'>【打印本页】</a></td></tr>"
        "</table></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    assert source.title == "关于印发《城市更新三年行动方案》的通知"
    assert _lines(source)[:2] == [
        ("关于印发《城市更新三年行动方案》的通知", 1, False),
        ("发布日期：2024-03-08", None, True),
    ]


def test_a_headline_over_the_pages_date_and_source_line_names_a_page_without_title() -> None:
    """A company's or a bureau's news page saved without its <title> (the template's head was
    an include): its <h3> headline over ``2017-08-10 来源：…`` and then the text names it, not
    the report's first sentence."""
    paragraphs = "".join(
        f"<p>第{n}段：会议要求全体干部、党员立足岗位率先垂范，学先进转作风强执行，刻苦奋进，"
        "深入抓好企业管理、基层党建、项目安全生产，努力冲刺全年目标任务。</p>"
        for n in range(4)
    )
    page = (
        "<html><body><div class='newsinfo'><div class='location'>当前位置：<a href='/'>首页></a>"
        "</div><div class='newsinfo-box'><div class='info-head'>"
        "<h3>某某公司召开党委中心组学习会议 学先进转作风</h3>"
        "<p><span>2017-08-10</span><span>来源：某某建设监理有限公司</span></p></div>"
        f"<div class='info-items'>{paragraphs}</div><div class='info-btm'><p>上一篇："
        "<a href=''>某某铁路开通运营</a></p></div></div></div></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    assert source.title == "某某公司召开党委中心组学习会议 学先进转作风"
    assert _lines(source)[:2] == [
        ("当前位置：首页>", None, True),
        ("某某公司召开党委中心组学习会议 学先进转作风", 3, False),
    ]


def test_a_title_cell_over_a_bar_of_links_and_the_source_still_titles_the_text() -> None:
    """An archive's copy of a notice sets its long title centred in a cell, then a bar with
    its source and links (原文链接 >>, 网页快照 >>), then the text: the links are the page's
    tools, passed over on the way up to the title."""
    title = (
        "关于转发某某市住房和建设局转发《某某市交通运输委港航和货运交通管理局"
        "关于我市泥头车运输企业投标资质考评和备案托管情况的通报》的通知"
    )
    paragraphs = "".join(f"<p>　　第{n}条：要坚持问题导向，切实改进作风。</p>" for n in range(8))
    page = (
        f"<html><body><table><tr><td align='center' class='dbiaoti'>{title}</td></tr></table>"
        "<table><tr><td>来源：<a href='#'>某某区人民政府</a>;</td>"
        "<td><a href='#'>原文链接 &gt;&gt;</a></td><td><a href='/s'>网页快照</a> &gt;&gt; </td>"
        f"</tr></table><table><tr><td class='zw_link'>各有关单位：{paragraphs}</td></tr>"
        "</table></body></html>"
    )
    source = read_html(page.encode("utf-8"), "a.html")
    assert source.title == title
    assert _lines(source)[0] == (title, 1, False)


def test_a_channels_name_or_a_link_above_the_text_is_no_title() -> None:
    paragraphs = "".join(f"<p>第{n}条：要坚持问题导向，切实改进作风。</p>" for n in range(8))
    for above in ("<b>领导讲话</b>", "<a href='/x'><b>关于城市更新的一组报道</b></a>"):
        page = (
            f"<html><head><title>某某网</title></head><body><div class='col'>{above}</div>"
            f"<div class='article'>{paragraphs}</div></body></html>"
        )
        source = read_html(page.encode("utf-8"), "a.html")
        assert source.title == "某某网"
        assert _lines(source)[0][2] is True


def _post(headline: str, opening: str) -> str:
    """A WeChat post: the account's headline over its text, which opens with ``opening``."""
    paragraphs = "".join(f"<p>第{n}段：要坚持问题导向，切实改进作风。</p>" for n in range(8))
    return (
        f"<html><head><title>{headline}</title></head><body><div id='js_article'>"
        f"<h1 class='rich_media_title' id='activity-name'>{headline}</h1>"
        "<div id='meta_content'><a id='js_name'>某某发布</a></div><div id='js_content'>"
        "<section><p>点击上方蓝字关注我们</p><p><img src='a.png'></p></section>"
        f"<section><p><strong>{opening}</strong></p><p>（2024年5月6日）</p></section>"
        "<section><p>同志们：</p><p>今天召开全市干部大会，主要任务是部署工作。</p>"
        f"<p>一、坚定信心，开创新局面</p>{paragraphs}</section></div></div></body></html>"
    )


@pytest.mark.parametrize(
    "headline", ["学习笔记｜在全市干部大会上的讲话", "重磅！市委书记在全市干部大会上的讲话全文"]
)
def test_a_posts_headline_dressing_up_the_speechs_own_title_is_chrome(headline: str) -> None:
    """A reader of the speech expects it to begin at its own title, not at the account's."""
    page = _post(headline, "在全市干部大会上的讲话").encode("utf-8")
    source = read_html(page, "a.html")
    assert _lines(source)[0] == (headline, 1, True)
    assert ("在全市干部大会上的讲话", None, False) in _lines(source)
    imported = import_bytes(page, "a.html")
    assert imported.title == imported.speeches[0].title == "在全市干部大会上的讲话"
    assert imported.speeches[0].text.startswith("在全市干部大会上的讲话\n")


_WRAPPED = [
    ("重磅！市委书记王某某在全市干部大会上的讲话（全文）", "市委书记王某某在全市干部大会上的讲话"),
    ("【重磅】王某某：在全市干部大会上的讲话（附全文）", "王某某：在全市干部大会上的讲话"),
    ("独家|市委书记王某某在全市干部大会上的讲话全文来了", "市委书记王某某在全市干部大会上的讲话"),
    ("快讯：市委书记在全市干部大会上的讲话（图文）丨视频", "市委书记在全市干部大会上的讲话"),
]


@pytest.mark.parametrize(("headline", "named"), _WRAPPED)
def test_a_posts_headline_names_the_document_without_its_wrappers(
    headline: str, named: str
) -> None:
    # the kicker (重磅！, 【独家】, 快讯：) and the notes after the title (（全文）, 全文来了,
    # 丨视频) name nothing; who spoke (市委书记王某某) still names the document
    page = _post(headline, "在全市干部大会上的讲话").encode("utf-8")
    imported = import_bytes(page, "a.html")
    assert imported.speeches[0].title == "在全市干部大会上的讲话"
    assert imported.title == named


def test_a_headline_not_holding_the_speechs_title_still_names_the_document() -> None:
    page = _post("奋力开创高质量发展新局面", "在全市干部大会上的讲话").encode("utf-8")
    assert import_bytes(page, "a.html").title == "奋力开创高质量发展新局面"


@pytest.mark.parametrize("opening", ["讲话", "在全市干部大会上的讲话。"])
def test_a_headline_the_text_does_not_open_by_titling_stays(opening: str) -> None:
    source = read_html(_post("市委书记在全市干部大会上的讲话", opening).encode("utf-8"), "a.html")
    assert _lines(source)[0] == ("市委书记在全市干部大会上的讲话", 1, False)


_HEADLINE = "在全市优化营商环境工作会议上的讲话"
_SPEECH = "".join(
    f"<p>{text}</p>"
    for text in (
        "同志们：",
        "今天召开这次会议，主要任务是总结工作、部署任务，切实增强责任感和紧迫感。",
        "一、统一思想，提高认识",
        "近年来，全市上下认真贯彻落实各项决策部署，营商环境持续改善，发展质量稳步提升。",
        "二、突出重点，狠抓落实",
        "要抓住关键环节，确保各项任务落到实处，让企业和群众有更多获得感。",
    )
)


def _news_page(
    title: str, headline_inside: bool, logo: str = "<a href='/'>某某市人民政府</a>"
) -> str:
    """A government site's article page: the site's logo as an <h1>, a breadcrumb, the headline
    over the article's text (inside its container or just above it), a dateline."""
    headline = f"<h2>{_HEADLINE}</h2>" if headline_inside else ""
    above = "" if headline_inside else f"<h1>{_HEADLINE}</h1>"
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1 class='logo'>{logo}</h1>"
        "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/ldjh/'>领导讲话</a></div>"
        f"{above}<div class='article'>{headline}"
        "<div class='info'>发布时间：2024-03-05 来源：市政府办公室</div>"
        f"<div class='article-body'>{_SPEECH}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    "title",
    ["T", "无标题文档", "Untitled Document", "新建网页 1", "某某市人民政府门户网站", "人民网"],
)
@pytest.mark.parametrize("headline_inside", [True, False], ids=["in-article", "above-article"])
@pytest.mark.parametrize(
    "logo", ["<a href='/'>某某市人民政府</a>", "某某市人民政府门户网站"], ids=["link", "text"]
)
def test_a_junk_title_gives_way_to_the_page_s_headline(
    title: str, headline_inside: bool, logo: str
) -> None:
    """An editor's placeholder, a letter or the site's name alone names no speech; nor does
    the site's logo set as an <h1>."""
    data = _news_page(title, headline_inside, logo).encode("utf-8")
    source = read_html(data, "a.html")
    assert source.title in (None, _HEADLINE)
    document = import_bytes(data, "a.html")
    assert document.title == _HEADLINE
    assert [speech.title for speech in document.speeches] == [_HEADLINE]


@pytest.mark.parametrize(
    "title",
    [f"{_HEADLINE}_某某市人民政府门户网站", f"{_HEADLINE} - 人民网", _HEADLINE],
)
def test_a_title_that_names_the_article_is_kept_beside_a_site_logo(title: str) -> None:
    source = read_html(_news_page(title, headline_inside=True).encode("utf-8"), "a.html")
    assert source.title == _HEADLINE


@pytest.mark.parametrize("title", ["无标题文档", "某某市人民政府门户网站"])
def test_a_heading_below_the_article_never_names_it(title: str) -> None:
    """Related reading or the footer set as headings under the text title other things."""
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<div class='article'><div class='article-body'>{_SPEECH}</div></div>"
        "<div class='related'><h3>相关阅读推荐文章列表</h3>"
        "<ul><li><a href='/x'>关于做好有关工作的通知</a></li></ul></div>"
        "<div class='footer'><h3>主办单位：某某市人民政府办公室</h3></div></body></html>"
    ).encode()
    names = {read_html(page, "a.html").title, import_bytes(page, "a.html").title}
    assert not names & {"相关阅读推荐文章列表", "主办单位：某某市人民政府办公室"}


@pytest.mark.parametrize(
    "title", ["发展工业互联网", "加快建设物联网", "建设工业互联网", "织密物联网"]
)
def test_a_short_title_ending_in_a_net_word_is_no_site_s_name(title: str) -> None:
    """Nothing sets a site's name apart in such a <title>: it names the article, and a
    heading of the article (一、…) does not take its place."""
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='article'><p>同志们：</p>"
        "<p>今年以来，各地区各部门认真贯彻落实党中央决策部署，工作取得明显成效。</p>"
        f"<h3>一、充分认识{title}的重要意义</h3><p>我们要坚定信心，真抓实干，再上新台阶。</p>"
        "<h3>二、突出工作重点</h3><p>要加快建设，推动各项工作再上新台阶。</p></div></body></html>"
    ).encode()
    assert read_html(page, "a.html").title == title
    document = import_bytes(page, "a.html")
    assert (document.title, [speech.title for speech in document.speeches]) == (title, [title])


@pytest.mark.parametrize("title", ["人民网", "新华网", "某某市新闻网", "某某县人民政府门户网站"])
def test_a_news_site_s_known_name_alone_is_still_its_name(title: str) -> None:
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>在全市经济工作会议上的讲话</h1><div class='article'>{_SPEECH}</div></body></html>"
    ).encode()
    assert import_bytes(page, "a.html").title == "在全市经济工作会议上的讲话"


def test_a_wechat_post_saved_with_its_text_hidden_until_a_script_shows_it() -> None:
    # a browser's "save page" keeps #js_content as WeChat serves it: visibility hidden
    page = (
        "<html><head><title>在全市经济工作会议上的讲话</title></head><body>"
        "<div class='rich_media_area_primary'><h1 class='rich_media_title'>"
        "在全市经济工作会议上的讲话</h1>"
        "<div class='rich_media_content' id='js_content' style='visibility: hidden;'>"
        "<section><p>同志们：</p><p>这次会议的主要任务是，总结今年经济工作，部署明年任务。</p>"
        "<p>今年以来，全市上下攻坚克难，经济运行稳中向好。</p>"
        "<p style='display:none'>看不见的字</p></section></div>"
        "<div class='rich_media_tool'><span>阅读</span><span>1.2万</span><span>在看</span></div>"
        "</div><div class='qr_code_pc' style='display: none'><p>微信扫一扫关注该公众号</p></div>"
        "</body></html>"
    )
    (speech,) = import_bytes(page.encode(), "post.html").speeches
    assert speech.title == "在全市经济工作会议上的讲话"
    assert "经济运行稳中向好。" in speech.text
    assert "看不见的字" not in speech.text  # what the post itself hides stays hidden
    assert "微信扫一扫" not in speech.text


@pytest.mark.parametrize("hiding", ["style='display:none'", "hidden", "aria-hidden='true'"])
def test_a_long_block_taken_out_of_the_layout_never_stands_for_a_short_speech(
    hiding: str,
) -> None:
    # a dialog's terms of use (or a menu of every office) hidden under a short address: the
    # speech is the page's text, not what it hides however long (only a block kept in place
    # by visibility: hidden is an article a script shows, as WeChat's #js_content)
    terms = "".join(
        f"<p>第{n}条 用户使用本网站服务，应当遵守第{n * 3}项规定，不得从事第{n + 7}类活动。</p>"
        for n in range(1, 40)
    )
    page = (
        "<html><head><meta charset='utf-8'><title>在全市工作会议上的致辞</title></head><body>"
        "<h1>在全市工作会议上的致辞</h1><p>同志们：</p>"
        "<p>今天我们召开全市工作会议，总结去年工作，部署今年任务。</p>"
        "<p>今年要坚持稳中求进工作总基调，推动高质量发展取得新成效。</p>"
        f"<div id='agreement' {hiding}>{terms}</div></body></html>"
    )
    (speech,) = import_bytes(page.encode(), "a.html").speeches
    assert "推动高质量发展取得新成效。" in speech.text
    assert "用户使用本网站服务" not in speech.text


_FULL_TEXT = (
    "在全市经济工作会议上的讲话",
    "同志们：",
    "这次会议的主要任务是，总结今年经济工作，部署明年任务。",
    "今年以来，全市上下攻坚克难，经济运行稳中向好，发展质量稳步提升。",
    "一、坚定信心，开创新局面",
    "要坚持稳中求进工作总基调，推动高质量发展取得新成效。",
    "同志们，让我们团结一心，奋力开创新局面。",
)


@pytest.mark.parametrize(
    "summary",
    [
        "".join(f"<p>{text}</p>" for text in _FULL_TEXT[1:4]) + "<a href='#'>展开全文</a>",
        "<p>同志们：<br>这次会议的主要任务是，总结今年经济工作，部署明年任务。<br>今年以来，"
        "全市上下攻坚克难，经济运行稳中……</p><div class='more'><span>阅读全文</span></div>",
    ],
)
def test_a_summary_over_its_article_hidden_in_full_is_said_once(summary: str) -> None:
    # a "展开全文" page shows the article's opening, cut off, over the whole article it holds
    # hidden in place for a script to show instead: the whole is kept, the summary goes
    full = "".join(f"<p>{text}</p>" for text in _FULL_TEXT)
    page = (
        "<html><head><title>在全市经济工作会议上的讲话</title></head><body>"
        "<h1>在全市经济工作会议上的讲话</h1><div class='info'>来源：某某日报</div>"
        f"<div class='article'><div class='summary'>{summary}</div>"
        f"<div class='full' style='visibility: hidden'>{full}</div></div></body></html>"
    )
    (speech,) = import_bytes(page.encode(), "a.html").speeches
    assert speech.title == "在全市经济工作会议上的讲话"
    assert speech.text.count("这次会议的主要任务是") == 1
    assert speech.text.endswith("\n".join(_FULL_TEXT[1:]))
    assert "全文" not in speech.text


_TABLE_PAGE = """<html><body><h1>在全市经济工作会议上的讲话</h1>
<p>同志们：今年以来，全市经济运行稳中向好，主要指标见下表。</p>
<table>{rows}</table><p>总的看，成绩来之不易。</p></body></html>"""


def test_a_row_of_data_reads_as_one_line_of_columns_as_in_word() -> None:
    """项目 | 数额 on a page: each row one line, its cells set apart as a .docx's are, so a
    figure stays beside what it counts; an empty cell keeps its column."""
    rows = (
        "<tr><th>指标</th><th>数额</th><th>增长</th></tr>"
        "<tr><td>地区生产总值</td><td><p>1234亿元</p></td><td>6.5%</td></tr>"
        "<tr><td>财政收入</td><td></td><td>8%</td></tr>"
        "<tr><td>粮食\n产量</td><td>52\u00a0万吨</td><td>增　产</td></tr>"
    )
    page = _TABLE_PAGE.format(rows=rows).encode()
    texts = [line.text for line in read_html(page, "a.html").lines]
    assert texts[2:6] == [
        "指标    数额    增长",
        "地区生产总值    1234亿元    6.5%",
        "财政收入        8%",
        "粮食产量    52\u00a0万吨    增　产",  # spaces shown as a browser shows them
    ]


def test_a_table_laying_out_paragraphs_keeps_them_as_lines() -> None:
    long_cell = "全市上下要坚定信心、真抓实干，" * 5
    rows = (
        f"<tr><td>一、</td><td>{long_cell}</td></tr>"
        "<tr><td>二、</td><td><p>稳增长。</p><p>促改革。</p></td></tr>"
    )
    page = _TABLE_PAGE.format(rows=rows).encode()
    texts = [line.text for line in read_html(page, "a.html").lines]
    assert texts[2:7] == ["一、", long_cell, "二、", "稳增长。", "促改革。"]
