"""A PDF's page furniture: page numbers and running headers or footers at the pages' edges.

Conservative on purpose, since a line taken for furniture leaves the text: a line is a running
header or footer only if the same short line (digits aside: 第3页 and 第4页 are the same)
sits among the first or last few lines of at least half the pages, and a page number only at
the edge of its page (a bare number only as its very first or last line). Furniture is peeled
from each edge inward and stops at the first line of content, so nothing in the middle of a
page is ever taken.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from desktop.core.imported import RemovalKind
from desktop.core.importing.joining import is_set_in_columns
from desktop.core.importing.noise import bare_page_number, is_page_number
from desktop.core.importing.source import SourceLine

__all__ = ["page_furniture", "page_source_lines"]

_EDGE_LINES = 3  # a header, a rule's caption, a page number: no more sits above or below
_HEADER_MAX = 60  # characters: a running header or footer is a short line
_MIN_PAGES = 2
_DIGITS = re.compile(r"[0-9０-９]+")
_SPACES = re.compile(r"\s+")


def page_source_lines(pages: list[list[str]]) -> list[SourceLine]:
    """The lines of all ``pages`` in order, each page's furniture marked with its kind."""
    lines: list[SourceLine] = []
    for page, furniture in zip(pages, page_furniture(pages), strict=True):
        lines.extend(
            SourceLine(text, noise=furniture.get(index)) for index, text in enumerate(page)
        )
    return lines


def page_furniture(pages: list[list[str]]) -> list[dict[int, str]]:
    """The furniture of each of ``pages`` (lines, blank where nothing is to be judged): the
    removal kind of its page numbers and running headers or footers, by line index."""
    running = _running_keys(pages)
    return [_page_furniture(page, running, first=number == 0) for number, page in enumerate(pages)]


def _key(text: str) -> str:
    """What a running header keeps from page to page: its text, spaces and numbers aside."""
    return _DIGITS.sub("#", _SPACES.sub("", text))


def _edge_indexes(page: list[str]) -> list[int]:
    """The first and last few non-blank lines of a page (each once)."""
    filled = [index for index, text in enumerate(page) if text.strip()]
    if len(filled) <= 2 * _EDGE_LINES:
        return filled
    return filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]


def _running_keys(pages: list[list[str]]) -> set[str]:
    """The keys of short lines at the edges of at least half the pages (and two of them)."""
    if len(pages) < _MIN_PAGES:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update(
            {_key(page[i]) for i in _edge_indexes(page) if len(page[i].strip()) <= _HEADER_MAX}
        )
    needed = max(_MIN_PAGES, (len(pages) + 1) // 2)
    return {key for key, count in counts.items() if count >= needed and key}


def _page_furniture(page: list[str], running: set[str], *, first: bool) -> dict[int, str]:
    """The furniture of one page by line index, peeled from the top and from the bottom.

    The top of the first page keeps its repeated lines: a document whose pages after the first
    carry its title as their header (Word's "different first page") opens with that title, and
    a header left in on one page costs less than a title taken out. A line set out in columns
    is no title, and goes there too."""
    filled = [index for index, text in enumerate(page) if text.strip()]
    furniture: dict[int, str] = {}
    _peel(page, filled, _set_in_columns(page, running) if first else running, furniture)
    _peel(page, reversed(filled), running, furniture)
    return furniture


def _set_in_columns(page: list[str], running: set[str]) -> set[str]:
    """Of the ``running`` keys, those of the page's lines set out in columns (某某公报
    2025年第4期): a header, never a title, even at the top of the first page."""
    return {key for text in page if (key := _key(text)) in running and is_set_in_columns(text)}


def _peel(
    page: list[str], order: Iterable[int], running: set[str], furniture: dict[int, str]
) -> None:
    for depth, index in enumerate(order):
        if depth >= _EDGE_LINES:
            return
        text = page[index].strip()
        if is_page_number(text) and (depth == 0 or bare_page_number(text) is None):
            kind = RemovalKind.PAGE_MARKER  # a bare "3" only as the page's very edge line
        elif _key(text) in running:
            kind = _running_kind(text)
        else:
            return
        furniture[index] = kind


def _running_kind(text: str) -> str:
    """A repeated line that numbers the page (第3页 共10页) is a page number, else a header."""
    return RemovalKind.PAGE_MARKER if is_page_number(text) else RemovalKind.PAGE_HEADER
