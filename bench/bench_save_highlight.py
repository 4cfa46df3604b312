"""Saving one highlight, commit included, against a bare sqlite3 insert + commit; and import.

Figures (medians over repeats, all files in one temporary folder, so on the same disk):

- ``save_highlight``: ``AnnotationStore.create`` of one highlight on a speech of the sample,
  from call to durable commit (WAL, synchronous=FULL), against the baseline of a bare ``sqlite3``
  connection in WAL mode with the same synchronous=FULL inserting one comparable row and
  committing. Target ratio ≤ 3.
- ``import_sample``: creating a new library with the sample collection (``open_library`` on a
  missing path: importer, schema, rows, link into place, first daily backup), against running
  the importer alone on the same file. The ratio is what the library adds to an import.

Run alone: ``python bench/bench_save_highlight.py [--quick]``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.annotation import utc_now  # noqa: E402
from desktop.core.importing import import_file  # noqa: E402
from desktop.core.storage.library import open_library  # noqa: E402
from desktop.resources import sample_collection_path  # noqa: E402

NAME = "save_highlight"
SAVE_TARGET = 3.0


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Measure both figures; return one dict per figure (name, value, baseline, ratio…)."""
    saves = 40 if quick else 300
    imports = 3 if quick else 9
    with tempfile.TemporaryDirectory(prefix="pizhu-bench-") as folder:
        root = Path(folder)
        return [_save_highlight(root, saves), _import_sample(root, imports)]


def _save_highlight(root: Path, repeats: int) -> dict[str, Any]:
    library = open_library(root / "library.sqlite", daily_backup=False)
    speech = library.store.speeches(library.store.collections()[0].id)[0]
    length = speech.length

    def save(number: int) -> None:
        start = (number * 13) % (length - 20)
        library.annotations.create(speech.id, start=start, end=start + 12, color="green")

    try:
        ours = _median_seconds(save, repeats)
    finally:
        library.close()
    baseline = _median_seconds(_bare_insert(root / "bare.sqlite"), repeats)
    return _figure("save_highlight", ours, baseline, target=SAVE_TARGET)


def _bare_insert(path: Path) -> Callable[[int], None]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE notes (id TEXT PRIMARY KEY, speech INTEGER, start INTEGER, end INTEGER,"
        " exact TEXT, prefix TEXT, suffix TEXT, color TEXT, created TEXT, modified TEXT)"
    )

    def insert(number: int) -> None:
        now = utc_now()
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO notes VALUES (?, 1, ?, ?, ?, ?, ?, 'green', ?, ?)",
            (str(uuid.uuid4()), number, number + 12, "效能革命" * 3, "前" * 32, "后" * 32, now, now),
        )
        conn.execute("COMMIT")

    return insert


def _import_sample(root: Path, repeats: int) -> dict[str, Any]:
    sample = sample_collection_path()
    paths = iter(root / f"new-{number}" / "library.sqlite" for number in range(repeats + 1))
    ours = _median_seconds(lambda _n: open_library(next(paths)).close(), repeats)
    baseline = _median_seconds(lambda _n: import_file(sample), repeats)
    return _figure("import_sample", ours, baseline, target=None)


def _median_seconds(action: Callable[[int], object], repeats: int) -> float:
    action(-1)  # warm caches and lazy imports outside the measurement
    times = []
    for number in range(repeats):
        started = time.perf_counter()
        action(number)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _figure(name: str, value: float, baseline: float, *, target: float | None) -> dict[str, Any]:
    ratio = value / baseline
    return {
        "name": name,
        "value_ms": round(value * 1000, 3),
        "baseline_ms": round(baseline * 1000, 3),
        "ratio": round(ratio, 2),
        "target": target,
        "ok": None if target is None else ratio <= target,
    }


def main(argv: list[str] | None = None) -> int:
    """Print each figure as one line (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    figures = run(quick=args.quick)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    for f in figures:
        target = f"target ≤ {f['target']}" if f["target"] is not None else "no target"
        verdict = "" if f["ok"] is None else (" OK" if f["ok"] else " MISS")
        print(
            f"{f['name']}: {f['value_ms']} ms vs baseline {f['baseline_ms']} ms "
            f"(ratio {f['ratio']}, {target}){verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
