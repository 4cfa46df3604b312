"""Keywords of a text by TF-IDF, with document frequencies taken from the user's library.

A word says most about a speech when it is frequent in it and rare in the other speeches.
"Rare" is measured on the library (``DocumentFrequencies``, built from its texts, updated as
speeches come and go, kept by storage as JSON); while the library is too small to tell, jieba's
own IDF table (from a large general corpus) stands in.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.chinese.candidates import candidate_tokens
from desktop.core.chinese.segmenter import Segmenter, import_jieba
from desktop.core.chinese.spellings import fold_case, folded_counts
from desktop.core.errors import LibraryError

MIN_LIBRARY_DOCUMENTS = 20
"""Below this many documents the library's frequencies are too noisy; jieba's IDF is used."""

_FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Keyword:
    """A keyword of a text: its TF-IDF score and how often it occurs."""

    word: str
    score: float
    count: int


class DocumentFrequencies:
    """In how many documents of the library each word occurs: the IDF side of TF-IDF.

    Words are counted by their ``fold_case`` key: Work and work are one word. ``counts`` given
    by spelling are summed by key (a document holding two spellings then counts twice: storage
    folds each document's words first, ``document_frequencies``).
    """

    def __init__(self, counts: Mapping[str, int] | None = None, documents: int = 0) -> None:
        self._counts: Counter[str] = Counter()
        for word, count in (counts or {}).items():
            self._counts[fold_case(word)] += count
        self.documents = documents

    @classmethod
    def from_texts(
        cls, texts: Iterable[str], segmenter: Segmenter, *, wait: bool = True
    ) -> DocumentFrequencies:
        """The frequencies of a library's texts (slow for a large library: run it in a worker)."""
        frequencies = cls()
        for text in texts:
            frequencies.add(document_words(text, segmenter, wait=wait) or ())
        return frequencies

    def add(self, words: Iterable[str]) -> None:
        """Count one more document holding ``words`` (each counted once)."""
        self._counts.update({fold_case(word) for word in words})
        self.documents += 1

    def remove(self, words: Iterable[str]) -> None:
        """Forget a document counted with ``words`` (when a speech is deleted or replaced)."""
        self._counts.subtract({fold_case(word) for word in words})
        self._counts = +self._counts  # drop the words no document holds any more
        self.documents = max(0, self.documents - 1)

    def count(self, word: str) -> int:
        """How many documents hold ``word`` (in any spelling)."""
        return self._counts[fold_case(word)]

    def idf(self, word: str) -> float:
        """The inverse document frequency of ``word``: 0.0 for a word in every document.

        Smoothed (+1) only against a word no document holds yet. Not the +1.0 that some
        libraries add after the logarithm: over a few dozen speeches it kept a word of every
        speech (发展, 推进) at a third of the weight of the rarest, and a government work
        report's keywords led with 发展(141) 推进(73) 建设(72) instead of its year's topics.
        """
        return math.log((self.documents + 1) / (self.count(word) + 1))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data for storage."""
        return {
            "version": _FORMAT_VERSION,
            "documents": self.documents,
            "counts": dict(self._counts),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocumentFrequencies:
        """Inverse of ``to_dict``; raises LibraryError (code ``invalid``) on anything else."""
        try:
            if data["version"] != _FORMAT_VERSION:
                raise ValueError(f"version {data['version']}")
            counts = {str(word): int(count) for word, count in data["counts"].items()}
            return cls(counts, int(data["documents"]))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise LibraryError(
                f"stored word frequencies are unreadable ({error})", code="invalid"
            ) from error


def document_words(text: str, segmenter: Segmenter, *, wait: bool = False) -> list[str] | None:
    """The words of ``text`` that can be keywords, in order; None if jieba is not ready.

    ``candidates.candidate_tokens``: no single characters, numbers, dates, punctuation, stop
    words (English ones in any case) or pieces of web and e-mail addresses; Latin words whole.
    """
    tokens = candidate_tokens(text, segmenter, wait=wait)
    return None if tokens is None else [token.word for token in tokens]


def keywords(
    text: str,
    segmenter: Segmenter,
    frequencies: DocumentFrequencies | None = None,
    top: int = 20,
    *,
    wait: bool = False,
) -> list[Keyword] | None:
    """The ``top`` keywords of ``text``, best first; None if jieba is not ready.

    IDF comes from ``frequencies`` when it counts at least ``MIN_LIBRARY_DOCUMENTS``
    documents, else from jieba's table (words it does not know get its median).
    """
    words = document_words(text, segmenter, wait=wait)
    if words is None:
        return None
    if frequencies is not None and frequencies.documents >= MIN_LIBRARY_DOCUMENTS:
        return scored_keywords(Counter(words), frequencies.idf, top)
    return general_keywords(Counter(words), top)


def general_keywords(
    counts: Mapping[str, int], top: int, shown: Mapping[str, str] | None = None
) -> list[Keyword]:
    """``scored_keywords`` weighed against general Chinese usage (jieba's IDF), each count
    taken sublinearly (1 + ln count: Manning, Raghavan, Schütze, *Introduction to Information
    Retrieval*, 6.4.1).

    jieba's IDF ranges over a few units only (发展 3.6, 农民工 8.3): a work report that says
    发展 140 times and 农民工 12 led with 发展, 推进, 建设 by their counts alone, whatever
    the IDF. The library's IDF (zero for a word of every speech) needs no such damping.
    """
    return scored_keywords(counts, general_idf(), top, shown, sublinear=True)


def general_idf() -> Callable[[str], float]:
    """jieba's IDF (general Chinese usage; words it does not know get its median)."""
    table, median = _jieba_idf()
    return lambda word: table.get(word, median)


def scored_keywords(
    counts: Mapping[str, int],
    idf: Callable[[str], float],
    top: int,
    shown: Mapping[str, str] | None = None,
    *,
    sublinear: bool = False,
) -> list[Keyword]:
    """The ``top`` words of ``counts`` by TF-IDF, best first, spellings counted as one word;
    with ``sublinear`` the TF of a count n is 1 + ln n (``general_keywords``).

    ``counts`` are by spelling (Work and work are summed, and the commonest spelling shown),
    or, with ``shown``, already by ``fold_case`` key with ``shown`` giving each key's spelling.
    ``heapq.nsmallest`` rather than a sort: a sort of a whole library's 140,000 words holds
    the interpreter in C for 100 ms and more (a worker's sort freezes the window as long).
    """
    if shown is None:
        counts, shown = folded_counts(counts)
    total = sum(counts.values()) or 1
    weight: Callable[[int], float] = _sublinear if sublinear else float
    scored = (
        Keyword(word, weight(count) / total * idf(word), count)
        for word, count in ((shown.get(key, key), count) for key, count in counts.items())
    )
    return heapq.nsmallest(top, scored, key=lambda keyword: (-keyword.score, keyword.word))


def _sublinear(count: int) -> float:
    return 1.0 + math.log(count) if count > 0 else 0.0


@cache
def _jieba_idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median, read once (about 270,000 words)."""
    return _read_idf(_jieba_idf_path())


def _jieba_idf_path() -> Path:
    """Where jieba keeps its IDF table (without importing jieba.analyse, which loads it too)."""
    return Path(import_jieba().__file__).parent / "analyse" / "idf.txt"


def _read_idf(path: Path) -> tuple[dict[str, float], float]:
    """An IDF table of ``word value`` lines and its median value."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, value = line.strip().rpartition(" ")
        if word:
            table[word] = float(value)
    values = sorted(table.values())
    return table, values[len(values) // 2] if values else 1.0
