"""Recognise a web page's chrome by its pattern: the site around an article, not the article.

Labels and fields (责任编辑, 来源, 索引号…), rights lines, bylines, a WeChat article's furniture,
view switches, breadcrumbs and bars of channel links, a site's masthead and the clock at the top
of a page. ``noise.whole_line_kind`` asks these of a line at the edges of the running text;
nothing here knows any particular site.
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import HAN, either_script, has_sentence_end
from desktop.core.importing.names import names_alone
from desktop.core.importing.press import ISSUE_PREFIX, is_reporter_byline, is_spaced_masthead
from desktop.core.importing.speakers import names_a_role, speaker

CHROME_MAX = 80
"""The longest line that may be a page's chrome: a longer one holds running text."""

_CHROME_START = re.compile(
    either_script(
        r"(?:责任编辑|责编|编辑|来源|稿源|发布时间|发布日期|更新时间|浏览次数|点击数|阅读次数|阅读量|字号"
        r"|相关稿件|相关文章|相关阅读|相关链接|相关新闻|相关推荐|推荐阅读|热门推荐|热门文章|延伸阅读|猜你喜欢"
        r"|(?:我要)?纠错|打印本页|打印|关闭窗口|关闭|分享到|分享|收藏本页|举报"
        r"|返回顶部|返回首页|返回列表|网站地图|联系我们|扫一扫|微信扫一扫"
        r"|当前位置|您的位置|您的当前位置|您现在的位置|收?听(?:本文|全文|新闻)|朗读本文|语音播报"
        r"|(?:文章|本文)?(?:发表|发布|首发|刊发)于|正文复制|全文复制|复制全文|一键复制|复制本文"
        r"|首页\s*[>＞›»]|【\s*(?:我要)?(?:打印|关闭|字号|大|中|小|纠错)|[大中小]字号|Copyright|COPYRIGHT|©)"
    )
)
_CHROME_ANYWHERE = re.compile(
    either_script(r"ICP\s*备|ICP证|版权所有|Copyright|©|公网安备|All Rights Reserved")
    + r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}"  # an audio player's clock (00:00/03:12)
)
# The label: value fields a government site's disclosure table (索引号, 发文机关, 成文日期…) or a
# document-sharing site (文档编号, 上传时间, 页数…) shows above an article; justified labels
# (索 引 号) may be spaced out, and a list may put a bullet before them.
_METADATA_LABELS = (
    "索引号 主题分类 组配分类 信息分类 体裁分类 发布机构 发文机关 发文机构"
    " 成文日期 发文日期 生成日期"
    " 发文字号 文号 生效时间 生效日期 废止时间 废止日期 有效性 时效性 公开方式 公开范围 公开时限"
    " 主题词 关键词 内容概述 信息来源 名称 标题 发表日期 发表时间 浏览量 访问量 点击量"
    " 文档编号 上传时间 上传者 上传人 页数 大小 格式 下载积分"
)
# Spaced before either script is taken: either_script turns a character into a class, which
# the spacing must not be put inside.
_METADATA_LABEL_PATTERNS = tuple(
    (label, either_script(r"\s*".join(label))) for label in _METADATA_LABELS.split()
)
_METADATA_START = re.compile(
    r"[-•·*]?\s*(?:" + "|".join(pattern for _, pattern in _METADATA_LABEL_PATTERNS) + r")\s*[:：]"
)
_METADATA_LABEL_ALONE = tuple(
    (label, re.compile(r"[-•·*]?\s*" + pattern + r"\s*[:：]?"))
    for label, pattern in _METADATA_LABEL_PATTERNS
)
# What only a document-sharing site (文库, 范文 pages) shows around a file: its dates are when
# someone uploaded it, not when the speech was given.
_SHARING_SITE = re.compile(
    either_script(
        r"文档编号|上\s*传\s*(?:时\s*间|日\s*期|者|人|用户)|下载积分|下载次数|由会员分享|文库|范文|文秘"
    )
)
# When a page was last changed (更新时间：…, 最后更新于…, 修改日期：…), with its date and clock.
_UPDATE_STAMP = re.compile(
    either_script(r"(?:最后|最近)?(?:更新|修改|修订)(?:时间|日期|于)?")
    + r"[\s\u3000]*[:：]?[\s\u3000]*[0-9０-９年月日号\-/.:：\s\u3000]*"
)
# A publication stamp: a date with a clock time (2019-05-14 10:45:55), never a speech's date.
_PUBLISHED_AT = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}"
)
# A byline naming the source or the author somewhere in a short line with no sentence in it.
_BYLINE = re.compile(either_script(r"(?:来源|稿源|作者|记者|通讯员|责任编辑|编辑|审核)\s*[:：]"))
# The writer's credit in a page's byline (作者：王某某, 文/王某某, 撰文丨王某 李某): the label at
# the line's start or after a gap, then the names, up to the next field. Never a reporter's
# (记者 王某) or an editor's credit: they report or edit the text, they do not say it.
_WRITER_CREDIT = re.compile(
    r"(?:^|(?<=[\s|｜丨]))"
    + either_script(r"(?:作者|撰文|撰稿|执笔|文字|文)")
    + r"\s*[:：|｜丨/／]\s*(?P<names>[^|｜丨/／:：]+)"
)
# Where the names end: the next field's label (来源：, 编辑丨) or a wide gap before it.
_NEXT_FIELD = re.compile(rf"\s*[{HAN}]{{2,4}}\s*$|[\s\u3000]{{2,}}.*$")
# Or the time it was posted (作者：王建国 2024-03-06 08:30 某某发布): all after it is no name.
_POSTED_AT = re.compile(r"[\s\u3000]*\d{4}\s*[-/.年]")
# A WeChat article's furniture: the follow prompt above it, the QR code and 阅读原文 below.
_WECHAT = re.compile(
    either_script(
        r"(?:点击|点)?(?:上方|下方|标题下)\S{0,6}关注|(?:长按|扫描|扫码|识别)\S{0,8}二维码"
        r"|(?:点击)?阅读原文|关注我们|预览时标签不可点|收录于(?:合集|话题)"
        r"|点(?:个|一下|击|亮)\s*[“\"「]?(?:在看|赞)|点\s*[“\"「](?:在看|赞)[”\"」]"
    )
)
_WECHAT_MAX = 30
# The mark of a WeChat post its account wrote, before the account's name: 原创 某某发布.
_ORIGINAL_MARK = re.compile(
    either_script("原创") + r"(?:[\s\u3000|｜丨]+[^\s\u3000，。！？]{2,20})*[\s\u3000]*$"
)
# The topics a WeChat article is filed under (#理论学习 36个), and the mark closing it (—END—).
_TOPIC_TAGS = re.compile(r"(?:#[^\s#]{1,20}[\s\u3000]*(?:\d+个)?[\s\u3000]*)+")
_END_MARK = re.compile(r"[\W_]*(?:END|End|THE END)[\W_]*")
# A credit in brackets, as a paper's site closes an article: (责编：王某、李某).
_BRACKETED = re.compile(r"[（(【\[]\s*(?P<inner>[^（()）【】\[\]]+?)\s*[）)】\]]")
# The credits under a WeChat article (校对丨李某, 文 / 张某, 审核：王某): a staff role, then a
# colon, a bar or a slash, then the names.
_CREDIT = re.compile(
    either_script(
        r"(?:来源|作者|编辑|责编|审核|校对|排版|美编|初审|复审|终审|一审|二审|三审|监制|统筹|策划"
        r"|供稿|撰稿|文案|摄影|图片|图文|文字|视频|设计|制作|出品|主编|文|图)\s*[:：|｜丨/／]"
    )
)
# The heading of the list of other articles under a page (往期推荐, 相关阅读, 猜你喜欢).
_LINK_LIST_HEADING = re.compile(
    either_script(
        r"(?:往期|相关|推荐|延伸|热门|精彩|更多)(?:推荐|回顾|精彩|阅读|文章|稿件|链接|新闻|内容)"
        r"|猜你喜欢|为你推荐"
    )
)
_LINK_LIST_HEADING_MAX = 16
# The buttons a page puts beside its title (共产党员网 打印 纠错): a row of them, a site's name
# at most beside them.
_BUTTON_WORD = re.compile(
    either_script(r"打印|纠错|分享|收藏|关闭|字号|[大中小]|评论|点赞|在看|转发|复制链接|微信|微博")
)
_BUTTONS_MIN = 2
# The counters over a saved mobile page (1 1 1: shares, likes, comments), no words at all.
_COUNTERS = re.compile(r"\d+(?:\s+\d+)+")
# The switches at the very top of a mobile or accessible page, alone or in a row of them
# (无障碍浏览 | 长者模式 | 繁體版): each word names a way to view the page, and nothing else.
_SWITCH_WORD = re.compile(
    either_script(
        r"(?:手机|电脑|移动|关怀|长者|老年|简体|繁体|繁體)(?:版|模式)|繁體|English"
        r"|(?:无障碍|适老化)(?:浏览|阅读|模式|版)?"
    )
)
_METADATA_LABEL_MAX = 16
# A slot of a site's page template named in its text (2017年文化部banner嵌入, 首页header,
# footer通栏): a content system's own words for a place on the page, never a speech's.
_TEMPLATE_SLOT = re.compile(
    r"(?<![A-Za-z])(?:banner|navbar|header|footer|sidebar|iframe|widget)(?![A-Za-z])", re.I
)
# A forum's furniture around a thread (设为首页收藏本站, 查看: 554|回复: 0, [复制链接], 楼主,
# 电梯直达, 只看该作者): a line made of nothing but its buttons and counters, run together or
# apart. A sentence naming one of them holds other words, so it is never such a line.
_FORUM_WORD = either_script(
    r"设为首页|收藏本站|加入收藏|复制链接|刷新|楼主|电梯直达|只看该作者|只看楼主|显示全部楼层"
    r"|阅读模式|倒序浏览|正序浏览|使用道具|跳转到指定楼层|上一主题|下一主题|返回列表|发新帖"
    r"|(?:查看|回复|阅读|浏览)\s*[:：]?\s*[0-9]+|回复|举报|引用"
)
_FORUM_GAP = r"[\s|｜丨\[\]【】]*"
_FORUM_ROW = re.compile(f"(?:{_FORUM_GAP}(?:{_FORUM_WORD}))+{_FORUM_GAP}")
# A site's navigation: a breadcrumb (中国网 > 新闻中心 > 时政), a bar of channel links
# (首页 新闻 财经 体育, 新闻 | 财经 | 图片) or a masthead of short words (新闻源 财富源).
_CRUMB_SEPARATOR = re.compile(r"[\s\u3000]*(?:[>＞›»]|&gt;)+[\s\u3000]*")  # 人民网>>观点
_CRUMB_MAX = 12
_CRUMB_LABEL = re.compile(r"^[^:：>＞›»]{1,8}[:：][\s\u3000]*")  # 当前位置：, 您的位置:
_LINK_SEPARATOR = re.compile(r"[\s\u3000]*[|｜丨][\s\u3000]*|[\s\u3000]+")
_LINK_WORD = re.compile(f"[{HAN}]{{2,4}}")
_HAN_CHAR = re.compile(f"[{HAN}]")
_LINK_BAR_MIN = 4
_MASTHEAD_WORD_MIN = 3
# A site's name in Latin letters over a Chinese page's navigation (About Sing Tao, CHINA DAILY).
_LATIN_MASTHEAD = re.compile(r"[A-Za-z][A-Za-z0-9&'.\-]*(?: [A-Za-z0-9&'.\-]+){0,5}")
_CLAUSE_PUNCTUATION = re.compile("[，,。；;：:！!？?]")
# The date and weekday a news site shows at its top (2024年11月22日 星期五): the day the page
# was read, not the article's date; a paper's web edition puts its name before it.
_SITE_CLOCK = re.compile(
    ISSUE_PREFIX
    + r"[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日"
    + r"[\s\u3000]*(?:星期|礼拜|周)[一二三四五六日天]"
)


def is_chrome(text: str) -> bool:
    """A label, field, rights line, byline, view switch, template slot or WeChat prompt of a
    page."""
    if _CHROME_START.match(text) or _CHROME_ANYWHERE.search(text) or _is_switch_bar(text):
        return True
    if is_button_row(text) or _is_forum_furniture(text):
        return True
    if _TEMPLATE_SLOT.search(text) and not has_sentence_end(text):
        return True
    if _METADATA_START.match(text) or _PUBLISHED_AT.search(text):
        return True
    if len(text) <= _WECHAT_MAX and (_WECHAT.search(text) or _ORIGINAL_MARK.match(text)):
        return True
    if _TOPIC_TAGS.fullmatch(text) or _END_MARK.fullmatch(text):
        return True
    if is_reporter_byline(text):
        return True
    return _is_credit(text)


def _is_credit(text: str) -> bool:
    """A byline or a staff credit (责编：王某), bare or in brackets, with no sentence in it."""
    bracketed = _BRACKETED.fullmatch(text.strip())
    if bracketed is not None:
        text = bracketed.group("inner")
    credit = _CREDIT.match(text) is not None or _BYLINE.search(text) is not None
    return credit and not has_sentence_end(text)


def is_article_byline(text: str) -> bool:
    """A page's line giving an article's source, author or time (``2025年03月12日06:02 |
    来源：某某网``), as news and party sites print under the headline and its author."""
    return _BYLINE.search(text) is not None or _PUBLISHED_AT.search(text) is not None


def named_author(text: str) -> str | None:
    """The person or people a page's byline names as the writer (``来源：某某网  作者：王某某``
    → 王某某, ``文/王某 李某`` → 王某、李某), or None when it names none, or a body."""
    match = _WRITER_CREDIT.search(text)
    if match is None:
        return None
    names = _POSTED_AT.split(match.group("names"), maxsplit=1)[0].strip()
    # the credit says a person is named (作者：高峰)
    found = names_alone(names, said=True) or names_alone(_NEXT_FIELD.sub("", names), said=True)
    return "、".join(found) if found else None


def is_counter_row(text: str) -> bool:
    """The counters over a saved mobile page (``1 1 1``): numbers and nothing else."""
    return _COUNTERS.fullmatch(text) is not None


def is_link_list_heading(text: str) -> bool:
    """Whether ``text`` heads a list of links to other articles (往期推荐, ▼相关阅读▼)."""
    if len(text) > _LINK_LIST_HEADING_MAX:
        return False
    words = "".join(_HAN_CHAR.findall(text))
    return _LINK_LIST_HEADING.fullmatch(words) is not None


def _is_forum_furniture(text: str) -> bool:
    """A row of a forum's buttons and counters (查看: 554|回复: 0, [复制链接], 电梯直达)."""
    return _FORUM_ROW.fullmatch(text) is not None


def is_button_row(text: str) -> bool:
    """A row of a page's buttons (打印 纠错 分享), with the site's name at most beside them."""
    words = _LINK_SEPARATOR.split(text.strip())
    buttons = sum(1 for word in words if _BUTTON_WORD.fullmatch(word))
    return buttons >= _BUTTONS_MIN and len(words) - buttons <= 1


def _is_switch_bar(text: str) -> bool:
    """A page's view switches: every word a short one naming a way to view the page, or
    two of them at least beside the site's name (某某网 | 手机版 | 无障碍)."""
    words = _LINK_SEPARATOR.split(text.strip())
    switches = sum(1 for word in words if _SWITCH_WORD.fullmatch(word))
    if switches == len(words):
        return True
    return switches >= _BUTTONS_MIN and len(words) - switches == 1 and len(text) <= CHROME_MAX


def is_site_navigation(text: str) -> bool:
    """A breadcrumb or a bar of a site's channel links, at the top of a page.

    Links are words of two to four characters. A bar separated by spaces needs four of them,
    one a two-character channel (首页, 新闻): a speaker's or a host's line (主持人 张三) has
    two words, and a title of slogans (坚定信心 真抓实干 攻坚克难 奋勇争先, 学思想 强党性 重实践
    建新功) is made of phrases of three or four characters.
    """
    crumbs = _CRUMB_SEPARATOR.split(text)
    if len(crumbs) >= 3 and all(_is_crumb(crumb) for crumb in crumbs[:-1]) and crumbs[-1]:
        return True
    if len(text) > CHROME_MAX or speaker(text) is not None:
        return False
    links = _LINK_SEPARATOR.split(text.strip())
    if not all(_LINK_WORD.fullmatch(link) for link in links) or len(links) < 2:
        return False
    if any(bar in text for bar in "|｜丨"):
        return True
    return len(links) >= _LINK_BAR_MIN and min(map(len, links)) == 2


def last_crumb(text: str) -> str | None:
    """The last step of a breadcrumb (``当前位置：首页 > 两会 > 两会热点`` → ``两会热点``), or
    None."""
    crumbs = _CRUMB_SEPARATOR.split(_CRUMB_LABEL.sub("", text.strip(), count=1))
    if len(crumbs) < 3 or not all(_is_crumb(crumb) for crumb in crumbs):
        return None
    return crumbs[-1]


def is_masthead(text: str) -> bool:
    """Whether a page's first line could be a site's masthead (新闻源 财富源): words of three or
    four characters naming no role, or a few words in Latin letters (About Sing Tao). Only the
    navigation under it tells a masthead from a title of slogans (砥砺奋进 再创辉煌), or from an
    English title over a translation, so the caller decides with that."""
    if len(text) > CHROME_MAX or speaker(text) is not None or names_a_role(text):
        return False
    if _LATIN_MASTHEAD.fullmatch(text.strip()) or is_spaced_masthead(text):
        return True
    links = _LINK_SEPARATOR.split(text.strip())
    return len(links) >= 2 and all(
        _LINK_WORD.fullmatch(link) and len(link) >= _MASTHEAD_WORD_MIN for link in links
    )


def is_bar_word(text: str) -> bool:
    """One link or button of a bar laid out a word to a line (首页, 要闻, 点赞, 收藏)."""
    stripped = text.strip()
    return (
        _LINK_WORD.fullmatch(stripped) is not None or _BUTTON_WORD.fullmatch(stripped) is not None
    )


def is_site_word(text: str) -> bool:
    """A few words a site prints over its breadcrumb (人民网首页, 频道导航, 客户端): as short as
    a step of the breadcrumb, with no sentence in it."""
    return _is_crumb(text.strip())


def _is_crumb(text: str) -> bool:
    """A step of a breadcrumb: a short name, no sentence in it."""
    return 0 < len(text) <= _CRUMB_MAX and not _CLAUSE_PUNCTUATION.search(text)


def is_site_clock(text: str) -> bool:
    """The date and weekday a news site shows at its top, the day the page was read."""
    return _SITE_CLOCK.fullmatch(text.strip()) is not None


def is_sharing_site_chrome(text: str) -> bool:
    """Whether removed ``text`` belongs to a document-sharing site's page (文档编号, 上传时间,
    由会员分享, 文库, 范文…), whose dates are upload dates."""
    return _SHARING_SITE.search(text) is not None


def without_update_stamp(text: str) -> str:
    """``text`` less any date it gives as the page's last update (更新时间：2018-06-10 19:16).

    A page is edited, moved to a new site or republished years after the speech it holds: the
    date of that change tells nothing of when the speech was given, so it never dates one.
    """
    if "更" not in text and "修" not in text and "改" not in text:
        return text  # most chrome: one pass
    return _UPDATE_STAMP.sub(" ", text)


def metadata_label(text: str) -> str | None:
    """The field a cell of a disclosure table labels, if that is all it says (``索 引 号：`` →
    ``索引号``, ``标　　题`` → ``标题``), else None."""
    stripped = text.strip()
    if not stripped or len(stripped) > _METADATA_LABEL_MAX:
        return None
    found = (label for label, alone in _METADATA_LABEL_ALONE if alone.fullmatch(stripped))
    return next(found, None)
