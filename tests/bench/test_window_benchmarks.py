"""bench/bench_startup.py and bench/bench_open_speech.py run on the harness (not timed here)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.bench.test_run import _run


def test_quick_run_reports_startup_and_opening_a_speech(tmp_path: Path) -> None:
    report_path = tmp_path / "bench.json"
    completed = _run("--quick", "--json", str(report_path), "startup", "open-speech")
    assert completed.returncode == 0, completed.stderr
    results = json.loads(report_path.read_text(encoding="utf-8"))["results"]
    assert [result["name"] for result in results] == ["startup", "open-speech"]
    for result in results:
        assert result["run_ms"] > 0
        assert result["baseline_ms"] > 0
    assert [result["target_ratio"] for result in results] == [1.5, 3.0]
