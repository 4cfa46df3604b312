"""Where a term may match: a term that starts with a Latin letter matches at the start of a word.

English (or French, or pinyin) is written in words, and its readers expect ``econ`` to find
*economy* and *Econometrics* but not *second*, and ``art`` to find *article* but not *party*: a
term whose first character is a Latin letter matches only where no Latin letter or digit comes
just before it (``word_start``). It still matches as a prefix (``econ`` finds *economy*), which
is what readers of a search box expect, and it may end anywhere. Nothing else changes:

- A term that starts with a Han character, a digit, punctuation or a space matches as every
  substring, as before. Chinese has no word boundaries in the text (nor in the index), and
  numbers in Chinese text are searched as parts (``19年`` finds 2019年).
- A Latin term right after a Han character is at a word start (效能GDP holds ``GDP``).

The library search, the find bar and ``python -m desktop search`` all apply this one rule, to
normalised text (search_text): full-width letters are ASCII letters there.
"""

from __future__ import annotations

import unicodedata
from functools import cache

LATIN_RANGES = (
    ("\u00c0", "\u00d6"),  # Latin-1 letters, not × (nor ·, °, ², common in Chinese text)
    ("\u00d8", "\u00f6"),
    ("\u00f8", "\u02af"),  # Latin Extended-A and -B, IPA
    ("\u0300", "\u036f"),  # combining accents (é written as e and an accent)
    ("\u1d00", "\u1eff"),  # phonetic extensions, Latin Extended Additional (ạ, ế)
    ("\u2c60", "\u2c7f"),  # Latin Extended-C
    ("\ua720", "\ua7ff"),  # Latin Extended-D
    ("\uab30", "\uab6f"),  # Latin Extended-E
    ("\ufb00", "\ufb06"),  # Latin ligatures (ﬀ: NFKC would make two letters, so kept)
)
"""Where every non-ASCII character that joins a Latin word lies (normalised text holds no
full-width or other compatibility forms of ASCII letters, nor ª or º: NFKC makes them a and
o): the index looks only here. The rare letters of Latin Extended-F and -G (outside the BMP)
are left out: they join nothing."""


@cache
def is_latin_letter(char: str) -> bool:
    """True for a letter of the Latin script (a, é, ß, ŋ; not Greek, Cyrillic or Han)."""
    if char.isascii():
        return char.isalpha()
    in_ranges = any(low <= char <= high for low, high in LATIN_RANGES)
    return in_ranges and char.isalpha() and unicodedata.name(char, "").startswith("LATIN ")


@cache
def _joins(char: str) -> bool:
    """True for a character a Latin word runs on from: a Latin letter, a digit, an accent."""
    if char.isascii():
        return char.isalnum()
    return is_latin_letter(char) or "\u0300" <= char <= "\u036f"


def starts_with_latin(term: str) -> bool:
    """True when the term matches at word starts only (its first character is a Latin letter)."""
    return bool(term) and is_latin_letter(term[0])


def word_start(text: str, start: int) -> bool:
    """True when ``start`` is the start of a word: no Latin letter or digit right before it."""
    return start == 0 or not _joins(text[start - 1])


def first_match(text: str, term: str) -> int:
    """Where the normalised term first matches in the normalised text (-1: nowhere)."""
    start = text.find(term)
    if not starts_with_latin(term):
        return start
    while start >= 0 and not word_start(text, start):
        start = text.find(term, start + 1)
    return start


def contains(text: str, term: str) -> bool:
    """True when the normalised text holds the normalised term where the term may match."""
    return first_match(text, term) >= 0
