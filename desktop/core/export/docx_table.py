"""A table of data in a speech as a Word table: the rows the importer read as columns (cells set
apart by four spaces or more, ``importing.chars.CELL_GAP``) written into cells, so that a table
pasted into a draft stays one, not lines whose columns drift apart.

Two such lines running on make a table (one alone may be a header's 某某公报    2025年第4期);
a row of fewer cells (an empty cell closing it) is filled out with empty ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from docx.table import Table

from desktop.core.colors import color_info
from desktop.core.export.docx_style import HEI, DocxBuilder, add_run
from desktop.core.export.layout import Block, BlockKind, Run
from desktop.core.export.words import ExportWords, note_marker
from desktop.core.importing.chars import COLUMN_GAP

_GAP = re.compile(f" {{{COLUMN_GAP},}}")
_TABLE_STYLE = "Table Grid"
_ROWS_MIN = 2
Cell = list[Run]


def blocks_and_tables(blocks: Sequence[Block]) -> Iterator[Block | list[Block]]:
    """The body's blocks in order, the rows of each table of data gathered in a list."""
    rows: list[Block] = []
    for block in blocks:
        if _is_row(block):
            rows.append(block)
            continue
        yield from _flushed(rows)
        rows = []
        yield block
    yield from _flushed(rows)


def add_table(document: DocxBuilder, rows: list[Block], words: ExportWords) -> Table:
    """The rows as a Word table, highlights shaded and note markers kept in their cells."""
    cells = [_cells(row) for row in rows]
    width = max(len(row) for row in cells)
    table = document.document.add_table(rows=len(cells), cols=width)
    table.style = document.document.styles[_TABLE_STYLE]
    for row, row_cells in zip(table.rows, cells, strict=True):
        for cell, runs in zip(row.cells, row_cells, strict=False):
            paragraph = cell.paragraphs[0]
            for run in runs:
                info = color_info(run.color)
                if run.text:
                    fill = info.fill_hex if info else None
                    add_run(paragraph, run.text, fill=fill, font=HEI if run.emphasis else None)
                for number in run.markers:
                    add_run(paragraph, note_marker(number, words), superscript=True)
    return table


def _is_row(block: Block) -> bool:
    return block.kind == BlockKind.BODY and _GAP.search(block.text.strip()) is not None


def _flushed(rows: list[Block]) -> Iterator[Block | list[Block]]:
    if len(rows) >= _ROWS_MIN:
        yield rows
    else:
        yield from rows


def _cells(block: Block) -> list[Cell]:
    """The row's cells, each the runs (or their parts) between two gaps."""
    cells: list[Cell] = [[]]
    for run in block.runs:
        parts = _GAP.split(run.text)
        for index, part in enumerate(parts):
            if index:
                cells.append([])
            last = index == len(parts) - 1
            markers = run.markers if last else ()
            # only the ends a gap parts are trimmed: a space inside a cell stays
            text = part.lstrip() if index else part
            text = text if last else text.rstrip()
            if text or markers:
                cells[-1].append(Run(text, run.color, run.emphasis, markers))
    return cells
