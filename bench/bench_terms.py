"""The terms panel's formulation counting over a collection, against one jieba pass over it.

- ``terms-formulations``: ``collection_formulations`` of the sample collection's speeches
  (copied 8 times as separate texts; twice when quick), jieba loaded and its tag table read
  beforehand, as the panel's worker finds them; the baseline is ``Segmenter.tokens`` of the
  same texts, the least any word-aware counting costs. A regression guard (≤ 0.2; it was
  0.07–0.09): the finders ask jieba only around their candidates, so they cost far less than
  a cut, and a change that made them cut every text would show.
"""

from __future__ import annotations

import tempfile
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

from bench.harness import Benchmark
from desktop.core.chinese.dictionary import app_dictionaries
from desktop.core.chinese.formulations import collection_formulations
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.importing import import_bytes
from desktop.resources import sample_collection_path

_COPIES = 8
_QUICK_COPIES = 2


@dataclass
class TermsInput:
    """The texts and a ready segmenter (its cache in a temporary folder)."""

    folder: tempfile.TemporaryDirectory[str]
    segmenter: Segmenter
    texts: list[tuple[Hashable, str]]


def setup(quick: bool) -> TermsInput:
    """The sample's speeches, copied, and jieba loaded with the app's dictionaries."""
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-terms-")
    segmenter = Segmenter(Path(folder.name), app_dictionaries())
    segmenter.initialize()
    segmenter.word_tag("提法")  # the tag table is read once, at the panel's first use
    # The importer's speeches, as the panel counts them: no split of our own tied to the sample.
    document = import_bytes(sample_collection_path().read_bytes(), "sample.txt")
    speeches = [(index, speech.text) for index, speech in enumerate(document.speeches)]
    copies = _QUICK_COPIES if quick else _COPIES
    texts = [((copy, index), text) for copy in range(copies) for index, text in speeches]
    return TermsInput(folder, segmenter, texts)


def count_formulations(data: TermsInput) -> object:
    """What the terms panel's worker does for formulations."""
    return collection_formulations(data.texts, data.segmenter, wait=True)


def cut_all(data: TermsInput) -> object:
    """The floor: jieba's words of every text, once."""
    return [data.segmenter.tokens(text, wait=True) for _, text in data.texts]


BENCHMARK = Benchmark(
    name="terms-formulations",
    setup=setup,
    run=count_formulations,
    baseline=cut_all,
    target_ratio=0.2,
    description="formulations of a collection vs one jieba pass over its texts",
    repeats=7,
    quick_repeats=3,
)
