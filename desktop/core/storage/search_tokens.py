"""The index's tokens: one per character offset for each gram size, made from normalised text.

Every character offset of a document carries three tokens, one per FTS5 table (search_schema): the
character itself, the bigram starting there and the trigram starting there. A column value is its
tokens joined by SEP and read by FTS5's ascii tokenizer, for which every non-ASCII character and
every ASCII character listed in TOKEN_CHARS (all but NUL and SEP) belongs to a token: no character
is ever dropped, and the i-th token of a column is the one at character offset i.

The characters that cannot be token characters (NUL, SEP) and the escape itself (ESC) are written
as ESC and a digit, which keeps the encoding one-to-one. A lone ESC (twice for bigrams) is never a
character's token: it is the filler put where a gram is "hot" (see HOT_MINIMUM).
"""

from __future__ import annotations

import re
import sys
from array import array
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import add

from desktop.core.storage import search_text

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
# are stored packed (search_hot) and FTS5 gets a filler in its place. FTS5 hands positions to
# Python at ~150 ns each, a packed array at ~25 ns; a row costs ~1.5 µs, so packing pays from ~12
# on. In the bench library a 10,000-character speech has ~70 characters occurring 32 times or more
# (half its positions) and ~35 bigrams occurring 16 times or more (9%); trigrams rarely repeat so.
# These are part of the index format: FTS5 needs the same tokens to unindex a document.
HOT_MINIMUM = {1: 32, 2: 16}
HOT_SIZES = tuple(HOT_MINIMUM)


def filler(size: int) -> str:
    """The token standing where a hot gram of this size is (never a real gram's token)."""
    return ESC * size


def needs_escape(text: str) -> bool:
    """True when the text holds a character that has to be escaped in tokens."""
    return "\x00" in text or SEP in text or ESC in text


def _encoded(text: str) -> str | list[str]:
    """Each character as its token text: the text itself unless it holds NUL, SEP or ESC."""
    if not needs_escape(text):
        return text
    return [_ESCAPES.get(char, char) for char in text]


def token(gram: str) -> str:
    """The token of one n-gram (1 to MAX_GRAM normalised characters)."""
    return "".join(_encoded(gram))


def gram_tokens(text: str, size: int) -> Sequence[str]:
    """The tokens of every ``size``-gram of a normalised text, in order (index = offset)."""
    chars = _encoded(text)
    if size == 1:
        return chars
    grams: Iterable[str] = map(add, chars, chars[1:])
    if size == 3:
        grams = map(add, grams, chars[2:])
    return list(grams)


def match_phrase(tokens: Iterable[str]) -> str:
    """An FTS5 MATCH string for tokens at consecutive positions (a quoted phrase)."""
    body = SEP.join(tokens).replace('"', '""')
    return f'"{body}"'


@dataclass(slots=True)
class GramColumn:
    """What one gram size of a document is indexed as: the FTS5 column and the hot positions.

    The column is kept as UTF-8, made a piece at a time: FTS5 is handed the bytes (as text), so
    no single call encodes a long speech's column while holding the GIL.
    """

    encoded: bytearray
    hot: dict[str, array] = field(default_factory=dict)

    @property
    def value(self) -> str:
        """The column value as text."""
        return self.encoded.decode("utf-8")


def gram_column(text: str, size: int) -> GramColumn:
    """The FTS5 column value of a normalised text for one gram size, hot grams set apart."""
    if not _FAST_LAYOUT or needs_escape(text):
        return _escaped_column(gram_tokens(text, size), size)
    hot = hot_positions(text, size) if size in HOT_SIZES and len(text) >= size else {}
    return GramColumn(laid_out(text, size, hot.values()), hot)


def laid_out(text: str, size: int, hot: Iterable[Sequence[int]]) -> bytearray:
    """The column value (UTF-8) with the filler at the hot grams' offsets (``hot_positions``).

    The cheap part of ``gram_column`` (C speed); finding the hot grams is the costly one, so a
    caller short of memory keeps those and lays the column out when needed.
    """
    if not _FAST_LAYOUT or needs_escape(text):
        return _escaped_column(gram_tokens(text, size), size).encoded
    hot = [offsets for offsets in hot if len(offsets)]
    mostly_hot = sum(map(len, hot)) > _MOSTLY_HOT * max(0, len(text) - size + 1)
    if size == 1 and mostly_hot and len(text) > search_text.GIL_PIECE:
        # Every offset of a hot character is hot: the filler is put in by str.translate (~60 ns
        # a character, slower than filling a short text's, whose column stays in the cache).
        filled = {ord(text[offsets[0]]): ESC for offsets in hot}
        return _Layout(text, size, filled).encoded()
    layout = _Layout(text, size)
    if mostly_hot:
        layout.fill_runs(_hot_mask(layout.count, hot))
    else:
        for offsets in hot:
            layout.fill(offsets)
    return layout.encoded()


# Past this share of hot offsets a column is filled in order, a run of hot offsets at a time (a
# character column by str.translate): a long repetitive speech's grams are nearly all hot, and
# filling them a gram at a time wrote all over a column of hundreds of megabytes (~200 ns a gram,
# mostly waiting for memory). Below it, filling each hot gram's offsets is the cheaper.
_MOSTLY_HOT = 0.5


def _hot_mask(count: int, hot: Iterable[Sequence[int]]) -> bytearray:
    """One byte per offset, 1 where a hot gram is."""
    mask = bytearray(count)
    piece = search_text.GIL_PIECE
    for offsets in hot:
        for start in range(0, len(offsets), piece):
            deque(map(mask.__setitem__, offsets[start : start + piece], repeat(1)), maxlen=0)
    return mask


def token_chunks(text: str, size: int) -> Iterator[tuple[int, Sequence[str]]]:
    """``gram_tokens(text, size)`` in pieces of at most GIL_PIECE tokens, each with its offset."""
    count = len(text) - size + 1
    piece = search_text.GIL_PIECE  # tokens are made, counted and scanned this many at a time
    for start in range(0, max(count, 0), piece):
        yield start, gram_tokens(text[start : start + piece + size - 1], size)


def hot_positions(text: str, size: int) -> dict[str, array]:
    """Each hot gram of a text (in order of first occurrence) and the offsets where it occurs.

    Few hot grams are found by str.find, hot characters by a scan of the text; a longer text's
    bigrams by one pass over the tokens grouping every offset by its gram at C speed (a dict of
    lists filled by ``map``, GIL_PIECE tokens a call): counting them first and then scanning
    for the hot ones' offsets made every token twice and looked each up twice, in Python.
    """
    if size == 1 or len(text) <= search_text.GIL_PIECE:
        counts: Counter[str] = Counter()
        for _start, tokens in token_chunks(text, size):
            counts.update(tokens)
        hot = [gram for gram, count in counts.items() if count >= HOT_MINIMUM[size]]
        if len(hot) <= _FIND_LIMIT and not needs_escape(text):
            return {gram: _find_all(text, gram) for gram in hot}
        if size == 1:
            # Counting a str's characters is fast, and grouping them measured no faster.
            return _scanned_positions(text, size, hot)
    return _grouped_positions(text, size)


def _scanned_positions(text: str, size: int, grams: list[str]) -> dict[str, array]:
    """``hot_positions`` of the hot ``grams`` by one pass over the tokens."""
    positions = {gram: array("I") for gram in grams}
    found_at = positions.get
    for start, tokens in token_chunks(text, size):
        for offset, gram in enumerate(tokens, start):
            found = found_at(gram)
            if found is not None:
                found.append(offset)
    return positions


def _grouped_positions(text: str, size: int) -> dict[str, array]:
    """``hot_positions`` by grouping every offset by its gram."""
    minimum = HOT_MINIMUM[size]
    found: dict[str, array] = {}
    groups: defaultdict[str, list[int]] = defaultdict(list)
    for number, (start, tokens) in enumerate(token_chunks(text, size), 1):
        offsets = range(start, start + len(tokens))
        deque(map(list.append, map(groups.__getitem__, tokens), offsets), maxlen=0)
        if number % _GROUPED_PIECES == 0:
            _merge(found, groups)
            groups = defaultdict(list)
    if not found:
        # The whole text grouped at once (every speech but a long one): no array for a cold gram.
        return {gram: array("I", where) for gram, where in groups.items() if len(where) >= minimum}
    _merge(found, groups)
    return {gram: where for gram, where in found.items() if len(where) >= minimum}


# A hot gram is found with one str.find scan of the text per gram (~1 ns a character) up to this
# many hot grams, in a text of one piece; past it grouping the offsets (~100 ns a token) is
# cheaper. A long speech has thousands of hot bigrams, and a scan each was quadratic.
_FIND_LIMIT = 100


# Pieces of tokens whose offsets are grouped in lists (~40 bytes an offset) before they go into
# the text's arrays (4 bytes) a gram at a time: a long speech's piece holds ~20,000 different
# bigrams, and that is Python work for each.
_GROUPED_PIECES = 4


def _merge(found: dict[str, array], groups: dict[str, list[int]]) -> None:
    """Add the grouped offsets to the arrays in ``found`` (grams new to it at the end)."""
    for gram, where in groups.items():
        known = found.get(gram)
        if known is None:
            found[gram] = array("I", where)
        else:
            known.extend(where)


# Without escapes, a column is laid out as UTF-32 code points with array slices: C speed and no
# Python string per gram.
_CODE_POINTS = "I"
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
_FAST_LAYOUT = array(_CODE_POINTS).itemsize == 4


class _Layout:
    """The code points of a column value: each gram's characters, then SEP.

    Made, and turned into UTF-8, GIL_PIECE grams at a time: over a whole long speech each of
    these array calls held the GIL for ~50-250 ms (10 M characters).
    """

    def __init__(self, text: str, size: int, filled: dict[int, str] | None = None):
        self.size = size
        self.filled = filled
        self.count = max(0, len(text) - size + 1)
        self.points = _zeros((size + 1) * self.count)
        piece = search_text.GIL_PIECE
        for start in range(0, self.count, piece):
            self._lay(text, start, min(start + piece, self.count))

    def _lay(self, text: str, start: int, end: int) -> None:
        """Lay out the grams at offsets ``start`` to ``end``."""
        size, step = self.size, self.size + 1
        chars = text[start : end + size - 1]
        if self.filled:
            chars = chars.translate(self.filled)
        source = array(_CODE_POINTS, chars.encode(_UTF32))
        stop = end * step
        for index in range(size):
            self.points[start * step + index : stop : step] = source[index : index + end - start]
        self.points[start * step + size : stop : step] = _SEPS * (end - start)

    def fill(self, offsets: Iterable[int]) -> None:
        """Put the filler in place of the grams at these offsets."""
        points, step = self.points, self.size + 1
        if self.size == 1:
            for offset in offsets:
                points[2 * offset] = _FILLER_POINT
            return
        for offset in offsets:
            start = offset * step
            for index in range(start, start + self.size):
                points[index] = _FILLER_POINT

    def fill_runs(self, mask: bytearray) -> None:
        """Put the filler in place of the grams at the offsets ``mask`` marks (``_hot_mask``)."""
        step, piece = self.size + 1, search_text.GIL_PIECE
        for run in _HOT_RUN.finditer(mask):
            # A long run (a whole repetitive text) goes a piece at a time, for the GIL's sake.
            for start in range(*run.span(), piece):
                end = min(start + piece, run.end())
                fillers = _FILLERS * (end - start)
                for index in range(self.size):
                    self.points[start * step + index : end * step : step] = fillers

    def encoded(self) -> bytearray:
        """The column value (without a final SEP) in UTF-8."""
        end = max(0, (self.size + 1) * self.count - 1)
        piece = (self.size + 1) * search_text.GIL_PIECE
        found = bytearray()
        for start in range(0, end, piece):
            points = self.points[start : min(start + piece, end)]
            found += points.tobytes().decode(_UTF32).encode("utf-8")
        return found


_SEPS = array(_CODE_POINTS, [ord(SEP)])
_FILLER_POINT = ord(ESC)
_FILLERS = array(_CODE_POINTS, [_FILLER_POINT])
_HOT_RUN = re.compile(b"\x01+")


def _zeros(count: int) -> array:
    """``count`` zero code points, made a block at a time (one call for all held the GIL)."""
    zeros = array(_CODE_POINTS)
    if count <= 0:
        return zeros
    block = array(_CODE_POINTS, bytes(4 * min(count, 4 * search_text.GIL_PIECE)))
    while len(zeros) + len(block) <= count:
        zeros.extend(block)
    zeros.extend(block[: count - len(zeros)])
    return zeros


def _escaped_column(tokens: Sequence[str], size: int) -> GramColumn:
    """The general way, for the rare text holding NUL, SEP or ESC."""
    hot: dict[str, array] = {}
    if size in HOT_MINIMUM:
        for gram, offset in zip(tokens, range(len(tokens)), strict=True):
            hot.setdefault(gram, array("I")).append(offset)
        hot = {gram: where for gram, where in hot.items() if len(where) >= HOT_MINIMUM[size]}
    value = SEP.join(filler(size) if gram in hot else gram for gram in tokens)
    return GramColumn(search_text.utf8(value), hot)


def _find_all(text: str, gram: str) -> array:
    found = array("I")
    find, append = text.find, found.append
    position = find(gram)
    while position >= 0:
        append(position)
        position = find(gram, position + 1)
    return found
