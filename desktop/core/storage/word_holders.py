"""Where a word of the whole library's keywords is: the speeches holding it, then its places.

The whole library's keywords are summed from each speech's stored word counts
(``library_terms``); they carry no places, since finding them means segmenting every text
again (minutes on 10,000 speeches). A keyword chosen there is followed in two steps:

- ``word_holders`` reads the stored counts (no segmenting): the speeches holding the word and
  how often, in library order; only counts made on a speech's current text, the trash left out;
- ``speech_word_places`` segments one speech when it is reached, with the same word rule as a
  speech's keywords (``terms.word_places``), from its text as it is now: a speech deleted or
  sent to the trash since gives None, one re-imported gives the places in its new text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.spellings import LATIN_LETTER, fold_case
from desktop.core.chinese.terms import word_places
from desktop.core.errors import CancelledError
from desktop.core.storage.database import Database
from desktop.core.storage.rows import IN_TRASHED_COLLECTION
from desktop.core.storage.word_frequencies import WORD_SEPARATOR, count_runs, unpack

CHECK_EVERY = 500
"""Speeches read between looks at the cancel flag."""

_HOLDERS = (
    "SELECT s.id, w.words, w.counts FROM speeches s"
    " JOIN collections c ON c.id = s.collection_id"
    " JOIN speech_words w ON w.speech_id = s.id AND w.text_hash = s.text_hash"
    " WHERE c.deleted IS NULL AND w.counts IS NOT NULL"
    # The library's order, as ``LibraryStore.speech_order`` gives it.
    " ORDER BY c.id, s.missing_since IS NOT NULL, s.idx, s.id"
)


@dataclass(frozen=True, slots=True)
class WordHolder:
    """A speech holding a word, and how many times as counted (whole jieba words)."""

    speech_id: int
    count: int


@dataclass(frozen=True, slots=True)
class SpeechWordPlaces:
    """A word's places (start, end) in a speech's text as it was read (``text_hash``)."""

    speech_id: int
    text_hash: str
    places: tuple[tuple[int, int], ...]


def word_holders(
    conn: sqlite3.Connection,
    word: str,
    *,
    cancelled: Callable[[], bool] | None = None,
    check_every: int = CHECK_EVERY,
) -> list[WordHolder]:
    """The speeches whose stored counts hold ``word``, in library order.

    Reads every counted speech's word list (no segmenting): run it in a worker on a large
    library; when ``cancelled()`` turns true, CancelledError is raised between speeches.
    """
    found: list[WordHolder] = []
    if not word or WORD_SEPARATOR in word:
        return found
    for done, (speech_id, words, counts) in enumerate(conn.execute(_HOLDERS), 1):
        if done % check_every == 0 and cancelled is not None and cancelled():
            raise CancelledError("finding the speeches holding a word was cancelled")
        count = _count_of(word, unpack(words), counts)
        if count:
            found.append(WordHolder(speech_id, count))
    return found


def _count_of(word: str, words: str, packed_counts: bytes) -> int:
    """How often a speech holds ``word`` (0: not at all), from its stored words and counts;
    a word with Latin letters in any spelling (Work and work: library_terms counts them as one)."""
    if LATIN_LETTER.search(word):
        return _folded_count_of(fold_case(word), words, packed_counts)
    # A substring test in C first: most speeches do not hold a given keyword.
    if word not in words:
        return 0
    position = _line_index(word, words)
    if position < 0:
        return 0
    seen = 0
    for count, holding in count_runs(words, unpack(packed_counts)):
        if position < seen + len(holding):
            return count
        seen += len(holding)
    return 0


def _folded_count_of(key: str, words: str, packed_counts: bytes) -> int:
    """``_count_of`` summed over every spelling whose ``fold_case`` key is ``key``."""
    if key not in fold_case(words):  # the words' keys, one per line as the words are
        return 0
    return sum(
        count * sum(fold_case(word) == key for word in holding)
        for count, holding in count_runs(words, unpack(packed_counts))
    )


def _line_index(word: str, words: str) -> int:
    """Which of the newline-separated ``words`` is ``word`` (-1: none)."""
    if words.startswith(word + WORD_SEPARATOR) or words == word:
        return 0
    start = words.find(WORD_SEPARATOR + word + WORD_SEPARATOR)
    if start < 0 and words.endswith(WORD_SEPARATOR + word):
        start = len(words) - len(word) - 1
    return -1 if start < 0 else words.count(WORD_SEPARATOR, 0, start) + 1


def speech_word_places(
    db: Database, segmenter: Segmenter, speech_id: int, word: str
) -> SpeechWordPlaces | None:
    """Where ``word`` occurs in the speech's current text as a whole jieba word.

    None if the speech is gone or in the trash. Segments the one text (outside any
    transaction): ~20 ms for the sample's longest speech (8,000 characters), ~0.45 s for a
    200,000-character report (``terms-word-places``), so a worker calls it.
    """
    with db.read() as conn:
        row = conn.execute(
            "SELECT text, text_hash FROM speeches WHERE id = ?"
            f" AND id NOT IN ({IN_TRASHED_COLLECTION})",
            (speech_id,),
        ).fetchone()
    if row is None:
        return None
    text, text_hash = row
    found = word_places([(speech_id, text)], [word], segmenter)[word]
    return SpeechWordPlaces(speech_id, text_hash, tuple((start, end) for _, start, end in found))
