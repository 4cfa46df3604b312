"""The search index's own tables, created by a storage migration inside its transaction.

- ``search_gram1`` / ``search_gram2`` / ``search_gram3``: contentless FTS5 tables (detail=full,
  no column sizes) whose one column holds, for every character offset of a document, the token of
  the character, bigram or trigram starting there (search_tokens). Token index == character offset,
  so positions come out of the index itself.
- ``temp.search_gramN_row`` / ``temp.search_gramN_instance``: fts5vocab views of each table (a
  term's count; every (document, offset) of a term), made per connection by the first search.
  Kept out of the library file: a persistent vocab table would make a dump of the library list
  every position of every gram.
- ``search_speech``: each indexed speech's normalised text, zlib-compressed. A contentless FTS5
  row can only be removed by giving back the tokens it was indexed with (SQLite < 3.43 has no
  contentless_delete), so the index keeps what it needs to unindex a speech and to rebuild itself.
- ``search_hot``: the positions of grams that are frequent in a document, packed little-endian,
  2 bytes each while they fit (see search_tokens.HOT_MINIMUM); FTS5 holds a filler token at those
  positions instead.
- ``search_note``: each live annotation's searchable text (they are short): its note as it reads,
  its quote and its tags (``indexing.search_text``); a note hit's offsets are into it. Their FTS5
  rowid (``doc``) is negative, a speech's is its id, so one index serves both and the sign tells
  them apart.
"""

from __future__ import annotations

import sqlite3

from desktop.core.storage.search_tokens import GRAM_SIZES, TOKEN_CHARS

# Bytes of pending index data FTS5 keeps in memory per table before writing a segment. The default
# (1 MB) writes more, smaller segments to merge later (a large import ~5-10% slower); 8 MB bounds
# what a long transaction holds in memory.
FTS_HASH_SIZE = 8 * 1024 * 1024


def gram_table(size: int) -> str:
    """The FTS5 table of ``size``-grams."""
    return f"search_gram{size}"


def row_vocab(size: int) -> str:
    """The fts5vocab 'row' table of ``size``-grams: term, documents, occurrences."""
    return f"temp.search_gram{size}_row"


def instance_vocab(size: int) -> str:
    """The fts5vocab 'instance' table of ``size``-grams: term, doc, col, offset."""
    return f"temp.search_gram{size}_instance"


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _tokenizer_option() -> str:
    """FTS5's ascii tokenizer with every ASCII character but NUL and SEP as a token character."""
    return _sql_string("ascii tokenchars " + _sql_string(TOKEN_CHARS))


def create_gram_tables(conn: sqlite3.Connection) -> None:
    """The FTS5 tables and their vocabulary views (also used by rebuild)."""
    for size in GRAM_SIZES:
        table = gram_table(size)
        conn.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(tokens, tokenize={_tokenizer_option()}, "
            "detail=full, content='', columnsize=0)"
        )
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (FTS_HASH_SIZE,))


def create_vocabularies(conn: sqlite3.Connection) -> None:
    """The connection's fts5vocab tables over the gram tables (nothing is written to the file)."""
    for size in GRAM_SIZES:
        table = gram_table(size)
        for name, kind in ((row_vocab(size), "row"), (instance_vocab(size), "instance")):
            conn.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5vocab(main, {table}, {kind})"
            )


def drop_gram_tables(conn: sqlite3.Connection) -> None:
    """Remove the FTS5 tables (rebuild creates them again)."""
    for size in GRAM_SIZES:
        conn.execute(f"DROP TABLE IF EXISTS {gram_table(size)}")


def create_search_schema(conn: sqlite3.Connection) -> None:
    """Create the search tables inside the caller's migration transaction (never commits)."""
    conn.execute(
        "CREATE TABLE search_speech ("
        " speech_id INTEGER PRIMARY KEY CHECK (speech_id > 0),"
        " length INTEGER NOT NULL,"
        " normalised BLOB NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE search_note ("
        " doc INTEGER PRIMARY KEY CHECK (doc < 0),"
        " annotation_id TEXT NOT NULL UNIQUE,"
        " speech_id INTEGER NOT NULL,"
        " length INTEGER NOT NULL,"
        " text TEXT NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE search_hot ("
        " size INTEGER NOT NULL,"
        " gram TEXT NOT NULL,"
        " doc INTEGER NOT NULL,"
        " width INTEGER NOT NULL,"
        " positions BLOB NOT NULL,"
        " PRIMARY KEY (size, gram, doc)) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX search_hot_doc ON search_hot(doc)")
    conn.execute("CREATE INDEX search_note_speech ON search_note(speech_id)")
    # The longest text sets how hit codes are packed; these make max(length) a quick lookup.
    conn.execute("CREATE INDEX search_speech_length ON search_speech(length)")
    conn.execute("CREATE INDEX search_note_length ON search_note(length)")
    create_gram_tables(conn)
