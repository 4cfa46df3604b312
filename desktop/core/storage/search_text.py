"""Search normalisation and tokens: the one place that decides what "the same text" means.

Normalisation maps each character to one character, so a str offset in the normalised text is the
same offset in the canonical text:

- NFKC per character where the result is one character: full-width Ｇ１，（ become G1,( and the
  ideographic space a space; a character whose NFKC form is longer (㈠, ﬁ) is left as it is.
- Case: letters are folded to lower case where that gives one character (str.lower), so GDP finds
  gdp and Ｇｄｐ; it is what every search box does. ``İ`` (whose lower case is two characters) stays.
- A lone surrogate (never valid text, and not storable in SQLite) becomes U+FFFD.

Tokens: every character position of a normalised text carries three tokens, one per FTS5 table
(see search_schema): the character itself, the bigram starting there and the trigram starting
there. A token is its characters, joined by ``SEP`` for FTS5's ascii tokenizer, which treats every
non-ASCII character and every ASCII character listed as a token character (all but NUL and SEP) as
part of a token, so no character is ever dropped and the i-th token of a column is the one at
character offset i. The three characters that cannot be token characters (NUL, SEP) or that
introduce an escape (ESC) are written as ESC plus a digit, which keeps the encoding one-to-one.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable
from functools import cache
from operator import add

SEP = "\x1f"
ESC = "\x80"
_ESCAPES = {"\x00": ESC + "0", SEP: ESC + "1", ESC: ESC + "2"}

# Every ASCII character except NUL, SEP and the letters and digits (already token characters).
TOKEN_CHARS = "".join(
    chr(code) for code in range(1, 128) if chr(code) != SEP and not chr(code).isalnum()
)

# The n-gram sizes that have a table; a term of length n <= MAX_GRAM is found with one token.
GRAM_SIZES = (1, 2, 3)
MAX_GRAM = GRAM_SIZES[-1]


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
    """str.translate table of every character that normalisation changes (about 5,000)."""
    table: dict[int, str] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = _fold(char)
        if folded != char:
            # Folding twice must give the same as once, or text and query could disagree.
            table[code] = _fold(folded)
    return table


def normalise(text: str) -> str:
    """The text as search sees it: same length, same offsets, width and case folded."""
    return text.translate(normalisation_table())


def _needs_escape(text: str) -> bool:
    return "\x00" in text or SEP in text or ESC in text


def _encoded(text: str) -> str | list[str]:
    """Each character as its token text: the text itself unless it holds NUL, SEP or ESC."""
    if not _needs_escape(text):
        return text
    return [_ESCAPES.get(char, char) for char in text]


def gram_tokens(text: str, size: int) -> list[str] | str:
    """The tokens of every ``size``-gram of a normalised text, in order (index = offset)."""
    chars = _encoded(text)
    if size == 1:
        return chars
    grams: Iterable[str] = map(add, chars, chars[1:])
    if size == 3:
        grams = map(add, grams, chars[2:])
    return list(grams)


def column_value(text: str, size: int) -> str:
    """The pre-tokenised column value FTS5 indexes for a normalised text and gram size."""
    return SEP.join(gram_tokens(text, size))


def token(gram: str) -> str:
    """The token of one n-gram (1 to MAX_GRAM normalised characters)."""
    return "".join(_encoded(gram))


def match_phrase(tokens: Iterable[str]) -> str:
    """An FTS5 MATCH string for tokens at consecutive positions (a quoted phrase)."""
    body = SEP.join(tokens).replace('"', '""')
    return f'"{body}"'
