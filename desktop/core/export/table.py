"""Tables of figures (terms, search hits, concordance lines) as CSV files and as text to paste.

One writer for every table the app exports, so they all open the same way. CSV is UTF-8 with a
BOM (Excel and WPS take a file without one for the local code page and garble the Chinese),
CRLF rows (RFC 4180), and text cells a spreadsheet would run as a formula made plain. Tab-
separated text is what Word, Excel and WPS paste as a table; its cells lose their tabs and line
breaks, which would split them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.export.csv_writer import defuse_formula
from desktop.core.fileio import atomic_write

Cell = str | int | float
_BREAKS = re.compile(r"[\t\r\n]+")


@dataclass(frozen=True, slots=True)
class Table:
    """A header row of field names and rows of cells, in order."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]

    @classmethod
    def of(cls, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Table:
        """A table from any sequences."""
        return cls(tuple(header), tuple(tuple(row) for row in rows))


def to_csv(table: Table) -> bytes:
    """The table as CSV bytes: UTF-8 with a BOM, CRLF rows, formulas defused."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.header)
    writer.writerows(_safe_row(row) for row in table.rows)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(table: Table, path: Path) -> Path:
    """Write the table to ``path`` as CSV, atomically (ExportError if it cannot be written)."""
    return atomic_write(path, to_csv(table))


def to_tsv(table: Table, header: Sequence[str] | None = None) -> str:
    """The table as tab-separated lines, to paste as a table (``header`` replaces its own)."""
    lines = ["\t".join(_plain(cell) for cell in header or table.header)]
    lines += ["\t".join(_plain(cell) for cell in row) for row in table.rows]
    return "\n".join(lines) + "\n"


def _safe_row(row: Sequence[Cell]) -> list[Cell]:
    return [defuse_formula(cell) if isinstance(cell, str) else cell for cell in row]


def _plain(cell: Cell) -> str:
    """A cell on one line; a formula defused, as a paste into a spreadsheet would run it."""
    if isinstance(cell, str):
        return defuse_formula(_BREAKS.sub(" ", cell))
    return str(cell)
