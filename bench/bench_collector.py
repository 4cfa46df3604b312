"""The cyclic collector's share of a step while the dock holds "all speeches" of a big library.

- ``collector-beside-all``: with the annotations dock holding the worker's list of 8,666 groups
  and 20,000 annotations (``bench_annotations_dock``'s, adopted as the window adopts it, then
  ``keep_long_lived`` under the window's policy, ``collector_policy``), a step that makes
  objects that live on (120,000 small rows and their dicts, as a search's results or an
  import's records), the collector's automatic passes included, then frees them; against
  the same step with the collector paused: the step's own work alone.

Before the window froze its long-lived objects, the full passes that such a step sets off
walked the dock's ~100,000 rows and annotations too: the GUI thread froze 100-300 ms on the
10,000-speech library. ``FREEZE = False`` measures that state.

    python bench/run.py [--quick] collector-beside-all
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.bench_annotations_dock import setup as setup_dock  # noqa: E402
from bench.harness import Benchmark  # noqa: E402

FREEZE = True
"""The window's policy; False: the collector walks the dock's rows in every full pass."""

STEP_OBJECTS = 120_000


class _Row:
    """A row as our models make them: a few fields and a link back (tracked, in a cycle)."""

    __slots__ = ("fields", "parent")

    def __init__(self, parent: object, fields: dict[str, int]) -> None:
        self.parent = parent
        self.fields = fields


def setup(quick: bool) -> Any:
    """The dock holding "all speeches", frozen out of the collector as the window does."""
    from desktop.core.collector import keep_long_lived, set_freezing

    data = setup_dock(quick)
    data.plain.setModel(None)  # Qt's copy is not what this measures
    data.plain_models.clear()
    gc.collect()
    set_freezing(FREEZE)
    keep_long_lived()
    return (data, STEP_OBJECTS // 10 if quick else STEP_OBJECTS)


def make_objects(count: int) -> None:
    """Objects made and kept during the step, then let go (their cycles broken)."""
    kept: list[_Row] = []
    for number in range(count):
        kept.append(_Row(kept, {"n": number}))
    for row in kept:
        row.parent = None


def step(data: Any) -> None:
    """The step with the collector on: its automatic passes run where they fall."""
    _dock, count = data
    make_objects(count)


def step_alone(data: Any) -> None:
    """The same step with the collector paused: its own work only."""
    _dock, count = data
    gc.disable()
    try:
        make_objects(count)
    finally:
        gc.enable()


BENCHMARKS = [
    Benchmark(
        name="collector-beside-all",
        setup=setup,
        run=step,
        baseline=step_alone,
        target_ratio=1.5,
        description="a step making 120,000 objects beside the dock's all speeches vs no collector",
        repeats=9,
        quick_repeats=3,
    ),
]
