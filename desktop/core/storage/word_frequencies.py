"""Document frequencies of words over the library (the IDF side of keywords), cached per speech.

Segmenting a large library with jieba takes minutes: too slow for an import's transaction and
pointless before anyone asks for keywords. So each speech's distinct keyword-candidate words,
how often each occurs, and its formulations (提法) are computed lazily (a worker, once jieba is
ready: ``update_word_frequencies``) and kept in the ``speech_words`` table with the text hash
they were computed from. The whole library's terms are read from them (``library_terms``)
without segmenting its texts again; a row made before the counts were kept (schema 9) is stale.
The cache can never count what is no longer in the library:

- deleting a speech deletes its row in the same transaction (``ON DELETE CASCADE``);
- re-importing a changed speech changes its ``text_hash``, and a row whose hash differs is
  ignored by ``document_frequencies`` and recomputed by the next update;
- the speeches of a collection in the trash are neither counted nor segmented (their rows are
  kept for when it is restored).

Until every speech is counted, the frequencies are those of the speeches counted so far: a
sample of the library, from which an IDF is still a fair estimate (``keywords`` uses jieba's own
table while fewer than ``MIN_LIBRARY_DOCUMENTS`` speeches are counted).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import BrokenExecutor  # BrokenProcessPool's base, without its module
from itertools import groupby

from desktop.core.chinese.formulations import Formulation
from desktop.core.chinese.keywords import DocumentFrequencies
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.spellings import folded_set, latin_words
from desktop.core.chinese.words_process import WordsProcess, segment_texts
from desktop.core.errors import CancelledError
from desktop.core.storage.database import Database
from desktop.core.storage.rows import IN_TRASHED_COLLECTION, id_array
from desktop.core.storage.storing import Storing, told_storing

BATCH = 20
"""Speeches segmented per write transaction: small enough that a cancel is quick to take."""

Segment = Callable[[list[str]], list["PackedWords"]]
"""Texts to their packed words, in the worker's thread or a process (``WordsProcess``)."""

IN_PROCESS_FROM = 3 * BATCH
"""Stale speeches from which they are segmented in a process of their own (``WordsProcess``):
fewer are done before it would have loaded jieba."""

WORD_SEPARATOR = "\n"  # jieba words never hold a line break

PackedWords = tuple[bytes, bytes, bytes]
"""A speech's words, counts and formulations as stored."""


def create_word_frequency_schema(conn: sqlite3.Connection) -> None:
    """The cache table (schema migration 5)."""
    conn.execute(
        """CREATE TABLE speech_words (
            speech_id INTEGER PRIMARY KEY REFERENCES speeches(id) ON DELETE CASCADE,
            text_hash TEXT NOT NULL,
            words BLOB NOT NULL
        )"""
    )


def add_word_count_columns(conn: sqlite3.Connection) -> None:
    """Room for each speech's word counts and formulations (schema migration 9)."""
    conn.execute("ALTER TABLE speech_words ADD COLUMN counts BLOB")
    conn.execute("ALTER TABLE speech_words ADD COLUMN formulations BLOB")


def stale_speeches(conn: sqlite3.Connection) -> list[int]:
    """The speeches whose words are not counted yet, were counted on an older text, or were
    counted before their counts and formulations were kept.

    Those of collections in the trash wait until they come back (if ever).
    """
    rows = conn.execute(
        "SELECT s.id FROM speeches s LEFT JOIN speech_words w ON w.speech_id = s.id"
        " WHERE (w.text_hash IS NOT s.text_hash OR w.counts IS NULL)"
        f" AND s.id NOT IN ({IN_TRASHED_COLLECTION})"
        " ORDER BY s.id"
    )
    return [speech_id for (speech_id,) in rows]


def store_speech_words(
    conn: sqlite3.Connection,
    speech_id: int,
    text_hash: str,
    words: Iterable[str],
    found: Sequence[Formulation] = (),
) -> bool:
    """Record a speech's words (each as often as it occurs) and formulations, computed from
    the text with ``text_hash``.

    Nothing is stored (False) if the speech is gone or its text changed meanwhile.
    """
    return store_packed_words(conn, speech_id, text_hash, pack_speech_words(words, found))


def pack_speech_words(words: Iterable[str], found: Sequence[Formulation] = ()) -> PackedWords:
    """A speech's words (each as often as it occurs) and formulations as stored."""
    distinct, runs = _by_count(Counter(words))
    return (
        _pack(WORD_SEPARATOR.join(distinct)),
        _pack(runs),
        _pack(json.dumps([_formulation_row(item) for item in found], ensure_ascii=False)),
    )


def store_packed_words(
    conn: sqlite3.Connection, speech_id: int, text_hash: str, packed: PackedWords
) -> bool:
    """Record a speech's packed words (``pack_speech_words``) made from the text with
    ``text_hash``; nothing is stored (False) if the speech is gone or its text changed."""
    cursor = conn.execute(
        "INSERT INTO speech_words(speech_id, text_hash, words, counts, formulations)"
        " SELECT id, text_hash, ?, ?, ? FROM speeches WHERE id = ? AND text_hash = ?"
        " ON CONFLICT(speech_id) DO UPDATE SET text_hash = excluded.text_hash,"
        " words = excluded.words, counts = excluded.counts,"
        " formulations = excluded.formulations",
        (*packed, speech_id, text_hash),
    )
    return cursor.rowcount > 0


def _by_count(counts: Counter[str]) -> tuple[list[str], str]:
    """The words most frequent first, and their counts as runs ``count:words,…``.

    Runs let a reader add up a whole library's counts a slice of equal counts at a time, in
    C (``Counter.update`` of a list), not a word at a time in Python: 7 M words in ~1 s.
    """
    distinct = sorted(counts, key=lambda word: (-counts[word], word))
    runs: list[str] = []
    for count, group in groupby(distinct, key=counts.__getitem__):
        runs.append(f"{count}:{sum(1 for _ in group)}")
    return distinct, ",".join(runs)


def count_runs(words: str, runs: str) -> Iterator[tuple[int, list[str]]]:
    """(count, the words a speech holds that many times) from its stored words and counts."""
    distinct = words.split(WORD_SEPARATOR) if words else []
    start = 0
    for run in runs.split(",") if runs else ():
        count, _, length = run.partition(":")
        end = start + int(length)
        yield int(count), distinct[start:end]
        start = end


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"))


def unpack(packed: bytes) -> str:
    """A stored column of ``speech_words`` (words, counts or formulations) as text."""
    return zlib.decompress(packed).decode("utf-8")


def _formulation_row(item: Formulation) -> list[object]:
    """A formulation as stored: its count is the number of its spans."""
    flat = [offset for span in item.occurrences for offset in span]
    return [item.text, item.kind.value, item.quoted, flat]


def document_frequencies(conn: sqlite3.Connection) -> DocumentFrequencies:
    """The frequencies of every speech counted on its current text (the trash left out).

    A collection in the trash keeps its rows, so they count again the moment it is restored.
    """
    counts: Counter[str] = Counter()
    documents = 0
    rows = conn.execute(
        "SELECT w.words FROM speech_words w JOIN speeches s"
        " ON s.id = w.speech_id AND s.text_hash = w.text_hash"
        f" WHERE s.id NOT IN ({IN_TRASHED_COLLECTION})"
    )
    for (packed,) in rows:
        text = unpack(packed)
        counts.update(text.split(WORD_SEPARATOR) if text else ())
        latin = latin_words(text, WORD_SEPARATOR)
        if latin:  # a speech holding Work and work holds one word (keywords.DocumentFrequencies)
            counts.subtract(latin)
            counts.update(folded_set(latin))
        documents += 1
    return DocumentFrequencies(counts, documents)


def update_word_frequencies(
    db: Database,
    segmenter: Segmenter,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    storing: Storing | None = None,
) -> int:
    """Count the words of every stale speech; returns how many were counted.

    Slow on a large library (jieba reads every text): run it in a worker. Each batch of
    ``BATCH`` speeches is committed on its own, so a cancel (CancelledError) keeps what was done.
    ``progress(done, total)`` hears of each batch; ``storing(True)`` is called just before a
    batch's transaction asks for the write lock, ``storing(False)`` once it ended (always).
    """

    def count(segment: Segment) -> int:
        with db.read() as conn:
            stale = stale_speeches(conn)
        return _count(db, stale, segment, progress, cancelled, storing)

    def here(texts: list[str]) -> list[PackedWords]:
        return segment_texts(texts, segmenter, pack_speech_words)

    with db.read() as conn:
        few = len(stale_speeches(conn)) < IN_PROCESS_FROM
    if few:
        return count(here)
    try:
        with WordsProcess(segmenter) as process:  # minutes of jieba away from the GUI's GIL
            return count(lambda texts: process.segment(texts, pack_speech_words))
    except (BrokenExecutor, OSError):
        # No process to be had (a sandbox, a frozen build, the child killed): the worker's
        # thread counts what is still stale, as it did before; what the process stored stays.
        return count(here)


def _count(
    db: Database,
    stale: list[int],
    segment: Segment,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    storing: Storing | None,
) -> int:
    counted = 0
    for first in range(0, len(stale), BATCH):
        if cancelled is not None and cancelled():
            raise CancelledError("counting the library's words was cancelled")
        batch = stale[first : first + BATCH]
        counted += _count_batch(db, segment, batch, storing)
        if progress is not None:
            progress(first + len(batch), len(stale))
    return counted


def _count_batch(
    db: Database,
    segment: Segment,
    speech_ids: list[int],
    storing: Storing | None = None,
) -> int:
    """Segment some speeches (outside any transaction) and store their words in one."""
    with db.read() as conn:
        rows = conn.execute(
            "SELECT id, text_hash, text FROM speeches WHERE id IN (SELECT value FROM json_each(?))",
            (id_array(speech_ids),),
        ).fetchall()
    packed = segment([text for _id, _hash, text in rows])
    with told_storing(storing), db.transaction() as conn:
        return sum(
            store_packed_words(conn, speech_id, text_hash, words)
            for (speech_id, text_hash, _text), words in zip(rows, packed, strict=True)
        )
