"""Exporting every annotation of a real library of 10,000 speeches and 20,000 annotations.

- ``export-big-md``: ``run_export`` of the whole library to Markdown (select, load each
  annotated speech's outline, render, write atomically), against writing the same annotations
  plainly: read them from the library and write their quotes and notes a line each, the same
  atomic way. Target ≤ 9 (measured 7.1; 10.7 before the export pass).
- ``export-big-docx``: the same to Word, against the same baseline. Target ≤ 25 (measured
  13.2; 42 before).

The targets guard the fixes of the export pass (bench/README.md, "Exporting a library of
10,000 speeches"): loading whole texts for a list of notes, or python-docx's per-run parsing
and schema scans, would each double a ratio or more. The library is ``big_library``'s, copied.

    python bench/run.py [--quick] export-big-md export-big-docx
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.big_library import working_copy  # noqa: E402
from bench.harness import Benchmark  # noqa: E402
from desktop.core.export.reading import LibraryReader  # noqa: E402
from desktop.core.export.runner import ExportRequest, run_export  # noqa: E402
from desktop.core.fileio import atomic_write  # noqa: E402
from desktop.core.storage.library import Library, open_library  # noqa: E402

TARGETS = {"md": 9, "docx": 25}


@dataclass
class BigExport:
    """A copy of the big library, open, and the folder the files go to."""

    folder: tempfile.TemporaryDirectory[str]
    library: Library


def setup(quick: bool) -> BigExport:
    """A working copy of the big library (the 200-speech one when quick), opened."""
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-export-big-")
    path = working_copy(quick, Path(folder.name) / "library")
    return BigExport(folder, open_library(path, create=False, daily_backup=False))


def export_all(name: str, given: BigExport) -> Path:
    """The code under test: every annotation exported to format ``name``."""
    destination = Path(given.folder.name) / f"all.{name}"
    return run_export(LibraryReader(given.library), ExportRequest(name, destination)).path


def plain_rows(given: BigExport) -> Path:
    """The floor: the same annotations read and written as plain lines, quote then note."""
    notes = given.library.annotations.annotations()
    text = "\n".join(f"{note.quote.exact}\t{note.note}" for note in notes)
    return atomic_write(Path(given.folder.name) / "plain.txt", text)


BENCHMARKS = [
    Benchmark(
        name=f"export-big-{name}",
        setup=setup,
        run=partial(export_all, name),
        baseline=plain_rows,
        target_ratio=target,
        description=f"all 20,000 annotations of the 10,000-speech library to {name}",
        repeats=3,
        quick_repeats=2,
    )
    for name, target in TARGETS.items()
]
