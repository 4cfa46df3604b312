"""A page's <title> taken apart: the article's title, and the site's or channel's names.

Sites join them with a separator set off by spaces (``讲话 - 某某网``) or one that never
belongs to a title (``讲话_领导讲话_某某市人民政府``, ``讲话 | 某某网``); many glue a dash
straight on (``在全市经济工作会议上的讲话-某某市人民政府``). A title holds glued dashes of its
own (``“十四五”规划-纲要``, ``中国-东盟博览会``, ``2021-2025年``), so a glued dash parts off
only a name as issuers and sites are named: an organ (…人民政府, …委员会, …办公厅, …局,
…部, …委), a paper (…日报), a site (…网, …网站) or its channel (…频道, …栏目). Once the site's
name is parted off, the channel's before it goes too (…讲话-领导讲话-中华人民共和国教育部).

The parts parted off are dropped, the organ's too: after a title they name the site that
put the page up (a ministry reposting a leader's speech), not who gave or issued it, and
the speech's head names its speaker and issuer where the text does.

``without_site_names`` asks the same of a title line of any file (a page saved as text
keeps its <title> as its first line), where no part is taken for the title by its length:
the names after it, as sites and organs are named, are parted off, and a name before it
only where what follows is shaped as a document's title (关于…, 在…上的讲话, …的通知). An
organ's name before a notice's title names its issuer (``title_issuer``).
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import han_count
from desktop.core.importing.lines import document_kind, is_head_title, names_a_speech

SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-–—－]+\s+")
# One dash glued between words, or two hyphens (人民网 sets …讲话--时政--人民网); not a
# subtitle's ——, not between digits (2021-2025年).
_GLUED_DASH = re.compile(r"(?<=[^\s\d\-–—－])(?:--|[-–—－])(?=[^\s\d\-–—－])")
# How an issuer's or a site's name ends. 局 not of a word (格局, 大局, 开局…), 网 not of one
# (互联网, 物联网, 局域网, 因特网, 电网, 管网, 路网), 部 not (全部, 干部, 东部, 俱乐部…), 委
# not a member (常委, 编委, 评委).
_ISSUER_END = re.compile(
    r"(?:人民政府|政府|门户网站|网站|官网|官方网站|委员会|常委会|办公室|办公厅|人大|政协"
    r"|日报|晚报|(?<![常编评主])委|(?<![联域特电管路渔法天球拦])(?<!交通)网|频道|栏目"
    r"|(?<![内全局外干乐总本东西南北中腹头底顶上下后前细])部"
    r"|(?<![格大布开结全当变时定政战棋终败胜僵残骗饭赌新])局|(?<![大客展餐])厅)$"
)
# A site's channel, between the article's title and the site's name (…讲话-领导讲话-某某部,
# …通知_通知公告_某某市人民政府): a column of the site, named by what it lists.
_CHANNEL = re.compile(
    r"[\w·]{0,8}(?:频道|栏目|专栏|专题|动态|要闻|新闻|资讯|公告|讲话|活动|信息|公开|快讯|文件"
    r"|发布|首页|聚焦|头条|时政|图片|视频|评论|观点|中心)"
)
# A site's name, not an organ's: it puts pages up and issues nothing.
_SITE_END = re.compile(r"(?:网|网站|官网|频道|栏目|日报|晚报)$")
_ISSUER = re.compile(r"[\w·（）()]{2,30}")  # a name: no spaces, no sentence's punctuation
_TITLE_MIN_HAN = 4  # what is left must still read as a title
_CHANNEL_NAME_MAX = 6  # 领导讲话, 工作动态: longer words (在全市会议上的讲话) may be a title


def article_part(title: str) -> str:
    """``title`` without the site's and channel's names around the article's title."""
    parts = [part for part in SEPARATOR.split(title) if part.strip()]
    longest = max(parts, key=len) if parts else title
    return _without_glued_names(longest.strip())


def names_its_site(title: str) -> bool:
    """Whether ``title`` sets the site's (or a channel's) name beside the article's title."""
    return SEPARATOR.search(title) is not None or article_part(title) != title.strip()


def without_site_names(title: str) -> str:
    """``title`` without the site's, its channel's or an organ's names set after it by a
    separator or a glued dash, each named as they are (…讲话_新闻频道_央视网, …讲话 | 人民网,
    …讲话-领导讲话-中华人民共和国教育部), or before a title shaped as a document's
    (某某市人民政府-关于印发…的通知, 中国政府网 | 在…上的讲话); a title's own parts stay
    (2024—2025学年, 一带一路—合作共赢, 奋进新时代 - 在全市大会上的讲话)."""
    kept = _without_names_after(title.strip(), _TAIL_SEPARATOR)
    before = _name_before(kept)
    return before[1] if before is not None else kept


def title_issuer(title: str) -> str | None:
    """The organ named before a notice's title on its title line (``某某市人民政府`` of
    ``某某市人民政府-关于印发…的通知``, or of ``某某市人民政府关于印发…的通知``, the
    form GB/T 9704 gives a title: issuer, 关于, matter, kind): the document's issuer. A
    site's name (…网), or an organ's before a speech's title (the site that put the speech
    up), issues nothing."""
    title = _without_names_after(title.strip(), _TAIL_SEPARATOR)
    before = _name_before(title) or _organ_before_about(title)
    if before is None:
        return None
    name, rest = before
    if _SITE_END.search(name) or names_a_speech(rest):
        return None
    return name if rest.startswith("关于") or document_kind(rest) else None


def _name_before(title: str) -> tuple[str, str] | None:
    """``(name, title)`` where ``title`` opens with an organ's or a site's name set off by a
    separator or a glued dash, then a title shaped as a document's: 关于…, 在…上的讲话 or
    one ending with a document's kind (…的通知)."""
    cut = _TAIL_SEPARATOR.search(title)
    if cut is None:
        return None
    name, rest = title[: cut.start()].strip(), title[cut.end() :].strip()
    if not _is_issuer(name) or han_count(rest) < _TITLE_MIN_HAN or not is_head_title(rest):
        return None
    shaped = rest.startswith("关于") or names_a_speech(rest) or document_kind(rest) is not None
    return (name, rest) if shaped else None


def _organ_before_about(title: str) -> tuple[str, str] | None:
    """``(organ, rest)`` of a title opening with an organ's name glued to its 关于."""
    at = title.find("关于")
    name, rest = title[:at], title[at:]
    if at <= 0 or not _is_issuer(name) or _SITE_END.search(name):
        return None
    return (name, rest) if document_kind(rest) is not None else None


def _without_glued_names(part: str) -> str:
    """``part`` without an issuer's or site's name glued to its end or start by a dash."""
    dashes = list(_GLUED_DASH.finditer(part))
    if not dashes:
        return part
    first = dashes[0]
    kept = _without_names_after(part, _GLUED_DASH)
    if kept != part:
        return kept
    if _is_issuer(part[: first.start()]) and han_count(part[first.end() :]) >= _TITLE_MIN_HAN:
        part = part[first.end() :]
    return part


# What sets a site's name after a title line: a separator or a dash glued between words.
_TAIL_SEPARATOR = re.compile(f"{SEPARATOR.pattern}|{_GLUED_DASH.pattern}")


def _without_names_after(title: str, separator: re.Pattern[str]) -> str:
    """``title`` without the names after its last ``separator``s: the site's or an organ's,
    then, once one is parted off, its channel's before it."""
    parted = False
    while (cut := _last_cut(title, separator)) is not None:
        tail = title[cut.end() :].strip()
        if not (_is_issuer(tail) or (parted and _is_channel(tail))):
            break
        if han_count(title[: cut.start()]) < _TITLE_MIN_HAN:
            break  # too little left to read as a title (县委-书记)
        title, parted = title[: cut.start()].rstrip(), True
    return title


def _last_cut(title: str, separator: re.Pattern[str]) -> re.Match[str] | None:
    found = None
    for found in separator.finditer(title):  # noqa: B007 - the last one is wanted
        pass
    return found


def title_pieces(title: str) -> list[str]:
    """The parts of ``title`` its separators and glued dashes set apart, stripped."""
    return [part.strip() for part in _TAIL_SEPARATOR.split(title) if part.strip()]


def is_channel_name(text: str) -> bool:
    """Whether ``text`` is a short column's name alone (领导讲话, 政务公开, 通知公告)."""
    return len(text) <= _CHANNEL_NAME_MAX and _is_channel(text)


def is_organ_name(text: str) -> bool:
    """Whether ``text`` is an issuer's or a site's name alone (某某市人民政府, 某某日报)."""
    return _is_issuer(text)


def _is_channel(text: str) -> bool:
    return _ISSUER.fullmatch(text) is not None and _CHANNEL.fullmatch(text) is not None


def _is_issuer(text: str) -> bool:
    return _ISSUER.fullmatch(text) is not None and _ISSUER_END.search(text) is not None
