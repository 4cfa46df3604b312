"""A speech's text hashed by its words alone: the same speech from a .docx and a .txt hashes alike.

The cleaner keeps what a file wrote where it cannot tell noise from text: a half-width ``,``
where the .docx has ``，``, a line wrapped in the .txt, a space between a Chinese and a Latin
word. Two copies of one speech then differ in ``text_hash`` and both would be stored. The loose
hash reads only the words: every space, line break and punctuation mark is dropped (so half- and
full-width punctuation, 。 and ., curly and straight quotes all meet) but a mark alone between
two digits (a decimal point, a date's dash: numbers must not meet), and what is left is folded
as search folds it (``search_text.normalise``: NFKC width, so ２０２４ is 2024; case). Any word
that differs still tells two texts apart. ``speeches.loose_hash`` is indexed (schema 13).

Dropping the marks rather than mapping each to its twin is also what keeps it fast: str.translate
costs ~70 ns a character, ~6 s over a library of 10,000 speeches (44 M characters) when it is
upgraded, while a regular expression drops the marks, and only the few characters outside ASCII
and the CJK ideographs (full-width digits, ①) are looked up, one str.replace each.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from desktop.core.storage.search_text import GIL_PIECE, normalise

if TYPE_CHECKING:
    from desktop.core.storage.upgrade_steps import Fraction

_NOT_WORD = re.compile(r"(?<!\d)[\W_]+|[\W_]{2,}|[\W_](?!\d)|\s")
"""Spaces, line breaks and punctuation: what the loose hash leaves out. A mark alone between two
digits stays: 1.5 and 15, 2024-01 and 202401 are other numbers, a corrected figure another text."""
_OTHER = re.compile(r"[^\x00-\x7f\u4000-\u9fff]")
"""A word's character that may fold: outside ASCII (already lower case) and U+4000-9FFF, whose
word characters neither NFKC nor case changes (a test checks every one)."""
_ASCII_OR_IDEOGRAPH = bytes(range(0xC0)) + bytes(range(0xE4, 0xEA))
"""UTF-8 bytes of ASCII, of continuations and the lead bytes of U+4000-9FFF: deleting them
leaves a byte for each ``_OTHER`` character, so its absence is told at C speed."""


@cache
def _folded(char: str) -> str:
    """A word's character as the loose hash reads it (search's normalisation, then lower case);
    a mark kept between digits is folded alone (１．５ reads as 1.5)."""
    folded = normalise(char).lower()
    if not char.isalnum():
        return folded
    return _NOT_WORD.sub("", folded)


def loose_text(text: str) -> Iterator[bytes]:
    """``text`` as the loose hash reads it, in UTF-8, GIL_PIECE characters of it at a time."""
    for start in range(0, len(text), GIL_PIECE):
        kept = _NOT_WORD.sub("", text[start : start + GIL_PIECE]).lower()
        encoded = kept.encode("utf-8")
        if encoded.translate(None, _ASCII_OR_IDEOGRAPH):
            for char in set(_OTHER.findall(kept)):
                kept = kept.replace(char, _folded(char))
            encoded = kept.encode("utf-8")
        yield encoded


def loose_hash(text: str) -> str:
    """SHA-256 (hex) of ``text``'s words: spaces, line breaks and punctuation left out, width
    and case folded."""
    digest = hashlib.sha256()
    for piece in loose_text(text):
        digest.update(piece)
    return digest.hexdigest()


def backfill_loose_hashes(conn: sqlite3.Connection, report: Fraction | None = None) -> None:
    """Give every stored speech its loose hash (a migration, in its transaction); ``report``
    hears the fraction of speeches hashed."""
    from desktop.core.storage.upgrade_steps import counted

    total = conn.execute("SELECT count(*) FROM speeches").fetchone()[0]
    # Each text is let go once hashed: the list holds the hashes, never every text at once.
    rows = conn.execute("SELECT id, text FROM speeches ORDER BY id")
    conn.executemany(
        "UPDATE speeches SET loose_hash = ? WHERE id = ?",
        [(loose_hash(text), speech_id) for speech_id, text in counted(rows, total, report)],
    )
