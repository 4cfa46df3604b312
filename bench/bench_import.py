"""Importing a ~4 MB compilation, against segmenting the same text with ``jieba.lcut``.

The input concatenates the real documents of the shared corpus (``harness.corpus_folder``:
``$PIZHU_CORPUS``, else ``shared/corpus`` beside the checkout or beside the folder holding it) and
the sample collection, repeated to about 4 MB of UTF-8 (1 MB when quick). Without the corpus the
compilation is the sample alone, a different text (noisier, one speech of ~4,000 outline nodes)
on which both sides take longer; setup says so on stderr. jieba's dictionary is loaded in setup,
so the baseline times only segmentation. Targets (issue 2): the import under a tenth of jieba's
time, and its peak memory under ten times the input size.
"""

from __future__ import annotations

import sys

from bench.harness import Benchmark, corpus_folder
from desktop.core.importing import import_bytes
from desktop.resources import sample_collection_path

_FULL_SIZE = 4 * 1024 * 1024
_QUICK_SIZE = 1024 * 1024


def corpus_texts() -> list[str]:
    """The texts the compilation is built from: the corpus when present, and the sample."""
    folder = corpus_folder()
    if folder is None:
        print(
            "import-compilation: no corpus found (set PIZHU_CORPUS); the sample alone",
            file=sys.stderr,
        )
    paths = sorted(folder.glob("*.txt")) if folder is not None else []
    texts = [path.read_bytes().decode("utf-8-sig") for path in paths]
    return [*texts, sample_collection_path().read_text(encoding="utf-8-sig")]


def build_input(quick: bool) -> bytes:
    """The documents one after another, repeated to about 4 MB (1 MB when quick)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()  # the dictionary load is not segmentation: keep it out of the timing
    joined = "\n\n".join(corpus_texts()).encode("utf-8")
    size = _QUICK_SIZE if quick else _FULL_SIZE
    return (joined + b"\n\n") * (size // len(joined) + 1)


def import_compilation(data: bytes) -> object:
    """The whole importer: detect, decode, clean, split, outline."""
    return import_bytes(data, "compilation.txt")


def segment_with_jieba(data: bytes) -> object:
    """The baseline: jieba's word segmentation of the same text."""
    import jieba

    return jieba.lcut(data.decode("utf-8"))


BENCHMARK = Benchmark(
    name="import-compilation",
    setup=build_input,
    run=import_compilation,
    baseline=segment_with_jieba,
    target_ratio=0.1,
    description="import_bytes of a ~4 MB compilation vs jieba.lcut of the same text",
    repeats=3,
    quick_repeats=1,
    measure_memory=True,
    input_size=len,
    memory_target_ratio=10.0,
)
