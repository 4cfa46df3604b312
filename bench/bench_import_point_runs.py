"""Outlining many runs of points grows linearly: four times the runs against four quarters.

The input is a report whose one section holds thousands of short lists, each two
one-paragraph points (一是…。 二是…。, then 一要…。 二要…。 in turn) and a paragraph after them.
Each list's first point asks whether the list before it is over, as a 主持词's agenda is when
its own 一要… comes after other paragraphs; that question once looked at every point beside the
last one, so the outline took time growing with the square of the points. The baseline
imports each quarter of the same text separately: the ratio is about 1 when the outline is
linear in the points and grows with their number when it is quadratic.
"""

from __future__ import annotations

from bench.harness import Benchmark
from desktop.core.importing import import_bytes

_FULL_RUNS = 8000
_QUICK_RUNS = 2000


def _paragraphs(runs: int) -> list[str]:
    """``runs`` lists of two points, each list followed by a paragraph of its own."""
    paragraphs = []
    for number in range(runs):
        word = "要" if number % 2 else "是"  # a list of the other style closes the one before
        paragraphs += [
            f"一{word}加强第{number}项工作的组织领导。",
            f"二{word}完善第{number}项工作的制度机制。",
            f"第{number}项工作要按期完成，年底前进行检查验收。",
        ]
    return paragraphs


def point_runs(quick: bool) -> tuple[bytes, list[bytes]]:
    """The report, and its four quarters (each cut between two lists)."""
    paragraphs = _paragraphs(_QUICK_RUNS if quick else _FULL_RUNS)
    quarter = len(paragraphs) // 12 * 3
    pieces = [paragraphs[i : i + quarter] for i in range(0, len(paragraphs), quarter)]
    return "\n".join(paragraphs).encode(), ["\n".join(piece).encode() for piece in pieces]


def import_whole(data: tuple[bytes, list[bytes]]) -> object:
    """The whole report imported at once."""
    return import_bytes(data[0], "whole.txt")


def import_quarters(data: tuple[bytes, list[bytes]]) -> object:
    """Each quarter imported on its own: what a linear outline of the whole would cost."""
    return [import_bytes(piece, "quarter.txt") for piece in data[1]]


BENCHMARK = Benchmark(
    name="import-point-runs",
    setup=point_runs,
    run=import_whole,
    baseline=import_quarters,
    target_ratio=1.5,
    description="import_bytes of 8000 two-point lists with a paragraph after each vs 4 quarters",
    repeats=3,
    quick_repeats=1,
)
