"""``--csv PATH`` output shared by the commands that print a table: written, then said so."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.export.table import Table, write_csv


def write_rows(table: Table, path: Path, unit: str = "rows") -> None:
    """Write ``table`` as CSV (ExportError, exit 2, if it cannot be) and say how many ``unit``."""
    write_csv(table, path)
    print(f"{len(table.rows)} {unit} written to {path}")


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--json`` and ``--csv PATH``, one or the other, as every table command takes them."""
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--csv", type=Path, metavar="PATH", help="write CSV (UTF-8, BOM)")
