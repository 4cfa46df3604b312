"""A whole-library keyword followed by the terms panel's arrows: the speeches holding it, then
its places in one speech.

- ``terms-word-holders``: ``word_holders`` (the speeches holding a keyword and how often, read
  from the stored counts when the keyword is chosen) on the sample imported 100 times (700
  speeches; 20 times when quick), counts made beforehand; the baseline is
  ``document_frequencies`` over the same rows (every speech's word list decompressed and
  counted). ≤ 1.5: it must stay one read of the counts, never a segmenting of the texts.
- ``terms-word-places``: ``speech_word_places`` (one speech's places of the keyword, found in
  the panel's worker when the arrows reach the speech) on a generated 200,000-character report
  (``long_report``; 65,000 when quick); the baseline is ``Segmenter.tokens`` of the same text,
  the segmenting the speech scope's places already cost. ≤ 1.2: reading the text and picking
  the word's tokens must add nothing worth naming to jieba's pass.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import bench_library_terms  # noqa: E402
from bench.harness import Benchmark  # noqa: E402
from bench.long_report import report_text  # noqa: E402
from desktop.core.chinese.dictionary import app_dictionaries  # noqa: E402
from desktop.core.chinese.keywords import document_words  # noqa: E402
from desktop.core.chinese.segmenter import Segmenter  # noqa: E402
from desktop.core.importing import import_bytes  # noqa: E402
from desktop.core.storage.library import Library, open_library  # noqa: E402
from desktop.core.storage.word_frequencies import document_frequencies  # noqa: E402
from desktop.core.storage.word_holders import speech_word_places, word_holders  # noqa: E402

WORD = "效能革命"
"""A keyword of the sample held by two of its seven speeches."""


def holders(data: bench_library_terms.LibraryInput) -> object:
    """What the panel's worker reads when a whole-library keyword is chosen."""
    with data.library.db.read() as conn:
        return word_holders(conn, WORD)


def frequencies(data: bench_library_terms.LibraryInput) -> object:
    """Every speech's word list read and counted."""
    with data.library.db.read() as conn:
        return document_frequencies(conn)


@dataclass
class ReportInput:
    """A library holding one long report, jieba loaded, the report's most frequent keyword."""

    folder: tempfile.TemporaryDirectory[str]
    library: Library
    segmenter: Segmenter
    speech_id: int
    text: str
    word: str


def setup_report(quick: bool) -> ReportInput:
    """The report imported as one speech."""
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-word-places-")
    library = open_library(Path(folder.name) / "library.sqlite", daily_backup=False, seed=None)
    data = report_text(65_000 if quick else 200_000, 1).encode()
    library.store.import_document(import_bytes(data, "report.txt"))
    (speech_id,) = library.store.speech_order()
    segmenter = Segmenter(Path(folder.name), app_dictionaries())
    segmenter.initialize()
    text = library.store.speech_text(speech_id)
    word = Counter(document_words(text, segmenter, wait=True)).most_common(1)[0][0]
    return ReportInput(folder, library, segmenter, speech_id, text, word)


def places(data: ReportInput) -> object:
    """What the panel's worker does when the arrows reach the speech."""
    return speech_word_places(data.library.db, data.segmenter, data.speech_id, data.word)


def tokens(data: ReportInput) -> object:
    """jieba's pass over the same text."""
    return data.segmenter.tokens(data.text, wait=True)


BENCHMARKS = [
    Benchmark(
        name="terms-word-holders",
        setup=bench_library_terms.setup,
        run=holders,
        baseline=frequencies,
        target_ratio=1.5,
        description="the speeches holding a library keyword vs reading the IDF counts",
        repeats=7,
        quick_repeats=3,
    ),
    Benchmark(
        name="terms-word-places",
        setup=setup_report,
        run=places,
        baseline=tokens,
        target_ratio=1.2,
        description="a keyword's places in a 200,000-character report vs jieba's tokens of it",
        repeats=5,
        quick_repeats=3,
    ),
]
