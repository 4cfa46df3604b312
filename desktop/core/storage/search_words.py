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

import sqlite3
import unicodedata
from array import array
from collections.abc import Callable
from functools import cache

TextOf = Callable[[sqlite3.Connection, int], str]
"""A document's normalised text (search_engine.stored_text)."""


@cache
def is_latin_letter(char: str) -> bool:
    """True for a letter of the Latin script (a, é, ß, ŋ; not Greek, Cyrillic or Han)."""
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN ")


@cache
def _joins(char: str) -> bool:
    """True for a character a Latin word runs on from: a Latin letter, a digit, an accent."""
    return char.isdigit() or is_latin_letter(char) or unicodedata.category(char) == "Mn"


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


def keep_word_starts(conn: sqlite3.Connection, codes: array, shift: int, text_of: TextOf) -> array:
    """The hit codes (``doc << shift | start``) whose start is a word start in their document.

    Reads each document's normalised text once (``text_of``); only a Latin term's hits get
    here, and those are in the few speeches written (partly) in a Latin script.
    """
    mask = (1 << shift) - 1
    kept = array("q")
    doc, text = None, ""
    for code in codes:
        if code >> shift != doc:
            doc = code >> shift
            text = text_of(conn, doc)
        if word_start(text, code & mask):
            kept.append(code)
    return kept
