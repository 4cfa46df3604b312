"""A post saved from mp.weixin.qq.com as a browser saves it, in the shape of real saved pages."""

from __future__ import annotations

TITLE = "在全市优化营商环境大会上的讲话"
# The article as WeChat's editor writes it: nested sections and spans, <br> between
# paragraphs, &nbsp; indents, headings as bold spans, a picture between.
ARTICLE = (
    "<section><span>同志们：</span></section>"
    "<section><span>&nbsp;&nbsp;今天召开全市优化营商环境大会，主要任务是动员全市上下进一步"
    "优化营商环境。</span><br><span>&nbsp;&nbsp;刚才，几位同志作了很好的发言，我都同意。下面，"
    "我讲两点意见。</span></section>"
    "<section style='text-align: center;'><img data-src='https://mmbiz.qpic.cn/a.png'></section>"
    "<section><span style='color: rgb(0,0,0);'><strong>一、充分认识优化营商环境的重要意义"
    "</strong></span></section>"
    "<section><section><span>优化营商环境是促进高质量发展的重要基础，各级各部门要切实增强"
    "责任感和紧迫感。</span></section></section>"
    "<section><span><strong>二、聚焦重点领域持续攻坚</strong></span></section>"
    "<section><span>要深化“放管服”改革，全面推行并联审批，让企业和群众办事更加便利。</span>"
    "</section>"
)
SHORT_ARTICLE = (
    "<section><span>同志们：</span></section>"
    "<section><span>今天召开大会，动员全市上下优化营商环境。</span></section>"
)
_AROUND = (  # what WeChat sets around the text: none of it is the article's
    "<div class='rich_media_tool'><a id='js_view_source' class='media_tool_meta'>阅读原文</a>"
    "<div class='media_tool_meta'><span>阅读</span><span id='readNum3'>1.2万</span></div>"
    "<span class='media_tool_meta meta_praise'><span class='praise_num'>赞</span></span>"
    "<span id='js_like_btn' class='media_tool_meta'><span>在看</span></span></div>"
    "<div id='js_pc_qr_code' class='qr_code_pc_outer'><p>微信扫一扫<br>关注该公众号</p></div>"
    "<div id='js_cmt_area'><strong>留言</strong><p>写留言</p></div>"
    "<div id='js_related_area'><div class='related_title'>喜欢此内容的人还喜欢</div>"
    + "".join(
        f"<div class='related_item'><a>关于进一步优化营商环境若干措施的第{n}篇解读</a></div>"
        for n in range(1, 9)
    )
    + "</div><div id='js_profile_card' class='wx_profile_card'><strong>某某发布</strong>"
    "<div class='wx_profile_desc'>某某市人民政府新闻办公室官方账号</div>"
    "<span>248篇原创内容</span><span>公众号</span></div>"
)


_ORIGINAL = "<span id='copyright_logo' class='rich_media_meta icon_appmsg_tag'>原创</span>"


def wechat_post(
    article: str = ARTICLE,
    *,
    shown_time: str = "",
    script: str = 'var ct = "1709685000";',
    author: str = "王建国",
    original: bool = True,
    head: str = "",
) -> bytes:
    """A post as a browser saves it ("HTML only"): on one line, the text hidden until the
    page's script shows it, the byline's time left for the script to fill in; a post not
    marked ``original`` (原创) has its author in the byline all the same; ``head`` is more of
    the page's <head> (its <meta>)."""
    author_item = (
        "<span class='rich_media_meta rich_media_meta_text'>"
        f"<span role='link' id='js_author_name' class='wx_tap_link'>{author}</span></span>"
        if author
        else ""
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{TITLE}'><title>{TITLE}</title>{head}"
        f"<script>{script}</script></head><body id='activity-detail'>"
        "<div id='js_article' class='rich_media'><div id='page-content'"
        " class='rich_media_area_primary'><div id='img-content' class='rich_media_wrp'>"
        f"<h1 class='rich_media_title' id='activity-name'><span class='js_title_inner'>{TITLE}"
        "</span></h1><div id='meta_content' class='rich_media_meta_list'>"
        f"{_ORIGINAL if original else ''}{author_item}"
        "<span class='rich_media_meta rich_media_meta_nickname' id='profileBt'>"
        "<a href='javascript:void(0);' id='js_name'>某某发布</a>"
        "<div id='js_profile_qrcode' aria-hidden='true' style='display:none;'>"
        "<strong>某某发布</strong><p>微信号 moumoufabu</p></div></span>"
        f"<em id='publish_time' class='rich_media_meta rich_media_meta_text'>{shown_time}</em>"
        "<em id='js_ip_wording_wrp' class='rich_media_meta' style='display: none;'>发表于"
        "<span id='js_ip_wording'></span></em></div>"
        "<div class='rich_media_content js_underline_content' id='js_content'"
        f" style='visibility: hidden;'>{article}</div>{_AROUND}</div></div></div></body></html>"
    ).encode()
