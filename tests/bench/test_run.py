"""bench/run.py: discovers the benchmarks, reports figures and ratios, writes JSON (no timing
assertions: speed is judged by reading the figures, not by tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
    )


def test_quick_run_writes_figures_and_ratios(tmp_path: Path) -> None:
    report_path = tmp_path / "bench.json"
    completed = _run("--quick", "--json", str(report_path), "decode-gb18030")
    assert completed.returncode == 0, completed.stderr
    line = completed.stdout.strip().splitlines()[-1]
    assert line.startswith("decode-gb18030: ")
    assert " ms vs baseline " in line
    assert "(ratio " in line
    assert line.split()[-1] in {"OK", "MISS"} or "peak memory" in line
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["quick"] is True
    (result,) = report["results"]
    assert result["name"] == "decode-gb18030"
    assert result["run_ms"] > 0
    assert result["baseline_ms"] > 0
    assert result["ratio"] == pytest.approx(result["run_ms"] / result["baseline_ms"])
    assert result["repeats"] == len(result["run_samples_ms"]) == len(result["baseline_samples_ms"])
    assert result["ok"] == (result["ratio"] <= result["target_ratio"])
    memory = result["memory"]
    assert "tracemalloc" in memory["method"]
    assert memory["run_kib"] > 0
    assert memory["baseline_kib"] > 0


def test_an_unknown_benchmark_is_refused() -> None:
    completed = _run("--quick", "no-such-benchmark")
    assert completed.returncode == 2
    assert "unknown benchmark: no-such-benchmark" in completed.stdout
    assert "decode-gb18030" in completed.stdout
