"""A page's <title> taken apart: the article's title, and the site's or channel's names.

Sites join them with a separator set off by spaces (``讲话 - 某某网``) or one that never
belongs to a title (``讲话_领导讲话_某某市人民政府``, ``讲话 | 某某网``); many glue a dash
straight on (``在全市经济工作会议上的讲话-某某市人民政府``). A title holds glued dashes of its
own (``“十四五”规划-纲要``, ``中国-东盟博览会``, ``2021-2025年``), so a glued dash parts off
only a name as issuers and sites are named: an organ (…人民政府, …委员会, …办公厅, …局), a
paper (…日报) or a site (…网, …网站).
"""

from __future__ import annotations

import re

from desktop.core.importing.chars import han_count

SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-–—－]+\s+")
# One dash glued between words; not a subtitle's ——, not between digits (2021-2025年).
_GLUED_DASH = re.compile(r"(?<=[^\s\d\-–—－])[-–—－](?=[^\s\d\-–—－])")
# How an issuer's or a site's name ends. 局 not of a word (格局, 大局, 开局…), 网 not of one
# (互联网, 物联网, 局域网, 因特网).
_ISSUER_END = re.compile(
    r"(?:人民政府|政府|门户网站|网站|官网|官方网站|委员会|常委会|办公室|办公厅|人大|政协"
    r"|日报|晚报|[省市县区]委|(?<![联域特])网"
    r"|(?<![格大布开结全当变时定政战棋终败胜僵残骗饭赌新])局|(?<![大客展餐])厅)$"
)
_ISSUER = re.compile(r"[\w·（）()]{2,30}")  # a name: no spaces, no sentence's punctuation
_TITLE_MIN_HAN = 4  # what is left must still read as a title


def article_part(title: str) -> str:
    """``title`` without the site's and channel's names around the article's title."""
    parts = [part for part in SEPARATOR.split(title) if part.strip()]
    longest = max(parts, key=len) if parts else title
    return _without_glued_names(longest.strip())


def names_its_site(title: str) -> bool:
    """Whether ``title`` sets the site's (or a channel's) name beside the article's title."""
    return SEPARATOR.search(title) is not None or article_part(title) != title.strip()


def _without_glued_names(part: str) -> str:
    """``part`` without an issuer's or site's name glued to its end or start by a dash."""
    dashes = list(_GLUED_DASH.finditer(part))
    if not dashes:
        return part
    last, first = dashes[-1], dashes[0]
    if _is_issuer(part[last.end() :]) and han_count(part[: last.start()]) >= _TITLE_MIN_HAN:
        part = part[: last.start()]
    elif _is_issuer(part[: first.start()]) and han_count(part[first.end() :]) >= _TITLE_MIN_HAN:
        part = part[first.end() :]
    return part


def _is_issuer(text: str) -> bool:
    return _ISSUER.fullmatch(text) is not None and _ISSUER_END.search(text) is not None
