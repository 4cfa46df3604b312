"""Search normalisation: the one place that decides what "the same text" means.

Normalisation maps each character to one character, so a str offset in the normalised text is the
same offset in the canonical text:

- NFKC per character where the result is one character: full-width Ｇ１，（ become G1,( and the
  ideographic space a space; a character whose NFKC form is longer (㈠, ﬁ) is left as it is.
- Case: letters are folded to lower case where that gives one character (str.lower), so GDP
  finds gdp and Ｇｄｐ; it is what every search box does. ``İ`` (two characters in lower case)
  stays as it is.
- A lone surrogate (never valid text, and not storable in SQLite) becomes U+FFFD.

What the user types or pastes is searched for as the canonical text writes it: a paragraph break,
however the source wrote it, is one ``\\n`` (``fold_paragraph_breaks``).

The index's tokens are made from normalised text (search_tokens), and so are queries' terms.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache

# A line break of any kind with the spaces around it: a CRLF from Word, the blank line between a
# web page's paragraphs, the indent that follows a break in a plain-text document.
_PARAGRAPH_BREAK = re.compile(r"\s*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")


def _fold(char: str) -> str:
    """One character's normalised form (itself when no one-character form exists)."""
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    compat = unicodedata.normalize("NFKC", char)
    if len(compat) != 1:
        compat = char
    lower = compat.lower()
    return lower if len(lower) == 1 else compat


@cache
def normalisation_table() -> dict[int, str]:
    """str.translate table of every character that normalisation changes (about 7,000)."""
    table: dict[int, str] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = _fold(char)
        if folded != char:
            # Folding twice must give the same as once, or text and query could disagree.
            table[code] = _fold(folded)
    return table


class FoldTable(dict[int, str]):
    """A str.translate table that folds each character the first time it is looked up.

    The same mapping as ``normalisation_table`` (unchanged characters map to themselves), but
    a first save or search pays for the few thousand characters it meets, not for all 1.1
    million code points (~200 ms, once, on the GUI thread when a note is saved).
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _fold(char)
        value = _fold(folded) if folded != char else char
        self[code] = value
        return value


_FOLDED = FoldTable()

GIL_PIECE = 1 << 16
"""Characters (or tokens) one C call over a speech takes at a time while it is indexed.

A single call over a whole long speech (a str.translate, a Counter, a split) holds the GIL for
~15 ms and more at 500,000 characters, which the window's thread waits out while an import
indexes in a worker; a piece takes ~1-3 ms. Normalising and making tokens (search_tokens) both
go by it.
"""


def normalise(text: str) -> str:
    """The text as search sees it: same length, same offsets, width and case folded."""
    if len(text) <= GIL_PIECE:
        return text.translate(_FOLDED)
    # Each character maps on its own, so translating in pieces gives the same text.
    pieces = (text[start : start + GIL_PIECE] for start in range(0, len(text), GIL_PIECE))
    return "".join(piece.translate(_FOLDED) for piece in pieces)


def utf8(text: str) -> bytearray:
    """The text in UTF-8, encoded GIL_PIECE characters at a time (a str holds no pairs to split)."""
    found = bytearray()
    for start in range(0, len(text), GIL_PIECE):
        found += text[start : start + GIL_PIECE].encode("utf-8")
    return found


def fold_paragraph_breaks(typed: str) -> str:
    """``typed`` with each paragraph break written as the canonical text writes it, one ``\\n``;
    breaks at either end dropped (a whole paragraph copied brings its own)."""
    return _PARAGRAPH_BREAK.sub("\n", typed).strip("\n")
