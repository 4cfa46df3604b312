"""A page's visible summary of an article it also holds in full, hidden until asked for.

"展开全文" pages (news apps, blogs, some government sites) show the article's first paragraphs,
cut off, with a button (展开全文, 阅读全文, 点击展开) and keep the whole article in place under
them, set ``visibility: hidden``, for a script to show in the summary's stead. The reader keeps
such a hidden copy (as WeChat's ``#js_content``): the summary is then the article said twice,
and goes. It is told by what it says, not by its names: a visible part of the page whose
paragraphs the copy repeats, with no more words of its own than a button's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4.element import Tag

from desktop.core.importing.readers.html_content import BLOCK_TAGS
from desktop.core.importing.readers.html_walk import tags_within

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# How much of the article a summary repeats at least: a paragraph or two, not a name the
# article happens to hold (an account's, a column's).
_REPEATED_MIN = 20
# What a summary may say besides the article's words: its button (展开全文, 点击阅读全文).
_OWN_WORDS_MAX = 6
_CUT_MARKS = "…．.。 "  # a summary's last paragraph, cut off: 经济运行稳中…


def drop_summaries(soup: BeautifulSoup, copies: list[Tag]) -> None:
    """Drop each visible part of the page that summarises one of ``copies`` (kept hidden
    elements holding an article) by repeating its paragraphs."""
    for copy in copies:
        for summary in _summaries(soup, copy):
            if not summary.decomposed:
                summary.decompose()


def _summaries(soup: BeautifulSoup, copy: Tag) -> list[Tag]:
    """The outermost visible elements whose text is the copy's paragraphs and a button."""
    words = _squashed(copy)
    repeated = [block for block in _visible_blocks(soup, copy) if _repeats(block, words)]
    said: defaultdict[int, int] = defaultdict(int)  # the copy's words each element repeats
    for block in repeated:
        length = len(_squashed(block))
        for element in (block, *block.parents):
            said[id(element)] += length
    over_copy = {id(parent) for parent in copy.parents}
    lengths: dict[int, int] = {}  # each element's text measured once, not once per block
    found: dict[int, Tag] = {}
    for block in repeated:
        outermost = None
        for element in (block, *block.parents):
            if id(element) in over_copy:
                break  # the summary's and the copy's container: the article as a whole
            if id(element) not in lengths:
                lengths[id(element)] = len(_squashed(element).strip(_CUT_MARKS))
            own = lengths[id(element)] - said[id(element)]
            if said[id(element)] >= _REPEATED_MIN and own <= _OWN_WORDS_MAX:
                outermost = element
        if outermost is not None:
            found[id(outermost)] = outermost
    return list(found.values())


def _visible_blocks(soup: BeautifulSoup, copy: Tag) -> Iterator[Tag]:
    """The innermost blocks with text outside ``copy``: no heading (a title the article
    repeats is still the page's title)."""
    inside = {id(element) for element in tags_within(copy)}
    for element in tags_within(soup):
        if id(element) in inside or element is copy or element.name not in BLOCK_TAGS:
            continue
        if element.name not in _HEADINGS and element.find(BLOCK_TAGS) is None:
            yield element


def _repeats(block: Tag, words: str) -> bool:
    """Whether the copy says all ``block`` says (its last words cut off perhaps)."""
    text = _squashed(block).rstrip(_CUT_MARKS)
    return len(text) >= 2 and text in words


def _squashed(element: Tag) -> str:
    return "".join(element.get_text().split())
