"""A page set in two columns, as pypdf's layout mode gives it: both columns on each line.

Layout mode places text on a grid of character cells, so a page in two columns comes out
with the right column starting at one and the same cell on every line, after a wide run of
spaces (the gutter). The page is read column by column, left first: lines spanning both
columns above or below them (a title across the page, a running header) stay where they are.

Conservative, since a wrong split scrambles a page: the gutter must be a run of spaces at
one cell on several lines, no line of the columns' rows may cross it, and both columns must
hold running text (a table of short cells or a right-aligned signature is left alone).
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from desktop.core.importing.noise import is_page_number

__all__ = ["read_columns"]

# Plain spaces only: a full-width space is a paragraph's indent, part of the words.
_GUTTER = re.compile(r"(?<=[^ ]) {3,}(?=[^ ])")
_MIN_ROWS = 4  # lines holding words in both columns
_MIN_SHARE = 0.4  # of the page's lines holding words
_MIN_COLUMN_TEXT = 8  # median characters of a column's line: running text, not table cells
_DRIFT = 1  # cells: layout mode may round a column's start one cell either way


def read_columns(lines: list[str]) -> list[str]:
    """A page's ``lines`` in reading order: a two-column page's left column, then its right."""
    gutter = _gutter(lines)
    if gutter is None:
        return lines
    rows = [index for index, line in enumerate(lines) if _split_at(line, gutter) is not None]
    first, last = rows[0], _columns_end(lines, rows[-1], gutter)
    middle = lines[first : last + 1]
    if any(_crosses(line, gutter) for line in middle):
        return lines
    left, right = [], []
    for line in middle:
        split = _split_at(line, gutter)
        if split is None:
            if _starts_right(line, gutter):
                right.append(line.strip(" "))
            else:
                left.append(line.rstrip(" "))
        else:
            left.append(line[:split].rstrip(" "))
            right.append(line[split:])
    return [*lines[:first], *left, *right, *lines[last + 1 :]]


def _gutter(lines: list[str]) -> int | None:
    """The cell where a right column starts, if the page has one."""
    starts = Counter(match.end() for line in lines for match in _GUTTER.finditer(line))
    if not starts:
        return None
    cell, _count = starts.most_common(1)[0]
    pairs = [split for line in lines if (split := _split_at(line, cell)) is not None]
    filled = sum(1 for line in lines if line.strip())
    if len(pairs) < _MIN_ROWS or len(pairs) < _MIN_SHARE * filled:
        return None
    split_lines = [line for line in lines if _split_at(line, cell) is not None]
    lefts = [len(line[: _split_at(line, cell)].strip()) for line in split_lines]
    rights = [len(line[cell:].strip()) for line in split_lines]
    if min(median(lefts), median(rights)) < _MIN_COLUMN_TEXT:
        return None
    return cell


def _columns_end(lines: list[str], last_row: int, gutter: int) -> int:
    """The last line of the columns: the last line with words in both, then the lines under
    it in one column only (the longer column runs on), up to a page number or a line across."""
    end = last_row
    for line in lines[last_row + 1 :]:
        text = line.strip()
        if not text or is_page_number(text) or _crosses(line, gutter):
            break
        end += 1
    return end


def _split_at(line: str, gutter: int) -> int | None:
    """Where the right column starts on ``line``, when it has words on both sides of the
    gutter at ``gutter`` (give or take a cell), else None."""
    for match in _GUTTER.finditer(line):
        if abs(match.end() - gutter) <= _DRIFT:
            return match.end()
    return None


def _starts_right(line: str, gutter: int) -> bool:
    """A line with words in the right column only."""
    start = len(line) - len(line.lstrip(" "))
    return start >= gutter - _DRIFT and bool(line.strip())


def _crosses(line: str, gutter: int) -> bool:
    """Whether words on ``line`` run through the gutter (a line spanning both columns)."""
    if _split_at(line, gutter) is not None or _starts_right(line, gutter):
        return False
    around = line[gutter - _DRIFT - 2 : gutter + _DRIFT]
    return len(line.rstrip(" ")) > gutter - _DRIFT - 2 and around.strip(" ") != ""
