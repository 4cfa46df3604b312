"""Keyword in context: every occurrence of a term across texts, with the words around it.

Lines sort by their right context (what follows the term) or by their left context read
backwards from the term, as concordancers do, so that the same collocations line up:
…要推进|效能革命 and …深入开展|效能革命 group by 推进 / 开展, nearest character first.
Contexts are one line, line breaks shown as ⏎ (``kwic.NEWLINE_MARK``) as in search results, so
a term that opens a paragraph is visible as such. As a ``concordance_table`` they export to CSV
through the app's table writer (``core.export.table``): UTF-8 with a BOM, which Excel opens
as Unicode.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.errors import QueryError
from desktop.core.export.table import Table
from desktop.core.storage.kwic import one_line

DEFAULT_WIDTH = 20
"""Characters of context on each side."""

CSV_HEADER = ("source", "start", "end", "left", "hit", "right")


class SortBy(StrEnum):
    """How concordance lines are ordered."""

    TEXT = "text"  # as they occur, text by text
    LEFT = "left"  # by the left context, nearest character first
    RIGHT = "right"  # by the right context


@dataclass(frozen=True, slots=True)
class ConcordanceLine:
    """One occurrence: its text, its offsets there, and its context (line breaks as ⏎)."""

    source: Hashable
    start: int
    end: int
    left: str
    hit: str
    right: str


def concordance(
    term: str, texts: Iterable[tuple[Hashable, str]], width: int = DEFAULT_WIDTH
) -> list[ConcordanceLine]:
    """Every occurrence of ``term`` in the texts (source id, text), in text order."""
    if not term.strip():
        raise QueryError("nothing to look for", code="empty")
    lines = []
    for source, text in texts:
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            lines.append(concordance_line(source, text, start, end, width))
            start = text.find(term, end)
    return lines


def concordance_line(
    source: Hashable, text: str, start: int, end: int, width: int = DEFAULT_WIDTH
) -> ConcordanceLine:
    """The line of the occurrence ``text[start:end]`` (found by any means, e.g. the index)."""
    left = one_line(text[max(0, start - width) : start])
    right = one_line(text[end : end + width])
    return ConcordanceLine(source, start, end, left, one_line(text[start:end]), right)


def sort_lines(lines: Iterable[ConcordanceLine], by: SortBy) -> list[ConcordanceLine]:
    """The lines ordered ``by`` their left or right context (ties: the other side, then text
    order); ``SortBy.TEXT`` keeps them as given."""
    ordered = list(lines)
    if by == SortBy.LEFT:
        ordered.sort(key=lambda line: (line.left[::-1], line.right))
    elif by == SortBy.RIGHT:
        ordered.sort(key=lambda line: (line.right, line.left[::-1]))
    return ordered


def concordance_table(
    lines: Iterable[ConcordanceLine], names: Mapping[Hashable, str] | None = None
) -> Table:
    """The lines as a table (``CSV_HEADER``); ``names`` turns source ids into readable names."""
    # The contexts keep their ⏎ marks rather than plain text: a real line break would split a
    # spreadsheet cell over lines and a space would hide where a paragraph starts or ends, which
    # is what a reader of the table (and of the dialog it came from) goes by.
    rows = []
    for line in lines:
        source = names.get(line.source, str(line.source)) if names else str(line.source)
        rows.append((source, line.start, line.end, line.left, line.hit, line.right))
    return Table.of(CSV_HEADER, rows)
