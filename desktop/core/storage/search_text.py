"""Search normalisation and tokens: the one place that decides what "the same text" means.

Normalisation maps each character to one character, so a str offset in the normalised text is the
same offset in the canonical text:

- NFKC per character where the result is one character: full-width Ｇ１，（ become G1,( and the
  ideographic space a space; a character whose NFKC form is longer (㈠, ﬁ) is left as it is.
- Case: letters are folded to lower case where that gives one character (str.lower), so GDP
  finds gdp and Ｇｄｐ; it is what every search box does. ``İ`` (two characters in lower case)
  stays as it is.
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
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
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

# A gram occurring at least HOT_MINIMUM[size] times in one document is "hot" there: its positions
# are stored packed (search_hot) and FTS5 gets FILLER in its place. FTS5 hands positions to Python
# at ~150 ns each, a packed array at ~25 ns; a row costs ~1.5 µs, so packing pays from ~12 on. In
# the bench library a 10,000-character speech has ~70 characters occurring 32 times or more (half
# its positions) and ~35 bigrams occurring 16 times or more (9%). Trigrams are rarely frequent.
# Changing these changes the index format (FTS5 needs the same tokens to unindex a document).
HOT_MINIMUM = {1: 32, 2: 16}
HOT_SIZES = tuple(HOT_MINIMUM)
FILLER = ESC + ESC  # no character encodes to two ESCs, so no query ever asks for it


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


# Grams of a text without escapes are laid out as UTF-32 code points with array slices: C speed,
# no Python string per gram.
_CODE_POINTS = "I"
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_FAST_JOIN = array(_CODE_POINTS).itemsize == 4


def _joined_grams(text: str, size: int) -> str:
    """SEP.join of every ``size``-gram of a text that needs no escape."""
    count = len(text) - size + 1
    if count <= 0:
        return ""
    source = array(_CODE_POINTS, text.encode(_UTF32))
    step = size + 1
    laid_out = array(_CODE_POINTS, bytes(4 * step * count))
    for index in range(size):
        laid_out[index::step] = source[index : index + count]
    laid_out[size::step] = array(_CODE_POINTS, [ord(SEP)]) * count
    return laid_out.tobytes()[: 4 * (step * count - 1)].decode(_UTF32)


def gram_tokens(text: str, size: int) -> list[str] | str:
    """The tokens of every ``size``-gram of a normalised text, in order (index = offset)."""
    chars = _encoded(text)
    if size == 1:
        return chars
    grams: Iterable[str] = map(add, chars, chars[1:])
    if size == 3:
        grams = map(add, grams, chars[2:])
    return list(grams)


@dataclass(slots=True)
class GramColumn:
    """What one gram size of a document is indexed as: the FTS5 column and the hot positions."""

    value: str
    hot: dict[str, array] = field(default_factory=dict)


def gram_column(text: str, size: int) -> GramColumn:
    """The FTS5 column value of a normalised text for one gram size, hot grams set apart."""
    if not _FAST_JOIN or _needs_escape(text):
        return _escaped_column(gram_tokens(text, size), size)
    if size == 1:
        hot = _hot(Counter(text), size)
        return _unigram_column(text, hot) if hot else GramColumn(SEP.join(text))
    value = _joined_grams(text, size)
    if size not in HOT_SIZES or not value:
        return GramColumn(value)
    hot = _hot(Counter(value.split(SEP)), size)
    for gram in hot:
        # Tokens are whole grams between separators, so a gram can only match a whole token.
        value = value.replace(gram, FILLER)
    return GramColumn(value, {gram: _find_all(text, gram) for gram in hot})


def _hot(counts: Counter[str], size: int) -> list[str]:
    if size not in HOT_SIZES:
        return []
    return [gram for gram, count in counts.items() if count >= HOT_MINIMUM[size]]


def _unigram_column(text: str, hot: list[str]) -> GramColumn:
    # No ESC in a text that needed no escape: it can stand for "hot" before the join.
    marked = text.translate(dict.fromkeys(map(ord, hot), ESC))
    value = SEP.join(marked).replace(ESC, FILLER)
    return GramColumn(value, {gram: _find_all(text, gram) for gram in hot})


def _escaped_column(tokens: list[str] | str, size: int) -> GramColumn:
    """The slow, general way, for the rare text holding NUL, SEP or ESC."""
    wanted = set(_hot(Counter(tokens), size))
    if not wanted:
        return GramColumn(SEP.join(tokens))
    positions: dict[str, array] = {gram: array("I") for gram in wanted}
    for offset, gram in enumerate(tokens):
        if gram in wanted:
            positions[gram].append(offset)
    value = SEP.join(FILLER if gram in wanted else gram for gram in tokens)
    return GramColumn(value, positions)


def _find_all(text: str, gram: str) -> array:
    found = array("I")
    find, append = text.find, found.append
    position = find(gram)
    while position >= 0:
        append(position)
        position = find(gram, position + 1)
    return found


def token(gram: str) -> str:
    """The token of one n-gram (1 to MAX_GRAM normalised characters)."""
    return "".join(_encoded(gram))


def match_phrase(tokens: Iterable[str]) -> str:
    """An FTS5 MATCH string for tokens at consecutive positions (a quoted phrase)."""
    body = SEP.join(tokens).replace('"', '""')
    return f'"{body}"'
