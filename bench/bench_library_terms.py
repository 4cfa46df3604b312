"""The whole library's terms read from its word counts, against reading the same counts for IDF.

- ``terms-library``: ``library_terms`` (the terms panel's "Whole library": every speech's word
  counts and formulations summed, the top keywords weighed against general Chinese usage) on a
  library of the sample collection imported 100 times (700 speeches; 20 times when quick), its
  counts made beforehand; the baseline is ``document_frequencies`` over the same rows, what the
  panel already reads for a speech's keywords. A regression guard (≤ 4; ~2 when written):
  summing 7 M words of 10,000 speeches must stay a matter of seconds, not go word by word in
  Python (the counts are stored in runs of equal counts for that) nor segment the texts again.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from bench.harness import Benchmark
from desktop.core.chinese.dictionary import app_dictionaries
from desktop.core.chinese.formulations import Formulation, formulations
from desktop.core.chinese.keywords import document_words, general_idf
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.importing import import_bytes
from desktop.core.storage.library import Library, open_library
from desktop.core.storage.library_terms import library_terms
from desktop.core.storage.word_frequencies import document_frequencies, store_speech_words
from desktop.resources import sample_collection_path

_COPIES = 100
_QUICK_COPIES = 20


@dataclass
class LibraryInput:
    """A library whose every speech is counted (in a temporary folder)."""

    folder: tempfile.TemporaryDirectory[str]
    library: Library


def setup(quick: bool) -> LibraryInput:
    """The sample imported many times, each distinct text segmented once and stored for all."""
    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-library-terms-")
    library = open_library(Path(folder.name) / "library.sqlite", daily_backup=False, seed=None)
    document = import_bytes(sample_collection_path().read_bytes(), "sample.txt")
    for copy in range(_QUICK_COPIES if quick else _COPIES):
        # Another source and title: another collection, not a new version of the last.
        copied = replace(document, title=f"{document.title} {copy}", source=f"/sample-{copy}.txt")
        library.store.import_document(copied, keep_duplicates=True)  # copies, on purpose
    _count(library, Segmenter(Path(folder.name), app_dictionaries()))
    general_idf()  # jieba's table is read once per process, not per request
    return LibraryInput(folder, library)


def _count(library: Library, segmenter: Segmenter) -> None:
    segmenter.initialize()
    with library.db.read() as conn:
        rows = conn.execute("SELECT id, text_hash, text FROM speeches").fetchall()
    found: dict[str, tuple[list[str], list[Formulation]]] = {}
    for _id, text_hash, text in rows:
        if text_hash not in found:
            found[text_hash] = (
                document_words(text, segmenter, wait=True) or [],
                formulations(text, segmenter, wait=True) or [],
            )
    with library.db.transaction() as conn:
        for speech_id, text_hash, _text in rows:
            words, its_formulations = found[text_hash]
            store_speech_words(conn, speech_id, text_hash, words, its_formulations)


def read_library_terms(data: LibraryInput) -> object:
    """What the terms panel's worker does for the whole library."""
    with data.library.db.read() as conn:
        return library_terms(conn)


def read_frequencies(data: LibraryInput) -> object:
    """The same rows read for a speech's keywords: each speech's distinct words."""
    with data.library.db.read() as conn:
        return document_frequencies(conn)


BENCHMARK = Benchmark(
    name="terms-library",
    setup=setup,
    run=read_library_terms,
    baseline=read_frequencies,
    target_ratio=4.0,
    description="the whole library's terms from its counts vs reading its IDF counts",
    repeats=7,
    quick_repeats=3,
)
