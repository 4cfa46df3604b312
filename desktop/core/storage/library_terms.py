"""The whole library's keywords and formulations, read from the per-speech word counts.

Segmenting a large library again for its terms would take minutes (jieba reads ~150,000
characters a second here); the counts that ``update_word_frequencies`` keeps for each speech
already hold what is needed: how often each word occurs, and each speech's formulations with
their places. Summing them takes seconds.

The keywords' IDF cannot come from the library when the library is the text itself (every word
would score by its own frequency), so the words are weighed against general Chinese usage
(jieba's table). Only speeches counted on their current text take part, the trash left out;
``LibraryTerms`` says how many of the library's speeches that is, so a caller can say that the
lists are partial while counting goes on.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.core.chinese.formulations import (
    Formulation,
    FormulationKind,
    merge_formulations,
)
from desktop.core.chinese.keywords import general_idf, scored_keywords
from desktop.core.chinese.terms import DEFAULT_TOP, IdfSource, KeywordEntry, TermsReport
from desktop.core.collector import collector_paused, keep_long_lived
from desktop.core.errors import CancelledError
from desktop.core.storage.rows import IN_TRASHED_COLLECTION
from desktop.core.storage.word_frequencies import count_runs, unpack

CHECK_EVERY = 200
"""Speeches read between looks at the cancel flag and reports of progress."""


@dataclass(frozen=True, slots=True)
class LibraryTerms:
    """The library's terms, and how many of its speeches they cover."""

    report: TermsReport
    counted: int
    speeches: int

    @property
    def complete(self) -> bool:
        """True if every speech of the library was counted."""
        return self.counted >= self.speeches


@dataclass(slots=True)
class _Totals:
    by_count: defaultdict[int, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """For each count, in how many speeches each word occurs that many times."""
    formulations: list[tuple[int, Formulation]] = field(default_factory=list)
    read: int = 0

    def words(self) -> tuple[Counter[str], Counter[str]]:
        """How often each word occurs, and in how many speeches."""
        once = self.by_count.get(1, Counter())
        occurrences, texts = Counter(once), Counter(once)
        for count, speeches in self.by_count.items():
            if count != 1:
                for word, holding in speeches.items():
                    occurrences[word] += count * holding
                    texts[word] += holding
        return occurrences, texts


def library_terms(
    conn: sqlite3.Connection,
    *,
    top: int = DEFAULT_TOP,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    check_every: int = CHECK_EVERY,
) -> LibraryTerms:
    """The keywords and formulations of every counted speech of the library (trash left out).

    ``progress(done, total)`` hears every ``check_every`` speeches; when ``cancelled()`` turns
    true, CancelledError is raised between them.
    """
    speeches = conn.execute(
        f"SELECT count(*) FROM speeches WHERE id NOT IN ({IN_TRASHED_COLLECTION})"
    ).fetchone()[0]
    # Reading a large library makes hundreds of thousands of lasting objects (formulations and
    # their places) and no cycles: the collector is paused meanwhile (its passes, 50-140 ms
    # each on 10,000 speeches, held the interpreter the window needs), and what was made is
    # kept out of its later passes (keep_long_lived, in the window's process). No pass is made
    # here: in a worker it could free a Qt object of the GUI thread from the wrong thread.
    with collector_paused():
        report, counted = _report(
            _read_totals(conn, speeches, check_every, progress, cancelled), top
        )
        keep_long_lived()
    return LibraryTerms(report, counted=counted, speeches=speeches)


def _report(totals: _Totals, top: int) -> tuple[TermsReport, int]:
    """The lists from the totals, and how many speeches they cover."""
    occurrences, texts = totals.words()
    best = scored_keywords(occurrences, general_idf(), top)
    keywords = [KeywordEntry(k.word, k.score, k.count, (), texts=texts[k.word]) for k in best]
    found = merge_formulations(totals.formulations)
    return TermsReport(keywords, found, IdfSource.JIEBA), totals.read


def _read_totals(
    conn: sqlite3.Connection,
    speeches: int,
    check_every: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> _Totals:
    totals = _Totals()
    rows = conn.execute(
        "SELECT w.speech_id, w.words, w.counts, w.formulations FROM speech_words w"
        " JOIN speeches s ON s.id = w.speech_id AND s.text_hash = w.text_hash"
        f" WHERE w.counts IS NOT NULL AND s.id NOT IN ({IN_TRASHED_COLLECTION})"
    )
    for done, (speech_id, words, counts, found) in enumerate(rows, 1):
        _add_speech(totals, speech_id, unpack(words), unpack(counts), unpack(found))
        if done % check_every == 0:
            if cancelled is not None and cancelled():
                raise CancelledError("reading the library's terms was cancelled")
            if progress is not None:
                progress(done, speeches)
    return totals


def _add_speech(totals: _Totals, speech_id: int, words: str, counts: str, found: str) -> None:
    totals.read += 1
    for count, holding in count_runs(words, counts):
        totals.by_count[count].update(holding)
    totals.formulations.extend((speech_id, _formulation(row)) for row in json.loads(found))


def _formulation(row: list[object]) -> Formulation:
    text, kind, quoted, flat = row
    assert isinstance(flat, list)
    spans = tuple(zip(flat[::2], flat[1::2], strict=True))
    return Formulation(str(text), FormulationKind(kind), len(spans), int(str(quoted)), spans)
