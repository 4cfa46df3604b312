"""Run the benchmarks: ``python bench/run.py [--quick] [--json PATH] [NAME…]``.

Each ``bench/bench_*.py`` module exposes ``BENCHMARK`` (or a list ``BENCHMARKS``). Every figure is
printed with its ratio to a baseline measured in the same run; ``--json`` writes them all.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from a checkout: find desktop/ and bench/

from bench.harness import (  # noqa: E402
    Benchmark,
    Result,
    measure_memory,
    probe_here,
    time_benchmark,
)


def discover() -> dict[str, Benchmark]:
    """Every benchmark declared in bench/bench_*.py, by name.

    A module declaring neither ``BENCHMARK`` nor ``BENCHMARKS`` is a standalone script (run it
    with ``python bench/bench_NAME.py``); it is named on stderr and skipped.
    """
    found: dict[str, Benchmark] = {}
    for path in sorted((ROOT / "bench").glob("bench_*.py")):
        module = importlib.import_module(f"bench.{path.stem}")
        declared = getattr(module, "BENCHMARKS", None)
        if declared is None and hasattr(module, "BENCHMARK"):
            declared = [module.BENCHMARK]
        if declared is None:
            print(f"{path.name}: declares no BENCHMARK; run it on its own", file=sys.stderr)
            continue
        for benchmark in declared:
            found[benchmark.name] = benchmark
    return found


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks, print one line each, write JSON if asked."""
    args = _parser().parse_args(argv)
    benchmarks = discover()
    if args.memory_probe:
        benchmark = benchmarks[args.names[0]]
        print(json.dumps({"kib": probe_here(benchmark, args.memory_probe, args.quick)}))
        return 0
    unknown = [name for name in args.names if name not in benchmarks]
    if unknown:
        print(f"unknown benchmark: {', '.join(unknown)}; have {', '.join(benchmarks)}")
        return 2
    results = [_run_one(benchmarks[name], args.quick) for name in args.names or benchmarks]
    if args.json:
        _write_json(Path(args.json), results, args.quick)
    missed = [result.name for result in results if not result.ok]
    return 1 if missed and args.strict else 0


def _run_one(benchmark: Benchmark, quick: bool) -> Result:
    result = time_benchmark(benchmark, quick)
    if benchmark.measure_memory:
        result.memory = measure_memory(benchmark.name, quick)
        result.memory_target_ratio = benchmark.memory_target_ratio
        if result.memory_ratio is not None and result.memory_target_ratio is not None:
            result.ok = result.ok and result.memory_ratio <= result.memory_target_ratio
    print(result.line(), flush=True)
    return result


def _write_json(path: Path, results: list[Result], quick: bool) -> None:
    report = {
        "quick": quick,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "results": [result.to_dict() for result in results],
    }
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default all)")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller inputs")
    parser.add_argument("--json", metavar="PATH", help="also write every figure to PATH")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument(
        "--memory-probe", choices=["run", "baseline", "input"], help=argparse.SUPPRESS
    )
    return parser


if __name__ == "__main__":
    sys.exit(main())
