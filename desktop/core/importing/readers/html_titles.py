"""Whether a page's <title> names its article, or is junk: an editor's placeholder (无标题文档,
Untitled Document), a letter or two, or the site's name alone (某某市人民政府门户网站).

A junk <title> is not taken to name the page: its headline does (an <h1>, or the title the
article's text opens with), as a reader of the page would name it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from enum import StrEnum

from bs4 import BeautifulSoup
from bs4.element import Tag

from desktop.core.importing.chars import han_count, has_sentence_end
from desktop.core.importing.dates import date_line
from desktop.core.importing.lines import is_head_title, salutation_length
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.readers.html_content import (
    BLOCK_TAGS,
    is_set_as_title,
    set_above,
    title_headings,
)
from desktop.core.importing.readers.html_walk import tags_within
from desktop.core.importing.readers.title_parts import (
    is_channel_name,
    is_organ_name,
    names_its_site,
    title_pieces,
)

# What editors and site builders put in <title> before anyone names the page (Dreamweaver,
# FrontPage, WPS and Word's "save as web page"), compared without case or a trailing number.
_PLACEHOLDERS = frozenset(
    {
        "无标题文档",
        "无标题",
        "无标题页",
        "未命名",
        "未命名文档",
        "新建网页",
        "新建文档",
        "网页标题",
        "标题",
        "文档",
        "首页",
        "untitled",
        "untitled document",
        "untitled page",
        "new page",
        "document",
        "title",
        "home",
        "index",
    }
)
_NUMBERED = re.compile(r"[\s\-_#()（）]*\d*[\s)）]*$")  # 新建网页 1, Untitled-1, 无标题文档(2)
_WORD_CHAR = re.compile(r"[A-Za-z0-9]")
_MIN_WORD_CHARS = 4  # "T", "1", "AB": no title; "Home" is a placeholder, "Speech" may be one
# The name of a site alone: one a site's word ends (某某市人民政府门户网站, 中国政府网), or a
# news site's own (人民网, 新华网). A short title ending in 网 is no site by that alone: an
# article's title may end in the word (发展工业互联网, 加快建设物联网); a site is known by
# the separator before its name (``讲话 | 某某网``: ``title_parts``), by this list, or by
# the name the page gives it (og:site_name).
_SITE_NAME = re.compile(
    r"^(?:.+(?:门户网站|网站|官网|官方网站|政府网|新闻网|党建网|文明网|长安网)"
    r"|(?:人民|新华|央视|中国|光明|求是|环球|中新|央广|中青|党建|共产党员|中国经济|中国青年"
    r"|中国日报|千龙|东方|南方|北青|大众|红|荆楚|华龙|东北|中国军|未来|中国文明|中国纪检监察"
    r"|中国人大|中国政协|中国共产党新闻)网|学习强国|国际在线)$"
)
_HEADLINE_LEVELS = ["h1", "h2", "h3"]
_HEADLINE_MIN_HAN = 6  # a speech's or document's title, not a column's name (领导讲话)
_OPENING_LINES = 6  # an article's title, maybe under its date, source and a note
_FIELD = re.compile(r"[\w\s]{2,8}[:：]")  # 发布时间：…, 来源：…
_SITE_META = (("property", "og:site_name"), ("name", "application-name"), ("name", "SiteName"))


class JunkTitle(StrEnum):
    """How a <title> fails to name the page's article."""

    PLACEHOLDER = "placeholder"  # 无标题文档, Untitled, a letter: never a name
    SITE = "site"  # the site's name alone: a name, if the page has no headline


def named_by(
    soup: BeautifulSoup, body: Tag, main: Tag, title: str | None
) -> tuple[str | None, list[Tag]]:
    """What names the page (its <title>, or for a junk one its headline, or None) and the
    headings outside the article that title it."""
    junk = junk_title(title, soup) if title is not None else None
    if junk is None:
        return title, title_headings(body, main, title)
    squashed = "".join((title or "").split())
    sites = _site_names(soup)

    def site(heading: Tag) -> bool:  # the site's name or logo (a link home) set as a heading
        text = "".join(heading.get_text().split())
        return _names_site(text, squashed, sites) or _is_link(heading, text)

    headline = _headline(body, main, site)
    if junk == JunkTitle.SITE and headline is None:
        return title, title_headings(body, main, title)  # no headline says more than the site
    # The headline above the article is kept as its first line; one in it names it as well.
    return headline, title_headings(body, main, None, site)


def _headline(body: Tag, main: Tag, site: Callable[[Tag], bool]) -> str | None:
    """The page's headline: the first title it sets as a heading (h1–h3) in its article or
    above it, else the title line the article opens with. A heading numbered as a part of an
    outline (一、充分认识…) titles a section of the article: the headline only if the page
    sets none better."""
    # A heading below the article (related reading, the footer's 主办单位) titles something else.
    inside = {id(heading) for heading in main.find_all(_HEADLINE_LEVELS)}
    below = {id(heading) for heading in main.find_all_next(_HEADLINE_LEVELS)} - inside
    numbered = None
    for heading in body.find_all(_HEADLINE_LEVELS):
        if id(heading) in below:
            break
        if han_count(heading.get_text()) >= _HEADLINE_MIN_HAN and not site(heading):
            text = " ".join(heading.get_text(" ").split())
            if heading_marker(text) is None:
                return text
            numbered = numbered or text
    return _title_line(main, site) or numbered


def _title_line(main: Tag, site: Callable[[Tag], bool]) -> str | None:
    """The title line set above the article or opening it before its body starts (its first
    sentence, salutation or numbered heading): the first set bold or centred, else the first
    shaped as a title; its date and source lines (发布时间：…) are passed over."""
    above = set_above(main)
    if above:
        return " ".join(above[0].get_text(" ").split())
    shaped = None
    for block in itertools.islice(_innermost_blocks(main), _OPENING_LINES):
        text = " ".join(block.get_text(" ").split())
        if date_line(text) or _FIELD.match(text):
            continue
        if has_sentence_end(text) or salutation_length(text) or heading_marker(text):
            break  # the body has started
        if han_count(text) < _HEADLINE_MIN_HAN or not is_head_title(text) or site(block):
            continue
        if is_set_as_title(block):
            return text
        shaped = shaped or text
    return shaped


def _innermost_blocks(main: Tag) -> Iterator[Tag]:
    """The blocks holding text in ``main`` that hold no block themselves, in order."""
    for element in tags_within(main):
        holds_text = element.name in BLOCK_TAGS and bool(element.get_text().strip())
        if holds_text and element.find(BLOCK_TAGS) is None:
            yield element


def _is_link(heading: Tag, text: str) -> bool:
    """Whether ``heading`` is a link as a whole (a logo, a menu's entry): no article's title."""
    link = heading.find("a")
    return link is not None and "".join(link.get_text().split()) == text


def junk_title(title: str, soup: BeautifulSoup) -> JunkTitle | None:
    """How ``title`` (the page's <title>, spaces collapsed) names no article; None if it may."""
    squashed = "".join(title.split())
    if _NUMBERED.sub("", title.strip()).casefold() in _PLACEHOLDERS:
        return JunkTitle.PLACEHOLDER
    if han_count(squashed) < 2 and len(_WORD_CHAR.findall(squashed)) < _MIN_WORD_CHARS:
        return JunkTitle.PLACEHOLDER
    sites = _site_names(soup)
    pieces = title_pieces(title)
    if len(pieces) > 1 and all(_names_no_article(piece, sites) for piece in pieces):
        return JunkTitle.SITE  # the site's and its column's names only (政务公开_某某市人民政府)
    if names_its_site(title):
        return None  # an article's title with the site's name after it
    if _names_site(squashed, "", sites) or is_organ_name(squashed):
        return JunkTitle.SITE  # the site's name, or its organ's (某某市人民政府) alone
    return None


def _names_no_article(piece: str, sites: set[str]) -> bool:
    """Whether a part of a <title> is a site's, an organ's or a column's name, or a
    placeholder (首页)."""
    squashed = "".join(piece.split())
    if squashed.casefold() in _PLACEHOLDERS or is_channel_name(squashed):
        return True
    return _names_site(squashed, "", sites) or is_organ_name(squashed)


def _names_site(text: str, title: str, sites: set[str]) -> bool:
    """Whether ``text`` (squashed) is a site's name: the junk <title>'s words, a name the page
    gives its site, or a name as sites are named."""
    return (text in title if title else False) or text in sites or bool(_SITE_NAME.match(text))


def _site_names(soup: BeautifulSoup) -> set[str]:
    """The names the page gives its site in <meta> (og:site_name, application-name)."""
    names = set()
    for attribute, value in _SITE_META:
        element = soup.find("meta", attrs={attribute: value})
        content = element.get("content") if isinstance(element, Tag) else None
        if isinstance(content, str) and content.strip():
            names.add("".join(content.split()))
    return names
