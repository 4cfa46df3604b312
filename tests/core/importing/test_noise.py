"""Noise found by its pattern, never by its words in one document."""

from __future__ import annotations

import pytest

from desktop.core.imported import RemovalKind
from desktop.core.importing.edits import EditedText
from desktop.core.importing.noise import (
    bare_page_number,
    control_spans,
    inline_noise_spans,
    is_watermark,
    normalise_spaces,
    odd_characters,
    whole_line_kind,
)


def _clean(text: str) -> tuple[str, list[tuple[str, str]]]:
    edit = EditedText(text)
    edit.delete(inline_noise_spans(text))
    return edit.text, [(cut.kind, cut.text) for cut in edit.cuts]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("有些上级决定了的(本文权属某某网所有,更多文章请登陆查看)事情", "有些上级决定了的事情"),
        ("党纪教（本文来源于范文网，转载请注明出处）育", "党纪教育"),
        ("加强领导【更多范文请访问www.example.com】工作", "加强领导工作"),
        ("发展环境。（本文来源：某某素材网）具体来说", "发展环境。具体来说"),
        ("发展环境。(文章来自某某公文网)具体来说", "发展环境。具体来说"),
    ],
)
def test_watermark_inside_a_word_leaves_the_word_whole(text: str, whole: str) -> None:
    cleaned, cuts = _clean(text)
    assert cleaned == whole
    assert [kind for kind, _ in cuts] == [RemovalKind.WATERMARK]


@pytest.mark.parametrize(
    "clause",
    ["资料来源：国家统计局", "含区县", "农林牧渔业", "2016年4月15日", "注", "本文有删节", "下同"],
)
def test_ordinary_parentheses_are_not_watermarks(clause: str) -> None:
    assert not is_watermark(clause)
    text = f"一段文字({clause})继续"
    assert _clean(text)[0] == text


def test_page_jump_markers_and_their_spaces_go() -> None:
    cleaned, cuts = _clean("同 (下转第19页) (上接第13页) 比下降2.85%")
    assert cleaned == "同比下降2.85%"
    assert [kind for kind, _ in cuts if kind == RemovalKind.PAGE_MARKER] == ["page-marker"] * 2
    assert _clean("（转第3版）数据")[0] == "数据"
    assert _clean("下降（下转第二版）较多")[0] == "下降较多"


def test_space_between_latin_words_survives_noise_removal() -> None:
    assert _clean("see (转第3版) page")[0] == "see page"


def test_glued_catalogue_stamp() -> None:
    cleaned, cuts = _clean("这是nlc202309090206好事")
    assert cleaned == "这是好事"
    assert cuts == [(RemovalKind.CATALOGUE_STAMP, "nlc202309090206")]
    assert _clean("GB18030 编码")[0] == "GB18030 编码"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("nlc202309090206", RemovalKind.CATALOGUE_STAMP),
        ("abc1234567890", RemovalKind.CATALOGUE_STAMP),
        ("- 12 -", RemovalKind.PAGE_MARKER),
        ("—12—", RemovalKind.PAGE_MARKER),
        ("－ ３ －", RemovalKind.PAGE_MARKER),
        ("第 3 页", RemovalKind.PAGE_MARKER),
        ("第3页 共10页", RemovalKind.PAGE_MARKER),
        ("3/10", RemovalKind.PAGE_MARKER),
        ("(下转第19页)", RemovalKind.PAGE_MARKER),
        ("上一篇:个人总结下一篇:工作计划", RemovalKind.FOOTER),
        ("下一篇：某某讲话", RemovalKind.FOOTER),
        ("本文来源于范文网 www.example.com", RemovalKind.WATERMARK),
    ],
)
def test_lines_that_are_wholly_noise(line: str, kind: str) -> None:
    assert whole_line_kind(line, edge=False) == kind


_SITE_LABELS = (
    "责任编辑：张三",
    "来源：新华网",
    "打印本页",
    "小字号",
    "听全文",
    "收听本文",
    "关闭窗口",
    "分享到：",
    "京ICP备12345678号",
)
_PAGE_METADATA_AND_BYLINES = (
    "索 引 号：000012345/2020-00001 主题分类：综合政务",
    "发文机关：某某县人民政府",
    "生成日期: 2020-03-01 文号:",
    "- 文档编号:12345678",
    "时间:2020-05-14 10:45:55下载本文作者:会员上传",
    "浏览量:          时间:2016-01-17 23:45:19",
    "发表日期:2011-02-12 点击",
    "记者  张某某  李某        来源:某某网",
    "手机版",
    "您的当前位置: 某某范文网 > 范文大全 > 党课讲稿",
    "点击上方蓝字 关注我们",
    "长按识别二维码，关注我们！",
    "阅读原文",
    "收录于合集",
    "#理论学习 36个",
    "#党建 #基层治理",
    "—END—",
    "- END -",
    "觉得不错，请点个“在看”吧",
    "点亮“在看”，一起学习",
    "点击“赞”支持一下",
)
# A Hong Kong or Taiwan site writes the same labels in traditional characters.
_TRADITIONAL_SCRIPT_LABELS = (
    "關鍵詞：黨建 講話",
    "來源：某某網",
    "發佈時間：2020-03-01 09:30",
    "責任編輯：王某",
    "索 引 號：000012345/2020-00001 主題分類：綜合政務",
    "當前位置：首頁 > 新聞",
    "瀏覽次數：123",
)


# A saved mobile page's audio player and the buttons beside its title, the site's name with them.
_PLAYER_AND_BUTTONS = (
    "收听本文 00:00/00:00",
    "00:00 / 03:12",
    "某某网 打印 纠错",
    "分享 收藏",
    "正文复制",
    "文章发表于2022年12月26日",
    "发布于 2023-05-06 北京",
)
# The credits a WeChat account puts under its articles, a bar or a slash after the role.
_ARTICLE_CREDITS = (
    "(责编：王某、李某)",
    "（责任编辑：赵某）",
    "【编辑：孙某】",
    "校对：赵某",
    "编辑丨李某 审核丨王某",
    "文 / 某某某",
    "图片 | 某某社",
    "排版：孙某  监制：周某",
)


@pytest.mark.parametrize(
    "line",
    _SITE_LABELS
    + _PAGE_METADATA_AND_BYLINES
    + _TRADITIONAL_SCRIPT_LABELS
    + _ARTICLE_CREDITS
    + _PLAYER_AND_BUTTONS,
)
def test_page_chrome_is_chrome_only_at_the_edges(line: str) -> None:
    assert whole_line_kind(line, edge=True) == RemovalKind.WEB_CHROME
    assert whole_line_kind(line, edge=False) is None


def test_traditional_script_footer_and_watermark() -> None:
    assert whole_line_kind("下一頁", edge=False) == RemovalKind.FOOTER
    assert whole_line_kind("（本文來源於網絡，版權歸原作者所有）", edge=False) == (
        RemovalKind.WATERMARK
    )


@pytest.mark.parametrize(
    "line",
    [
        "无障碍浏览 | 长者模式 | 繁體版",
        "手机版 无障碍 English",
        "適老化 ｜ 繁體",
        "长者版",
        "某某党员网 | 手机版 | 无障碍",
    ],
)
def test_a_row_of_view_switches_is_chrome_at_the_edges(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) == RemovalKind.WEB_CHROME
    assert whole_line_kind(line, edge=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "无障碍环境建设",
        "推进无障碍设施建设 | 长者模式",
        "English 教学改革",
        "坚持人民至上 | 手机版",
    ],
)
def test_a_title_naming_a_switch_word_is_not_a_switch_bar(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) is None


@pytest.mark.parametrize(
    "line",
    [
        "时间：2020年3月1日",  # a meeting record's own date line
        "2020年3月1日",
        "作者在文中指出：要坚持问题导向。",  # a sentence, not a byline
        "某某市人民政府关于印发某某方案的通知",
        "我们要把关注民生作为工作的出发点和落脚点，扫描全县情况。",
        "（作者单位：某某省委党校）",
        "为基层干部点赞",
        "扎实推进“在看得见的地方”建设",
        "ENDURANCE 精神",
        "（来源于基层的经验，要总结推广。）",
    ],
)
def test_lines_at_the_edges_that_are_not_chrome(line: str) -> None:
    assert whole_line_kind(line, edge=True) is None


@pytest.mark.parametrize(
    "line", ["人民网>>观点>>理论", "首页 >> 新闻中心 >> 时政", "首页&gt;要闻&gt;本地"]
)
def test_a_breadcrumb_with_doubled_arrows_is_navigation(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) == RemovalKind.WEB_CHROME


def test_a_site_editors_blurb_is_noise() -> None:
    line = "下面是小编为大家整理的某某专题党课讲稿(精选文档),供大家参考。"
    assert whole_line_kind(line, edge=False) == RemovalKind.WATERMARK


def test_a_rights_line_is_noise_anywhere() -> None:
    assert whole_line_kind("版权所有 某某网", edge=True) == RemovalKind.WEB_CHROME
    assert whole_line_kind("版权所有 某某网", edge=False) == RemovalKind.WATERMARK


@pytest.mark.parametrize(
    "line",
    [
        "一",
        "2024-09-08",
        "第一产业增长8.42%。",
        "要加快推进重点项目(本文来源于某某网,更多文章请登陆查看)。",
        "我们要认真学习这篇文章，更多地了解来源。",
    ],
)
def test_lines_that_are_not_noise(line: str) -> None:
    assert whole_line_kind(line, edge=False) is None


def test_controls_and_spaces() -> None:
    text = "a\x00b\u200bc\ufeffd\x1a\x85"
    assert [text[s:e] for s, e, _ in control_spans(text)] == [
        "\x00",
        "\u200b",
        "\ufeff",
        "\x1a\x85",
    ]
    assert normalise_spaces("a\u00a0b\u3000c\td") == "a b c d"
    assert bare_page_number("12") == 12
    assert bare_page_number("１２") == 12
    assert bare_page_number("12345") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("同志们：\n今天的会议", (False, False)),
        ("同志们\u200b：今天", (True, False)),
        ("\u3000\u3000同志们：今天", (False, True)),
        ("\u3000\u3000同志们\x00：今天", (True, True)),
        ("同志们\x1a：\t今天", (True, True)),
        ("", (False, False)),
    ],
)
def test_odd_characters_finds_controls_and_odd_spaces(text: str, found: tuple[bool, bool]) -> None:
    assert odd_characters(text) == found
    assert odd_characters(text) == (bool(control_spans(text)), normalise_spaces(text) != text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("第1页共9页某局上半年工作总结", "某局上半年工作总结"),
        (
            "重点工程进展顺利,地铁第2页共18页1、2号线加快建设。",
            "重点工程进展顺利,地铁1、2号线加快建设。",
        ),
        ("项目建设 第 3 页，共 12 页 稳步推进。", "项目建设稳步推进。"),
    ],
)
def test_a_page_counter_glued_into_a_line_is_a_page_marker(text: str, whole: str) -> None:
    cleaned, cuts = _clean(text)
    assert cleaned == whole
    assert RemovalKind.PAGE_MARKER in [kind for kind, _ in cuts]


def test_a_sentence_pointing_at_a_page_keeps_it() -> None:
    text = "具体标准见第3页,共有五项。"
    assert _clean(text) == (text, [])


@pytest.mark.parametrize(
    "line",
    [
        "某某网 > 新闻中心 > 时政新闻",  # a breadcrumb
        "某某网  ＞  国内 > 市长会见代表团一行",  # ending in the headline
        "首页 新闻 财经 体育 图片",  # a bar of channel links
        "首页 政务公开 政务服务 互动交流",
        "新闻 | 财经 | 科技",
    ],
)
def test_site_navigation_at_the_top(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) == RemovalKind.WEB_CHROME


@pytest.mark.parametrize(
    "line",
    [
        "资讯源 行情源",  # a masthead, or a title: only the lines under it tell (clean decides)
        "主持人 张三",
        "国务院总理 李某某",  # a speaker
        "学习 | 在全市经济工作会议上的讲话",  # a title after a column's name
        "增长 > 百分之五，好于预期 > 去年",
        "在全省经济工作会议上的讲话",
        "坚定信心 真抓实干 攻坚克难 奋勇争先",  # a title of slogans
        "学思想 强党性 重实践 建新功",
    ],
)
def test_lines_that_are_not_site_navigation(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) is None


def test_a_site_clock_at_the_top_is_chrome_below_the_text_not() -> None:
    clock = "2024年11月22日 星期五"
    assert whole_line_kind(clock, edge=True, top=True) == RemovalKind.WEB_CHROME
    assert whole_line_kind(clock, edge=True) is None
    assert whole_line_kind("2024年11月22日", edge=True, top=True) is None


@pytest.mark.parametrize("line", ["文字：我们要把学习贯彻落到实处。", "图文并茂地宣传典型"])
def test_a_sentence_opening_like_a_credit_is_not_chrome(line: str) -> None:
    assert whole_line_kind(line, edge=True) is None


@pytest.mark.parametrize(
    "line", ["图为会议现场", "▲ 调研组在企业了解生产经营情况", "图片为座谈会现场"]
)
def test_a_photo_caption_is_removed_wherever_it_stands(line: str) -> None:
    assert whole_line_kind(line, edge=False) == RemovalKind.WEB_CHROME


@pytest.mark.parametrize(
    "line",
    [
        "图书馆建设要加快推进。",
        "图为" + "会议现场，与会同志认真听取报告并进行了热烈讨论" * 3,
        "▲某某报记者：今年的重点工作有哪些？",
    ],
)
def test_a_sentence_a_question_or_a_long_paragraph_is_not_a_caption(line: str) -> None:
    assert whole_line_kind(line, edge=False) is None


@pytest.mark.parametrize("line", ["某某网 打印", "大力弘扬 优良作风 纠错 纠偏"])
def test_a_row_with_one_button_or_other_words_is_not_chrome(line: str) -> None:
    assert whole_line_kind(line, edge=True) is None


def test_counters_over_a_mobile_page_go_only_at_its_top() -> None:
    assert whole_line_kind("1 1 1", edge=True, top=True) == RemovalKind.WEB_CHROME
    assert whole_line_kind("3 12", edge=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "设为首页收藏本站",
        "查看: 554|回复: 0",
        "[复制链接]",
        "【刷新】",
        "楼主 | 电梯直达",
        "只看该作者",
        "回复 使用道具 举报",
    ],
)
def test_a_forums_furniture_is_chrome_at_the_edges(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) == RemovalKind.WEB_CHROME
    assert whole_line_kind(line, edge=False) is None


@pytest.mark.parametrize(
    "line", ["楼主说得好", "把本网设为首页的单位", "刷新纪录", "查看：请各单位按时报送"]
)
def test_a_line_naming_a_forum_word_among_others_is_not_furniture(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) is None


@pytest.mark.parametrize("line", ["2019年教育厅banner嵌入", "首页Header通栏", "footer 版权区"])
def test_a_slot_of_the_pages_template_is_chrome_at_the_edges(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) == RemovalKind.WEB_CHROME
    assert whole_line_kind(line, edge=False) is None


@pytest.mark.parametrize(
    "line", ["Bannerman奖学金颁奖典礼上的致辞", "请在网页footer处标明来源。", "全省headers培训"]
)
def test_a_line_naming_no_template_slot_is_not_chrome(line: str) -> None:
    assert whole_line_kind(line, edge=True, top=True) is None


@pytest.mark.parametrize(
    "line",
    [
        "【中图分类号】D820 【文献标识码】A",
        "〔中图分类号〕D616〔文献标识码〕A〔文章编号〕2095-8048-(2014)02-0005-06",
        "【DOI】10.16619/j.cnki.rmltxsqy.2022.19.003",
        "中图分类号：K903",
    ],
)
def test_a_journal_articles_catalogue_codes_are_a_stamp(line: str) -> None:
    assert whole_line_kind(line, edge=False) == RemovalKind.CATALOGUE_STAMP


@pytest.mark.parametrize("line", ["【关键词】百年变局 世界之变", "文章编号规则要统一。"])
def test_lines_naming_catalogue_fields_with_words_are_not_a_stamp(line: str) -> None:
    assert whole_line_kind(line, edge=False) is None
