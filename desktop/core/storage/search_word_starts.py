"""Keeping a Latin term's hits that start a word (search_words), from the index where it pays.

A hit at ``s`` is inside a word when the character at ``s - 1`` joins words: an ASCII letter or
digit, or a Latin letter or accent beyond ASCII (search_words.LATIN_RANGES). Two ways to tell:

- read each document's text (``stored_text``: ~60 µs a speech, read and decompressed), or
- ask the index: the bigrams ``p + first`` (``p`` an ASCII letter or digit, 36 tokens) at
  ``s - 1`` are the ASCII cases; a document holding any character of the Latin ranges at all
  (one range lookup in the character vocabulary) is read as text, as the rare other cases.

In a mostly Chinese library the bigrams before a Latin term's first letter are few and the
documents holding non-ASCII Latin letters fewer: the index answers GDP in the 500 speeches of
``bench search --quick`` (56 hold it) in ~1 ms where reading them took ~20 ms. A document list
short enough is just read.
"""

from __future__ import annotations

import json
import string
from array import array

from desktop.core.storage.search_engine import DocFilter, GramIndex, stored_text, unpack_positions
from desktop.core.storage.search_schema import instance_vocab
from desktop.core.storage.search_tokens import HOT_SIZES, token
from desktop.core.storage.search_words import LATIN_RANGES, word_start

_ASCII_JOINERS = string.digits + string.ascii_lowercase  # normalised text has no capitals

# Up to this many documents, reading their texts (~60 µs each) is no dearer than the ~40
# lookups of the index way.
_READ_AT_MOST = 24


def keep_word_starts(index: GramIndex, codes: array, term: str) -> array:
    """The hit codes of a term starting with a Latin letter whose start is a word start."""
    shift = index.scale.bit_length() - 1
    docs = sorted({code >> shift for code in codes})
    if len(docs) <= _READ_AT_MOST:
        return _read_and_keep(index, codes, set(docs))
    within = DocFilter(include=tuple(docs))
    read = _latin_documents(index, within)
    inside = _after_ascii_joiners(index, term[0], within)
    kept = array("q", (code for code in codes if code not in inside))
    if not read:
        return kept
    return _read_and_keep(index, kept, read)


def _read_and_keep(index: GramIndex, codes: array, read: set[int]) -> array:
    """The codes, those of the documents in ``read`` only if their text says a word starts."""
    shift = index.scale.bit_length() - 1
    mask = index.scale - 1
    texts: dict[int, str] = {}
    kept = array("q")
    for code in codes:
        doc = code >> shift
        if doc in read:
            if doc not in texts:
                texts = {doc: stored_text(index.conn, doc)}  # codes come a document at a time
            if not word_start(texts[doc], code & mask):
                continue
        kept.append(code)
    return kept


def _after_ascii_joiners(index: GramIndex, first: str, docs: DocFilter) -> set[int]:
    """Codes of the starts right after an ASCII letter or digit, before ``first``."""
    grams = json.dumps([token(joiner + first) for joiner in _ASCII_JOINERS])
    where, params = docs.sql("doc")
    (text,) = index.conn.execute(
        f"SELECT group_concat(doc * ? + offset + 1) FROM {instance_vocab(2)}"
        f" WHERE term IN (SELECT value FROM json_each(?)){where}",
        [index.scale, grams, *params],
    ).fetchone()
    found = set(json.loads(f"[{text}]")) if text else set()
    if 2 in HOT_SIZES:
        rows = index.conn.execute(
            "SELECT doc, width, positions FROM search_hot WHERE size = 2"
            f" AND gram IN (SELECT value FROM json_each(?)){where}",
            [grams, *params],
        )
        for doc, width, data in rows:
            base = doc * index.scale + 1
            found.update(base + offset for offset in unpack_positions(width, data))
    return found


def _latin_documents(index: GramIndex, docs: DocFilter) -> set[int]:
    """The documents holding a character of the Latin ranges beyond ASCII."""
    where, params = docs.sql("doc")
    found: set[int] = set()
    for low, high in LATIN_RANGES:
        rows = index.conn.execute(
            f"SELECT DISTINCT doc FROM {instance_vocab(1)} WHERE term >= ? AND term <= ?{where}",
            [low, high, *params],
        )
        found.update(doc for (doc,) in rows)
        if 1 in HOT_SIZES:
            rows = index.conn.execute(
                "SELECT DISTINCT doc FROM search_hot WHERE size = 1"
                f" AND gram >= ? AND gram <= ?{where}",
                [low, high, *params],
            )
            found.update(doc for (doc,) in rows)
    return found
