"""bench/bench_save_highlight.py runs on the harness and reports both figures (not timed here)."""

from __future__ import annotations

import json
from pathlib import Path

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
        assert result["target_ratio"] == 3.0
