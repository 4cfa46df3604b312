"""A page's visible summary of an article it also holds in full, hidden until asked for.

"展开全文" pages (news apps, blogs, some government sites) show the article's first paragraphs,
cut off, with a button (展开全文, 阅读全文, 点击展开) and keep the whole article in place under
them, set ``visibility: hidden``, for a script to show in the summary's stead. The reader keeps
such a hidden copy (as WeChat's ``#js_content``): the summary is then the article said twice,
and goes. It is told by what it says, not by its names: a visible part of the page whose
paragraphs the copy repeats, with no more words of its own than a button's.

A summary's paragraph is one of the copy's (its last perhaps cut off: a paragraph's beginning),
looked up among the copy's paragraphs, not searched for in its text: a search per visible block
cost a big page time in proportion to its size squared.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4.element import CData, NavigableString, Tag

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
    paragraphs = _Paragraphs(_lines(copy))
    repeated = [block for block in _visible_blocks(soup, copy) if paragraphs.repeat(_lines(block))]
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
    elements = [element for element in tags_within(soup) if element.name in BLOCK_TAGS]
    # the blocks holding blocks, marked in one pass: bs4's ``find`` per block cost ~0.2 ms
    holding: set[int] = set()
    for element in elements:
        for parent in element.parents:
            if id(parent) in holding:
                break
            holding.add(id(parent))
    for element in elements:
        if id(element) in inside or element is copy or id(element) in holding:
            continue
        if element.name not in _HEADINGS:
            yield element


class _Paragraphs:
    """The copy's paragraphs (squashed), to look a summary's up in."""

    def __init__(self, lines: list[str]) -> None:
        self._whole = frozenset(lines)
        self._sorted = sorted(self._whole)  # a paragraph's beginning sorts just before it

    def repeat(self, lines: list[str]) -> bool:
        """Whether the copy says all ``lines`` (a block's) say: each one of its paragraphs,
        the last perhaps cut off (经济运行稳中…) and then a paragraph's beginning."""
        if not lines or any(line not in self._whole for line in lines[:-1]):
            return False
        last = lines[-1].rstrip(_CUT_MARKS)
        if len(lines) == 1 and len(last) < 2:
            return False  # a mark, a character: anything holds it
        if not last or last in self._whole or lines[-1] in self._whole:
            return True  # (a line of cut marks alone closes the summary)
        if len(last) < 2:
            return False
        at = bisect_left(self._sorted, last)
        return at < len(self._sorted) and self._sorted[at].startswith(last)


def _lines(element: Tag) -> list[str]:
    """The squashed text of each paragraph of ``element``: its blocks' and its lines broken
    by ``<br>``, in document order, empty ones left out."""
    lines: list[str] = []
    current: list[str] = []
    block = None  # the id of the block holding the text gathered in ``current``
    for node in element.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                lines.append("".join(current))
                current = []
            continue
        if type(node) not in (NavigableString, CData):
            continue  # a comment, a script: no text a reader sees (as ``get_text``)
        holder = _block_of(node, element)
        if holder != block:
            lines.append("".join(current))
            current, block = [], holder
        current.extend(node.split())
    lines.append("".join(current))
    return [line for line in lines if line]


def _block_of(node: NavigableString, root: Tag) -> int:
    """The id of the innermost block (or ``root``) holding ``node``."""
    for parent in node.parents:
        if parent is root or parent.name in BLOCK_TAGS:
            return id(parent)
    return id(root)


def _squashed(element: Tag) -> str:
    return "".join(element.get_text().split())
