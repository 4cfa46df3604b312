"""A parsed page → lines: one per block (p, li, td, h1–h6, div text runs), split at <br>.

Whitespace is collapsed as a browser renders it, including CSS Text's rule that a line break in
the source between two CJK characters shows as nothing. Each line is marked ``chrome`` unless
its text lies in the article and outside the article's own furniture (share bars, pagers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bs4.element import NavigableString, PageElement, PreformattedString, Tag

from desktop.core.importing.chars import CELL_GAP
from desktop.core.importing.lines import continues_title
from desktop.core.importing.numbering import heading_marker
from desktop.core.importing.readers.html_content import BLOCK_TAGS
from desktop.core.importing.source import SourceLine

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer"})
# Class and id names of page furniture even inside an article: as part of any name (Baidu's
# "bdshare", "breadcrumbs") or, for short words that occur inside others, as a whole word.
_FURNITURE_NAMES = re.compile(
    r"share|breadcrumb|crumb|related|recommend|pager|pagination|toolbar|fontsize|copyright"
    r"|footer|sidebar|advert|(?:^|[-_\s])(?:comments?|nav|navbar|menu|ads?)(?:$|[-_\s])",
    re.IGNORECASE,
)
_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_BREAK_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}])\n(?=[{_CJK}])")
# A <br> inside a heading: its lines are one heading, set apart by a space as a title's
# phrases are, unless a line is the title's subtitle (——在…的讲话) or date, or a heading of
# its own (一、总体要求<br>（一）指导思想): a line of its own.
_HEADING_BREAK = "\u2028"
_OWN_LINE = re.compile(r"[—－\-–―]|[（(]?\d{4}\s*[年\-./]")
# A line of facts about the article (WeChat's #meta_content, a blog's .post-meta) that a page
# lays out item by item, each named for its own CSS (原创, the author, the account, the time):
# its items are words apart however the source is spaced, never one run (原创王建国某某发布).
_META_LINE = re.compile(r"(?:^|[-_])meta(?:$|[-_])", re.IGNORECASE)
_ITEM_GAP = NavigableString(" ")
# A row of a table of data (项目 | 数额) is one line of columns, as a .docx's is: its cells
# parted by this mark until the line is joined, then by CELL_GAP. A cell longer than
# _DATA_CELL_MAX, or holding paragraphs or a table, is prose: a line each.
_CELL_BREAK = "\u2063"
_DATA_CELL_MAX = 60
_CELLS = ("td", "th")
_CELL_PARTS = ("p", "div", "li", "br", "table")


@dataclass(slots=True)
class _Context:
    """What an element passes down to its text: chrome or not, heading level, preformatted."""

    in_main: bool
    furniture: bool
    heading: int | None = None
    preformatted: bool = False
    meta_line: bool = False  # the element's inline children are a meta line's items


@dataclass(frozen=True, slots=True)
class _Marked:
    """The elements a page's lines are judged by: the article, its title headings, furniture."""

    main: Tag
    content_headings: set[int]
    furniture: set[int]


@dataclass(slots=True)
class _Collector:
    lines: list[SourceLine] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    chrome_flags: list[bool] = field(default_factory=list)
    heading: int | None = None

    def add(self, text: str, context: _Context, chrome: bool) -> None:
        if context.preformatted and "\n" in text:
            first, *rest = text.split("\n")
            self.add(first, context, chrome)
            for piece in rest:
                self.flush()
                self.add(piece, context, chrome)
            return
        if not context.preformatted:
            # A whitespace run holding a line break is kept as "\n" until the line is joined.
            text = _SPACE_RUN.sub(lambda m: "\n" if "\n" in m.group() else " ", text)
        self.parts.append(text)
        self.chrome_flags.append(chrome)
        self.heading = context.heading if self.heading is None else self.heading

    def flush(self) -> None:
        text = _BREAK_BETWEEN_CJK.sub("", "".join(self.parts))
        text = re.sub(r"[ \n]+", " ", text).replace(_CELL_BREAK, CELL_GAP).strip(" ")
        chrome = all(self.chrome_flags)
        for position, line in enumerate(_heading_lines(text)):
            # a subtitle or date set in the heading under its title heads nothing
            numbered = position == 0 or heading_marker(line) is not None
            heading = self.heading if numbered else None
            self.lines.append(SourceLine(line, heading=heading, chrome=chrome))
        self.parts.clear()
        self.chrome_flags.clear()
        self.heading = None


def collect_lines(
    body: Tag, main: Tag, title_headings: list[Tag], chrome: Sequence[Tag] = ()
) -> list[SourceLine]:
    """The page's lines in document order, chrome marked; ``main`` holds the article and
    ``chrome`` lists elements in it that are page furniture all the same (a metadata table)."""
    collector = _Collector()
    content_headings = {id(heading) for heading in title_headings}
    furniture = {id(element) for element in chrome}
    root = _Context(in_main=main is body, furniture=False)
    # An explicit stack: real pages nest deeper than Python's recursion limit allows.
    stack: list[tuple[PageElement, _Context] | None] = [(body, root)]
    while stack:
        item = stack.pop()
        if item is None:
            collector.flush()  # the end of a block
            continue
        node, context = item
        if isinstance(node, Tag):
            _enter(node, context, _Marked(main, content_headings, furniture), collector, stack)
        elif _is_text(node):
            chrome = not context.in_main or context.furniture
            collector.add(str(node), context, chrome)
    collector.flush()
    return collector.lines


def _enter(
    element: Tag,
    context: _Context,
    marked: _Marked,
    collector: _Collector,
    stack: list[tuple[PageElement, _Context] | None],
) -> None:
    if element.name == "br":
        if context.heading is None:
            collector.flush()
        else:  # a heading's lines are one heading, a title set over them
            collector.parts.append(_HEADING_BREAK)
        return
    inner = _inner_context(element, context, marked)
    cells = _data_cells(element) if element.name == "tr" else None
    if cells is not None:
        collector.flush()
        collector.add(_CELL_BREAK.join(cells), inner, not inner.in_main or inner.furniture)
        collector.flush()
        return
    if element.name in BLOCK_TAGS:
        collector.flush()
        stack.append(None)
    apart = context.meta_line and element.name not in BLOCK_TAGS and _is_named(element)
    if apart:
        stack.append((_ITEM_GAP, inner))
    stack.extend((child, inner) for child in reversed(element.contents))
    if apart:
        stack.append((_ITEM_GAP, inner))


def _data_cells(row: Tag) -> list[str] | None:
    """The texts of a row of data's cells (two or more, each a short line at most), or None
    for a row holding more (a layout table around the text, a long remark)."""
    cells = row.find_all(_CELLS, recursive=False)
    if len(cells) < 2:
        return None
    texts = [_rendered(cell.get_text()) for cell in cells]
    if not any(texts) or any(len(text) > _DATA_CELL_MAX for text in texts):
        return None
    if any(len(cell.find_all(_CELL_PARTS)) > 1 or cell.find("table") for cell in cells):
        return None
    return texts


def _rendered(text: str) -> str:
    """Text with its whitespace collapsed as a browser shows it (the collector's rule: a line
    break between CJK characters shows as nothing; 　 and no-break spaces stay)."""
    text = _SPACE_RUN.sub(lambda m: "\n" if "\n" in m.group() else " ", text)
    return re.sub(r"[ \n]+", " ", _BREAK_BETWEEN_CJK.sub("", text)).strip(" ")


def _inner_context(element: Tag, context: _Context, marked: _Marked) -> _Context:
    if id(element) in marked.content_headings:
        return _Context(in_main=True, furniture=False, heading=_HEADINGS.get(element.name, 1))
    in_main = context.in_main or element is marked.main
    furniture = context.furniture or (
        in_main
        and element is not marked.main
        and (id(element) in marked.furniture or _is_furniture(element))
    )
    heading = _HEADINGS.get(element.name, context.heading)
    preformatted = context.preformatted or element.name in {"pre", "textarea", "listing"}
    # an item's own parts (发表于<span>浙江</span>) are no items, though named as it is
    item = context.meta_line and element.name not in BLOCK_TAGS
    meta_line = not item and _is_meta_line(element)
    return _Context(in_main, furniture, heading, preformatted, meta_line)


def _is_named(element: Tag) -> bool:
    return bool(element.get("id") or element.get("class"))


def _is_meta_line(element: Tag) -> bool:
    names = [element.get("id") or "", *(element.get("class") or [])]
    return any(isinstance(name, str) and _META_LINE.search(name) for name in names)


def _is_furniture(element: Tag) -> bool:
    if element.name in _FURNITURE_TAGS:
        return True
    names = [element.get("id") or "", *(element.get("class") or [])]
    return any(isinstance(name, str) and _FURNITURE_NAMES.search(name) for name in names)


def _is_text(node: PageElement) -> bool:
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def _heading_lines(text: str) -> list[str]:
    """The lines of a block: a heading's broken by <br> joined into one (as the head joins a
    title broken over lines), but for a line that is its subtitle or date."""
    if _HEADING_BREAK not in text:
        return [text] if text.strip() else []
    lines: list[str] = []
    for piece in (piece.strip() for piece in text.split(_HEADING_BREAK)):
        if piece and lines and _OWN_LINE.match(piece) is None and heading_marker(piece) is None:
            # run together where the break fell inside a phrase (关于…新形势下 / 党的建设…)
            lines[-1] += ("" if continues_title(lines[-1], piece) else " ") + piece
        elif piece:
            lines.append(piece)
    return lines
