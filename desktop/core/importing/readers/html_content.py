"""Which element of a web page holds the article, readability-style.

Every run of text is credited to the block it sits in, weighted by how much Chinese (or other
prose) it holds and discounted by how much of it is link text (menus, related-article lists).
A block passes its score to its parent and half to its grandparent; the article is the tightest
element, among the best scorers and the containers that sites conventionally name (article,
main, #content, .TRS_Editor…), that holds nearly all of the page's prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bs4.element import NavigableString, PreformattedString, Tag

from desktop.core.importing.chars import han_count
from desktop.core.importing.dates import date_line
from desktop.core.importing.lines import is_long_title, is_title_like
from desktop.core.importing.readers.html_walk import (
    Scores,
    block_prose,
    content_elements,
    innermost_holder,
    is_article_body,
    prose_within,
    smallest,
    tags_within,
)
from desktop.core.importing.readers.title_parts import article_part

_BLOCK_NAMES = """
    address article aside blockquote body caption center dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre
    section summary table tbody td tfoot th thead tr ul
"""
BLOCK_TAGS = frozenset(_BLOCK_NAMES.split())
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD_CHAR = re.compile(r"[A-Za-z0-9]")  # a word's characters, counted one by one
# What sites put between an article's title and the channel's and site's names in <title>: a
# hyphen or dash only with spaces around it, as a title may hold one (2021-2025年规划).
_ENOUGH_OF_THE_PROSE = 0.85
# A block whose class or id names it a title (h-title, article-title, #title), not a part of
# one's name (subtitle, titlebar); it must give most of the <title>, not the site's name.
_TITLE_NAME = re.compile(r"(?:^|[-_])title$", re.IGNORECASE)
_TITLE_SHARE = 0.6
_TITLE_MIN_HAN = 6  # a title set above a print page's text, not a channel's name (领导讲话)
_EMPHASIS = frozenset({"b", "strong", "h1", "h2", "h3", "center"})
_CELL_TAGS = frozenset({"td", "th", "p", "div"})  # a title cell's own alignment counts
_FIELDS_ABOVE = 3  # lines of date and source a print page may set between title and text
# A field (来源：…), maybe after the day the page gives on the same line (2017-08-10 来源：…).
_FIELD = re.compile(
    r"^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*)?"
    r"[\w\s]{2,8}[:：]"
)
_NO_WORD = re.compile(r"[^\w]*")  # what a bar of links has outside them: >>, |, 【】
_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_TOP_SCORERS = 5
_WECHAT_TEXT = "js_content"  # the id mp.weixin.qq.com gives the element holding a post's text
_TITLE_LEVELS = frozenset({"h1", "h2", "h3"})


def text_weight(text: str) -> float:
    """How much prose ``text`` holds: CJK characters, plus a quarter per Latin word character."""
    # Counted by substitution: findall would make a string of every character of a long text.
    cjk = _CJK.subn("", text)[1]
    latin = _WORD_CHAR.subn("", text)[1]
    return cjk + latin / 4


def find_main_content(body: Tag) -> Tag:
    """The element holding the page's article (``body`` itself if nothing tighter does)."""
    prose = block_prose(body, text_weight, BLOCK_TAGS)
    if not prose:
        return body
    scores = _propagated_scores(prose)
    ranked = sorted(scores.values(), key=lambda item: -item[1])[:_TOP_SCORERS]
    named = content_elements(body)
    candidates = [element for element, _ in ranked] + named
    within = prose_within(candidates, prose)
    posts = [e for e in named if e.get("id") == _WECHAT_TEXT and within[id(e)] > 0]
    if len(posts) == 1:
        # a WeChat post's text is all in #js_content, however short beside the account's
        # card, its QR code and the links to its other posts around it
        return posts[0]
    held = [(within[id(element)], element) for element in candidates]
    best = max(weight for weight, _ in held)
    tight = [element for weight, element in held if weight >= _ENOUGH_OF_THE_PROSE * best]
    if not tight:
        return body
    tightest = smallest(tight)
    holder = innermost_holder(tightest, [element for element in named if is_article_body(element)])
    return tightest if holder is None else holder


def title_headings(
    body: Tag, main: Tag, title: str | None, chrome: Callable[[Tag], bool] = lambda _h: False
) -> list[Tag]:
    """Headings outside ``main`` that title the article (they repeat the page's <title>).

    Many sites put the article's <h1> above the element holding its text; it is content, not
    chrome. With no <title>, the first <h1> is taken if the article has none of its own.
    """
    inside = {id(element) for element in tags_within(main)} | {id(main)}
    outside = [
        h
        for h in tags_within(body)
        if h.name in _TITLE_LEVELS and id(h) not in inside and not chrome(h)
    ]
    if title:
        squashed = _squash(title)
        # Most of the title, not the site's name in it set as the logo's heading.
        least = _TITLE_SHARE * len(_squash(article_part(title)))
        found = [
            h
            for h in outside
            if (text := _squash(h.get_text())) and text in squashed and len(text) >= least
        ]
        return found or _title_elements(body, inside, squashed) or set_above(main)
    if main.find("h1") is None:
        return [h for h in outside if h.name == "h1"][:1] or set_above(main)
    return []


def set_above(main: Tag) -> list[Tag]:
    """The line above the article when it is set as a title (bold or centred, no link), only
    a date or a field (发布日期：…) between: a print page (打印本页) or an old site lays its title
    in a table cell over the text and names it nowhere else, its <title> saying "打印页面"."""
    seen: list[Tag] = []
    passed: list[Tag] = []
    for string in main.find_all_previous(string=_is_text):
        block = _enclosing_block(string, main)
        if any(block is other for other in (*seen, *passed)):
            continue
        if _tool_links(block):  # 来源：… | 原文链接 >> | 网页快照 >>: the page's tools
            passed.append(block)
            continue
        text = " ".join(block.get_text(" ").split())
        if len(seen) == _FIELDS_ABOVE or block.find(BLOCK_TAGS) is not None:
            return []
        seen.append(block)
        if not (date_line(text) or _FIELD.search(text)):
            return [block] if _is_set_title(string, text) else []
    return []


def _tool_links(block: Tag) -> bool:
    """Whether ``block`` holds links and nothing else that says a word, beside a field in the
    same row (来源：… | 原文链接 >> | 网页快照 >>): the page's tools, not a breadcrumb or a
    menu, which end the head of the article above them."""
    if block.find("a") is None or block.find(BLOCK_TAGS) is not None:
        return False
    loose = "".join(s for s in block.find_all(string=_is_text) if s.find_parent("a") is None)
    if _NO_WORD.fullmatch(loose) is None or block.parent is None:
        return False
    return any(
        _FIELD.search(" ".join(sibling.get_text(" ").split()))
        for sibling in block.parent.find_all(BLOCK_TAGS, recursive=False)
        if sibling is not block
    )


def _is_set_title(string: NavigableString, text: str) -> bool:
    if string.find_parent("a") is not None or han_count(text) < _TITLE_MIN_HAN:
        return False
    # 关于转发…的通报》的通知: a notice's title may run longer than most
    return (is_title_like(text) or is_long_title(text)) and _set_as_title(string)


def is_set_as_title(block: Tag) -> bool:
    """Whether ``block``'s first run of text is set bold or centred, or named a title."""
    string = block.find(string=_is_text)
    return isinstance(string, NavigableString) and _set_as_title(string)


def _is_text(string: object) -> bool:
    return (
        isinstance(string, str)
        and not isinstance(string, PreformattedString)
        and bool(string.strip())
    )


def _set_as_title(string: NavigableString) -> bool:
    """Whether a run of text is set bold or centred, as a title is, or sits in a block its
    class names a title (``div.title``)."""
    for parent in string.parents:
        if parent.name in _EMPHASIS or parent.get("align") == "center" or _is_title_named(parent):
            return True
        style = parent.get("style")
        if isinstance(style, str) and _CENTRED.search(style):
            return True
        if parent.name in BLOCK_TAGS and parent.name not in _CELL_TAGS:
            return False
    return False


def _title_elements(body: Tag, inside: set[int], title: str) -> list[Tag]:
    """A block named as a title (xinhuanet's ``div.h-title``) outside the article, repeating
    most of the page's <title>: some sites set the article's title in no heading element."""
    for element in filter(_is_title_named, tags_within(body)):
        if id(element) in inside or element.name not in BLOCK_TAGS or element.find(BLOCK_TAGS):
            continue
        text = _squash(element.get_text())
        if text and text in title and len(text) >= _TITLE_SHARE * len(article_part(title)):
            return [element]
    return []


def article_title(title: str | None, headings: list[Tag]) -> str | None:
    """The article's title: its heading where one repeats the page's <title>, else the <title>
    without the site's and channel's names (``…的通知_某某市人民政府门户网站``,
    ``…的讲话-某某市人民政府``)."""
    for heading in headings:
        text = " ".join(heading.get_text(" ").split())
        if text:
            return text
    if title is None:
        return None
    return article_part(title)


def _is_title_named(element: Tag) -> bool:
    """Whether ``element``'s class or id names it a title."""
    names = [element.get("id") or "", *(element.get("class") or [])]
    return any(isinstance(name, str) and _TITLE_NAME.search(name) for name in names)


def _squash(text: str) -> str:
    return "".join(text.split())


def _enclosing_block(string: NavigableString, body: Tag) -> Tag:
    for parent in string.parents:
        if parent.name in BLOCK_TAGS or parent is body:
            return parent
    return body


def _propagated_scores(prose: Scores) -> Scores:
    scores: Scores = {}
    for block, weight in prose.values():
        for share, element in zip((1.0, 1.0, 0.5), _self_and_ancestors(block), strict=False):
            previous = scores.get(id(element), (element, 0.0))[1]
            scores[id(element)] = (element, previous + weight * share)
    return scores


def _self_and_ancestors(block: Tag) -> list[Tag]:
    chain = [block]
    for parent in block.parents:
        if len(chain) == 3 or not isinstance(parent, Tag) or parent.name == "[document]":
            break
        chain.append(parent)
    return chain
