"""jieba's dictionary read from our cache in pieces, against jieba's own one-call cache read.

- ``jieba-load``: ``prefix_cache.read_cache`` of the prefix dictionary (~500,000 entries, 61
  pieces, the worker giving way after each) against ``marshal.load`` of jieba's own cache of the
  same dictionary (what ``Tokenizer.initialize`` did). Target ratio ≤ 1: reading in pieces must
  not make the load slower than the one call it replaced (it was ~0.4–0.6 of it).

What the pieces are for is the window's thread, not the total: ``python bench/bench_jieba_load.py``
also prints the longest wait of a thread that sleeps 1 ms in a loop (as a GUI thread's timer
waits for the interpreter) while each read runs in another thread, and beside a pure-Python busy
loop (the least any Python worker costs it, the switch interval plus this machine's noise).

    python bench/run.py [--quick] jieba-load
    python bench/bench_jieba_load.py
"""

from __future__ import annotations

import marshal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from a checkout

from bench.harness import Benchmark  # noqa: E402
from desktop.core.chinese.prefix_cache import (  # noqa: E402
    CACHE_NAME,
    cache_key_of,
    load_prefix_dict,
    read_cache,
)
from desktop.core.chinese.segmenter import import_jieba  # noqa: E402


@dataclass
class LoadInput:
    """Both caches of jieba's dictionary, in one temporary folder."""

    folder: tempfile.TemporaryDirectory[str]
    ours: Path
    jiebas: Path
    key: tuple[str, int, int]


def setup(quick: bool) -> LoadInput:
    """Our cache and jieba's own, each made by its writer."""
    jieba = import_jieba()
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-jieba-")
    base = Path(folder.name)
    prefix_dict = load_prefix_dict(jieba, base)
    jiebas = base / "jieba.cache"
    with jiebas.open("wb") as handle:
        marshal.dump(prefix_dict, handle)
    return LoadInput(folder, base / CACHE_NAME, jiebas, cache_key_of(jieba))


def read_ours(data: LoadInput) -> object:
    """The prefix dictionary from our cache, a piece at a time."""
    return read_cache(data.ours, data.key, lambda: time.sleep(0))


def read_jiebas(data: LoadInput) -> object:
    """The prefix dictionary from jieba's own cache, as its ``initialize`` reads it."""
    with data.jiebas.open("rb") as handle:
        return marshal.load(handle)


BENCHMARK = Benchmark(
    name="jieba-load",
    setup=setup,
    run=read_ours,
    baseline=read_jiebas,
    target_ratio=1.0,
    description="jieba's prefix dictionary read in pieces vs jieba's own marshal.load",
    repeats=7,
    quick_repeats=3,
)


def longest_wait_beside(work: Callable[[], object]) -> float:
    """The longest a thread sleeping 1 ms at a time waited while ``work`` ran in another, ms."""
    finished = threading.Event()
    worker = threading.Thread(target=lambda: (work(), finished.set()))
    longest = 0.0
    worker.start()
    while not finished.is_set():
        before = time.perf_counter()
        time.sleep(0.001)
        longest = max(longest, time.perf_counter() - before)
    worker.join()
    return longest * 1000


def busy_for(seconds: float) -> Callable[[], object]:
    """Pure Python for ``seconds``: the interpreter changes hands at the switch interval."""

    def spin() -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            pass

    return spin


def main() -> None:
    """Each read's longest wait for a thread beside it, three times, with the busy loop's."""
    data = setup(quick=False)
    for _ in range(3):
        ours = longest_wait_beside(lambda: read_ours(data))
        jiebas = longest_wait_beside(lambda: read_jiebas(data))
        whole = longest_wait_beside(lambda: marshal.loads(data.jiebas.read_bytes()))
        busy = longest_wait_beside(busy_for(0.3))
        print(
            f"longest wait beside: our pieces {ours:.1f} ms, jieba's marshal.load {jiebas:.1f} ms,"
            f" one marshal.loads {whole:.1f} ms, a pure-Python loop {busy:.1f} ms"
        )


if __name__ == "__main__":
    main()
