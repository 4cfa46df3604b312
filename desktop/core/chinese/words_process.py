"""Speeches segmented in a process of their own, so the app's GIL stays with its window.

Counting the whole library's words is minutes of pure-Python jieba. In a worker thread it
holds the GIL all that time: the GUI thread gets it back only after each switch interval
(``sys.setswitchinterval``), every time a Qt event, paint or delegate call enters Python, and
a window repainting a list beside it showed 50-65 ms gaps. In a process it shares only the
cores. The process starts (``spawn``: a copy of a Qt app's threads is unsafe) and loads jieba
once per job, ~1-2 s, so only a job of many speeches uses one (``WordsProcess``). The
process pool's modules (concurrent.futures.process, multiprocessing: ~20 ms) load when such a
job starts, not with the terms panel that imports this.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from desktop.core.chinese.formulations import Formulation, formulations
from desktop.core.chinese.keywords import document_words
from desktop.core.chinese.segmenter import Segmenter

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
Then = Callable[[list[str], list[Formulation]], T]
"""What is made of a text's keyword-candidate words (in order) and formulations, where they
were found (a module-level function, to reach a process): storing's packing, CPU work too."""

_segmenter: Segmenter | None = None  # the process's own (``_start``)


def segment_texts(texts: Sequence[str], segmenter: Segmenter, then: Then[T]) -> list[T]:
    """``then`` of each text's words and formulations, segmented here (waiting for jieba)."""
    return [
        then(
            document_words(text, segmenter, wait=True) or [],
            formulations(text, segmenter, wait=True) or [],
        )
        for text in texts
    ]


def _start(cache_dir: Path | None, user_dicts: list[Path]) -> None:
    global _segmenter
    _segmenter = Segmenter(cache_dir, user_dicts)


def _segment_in_process(texts: list[str], then: Then[T]) -> list[T]:
    assert _segmenter is not None
    return segment_texts(texts, _segmenter, then)


class WordsProcess:
    """A process segmenting texts with ``segmenter``'s dictionaries, while in a ``with``."""

    def __init__(self, segmenter: Segmenter) -> None:
        self._dictionaries = (segmenter.cache_dir, list(segmenter.user_dicts))
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> WordsProcess:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=self._dictionaries,
        )
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            # A cancel need not wait for the batch being segmented: nobody wants it.
            self._pool.shutdown(wait=kind is None, cancel_futures=True)
            self._pool = None

    def segment(self, texts: Sequence[str], then: Then[T]) -> list[T]:
        """``then`` of each text's words and formulations, in the process (waiting for it)."""
        assert self._pool is not None, "use WordsProcess in a with statement"
        return self._pool.submit(_segment_in_process, list(texts), then).result()
