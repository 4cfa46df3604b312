"""Full-text search of the library: exact substring search over an FTS5 index of character n-grams.

What it promises: ``search`` finds exactly what a plain substring scan of the normalised texts
finds (search_text.normalise: NFKC width and lower case, one character for one), every occurrence
and overlapping ones, with str offsets into the canonical text. Public API: create_search_schema,
prepare_speech (the work of indexing a text, done before a transaction) / index_speech /
remove_speech / index_note / remove_note (or FtsIndexer, storage's hook),
rebuild_search_index, parse_query / Query, search -> SearchResult (Hit), snippet (kwic).

The design was chosen by measuring (bench/bench_search.py, 10,000 speeches, 101 M characters,
against str.find over every normalised text held in memory, in the same process):

- Sending FTS5 document ids back and reading candidate texts loses to the in-memory scan as soon
  as a term is common: 10,000 texts take ~0.5 s to read and decode. So the index must answer with
  positions. Each document is indexed as its characters, its bigrams and its trigrams, one token
  per character offset, in three contentless FTS5 tables (detail=full): token index == character
  offset, and fts5vocab 'instance' rows are the hits. Texts are read only for snippets (and for a
  few last candidates of a long term, when that is cheaper than more lookups).
- A term of up to three characters is one token; a longer one is a cover of trigrams, the rarest
  giving candidates and the others checking them at the right distances (search_engine).
  Unigram and bigram tables are needed because a short term cannot be found from trigrams
  without merging and sorting the instances of every trigram it begins; trigrams rather than
  chains of bigrams keep longer terms cheap (a trigram is typically 10-100x rarer than a bigram).
- FTS5 hands each position to Python for ~150 ns (group_concat parsed as JSON; a row each would
  be ~400 ns), about what str.find costs per hit: common characters (的 has 3.6 M hits) would not
  beat the scan. Characters and bigrams frequent in a document are therefore stored packed beside
  FTS5 (search_tokens.HOT_MINIMUM), ~25 ns a position: the commonest characters come back in
  about half the scan's time.
- Latin words and numbers get no word tokens: they are characters like any other, which is what
  makes every substring of them (a part of a word, a number inside a longer one) findable.
- Tokens are pre-tokenised in Python (FTS5's trigram tokenizer indexed ~2x slower here and has no
  unigram or bigram mode) and read by FTS5's ascii tokenizer, which splits only on a separator.

Measured (2 shared cores): identical hits on all 51 queries; median 8 ms against 54 ms for the
scan, p95 170 ms against 329 ms (ratio 0.52, worst single query 0.81); index build 0.81 M
characters/s; 120 MB peak RSS for a process searching that library; the index takes ~11.6 bytes
per character (FTS5 tables 840 MB, packed positions 180 MB, the compressed texts 147 MB).

Every function takes the caller's connection and never commits: storage wraps each change in its
own transaction, so the index moves with the library or not at all. One caution for callers: a
statement that opens a statement journal (INSERT OR REPLACE, a foreign-key check…) makes FTS5
write out its pending tokens, so indexing the speeches of one import together, rather than
between other writes, keeps the index in fewer segments.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

from desktop.core.errors import CancelledError, QueryError
from desktop.core.storage.fts_indexer import FtsIndexer
from desktop.core.storage.kwic import Snippet, snippet
from desktop.core.storage.search_engine import pack_positions, unpack_positions
from desktop.core.storage.search_query import Query, parse_query
from desktop.core.storage.search_result import Hit, SearchResult
from desktop.core.storage.search_run import search
from desktop.core.storage.search_schema import (
    create_gram_tables,
    create_search_schema,
    drop_gram_tables,
    gram_table,
)
from desktop.core.storage.search_text import normalise
from desktop.core.storage.search_titles import TitleHit
from desktop.core.storage.search_tokens import GRAM_SIZES, gram_column, laid_out

__all__ = [
    "FtsIndexer",
    "Hit",
    "PreparedSpeech",
    "Query",
    "QueryError",
    "SearchResult",
    "Snippet",
    "TitleHit",
    "create_search_schema",
    "index_note",
    "index_speech",
    "parse_query",
    "prepare_speech",
    "rebuild_search_index",
    "remove_note",
    "remove_speech",
    "search",
    "snippet",
]

# Level 1 compresses Chinese text about as well as 6 (~2.3x smaller than UTF-8) at 3x the speed.
_ZLIB_LEVEL = 1


@dataclass(frozen=True, slots=True)
class PreparedSpeech:
    """What indexing one speech's text writes, worked out without the database.

    Made by ``prepare_speech`` before the import's transaction begins (finding the hot grams
    is most of an import's work), so that the transaction only inserts.
    """

    text: str
    normalised: str
    stored: bytes  # the normalised text as search_speech keeps it (compressed)
    columns: tuple[PreparedColumn, ...]  # one per GRAM_SIZES


@dataclass(frozen=True, slots=True)
class PreparedColumn:
    """One gram size of a document: its FTS5 column and its hot grams' packed positions."""

    size: int
    encoded: bytearray | None  # None: laid out when inserted (search_tokens.laid_out)
    hot: tuple[tuple[str, int, bytes], ...]  # (gram, width, packed positions)


def prepare_speech(text: str, *, compact: bool = False) -> PreparedSpeech:
    """Everything ``index_speech`` of this text writes, whatever the speech's id.

    ``compact`` keeps only the hot grams' positions, not the column values (~20 bytes a
    character): those are laid out from them when inserted, cheaply (array work at C speed).
    """
    normalised = normalise(text)
    columns = _columns(normalised, compact=compact)
    return PreparedSpeech(text, normalised, _compressed(normalised), columns)


def index_speech(
    conn: sqlite3.Connection, speech_id: int, text: str, prepared: PreparedSpeech | None = None
) -> None:
    """Index (or re-index) a speech's canonical text under its id.

    ``prepared`` (``prepare_speech`` of the same text) spares the work inside the transaction;
    one made from another text is ignored.
    """
    if speech_id <= 0:
        raise ValueError(f"speech ids are positive, not {speech_id}")
    if prepared is not None and prepared.text is not text and prepared.text != text:
        prepared = None
    normalised = normalise(text) if prepared is None else prepared.normalised
    old = _stored_speech(conn, speech_id)
    if old == normalised:
        return
    if old is not None:
        _unindex(conn, speech_id, old)
    if prepared is None:
        prepared = PreparedSpeech(text, normalised, _compressed(normalised), _columns(normalised))
    _insert_columns(conn, speech_id, normalised, prepared.columns)
    stored = prepared.stored
    # Plain INSERT or UPDATE, never INSERT OR REPLACE: a statement that needs a statement journal
    # makes FTS5 write its pending tokens out as a new segment, one per speech instead of one per
    # transaction, and the merging that follows slows indexing several times over.
    if old is None:
        conn.execute(
            "INSERT INTO search_speech(speech_id, length, normalised) VALUES (?, ?, ?)",
            (speech_id, len(normalised), stored),
        )
    else:
        conn.execute(
            "UPDATE search_speech SET length = ?, normalised = ? WHERE speech_id = ?",
            (len(normalised), stored, speech_id),
        )


def remove_speech(conn: sqlite3.Connection, speech_id: int) -> None:
    """Take a speech's text out of the index (its notes stay until remove_note)."""
    old = _stored_speech(conn, speech_id)
    if old is None:
        return
    _unindex(conn, speech_id, old)
    conn.execute("DELETE FROM search_speech WHERE speech_id = ?", (speech_id,))


def index_note(conn: sqlite3.Connection, annotation_id: str, speech_id: int, text: str) -> None:
    """Index (or re-index) the searchable text of an annotation (``indexing.search_text``)."""
    row = conn.execute(
        "SELECT doc, speech_id, text FROM search_note WHERE annotation_id = ?", (annotation_id,)
    ).fetchone()
    if row is None:
        (doc,) = conn.execute("SELECT coalesce(min(doc), 0) - 1 FROM search_note").fetchone()
        _index(conn, doc, normalise(text))
        conn.execute(
            "INSERT INTO search_note(doc, annotation_id, speech_id, length, text)"
            " VALUES (?, ?, ?, ?, ?)",
            (doc, annotation_id, speech_id, len(text), text),
        )
        return
    doc, old_speech, old_text = row
    if old_text == text and old_speech == speech_id:
        return
    _unindex(conn, doc, normalise(old_text))
    _index(conn, doc, normalise(text))
    conn.execute(
        "UPDATE search_note SET speech_id = ?, length = ?, text = ? WHERE doc = ?",
        (speech_id, len(text), text, doc),
    )


def remove_note(conn: sqlite3.Connection, annotation_id: str) -> None:
    """Take an annotation's note out of the index."""
    row = conn.execute(
        "SELECT doc, text FROM search_note WHERE annotation_id = ?", (annotation_id,)
    ).fetchone()
    if row is None:
        return
    doc, text = row
    _unindex(conn, doc, normalise(text))
    conn.execute("DELETE FROM search_note WHERE doc = ?", (doc,))


def rebuild_search_index(
    conn: sqlite3.Connection,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Rebuild the FTS5 tables from the index's own copies (after a change of index format).

    ``progress(done, total)`` hears of each document; when ``cancelled()`` turns true,
    CancelledError is raised and the caller's rollback leaves the old index in place.
    """
    if not conn.in_transaction:
        # DROP TABLE outside a transaction would commit at once, index or no index.
        raise ValueError("rebuild_search_index must run inside the caller's transaction")
    (total,) = conn.execute(
        "SELECT (SELECT count(*) FROM search_speech) + (SELECT count(*) FROM search_note)"
    ).fetchone()
    drop_gram_tables(conn)
    create_gram_tables(conn)
    conn.execute("DELETE FROM search_hot")
    speeches = conn.execute("SELECT speech_id, normalised FROM search_speech")
    documents = chain(
        ((doc, zlib.decompress(stored).decode("utf-8")) for doc, stored in speeches),
        ((doc, normalise(text)) for doc, text in conn.execute("SELECT doc, text FROM search_note")),
    )
    for done, (doc, normalised) in enumerate(documents, 1):
        if cancelled is not None and cancelled():
            raise CancelledError("rebuilding the search index was cancelled")
        _index(conn, doc, normalised)
        if progress is not None:
            progress(done, total)


def _stored_speech(conn: sqlite3.Connection, speech_id: int) -> str | None:
    row = conn.execute(
        "SELECT normalised FROM search_speech WHERE speech_id = ?", (speech_id,)
    ).fetchone()
    return None if row is None else zlib.decompress(row[0]).decode("utf-8")


def _index(conn: sqlite3.Connection, doc: int, normalised: str) -> None:
    _insert_columns(conn, doc, normalised, _columns(normalised))


def _compressed(normalised: str) -> bytes:
    return zlib.compress(normalised.encode("utf-8"), _ZLIB_LEVEL)


def _columns(normalised: str, *, compact: bool = False) -> tuple[PreparedColumn, ...]:
    """Each gram size's column, its hot positions packed (what search_hot stores)."""
    found = []
    for size in GRAM_SIZES:
        column = gram_column(normalised, size)
        hot = tuple((gram, *pack_positions(where)) for gram, where in column.hot.items())
        found.append(PreparedColumn(size, None if compact else column.encoded, hot))
    return tuple(found)


def _insert_columns(
    conn: sqlite3.Connection, doc: int, normalised: str, columns: tuple[PreparedColumn, ...]
) -> None:
    for column in columns:
        encoded = column.encoded
        if encoded is None:
            hot = (unpack_positions(width, packed) for _gram, width, packed in column.hot)
            encoded = laid_out(normalised, column.size, hot)
        # The column goes as UTF-8 bytes made in pieces and becomes text inside SQLite, which
        # lets the GIL go while it steps: binding one long str encoded it holding the GIL.
        conn.execute(
            f"INSERT INTO {gram_table(column.size)}(rowid, tokens) VALUES (?, CAST(? AS TEXT))",
            (doc, encoded),
        )
        conn.executemany(
            "INSERT INTO search_hot(size, gram, doc, width, positions) VALUES (?, ?, ?, ?, ?)",
            [(column.size, gram, doc, width, packed) for gram, width, packed in column.hot],
        )


def _unindex(conn: sqlite3.Connection, doc: int, normalised: str) -> None:
    for size in GRAM_SIZES:
        table = gram_table(size)
        conn.execute(
            f"INSERT INTO {table}({table}, rowid, tokens) VALUES ('delete', ?, CAST(? AS TEXT))",
            (doc, gram_column(normalised, size).encoded),
        )
    conn.execute("DELETE FROM search_hot WHERE doc = ?", (doc,))
