"""What a benchmark is, and how one is timed and measured.

A benchmark module ``bench/bench_NAME.py`` defines ``BENCHMARK = Benchmark(...)`` (or
``BENCHMARKS = [...]``): a setup that builds the input (smaller when quick), the code under
test, a baseline doing the nearest plain thing, and the ratio the code should stay within.
Both are timed in the same run, alternately, so the machine's speed cancels out of the ratio.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MEMORY_METHOD = "tracemalloc peak of Python allocations during one call, in a fresh subprocess"


@dataclass(frozen=True)
class Benchmark:
    """A piece of code timed against a baseline; ``setup(quick)`` builds their shared input."""

    name: str
    setup: Callable[[bool], Any]
    run: Callable[[Any], object]
    baseline: Callable[[Any], object]
    target_ratio: float
    description: str = ""
    repeats: int = 9
    quick_repeats: int = 3
    measure_memory: bool = False
    input_size: Callable[[Any], int] | None = None
    """Bytes of the input, when the memory target is a multiple of it."""
    memory_target_ratio: float | None = None
    """Largest allowed peak memory of one run, as a multiple of ``input_size``."""
    settle: Callable[[Any], object] | None = None
    """Run, untimed, before each timed call: lets work the previous call left running finish
    (Qt's layout of a long text goes on after it returns), so that neither pays the other's."""


@dataclass
class Result:
    """One benchmark's figures: medians in milliseconds, their ratio, and peak memory if asked."""

    name: str
    description: str
    run_ms: float
    baseline_ms: float
    ratio: float
    target_ratio: float
    ok: bool
    repeats: int
    run_samples_ms: list[float] = field(default_factory=list)
    baseline_samples_ms: list[float] = field(default_factory=list)
    memory: dict[str, Any] | None = None
    memory_target_ratio: float | None = None

    @property
    def memory_ratio(self) -> float | None:
        """Peak memory of one run divided by the input size, when both are known."""
        if not self.memory or not self.memory.get("input_kib"):
            return None
        return self.memory["run_kib"] / self.memory["input_kib"]

    def line(self) -> str:
        """``name: 12.3 ms vs baseline 45.6 ms (ratio 0.27, target ≤ 0.1) OK``."""
        verdict = "OK" if self.ok else "MISS"
        text = (
            f"{self.name}: {self.run_ms:.1f} ms vs baseline {self.baseline_ms:.1f} ms "
            f"(ratio {self.ratio:.2f}, target ≤ {self.target_ratio:g}) {verdict}"
        )
        if self.memory:
            text += (
                f"; peak memory {self.memory['run_kib'] / 1024:.1f} MiB vs baseline "
                f"{self.memory['baseline_kib'] / 1024:.1f} MiB"
            )
        if self.memory_ratio is not None and self.memory_target_ratio is not None:
            verdict = "OK" if self.memory_ratio <= self.memory_target_ratio else "MISS"
            text += (
                f" = {self.memory_ratio:.1f}× the input "
                f"(target ≤ {self.memory_target_ratio:g}×) {verdict}"
            )
        return text

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data."""
        return asdict(self)


def corpus_folder() -> Path | None:
    """The shared corpus of real documents: ``$PIZHU_CORPUS``, else the first ``shared/corpus``
    beside the checkout or beside one of the two folders above it (so a git worktree kept in a
    subfolder finds the same corpus as the main checkout)."""
    candidates = [os.environ.get("PIZHU_CORPUS", "")]
    candidates += [str(parent / "shared" / "corpus") for parent in ROOT.parents[:3]]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def time_benchmark(benchmark: Benchmark, quick: bool) -> Result:
    """Median time of the code and of its baseline, run alternately on the same input."""
    data = benchmark.setup(quick)
    repeats = benchmark.quick_repeats if quick else benchmark.repeats
    try:
        benchmark.run(data)  # warm caches and lazy imports before timing
        benchmark.baseline(data)
        runs, baselines = [], []
        for _ in range(repeats):
            runs.append(_time_once(benchmark.run, data, benchmark.settle))
            baselines.append(_time_once(benchmark.baseline, data, benchmark.settle))
    finally:
        close_windows()
    run_ms, baseline_ms = statistics.median(runs), statistics.median(baselines)
    ratio = run_ms / baseline_ms if baseline_ms > 0 else float("inf")
    return Result(
        name=benchmark.name,
        description=benchmark.description,
        run_ms=run_ms,
        baseline_ms=baseline_ms,
        ratio=ratio,
        target_ratio=benchmark.target_ratio,
        ok=ratio <= benchmark.target_ratio,
        repeats=repeats,
        run_samples_ms=runs,
        baseline_samples_ms=baselines,
    )


def close_windows() -> None:
    """Close the windows a benchmark showed, while its input still holds them whole.

    Dropped while shown, a widget in a reference cycle is freed by the cyclic collector, which
    first empties the ``__dict__`` of the objects in the cycle; the widget's destructor then
    hides it, and its views lay themselves out against Python models already emptied (once,
    ``SearchResultsModel.hasChildren``: "no attribute '_speeches'"). A hidden widget's
    destructor asks its models nothing.
    """
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return  # no Qt in this benchmark: nothing shown
    for window in app.topLevelWidgets():
        if window.isVisible():
            window.close()
    app.processEvents()


def _time_once(
    function: Callable[[Any], object], data: Any, settle: Callable[[Any], object] | None = None
) -> float:
    if settle is not None:
        settle(data)
    gc.collect()
    start = time.perf_counter()
    function(data)
    return (time.perf_counter() - start) * 1000


def measure_memory(name: str, quick: bool) -> dict[str, Any]:
    """Peak memory of the code and of its baseline, each in its own fresh interpreter."""
    figures = {f"{which}_kib": _probe(name, which, quick) for which in ("run", "baseline")}
    return {"method": MEMORY_METHOD, **figures, "input_kib": _probe(name, "input", quick)}


def _probe(name: str, which: str, quick: bool) -> int:
    command = [sys.executable, str(ROOT / "bench" / "run.py"), "--memory-probe", which, name]
    command += ["--quick"] if quick else []
    completed = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return int(json.loads(completed.stdout.strip().splitlines()[-1])["kib"])


def probe_here(benchmark: Benchmark, which: str, quick: bool) -> int:
    """In the probe subprocess: the peak KiB that one call of ``which`` allocates.

    tracemalloc rather than the process's peak RSS: setup's input already sets that peak, and
    the allocator's arenas blur small differences; the traced peak counts exactly what the
    call holds at its worst moment (its result included), whatever happened before.
    """
    data = benchmark.setup(quick)
    try:
        if which == "input":
            return benchmark.input_size(data) // 1024 if benchmark.input_size else 0
        function = benchmark.run if which == "run" else benchmark.baseline
        function(data)  # lazy imports and caches are not the call's own memory
        gc.collect()
        tracemalloc.start()
        function(data)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return peak // 1024
    finally:
        close_windows()
