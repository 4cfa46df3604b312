"""Which stored speech each speech of a re-imported file continues.

A re-imported file may insert, drop, reorder, retitle or edit speeches. A speech keeps its id
(and so its annotations and reading position) when the new file still holds it: first by an
identical text, then by the best of title, place and text similarity. Text similarity is the
Dice coefficient of character bigram sets: cheap, order-free and meaningful for Chinese,
where there are no words to compare without a segmenter.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.core.imported import Speech

SIMILAR = 0.6
"""Texts at least this similar are the same speech, whatever their titles."""
SIMILAR_WITH_TITLE = 0.3
"""A speech with the same title needs only this much text in common (it was edited)."""


@dataclass(slots=True)
class StoredSpeech:
    """What matching needs of a speech already in the library."""

    id: int
    index: int
    title: str
    text_hash: str
    text: str
    _bigrams: frozenset[str] | None = field(default=None, repr=False)

    @property
    def bigrams(self) -> frozenset[str]:
        """The text's character bigrams (computed once)."""
        if self._bigrams is None:
            self._bigrams = bigrams(self.text)
        return self._bigrams


def match_speeches(stored: Sequence[StoredSpeech], incoming: Sequence[Speech]) -> dict[int, int]:
    """Map positions in ``incoming`` to the ids of the stored speeches they continue."""
    matched = _match_identical(stored, incoming)
    taken = set(matched.values())
    free = [speech for speech in stored if speech.id not in taken]
    candidates = []
    for position, speech in enumerate(incoming):
        if position in matched:
            continue
        new_bigrams = bigrams(speech.text)
        for old in free:
            score = _pair_score(old, speech, new_bigrams)
            if score is not None:
                candidates.append((score, position, old.id))
    for _score, position, old_id in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if position not in matched and old_id not in taken:
            matched[position] = old_id
            taken.add(old_id)
    return matched


def shares_content(stored: Sequence[StoredSpeech], incoming: Sequence[Speech]) -> bool:
    """True when some speech of ``incoming`` is, by its text alone, one of ``stored``."""
    hashes = {speech.text_hash for speech in stored}
    for speech in incoming:
        if speech.text_hash in hashes:
            return True
        new_bigrams = bigrams(speech.text)
        if any(similarity(old.bigrams, new_bigrams) >= SIMILAR for old in stored):
            return True
    return False


def bigrams(text: str) -> frozenset[str]:
    """The set of adjacent character pairs of ``text`` (its single character if that short)."""
    if len(text) < 2:
        return frozenset([text]) if text else frozenset()
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def similarity(first: frozenset[str], second: frozenset[str]) -> float:
    """Dice coefficient of two bigram sets: 1.0 identical, 0.0 nothing in common."""
    if not first and not second:
        return 1.0
    return 2 * len(first & second) / (len(first) + len(second))


def _match_identical(stored: Sequence[StoredSpeech], incoming: Sequence[Speech]) -> dict[int, int]:
    by_hash: dict[str, list[StoredSpeech]] = defaultdict(list)
    for speech in stored:
        by_hash[speech.text_hash].append(speech)
    matched = {}
    for position, speech in enumerate(incoming):
        same = by_hash.get(speech.text_hash)
        if not same:
            continue
        # A text that occurs twice goes to the copy at the same place first.
        chosen = next((old for old in same if old.index == speech.index), same[0])
        same.remove(chosen)
        matched[position] = chosen.id
    return matched


def _pair_score(old: StoredSpeech, new: Speech, new_bigrams: frozenset[str]) -> float | None:
    same_title = _same_title(old.title, new.title)
    same_place = old.index == new.index
    sim = similarity(old.bigrams, new_bigrams)
    if sim >= SIMILAR or (same_title and (same_place or sim >= SIMILAR_WITH_TITLE)):
        return sim + (0.5 if same_title else 0.0) + (0.1 if same_place else 0.0)
    return None


def _same_title(first: str, second: str) -> bool:
    first, second = _title_key(first), _title_key(second)
    return bool(first) and first == second


def _title_key(title: str) -> str:
    return "".join(unicodedata.normalize("NFKC", title).split())
