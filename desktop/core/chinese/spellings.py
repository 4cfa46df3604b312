"""Spellings of one word: Work, work and WORK are counted as one term, shown as written most.

Keywords and formulations are counted per word; a word with Latin letters is the same word
whatever its capitals (at a sentence's start, in a heading, in all capitals) and its width
(ＧＤＰ, as official documents often write it). Han characters have no case, and a word
without Latin letters is left exactly as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1effＡ-Ｚａ-ｚ]")
"""A Latin letter, in either width: what makes a word's case fold."""

TO_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
"""Full-width ASCII forms (U+FF01–FF5E) to ASCII, one character for one: offsets hold."""

_FOLDED_SIGNS = TO_HALF_WIDTH | {0x2010: "-", 0x2011: "-"}  # Unicode's and non-breaking hyphens


def latin_words(words: str, separator: str = "\n") -> set[str]:
    """The words holding a Latin letter among ``words`` joined by ``separator`` (found in C: a
    speech lists thousands of words, and most hold none)."""
    if not LATIN_LETTER.search(words):
        return set()
    return set(re.findall(f"[^{separator}]*{LATIN_LETTER.pattern}[^{separator}]*", words))


def fold_case(word: str) -> str:
    """The word's key for counting: half-width lower case if it holds a Latin letter (ＧＤＰ,
    GDP and gdp are one word; so are COVID-19 and COVID‑19, a non-breaking hyphen), else itself."""
    return word.translate(_FOLDED_SIGNS).lower() if LATIN_LETTER.search(word) else word


def folded_counts(counts: Mapping[str, int]) -> tuple[dict[str, int], dict[str, str]]:
    """The counts summed by ``fold_case`` key, and each key's commonest spelling.

    Ties go to the spelling that sorts first (capitals first: "GDP" before "gdp"), so the shown
    word does not depend on the order the words were met in.
    """
    totals: dict[str, int] = {}
    shown: dict[str, str] = {}
    several: dict[str, Counter[str]] = {}  # only keys met in more than one spelling
    for word, count in counts.items():
        key = fold_case(word)
        if key not in totals:
            totals[key], shown[key] = count, word
            continue
        totals[key] += count
        spellings = several.setdefault(key, Counter({shown[key]: counts[shown[key]]}))
        spellings[word] += count
        shown[key] = commonest(spellings)
    return totals, shown


def commonest(spellings: Mapping[str, int]) -> str:
    """The spelling written most often (the first in sort order among equals)."""
    return min(spellings, key=lambda spelling: (-spellings[spelling], spelling))


def folded_set(words: Iterable[str]) -> set[str]:
    """The distinct keys of some words."""
    return {fold_case(word) for word in words}
