"""The app on a real library of 10,000 speeches and 20,000 annotations against the sample's.

- ``startup-big``: ``python main.py`` to its first painted speech (``PIZHU_STARTUP_PROBE=exit``,
  as ``startup``) on a copy of the big library (bench/big_library.py), against the same on a
  library holding only the sample. Target ≤ 1.2: a big library must not slow the start.
- ``save-highlight-big``: ``AnnotationStore.create`` of one highlight, committed, on the big
  library against the same on the sample library, both in one folder. Target ≤ 1.5.

The big library is built once (some minutes) and cached in bench/.cache/; ``--quick`` uses the
200-speech one. Both benchmarks work on copies of it.

    python bench/run.py [--quick] startup-big save-highlight-big
"""

from __future__ import annotations

import itertools
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import bench_startup  # noqa: E402
from bench.big_library import working_copy  # noqa: E402
from bench.harness import Benchmark  # noqa: E402
from desktop.core.storage.library import Library, open_library  # noqa: E402


@dataclass
class StartupPair:
    """A start-up input on the sample library and one whose library is the big one."""

    sample: bench_startup.StartupInput
    big: bench_startup.StartupInput


def setup_startup(quick: bool) -> StartupPair:
    """Two start-up folders; the second's library replaced by a copy of the big library."""
    sample = bench_startup.setup(quick)
    big = bench_startup.setup(quick)
    library = Path(big.env["PIZHU_LIBRARY"])
    for suffix in ("", "-wal", "-shm"):
        Path(f"{library}{suffix}").unlink(missing_ok=True)
    shutil.move(working_copy(quick, Path(big.folder.name) / "big"), library)
    return StartupPair(sample, big)


def start_on_big(data: StartupPair) -> None:
    """``python main.py`` on the big library, to its first painted speech."""
    bench_startup.start_app(data.big)


def start_on_sample(data: StartupPair) -> None:
    """``python main.py`` on the sample library, to its first painted speech."""
    bench_startup.start_app(data.sample)


@dataclass
class SavePair:
    """The big library and the sample library open, and where to mark next in each."""

    folder: tempfile.TemporaryDirectory[str]
    big: Library
    sample: Library
    targets: dict[int, tuple[int, int]]
    numbers: Iterator[int] = field(default_factory=itertools.count)


def setup_save(quick: bool) -> SavePair:
    """A copy of the big library and a new sample library in one temporary folder."""
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-big-")
    big = open_library(working_copy(quick, Path(folder.name)), create=False, daily_backup=False)
    sample = open_library(Path(folder.name) / "sample" / "library.sqlite", daily_backup=False)
    targets = {}
    for library in (big, sample):
        speech = library.store.speeches(library.store.collections()[-1].id)[-1]
        targets[id(library)] = (speech.id, speech.length)
    return SavePair(folder, big, sample, targets)


def _save(data: SavePair, library: Library) -> None:
    speech_id, length = data.targets[id(library)]
    start = (next(data.numbers) * 37) % (length - 20)
    library.annotations.create(speech_id, start=start, end=start + 12, color="green")


def save_on_big(data: SavePair) -> None:
    """One highlight saved and committed in the big library."""
    _save(data, data.big)


def save_on_sample(data: SavePair) -> None:
    """One highlight saved and committed in the sample library."""
    _save(data, data.sample)


BENCHMARKS = [
    Benchmark(
        name="startup-big",
        setup=setup_startup,
        run=start_on_big,
        baseline=start_on_sample,
        target_ratio=1.2,
        description="python main.py on 10,000 speeches vs on the sample library",
        repeats=9,
        quick_repeats=3,
    ),
    Benchmark(
        name="save-highlight-big",
        setup=setup_save,
        run=save_on_big,
        baseline=save_on_sample,
        target_ratio=1.5,
        description="one highlight saved in a library of 10,000 speeches vs in the sample's",
        repeats=61,
        quick_repeats=15,
    ),
]
