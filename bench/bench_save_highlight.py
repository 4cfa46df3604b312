"""Saving one highlight, commit included, against a bare sqlite3 insert + commit; and import.

- ``save-highlight``: ``AnnotationStore.create`` of one highlight on a speech of the sample,
  from the call to its durable commit (WAL, synchronous=FULL), against a bare ``sqlite3``
  connection in WAL mode, also synchronous=FULL, inserting one comparable row and committing.
  Both files sit in one temporary folder, so on the same disk. Target ratio ≤ 3.
- ``import-sample``: creating a new library with the sample collection (``open_library`` on a
  missing path: importer, schema and rows in one transaction, checkpoint, link into place)
  against running the importer alone on the same file; the ratio is what the library adds to
  an import (target ≤ 3, our own: the brief sets none).

    python bench/run.py [--quick] save-highlight import-sample
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.harness import Benchmark  # noqa: E402
from desktop.core.annotation import utc_now  # noqa: E402
from desktop.core.importing import import_file  # noqa: E402
from desktop.core.storage.library import Library, open_library  # noqa: E402
from desktop.resources import sample_collection_path  # noqa: E402


@dataclass
class SaveInput:
    """An open library with the sample, a bare WAL database beside it, and where to mark next."""

    folder: tempfile.TemporaryDirectory[str]
    library: Library
    speech_id: int
    length: int
    bare: sqlite3.Connection
    numbers: Iterator[int] = field(default_factory=itertools.count)


def setup_save(quick: bool) -> SaveInput:
    """A new library with the sample collection and a bare database in the same folder."""
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-")
    library = open_library(Path(folder.name) / "library.sqlite", daily_backup=False)
    speech = max(library.store.speeches(1), key=lambda record: record.length)
    bare = sqlite3.connect(Path(folder.name) / "bare.sqlite", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute(
        "CREATE TABLE notes (id TEXT PRIMARY KEY, speech INTEGER, start INTEGER, stop INTEGER,"
        " exact TEXT, prefix TEXT, suffix TEXT, color TEXT, created TEXT, modified TEXT)"
    )
    return SaveInput(folder, library, speech.id, speech.length, bare)


def save_highlight(data: SaveInput) -> None:
    """Save one highlight through the store (its own transaction, committed)."""
    start = (next(data.numbers) * 37) % (data.length - 20)
    data.library.annotations.create(data.speech_id, start=start, end=start + 12, color="green")


def bare_insert(data: SaveInput) -> None:
    """Insert and commit one comparable row with nothing but sqlite3."""
    now = utc_now()
    number = next(data.numbers)
    data.bare.execute("BEGIN")
    data.bare.execute(
        "INSERT INTO notes VALUES (?, 1, ?, ?, ?, ?, ?, 'green', ?, ?)",
        (str(uuid.uuid4()), number, number + 12, "效能革命" * 3, "前" * 32, "后" * 32, now, now),
    )
    data.bare.execute("COMMIT")


@dataclass
class ImportInput:
    """A folder for new libraries and a counter naming each."""

    folder: tempfile.TemporaryDirectory[str]
    numbers: Iterator[int] = field(default_factory=itertools.count)


def setup_import(quick: bool) -> ImportInput:
    """An empty folder to create libraries in."""
    return ImportInput(tempfile.TemporaryDirectory(prefix="pizhu-bench-"))


def create_library_with_sample(data: ImportInput) -> None:
    """Create a new library: the sample imported, stored and linked into place."""
    path = Path(data.folder.name) / f"new-{next(data.numbers)}" / "library.sqlite"
    open_library(path).close()


def import_sample_only(data: ImportInput) -> None:
    """The importer alone on the sample."""
    import_file(sample_collection_path())


BENCHMARKS = [
    Benchmark(
        name="save-highlight",
        setup=setup_save,
        run=save_highlight,
        baseline=bare_insert,
        target_ratio=3.0,
        description="one highlight saved and committed vs a bare sqlite3 insert+commit (WAL)",
        repeats=61,
        quick_repeats=15,
    ),
    Benchmark(
        name="import-sample",
        setup=setup_import,
        run=create_library_with_sample,
        baseline=import_sample_only,
        # No target was set for this; ≤ 3 says a new library (schema, rows, checkpoint, the
        # fsyncs that make it durable) costs at most twice what the importer itself does.
        target_ratio=3.0,
        description="a new library with the sample collection vs the importer alone",
        repeats=7,
        quick_repeats=3,
    ),
]
