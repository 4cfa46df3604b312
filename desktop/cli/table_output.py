"""``--csv PATH`` output shared by the commands that print a table: written, then said so."""

from __future__ import annotations

from pathlib import Path

from desktop.core.export.table import Table, write_csv


def write_rows(table: Table, path: Path, unit: str = "rows") -> None:
    """Write ``table`` as CSV (ExportError, exit 2, if it cannot be) and say how many ``unit``."""
    write_csv(table, path)
    print(f"{len(table.rows)} {unit} written to {path}")
