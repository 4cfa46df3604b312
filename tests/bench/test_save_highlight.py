"""bench/bench_save_highlight.py runs on the harness and reports both figures (not timed here)."""

from __future__ import annotations

import json
from pathlib import Path

from bench.bench_save_highlight import IMPORT_SAMPLE_TARGET, import_parts, parts_report
from tests.bench.test_run import _run


def test_quick_run_reports_saving_and_importing(tmp_path: Path) -> None:
    report_path = tmp_path / "bench.json"
    completed = _run("--quick", "--json", str(report_path), "save-highlight", "import-sample")
    assert completed.returncode == 0, completed.stderr
    results = json.loads(report_path.read_text(encoding="utf-8"))["results"]
    assert [result["name"] for result in results] == ["save-highlight", "import-sample"]
    for result in results:
        assert result["run_ms"] > 0
        assert result["baseline_ms"] > 0
    targets = {result["name"]: result["target_ratio"] for result in results}
    assert targets == {"save-highlight": 3.0, "import-sample": IMPORT_SAMPLE_TARGET}


def test_parts_of_a_new_library_are_each_timed_and_reported() -> None:
    """The report's shape only: comparing one run's timings would fail under load."""
    parts = import_parts(repeats=1)
    # "FTS5 inserts" is a difference of two timings, so only the others are surely positive.
    assert all(parts[name] > 0 for name in ("importer", "library", "library without index"))
    assert set(parts) == {
        "importer",
        "library",
        "library without index",
        "index tokens (Python)",
        "FTS5 inserts",
    }
    lines = parts_report(parts)
    assert lines[0].startswith("importer")
    assert lines[0].endswith("1.0×")
    assert lines[-1].startswith("new library with the sample")
