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

After a change of a few speeches (an import, a trash, a batch counted) ``update_library_terms``
brings the totals a full read made up to date from the speeches that came and went only, to the
same lists a full read would give.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from desktop.core.chinese.candidates import is_number_word
from desktop.core.chinese.dictionary import stop_words
from desktop.core.chinese.formulations import (
    Formulation,
    FormulationKind,
    formulation_key,
    merge_keyed,
)
from desktop.core.chinese.keywords import general_keywords
from desktop.core.chinese.spellings import fold_case, folded_counts, latin_words
from desktop.core.chinese.standing import with_standing_counts
from desktop.core.chinese.terms import DEFAULT_TOP, IdfSource, KeywordEntry, TermsReport
from desktop.core.collector import collector_paused, keep_long_lived
from desktop.core.errors import CancelledError
from desktop.core.storage.rows import IN_TRASHED_COLLECTION
from desktop.core.storage.word_frequencies import WORD_SEPARATOR, count_runs, unpack

_Packed = tuple[bytes, bytes, bytes]
"""A speech's stored words, counts and formulations."""

UPDATE_AT_MOST = 0.5
"""Past this share of the speeches summed coming or going, a full read is as quick."""

CHECK_EVERY = 200
"""Speeches read between looks at the cancel flag and reports of progress."""


@dataclass(frozen=True, slots=True)
class LibraryTerms:
    """The library's terms, and how many of its speeches they cover."""

    report: TermsReport
    counted: int
    speeches: int
    totals: LibraryTotals | None = field(default=None, compare=False, repr=False)
    """What the lists were made from, for ``update_library_terms`` (one worker's to change)."""

    @property
    def complete(self) -> bool:
        """True if every speech of the library was counted."""
        return self.counted >= self.speeches


@dataclass(slots=True)
class LibraryTotals:
    """The counted speeches' word counts and formulations summed, and which speeches they are.

    Changed in place by ``update_library_terms``: only the worker that reads the library's terms
    may hold it while it changes.
    """

    by_count: defaultdict[int, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """For each count, in how many speeches each word occurs that many times (a word with Latin
    letters by its ``fold_case`` key: a speech's Work and work are one word)."""
    spellings: Counter[str] = field(default_factory=Counter)
    """How often each spelling of a word with Latin letters occurs, to show the commonest."""
    formulations: dict[int, list[tuple[str, Formulation]]] = field(default_factory=dict)
    """Each speech's formulations with their ``formulation_key``, by speech id."""
    included: dict[int, str] = field(default_factory=dict)
    """The text hash each speech summed was counted on, by speech id."""

    @property
    def read(self) -> int:
        """How many speeches are summed."""
        return len(self.included)

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

    def sources(self) -> Iterator[tuple[str, int, Formulation]]:
        """Every formulation with its key and speech, by speech id (the order merging uses)."""
        for speech_id in sorted(self.formulations):
            for key, formulation in self.formulations[speech_id]:
                yield key, speech_id, formulation


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
    speeches = _speech_total(conn)
    # Reading a large library makes hundreds of thousands of lasting objects (formulations and
    # their places) and no cycles: the collector is paused meanwhile (its passes, 50-140 ms
    # each on 10,000 speeches, held the interpreter the window needs), and what was made is
    # kept out of its later passes (keep_long_lived, in the window's process). No pass is made
    # here: in a worker it could free a Qt object of the GUI thread from the wrong thread.
    with collector_paused():
        totals = _read_totals(conn, speeches, check_every, progress, cancelled)
        report = _report(totals, top)
        keep_long_lived()
    return LibraryTerms(report, counted=totals.read, speeches=speeches, totals=totals)


def update_library_terms(
    conn: sqlite3.Connection,
    totals: LibraryTotals,
    *,
    top: int = DEFAULT_TOP,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    check_every: int = CHECK_EVERY,
) -> LibraryTerms:
    """``library_terms`` now, brought up to date from ``totals`` (a read made earlier, changed
    in place) by summing in the speeches counted since and taking out those gone.

    A speech whose counts were replaced since it was summed (its old ones unreadable) or a
    change of many speeches makes it a full read, which returns new totals and tells
    ``progress`` how far it has come as ``library_terms`` does (an update itself is quick).
    """
    now = dict(conn.execute(_INCLUDED_NOW).fetchall())
    before = totals.included
    gone = [sid for sid, text_hash in before.items() if now.get(sid) != text_hash]
    came = [sid for sid, text_hash in now.items() if before.get(sid) != text_hash]
    read_all = partial(
        library_terms,
        conn,
        top=top,
        progress=progress,
        cancelled=cancelled,
        check_every=check_every,
    )
    if len(gone) + len(came) > UPDATE_AT_MOST * max(len(before), 1):
        return read_all()
    leaving = _packed(conn, {sid: before[sid] for sid in gone})
    coming = _packed(conn, {sid: now[sid] for sid in came})
    if len(leaving) < len(gone) or len(coming) < len(came):
        return read_all()
    if cancelled is not None and cancelled():
        raise CancelledError("reading the library's terms was cancelled")
    # No way out from here on: the totals are changed whole or not at all.
    with collector_paused():
        for speech_id, packed in leaving.items():
            _remove_speech(totals, speech_id, packed)
        for speech_id, packed in coming.items():
            _add_speech(totals, speech_id, now[speech_id], packed)
        report = _report(totals, top)
        keep_long_lived()
    return LibraryTerms(report, counted=totals.read, speeches=_speech_total(conn), totals=totals)


_COUNTED = (
    "FROM speech_words w"
    " JOIN speeches s ON s.id = w.speech_id AND s.text_hash = w.text_hash"
    f" WHERE w.counts IS NOT NULL AND s.id NOT IN ({IN_TRASHED_COLLECTION})"
)
"""The speeches ``library_terms`` sums: counted on their current text, out of the trash (one
clause for the full read and the update, which must agree on them)."""

_INCLUDED_NOW = f"SELECT w.speech_id, w.text_hash {_COUNTED}"
"""Which speeches ``library_terms`` sums now, with the text hash each was counted on."""


def _packed(conn: sqlite3.Connection, wanted: dict[int, str]) -> dict[int, _Packed]:
    """The stored counts of ``wanted`` speeches, each as counted on its text hash given (a
    speech whose row holds another hash, or none, is left out)."""
    rows = conn.execute(
        "SELECT speech_id, text_hash, words, counts, formulations FROM speech_words"
        " WHERE counts IS NOT NULL AND speech_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(wanted)),),
    )
    return {
        sid: (words, counts, found)
        for sid, text_hash, words, counts, found in rows
        if wanted[sid] == text_hash
    }


def _speech_total(conn: sqlite3.Connection) -> int:
    return conn.execute(
        f"SELECT count(*) FROM speeches WHERE id NOT IN ({IN_TRASHED_COLLECTION})"
    ).fetchone()[0]


def _report(totals: LibraryTotals, top: int) -> TermsReport:
    """The lists from the totals."""
    occurrences, texts = totals.words()
    # Counts stored before a word joined the stop words still hold it: left out as read (the
    # counts are keyed by folded case, so a stop word's lower case is its key).
    for word in stop_words() & occurrences.keys():
        del occurrences[word]
    # So are the numbers and dates (一九五二年, 亿元) counted before they were left out.
    for word in [word for word in occurrences if is_number_word(word)]:
        del occurrences[word]
    best = general_keywords(occurrences, top, folded_counts(totals.spellings)[1])
    keywords = [
        KeywordEntry(k.word, k.score, k.count, (), texts=texts[fold_case(k.word)]) for k in best
    ]
    found = with_standing_counts(merge_keyed(totals.sources()), occurrences, texts)
    return TermsReport(keywords, found, IdfSource.JIEBA)


def _read_totals(
    conn: sqlite3.Connection,
    speeches: int,
    check_every: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> LibraryTotals:
    totals = LibraryTotals()
    rows = conn.execute(
        f"SELECT w.speech_id, w.text_hash, w.words, w.counts, w.formulations {_COUNTED}"
        " ORDER BY w.speech_id"
    )
    for done, (speech_id, text_hash, words, counts, found) in enumerate(rows, 1):
        _add_speech(totals, speech_id, text_hash, (words, counts, found))
        if done % check_every == 0:
            if cancelled is not None and cancelled():
                raise CancelledError("reading the library's terms was cancelled")
            if progress is not None:
                progress(done, speeches)
    return totals


def _add_speech(totals: LibraryTotals, speech_id: int, text_hash: str, packed: _Packed) -> None:
    words, counts, found = (unpack(column) for column in packed)
    totals.included[speech_id] = text_hash
    runs, spelled = _folded_runs(words, counts)
    for count, holding in runs:
        totals.by_count[count].update(holding)
    totals.spellings.update(spelled)
    made = (_formulation(row) for row in json.loads(found))
    totals.formulations[speech_id] = [(formulation_key(f.text), f) for f in made]


def _remove_speech(totals: LibraryTotals, speech_id: int, packed: _Packed) -> None:
    words, counts, _found = (unpack(column) for column in packed)
    del totals.included[speech_id]
    del totals.formulations[speech_id]
    runs, spelled = _folded_runs(words, counts)
    totals.spellings.subtract(spelled)
    for spelling in spelled:
        if not totals.spellings[spelling]:
            del totals.spellings[spelling]
    for count, holding in runs:
        speeches = totals.by_count[count]
        for word in holding:
            left = speeches[word] - 1
            if left:
                speeches[word] = left
            else:
                del speeches[word]  # as if never added: a full read has no zero entries
        if not speeches:
            del totals.by_count[count]


def _folded_runs(words: str, counts: str) -> tuple[list[tuple[int, list[str]]], Counter[str]]:
    """``count_runs`` with the words holding Latin letters summed by ``fold_case`` key, and
    how often the speech writes each of their spellings."""
    runs = list(count_runs(words, counts))
    latin = latin_words(words, WORD_SEPARATOR)
    if not latin:
        return runs, Counter()  # most Chinese speeches: nothing to fold
    spelled: Counter[str] = Counter()
    plain_runs = []
    for count, holding in runs:
        plain_runs.append((count, [word for word in holding if word not in latin]))
        spelled.update(dict.fromkeys((word for word in holding if word in latin), count))
    folded: defaultdict[int, list[str]] = defaultdict(list)
    for key, count in folded_counts(spelled)[0].items():
        folded[count].append(key)
    return plain_runs + list(folded.items()), spelled


def _formulation(row: list[object]) -> Formulation:
    text, kind, quoted, flat = row
    assert isinstance(flat, list)
    spans = tuple(zip(flat[::2], flat[1::2], strict=True))
    return Formulation(str(text), FormulationKind(kind), len(spans), int(str(quoted)), spans)
