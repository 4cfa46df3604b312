"""Running a query against the n-gram index: documents first, then exact hit positions.

Positions come from the index alone (fts5vocab 'instance' rows), never from the texts:

- a term of 1, 2 or 3 characters is one token, and its instances are its hits;
- a longer term is covered by trigrams (at offsets 0 and m-3 and enough in between that every
  character is in one); the cover with the fewest occurrences in the library is chosen, the rarest
  of its trigrams gives candidate starts, and each other trigram of the cover keeps the candidates
  that have it at the right distance. Trigrams at the right offsets fix every character, so what is
  left is exactly the set of starts a substring scan finds, overlapping ones included.

SQLite does the scanning and the filtering; a term's positions cross into Python as one string of
integers (group_concat) parsed by json in chunks, which is several times cheaper than a row each.
Documents (for several terms, exclusions and scopes) come from FTS5 MATCH, which is exact too: a
phrase of consecutive grams is the substring.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from desktop.core.storage.search_schema import (
    create_vocabularies,
    gram_table,
    instance_vocab,
    row_vocab,
)
from desktop.core.storage.search_text import normalise
from desktop.core.storage.search_tokens import HOT_SIZES, MAX_GRAM, match_phrase, token

# Checking candidates against a trigram inside SQLite costs ~0.35 µs a candidate (sending them as
# JSON, indexing them) plus ~0.06 µs an instance scanned; fetching the instances and checking in
# Python costs ~0.2 µs an instance. SQLite is cheaper when the trigram has this many times more
# instances than there are candidates.
_FILTER_IN_SQLITE = 2.5

# When few candidates are left, reading their documents' stored text (~0.15 ms a document: read,
# decompress, decode) can be cheaper than checking every remaining trigram of a long term (~0.05
# ms a lookup plus ~0.06 µs an instance). Up to this many candidates the two costs are compared.
_TEXT_CHECK_CANDIDATES = 256
_TEXT_SECONDS = 150e-6
_LOOKUP_SECONDS = 50e-6
_INSTANCE_SECONDS = 60e-9

# Counting a trigram's occurrences reads its whole posting list (~12 ns an instance); a long pasted
# passage has hundreds of trigrams, so only this many, spread over it, are counted to choose from.
_COUNTED_GRAMS = 48

# json.loads of the whole position string of a very common character would build tens of millions
# of Python ints at once; parsing this many characters at a time keeps the peak small.
_PARSE_CHUNK = 1 << 22


@dataclass(frozen=True, slots=True)
class DocFilter:
    """Which documents a lookup may return: a sign (speeches > 0, notes < 0) and id lists."""

    sign: int = 0
    include: tuple[int, ...] | None = None
    exclude: tuple[int, ...] = ()

    def sql(self, column: str) -> tuple[str, list[str]]:
        """A WHERE fragment (starting with AND, or empty) and its parameters."""
        clauses: list[str] = []
        params: list[str] = []
        if self.sign:
            clauses.append(f"{column} {'>' if self.sign > 0 else '<'} 0")
        if self.include is not None:
            clauses.append(f"{column} IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(self.include))
        if self.exclude:
            clauses.append(f"{column} NOT IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(self.exclude))
        return "".join(f" AND {clause}" for clause in clauses), params

    def is_empty(self) -> bool:
        """True when no document can pass."""
        return self.include is not None and not self.include


def pack_positions(positions: array) -> tuple[int, bytes]:
    """(width, little-endian bytes) of ascending positions: 2 bytes each when they fit."""
    packed = array("H" if not positions or positions[-1] < 1 << 16 else "I", positions)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.itemsize, packed.tobytes()


def unpack_positions(width: int, data: bytes) -> array:
    """Inverse of pack_positions."""
    positions = array("H" if width == 2 else "I")
    positions.frombytes(data)
    if sys.byteorder == "big":
        positions.byteswap()
    return positions


def parse_int_list(text: str) -> array:
    """A comma-separated list of integers (SQLite's group_concat) as an array('q')."""
    values = array("q")
    start = 0
    while start < len(text):
        end = text.find(",", start + _PARSE_CHUNK) if len(text) - start > _PARSE_CHUNK else -1
        end = len(text) if end < 0 else end
        values.extend(json.loads(f"[{text[start:end]}]"))
        start = end + 1
    return values


class GramIndex:
    """Lookups in the n-gram tables of one connection."""

    def __init__(self, conn: sqlite3.Connection, shift: int):
        self.conn = conn
        self.scale = 1 << shift
        create_vocabularies(conn)

    def counts(self, size: int, tokens: Iterable[str]) -> dict[str, int]:
        """Occurrences in the whole index of each token (absent tokens are left out)."""
        wanted = list(dict.fromkeys(tokens))
        marks = ",".join("?" * len(wanted))
        rows = self.conn.execute(
            f"SELECT term, cnt FROM {row_vocab(size)} WHERE term IN ({marks})", wanted
        )
        return dict(rows.fetchall())

    def positions(self, size: int, gram: str, back: int, docs: DocFilter) -> array:
        """Sorted codes ``doc * scale + offset - back`` of every instance of a token."""
        where, params = docs.sql("doc")
        sql = (
            f"SELECT group_concat(doc * ? + offset - ?) FROM {instance_vocab(size)}"
            f" WHERE term = ?{where}"
        )
        (text,) = self.conn.execute(sql, [self.scale, back, gram, *params]).fetchone()
        codes = parse_int_list(text) if text else array("q")
        if size not in HOT_SIZES:
            return codes
        hot = self.conn.execute(
            "SELECT doc, width, positions FROM search_hot WHERE size = ? AND gram = ?"
            f"{where} ORDER BY doc",
            [size, gram, *params],
        )
        return self._merge_hot(codes, hot, back)

    def _merge_hot(self, codes: array, hot: Iterable[tuple[int, int, bytes]], back: int) -> array:
        """FTS5's codes with each hot document's packed positions put in their place."""
        merged = array("q")
        taken = 0
        for doc, width, data in hot:
            base = doc * self.scale - back
            # A document's codes all lie in [base, base + scale): earlier documents sort first.
            cut = bisect_left(codes, base, taken)
            merged.extend(codes[taken:cut])
            merged.extend(map(base.__add__, unpack_positions(width, data)))
            taken = cut
        if not merged:
            return codes
        merged.extend(codes[taken:])
        return merged

    def keep_followed(
        self, candidates: array, gram: str, back: int, count: int, docs: DocFilter
    ) -> array:
        """The candidates with trigram token ``gram`` (``count`` in all) at their start + back."""
        if count <= _FILTER_IN_SQLITE * len(candidates):
            found = set(self.positions(MAX_GRAM, gram, back, docs))
            return array("q", filter(found.__contains__, candidates))
        where, params = docs.sql("doc")
        sql = (
            "SELECT group_concat(code) FROM (SELECT doc * ? + offset - ? AS code"
            f" FROM {instance_vocab(MAX_GRAM)} WHERE term = ?{where})"
            " WHERE code IN (SELECT value FROM json_each(?))"
        )
        listed = "[" + ",".join(map(str, candidates)) + "]"
        (text,) = self.conn.execute(sql, [self.scale, back, gram, *params, listed]).fetchone()
        return parse_int_list(text) if text else array("q")

    def cheaper_to_read(self, candidates: array, remaining: Iterable[int]) -> bool:
        """True when reading the candidates' texts costs less than the remaining trigrams."""
        if len(candidates) > _TEXT_CHECK_CANDIDATES:
            return False
        shift = self.scale.bit_length() - 1
        documents = len({code >> shift for code in candidates})
        lookups = sum(_LOOKUP_SECONDS + count * _INSTANCE_SECONDS for count in remaining)
        return documents * _TEXT_SECONDS < lookups

    def keep_in_text(self, candidates: array, term: str) -> array:
        """The candidates at which the documents' stored normalised texts hold ``term``."""
        shift = self.scale.bit_length() - 1
        texts: dict[int, str] = {}
        kept = array("q")
        for code in candidates:
            doc = code >> shift
            if doc not in texts:
                texts[doc] = stored_text(self.conn, doc)
            if texts[doc].startswith(term, code - (doc << shift)):
                kept.append(code)
        return kept

    def documents(self, term: str, sign: int) -> set[int]:
        """Every document containing ``term`` (exact: a phrase of consecutive grams)."""
        size = min(len(term), MAX_GRAM)
        grams = [token(term[i : i + size]) for i in range(len(term) - size + 1)]
        sign_sql = f" {'>' if sign > 0 else '<'} 0" if sign else ""
        table = gram_table(size)
        rows = self.conn.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
            + (f" AND rowid{sign_sql}" if sign else ""),
            (match_phrase(grams),),
        )
        found = {doc for (doc,) in rows}
        if size in HOT_SIZES:
            rows = self.conn.execute(
                "SELECT doc FROM search_hot WHERE size = ? AND gram = ?"
                + (f" AND doc{sign_sql}" if sign else ""),
                (size, grams[0]),
            )
            found.update(doc for (doc,) in rows)
        return found


def term_positions(index: GramIndex, term: str, docs: DocFilter) -> array:
    """Codes (doc * scale + start) of every occurrence of a normalised term, in order."""
    if docs.is_empty():
        return array("q")
    if len(term) <= MAX_GRAM:
        return index.positions(len(term), token(term), 0, docs)
    grams = [token(term[i : i + MAX_GRAM]) for i in range(len(term) - MAX_GRAM + 1)]
    counted = [grams[offset] for offset in _counted_offsets(len(grams))]
    counts = index.counts(MAX_GRAM, counted)
    if len(counts) < len(set(counted)):
        return array("q")  # a trigram of the term is nowhere
    # Trigrams left uncounted (in a long term) are assumed as common as the commonest counted.
    assumed = max(counts.values())
    cover = cheapest_cover([counts.get(gram, assumed) for gram in grams])
    cover.sort(key=lambda offset: counts.get(grams[offset], assumed))
    first, *others = cover
    candidates = index.positions(MAX_GRAM, grams[first], first, docs)
    for done, offset in enumerate(others):
        if not candidates:
            break
        remaining = (counts.get(grams[later], assumed) for later in others[done:])
        if index.cheaper_to_read(candidates, remaining):
            return index.keep_in_text(candidates, term)
        gram = grams[offset]
        if gram not in counts:
            counts[gram] = index.counts(MAX_GRAM, [gram]).get(gram, 0)
        candidates = index.keep_followed(candidates, gram, offset, counts[gram], docs)
    return candidates


def _counted_offsets(count: int) -> list[int]:
    """Which of a term's trigrams to count: all of them, or an even spread with both ends."""
    if count <= _COUNTED_GRAMS:
        return list(range(count))
    step = (count - 1) / (_COUNTED_GRAMS - 1)
    return sorted({round(index * step) for index in range(_COUNTED_GRAMS)})


def stored_text(conn: sqlite3.Connection, doc: int) -> str:
    """A document's normalised text from the index's own copy (a speech's, or a note's)."""
    if doc > 0:
        (stored,) = conn.execute(
            "SELECT normalised FROM search_speech WHERE speech_id = ?", (doc,)
        ).fetchone()
        return zlib.decompress(stored).decode("utf-8")
    (text,) = conn.execute("SELECT text FROM search_note WHERE doc = ?", (doc,)).fetchone()
    return normalise(text)


def cheapest_cover(costs: Sequence[int]) -> list[int]:
    """Offsets of trigrams covering every character of the term, with the least total cost.

    ``costs[o]`` is the cost of the trigram at offset o (which covers characters o..o+2). The
    cover must hold offset 0 and the last offset, and consecutive offsets at most MAX_GRAM apart.
    """
    totals = [costs[0]]
    previous = [-1]
    for offset in range(1, len(costs)):
        reachable = range(max(0, offset - MAX_GRAM), offset)
        before = min(reachable, key=totals.__getitem__)
        totals.append(totals[before] + costs[offset])
        previous.append(before)
    cover = []
    offset = len(costs) - 1
    while offset >= 0:
        cover.append(offset)
        offset = previous[offset]
    return cover[::-1]


def scope_filter(
    conn: sqlite3.Connection, speech_ids: Collection[int] | None, notes_only: bool
) -> DocFilter:
    """The documents a search may look at: speeches and/or notes, of some speeches or all."""
    sign = -1 if notes_only else 0
    if speech_ids is None:
        return DocFilter(sign=sign)
    wanted = sorted(set(speech_ids))
    note_docs = [
        doc
        for (doc,) in conn.execute(
            "SELECT doc FROM search_note WHERE speech_id IN (SELECT value FROM json_each(?))",
            (json.dumps(wanted),),
        )
    ]
    include = note_docs if notes_only else note_docs + wanted
    return DocFilter(sign=sign, include=tuple(sorted(include)))
