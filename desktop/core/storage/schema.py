"""The library's schema as an ordered list of migrations against ``PRAGMA user_version``.

Migration *n* (1-based) takes a library at version *n - 1* to version *n*. ``Database`` runs
every pending one in a single transaction, so a library is always at exactly one version. A
migration that has shipped is never edited (a test compares version 1 to a frozen copy): change
the schema by appending a new one.

Offsets (``start_pos``, ``end_pos``, ``head_end``) are ``str`` indices into the speech's
canonical text. Times are ISO 8601 UTC strings (``annotation.utc_now``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded only when an upgrade runs
    from desktop.core.storage.upgrade_steps import Fraction

Migration = Callable[[sqlite3.Connection], None]

APPLICATION_ID = 0x5069_7A68
"""``PRAGMA application_id`` of a Pizhu library ("Pizh"): tells ours from other SQLite files."""


def _v1_initial(conn: sqlite3.Connection) -> None:
    """Collections, speeches, outline, spans, removals, annotations, tags, reading state."""
    from desktop.core.storage.schema_v1 import V1  # a new library's only: off a start's path

    _run(conn, (*V1, f"PRAGMA application_id = {APPLICATION_ID}"))


_V2 = (
    # Re-importing a changed file used to leave a speech the file no longer holds nowhere to go
    # but deletion, which its annotations forbid. Now it stays, with its text and annotations,
    # marked with the time of the import that no longer found it.
    "ALTER TABLE speeches ADD COLUMN missing_since TEXT",
    # The trash view lists deleted annotations; most rows are not deleted, so index only those.
    "CREATE INDEX annotations_in_trash ON annotations(deleted) WHERE deleted IS NOT NULL",
    # The orphan list ("annotations whose words are gone") likewise.
    "CREATE INDEX annotations_orphaned ON annotations(speech_id) WHERE state = 'orphaned'",
)


def _v2_missing_speeches(conn: sqlite3.Connection) -> None:
    """Keep speeches that vanish from a re-imported source, flagged; index trash and orphans."""
    _run(conn, _V2)


def _v3_search_index(conn: sqlite3.Connection, *, report: Fraction | None = None) -> None:
    """The full-text search index (search_schema), filled with every speech and live note."""
    # Imported here: the search modules are only needed when a library is created or upgraded.
    from desktop.core.storage.indexing import note_search_text
    from desktop.core.storage.search_index import create_search_schema, index_note, index_speech
    from desktop.core.storage.upgrade_steps import counted

    create_search_schema(conn)
    live = "FROM annotations WHERE deleted IS NULL"
    speeches = conn.execute("SELECT count(*) FROM speeches").fetchone()[0]
    total = speeches + conn.execute(f"SELECT count(*) {live}").fetchone()[0]
    rows = conn.execute("SELECT id, text FROM speeches ORDER BY id")
    for speech_id, text in counted(rows, total, report):
        index_speech(conn, speech_id, text)
    notes = conn.execute(f"SELECT id, speech_id, note, exact {live} ORDER BY created")

    def rest(fraction: float) -> None:  # the notes come after the speeches
        if report is not None:
            report((speeches + fraction * (total - speeches)) / total)

    for annotation_id, speech_id, note, exact in counted(notes, total - speeches, rest):
        index_note(conn, annotation_id, speech_id, note_search_text(note, exact))


_V4 = (
    # The user's own names for a collection or a speech. Kept apart from the imported title so
    # a re-import (which rewrites ``title``) never undoes a rename, and matching a re-imported
    # file by title still compares the importer's titles.
    "ALTER TABLE collections ADD COLUMN custom_title TEXT",
    "ALTER TABLE speeches ADD COLUMN custom_title TEXT",
    # A collection in the trash (its speeches and annotations kept whole) since this time.
    "ALTER TABLE collections ADD COLUMN deleted TEXT",
    # What the last import of each collection did (an ImportReport as JSON), to show it again.
    """CREATE TABLE import_reports (
        collection_id INTEGER PRIMARY KEY REFERENCES collections(id) ON DELETE CASCADE,
        report TEXT NOT NULL,
        imported TEXT NOT NULL
    )""",
)


def _v4_renames_trash_reports(conn: sqlite3.Connection) -> None:
    """User titles for collections and speeches, collections in the trash, import reports."""
    _run(conn, _V4)


def _v5_word_frequencies(conn: sqlite3.Connection) -> None:
    """The per-speech word cache behind keywords' IDF (word_frequencies), empty until counted."""
    from desktop.core.storage.word_frequencies import create_word_frequency_schema

    create_word_frequency_schema(conn)


def _v6_text_lengths(conn: sqlite3.Connection) -> None:
    """Each speech's length in characters, kept with its text: listing speeches (the tree, its
    filter, the next speech) then reads no text, which ``length(text)`` must read whole."""
    _run(
        conn,
        (
            "ALTER TABLE speeches ADD COLUMN text_length INTEGER NOT NULL DEFAULT 0",
            "UPDATE speeches SET text_length = length(text)",
        ),
    )


def _v7_marked_quotes(conn: sqlite3.Connection) -> None:
    """The words first marked, kept when re-anchoring onto edited words changes the quote."""
    # NULL while the quote still holds the words the user marked: every existing row.
    _run(conn, ("ALTER TABLE annotations ADD COLUMN marked_quote TEXT",))


_V8_ORDERED_TAGS = (
    # The position leads the key: an annotation's tags are read in the order the user typed
    # them straight from the table, without sorting. Positions only order; gaps are allowed.
    """CREATE TABLE annotation_tags_ordered (
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, position),
        UNIQUE (annotation_id, tag_id)
    ) WITHOUT ROWID""",
)


def _v8_tag_order(conn: sqlite3.Connection) -> None:
    """Tags in the order the user typed them: a position per (annotation, tag)."""
    _run(conn, _V8_ORDERED_TAGS)
    links = conn.execute(
        "SELECT at.annotation_id, at.tag_id, t.name FROM annotation_tags at"
        " JOIN tags t ON t.id = at.tag_id ORDER BY at.annotation_id"
    )
    by_annotation: dict[str, list[tuple[str, int]]] = {}
    for annotation_id, tag_id, name in links:
        by_annotation.setdefault(annotation_id, []).append((name, tag_id))
    # Numbered in the order they were shown until now (by name, ``str.casefold``), which
    # SQL's NOCASE (ASCII only) cannot reproduce: nothing visible changes for old data.
    conn.executemany(
        "INSERT INTO annotation_tags_ordered (annotation_id, position, tag_id) VALUES (?, ?, ?)",
        (
            (annotation_id, position, tag_id)
            for annotation_id, tags in by_annotation.items()
            for position, (_name, tag_id) in enumerate(
                sorted(tags, key=lambda tag: tag[0].casefold())
            )
        ),
    )
    _run(
        conn,
        (
            "DROP TABLE annotation_tags",
            "ALTER TABLE annotation_tags_ordered RENAME TO annotation_tags",
            "CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id)",
        ),
    )


def _v9_word_counts(conn: sqlite3.Connection) -> None:
    """Each speech's word counts and formulations beside its words (the whole library's terms)."""
    from desktop.core.storage.word_frequencies import add_word_count_columns

    add_word_count_columns(conn)


def _v10_commit_serial(conn: sqlite3.Connection) -> None:
    """A serial every write transaction bumps: the window tells its own commits from another
    program's by it (``commit_serial``)."""
    from desktop.core.storage.commit_serial import create_commit_serial

    create_commit_serial(conn)


def _v11_titles_apart(conn: sqlite3.Connection, *, report: Fraction | None = None) -> None:
    """Titles no line of their text shows (a compilation's 篇N speeches), for search to find
    them by (``search_titles``), filled for every speech already in the library."""
    from desktop.core.storage.search_titles import create_title_table

    create_title_table(conn, report)


def _v12_texts_by_hash(conn: sqlite3.Connection) -> None:
    """Speeches found by their text's hash: an import tells a speech the library already holds
    from another file with one look-up (``duplicates``), not by reading every text."""
    _run(conn, ("CREATE INDEX speeches_by_text_hash ON speeches(text_hash)",))


def _v13_loose_hashes(conn: sqlite3.Connection, *, report: Fraction | None = None) -> None:
    """Speeches found by their text's loose hash (``loose_hash``): the same speech read from
    another kind of file, its width, spaces or wraps not quite the same, is found as one."""
    from desktop.core.storage.loose_hash import backfill_loose_hashes

    # '' until filled: no hash is empty, so a row left unfilled can match nothing.
    _run(conn, ("ALTER TABLE speeches ADD COLUMN loose_hash TEXT NOT NULL DEFAULT ''",))
    backfill_loose_hashes(conn, report)
    _run(conn, ("CREATE INDEX speeches_by_loose_hash ON speeches(loose_hash)",))


def _v14_words_counted_anew(conn: sqlite3.Connection) -> None:
    """Each speech's words and formulations counted again by the keyword rule of
    ``candidates`` (COVID-19 and R&D whole, 要|带头 split, no numbers or dates) and counted
    things (三个铁矿) left out of formulations: the cache is emptied, and filled again when
    terms are next asked for. A cache only: no user data."""
    _run(conn, ("DELETE FROM speech_words",))


def _v15_notes_read_and_tagged(conn: sqlite3.Connection, *, report: Fraction | None = None) -> None:
    """Every live annotation indexed again as ``indexing.search_text`` reads it: its note
    without Markdown's marks (a hit's snippet reads as the note does) and its tags (search
    finds a tag as the annotations dock's filter does)."""
    from desktop.core.storage.indexing import search_text
    from desktop.core.storage.rows import tags_of
    from desktop.core.storage.search_index import index_note
    from desktop.core.storage.upgrade_steps import counted

    # What the index holds, read anew: nothing joins it or leaves it.
    notes = conn.execute(
        "SELECT id, speech_id, note, exact FROM annotations"
        " WHERE id IN (SELECT annotation_id FROM search_note) ORDER BY created"
    ).fetchall()
    for annotation_id, speech_id, note, exact in counted(notes, len(notes), report):
        text = search_text(note, exact, tags_of(conn, annotation_id))
        index_note(conn, annotation_id, speech_id, text)


def _v16_dates_and_speakers_apart(conn: sqlite3.Connection) -> None:
    """Every speech's date and speaker in an index of their own (with its id): the counts by
    year or speaker (``term_trend``) read them without touching the rows that hold the texts
    (a page each: ~14 ms of 10,000 speeches, ~3 ms from the index)."""
    # IF NOT EXISTS: a library set back to an older version keeps its indexes (tests do so).
    statement = "CREATE INDEX IF NOT EXISTS speeches_dates_speakers ON speeches(id, date, speaker)"
    _run(conn, (statement,))


def _v17_words_counted_by_official_usage(conn: sqlite3.Connection) -> None:
    """Each speech's words counted again as ``candidates`` and the dictionary now read them:
    jieba's fragments (这是, 比前, 下降|率居) and units cut from their numbers no words, the
    standing formulations of politics.txt whole (以经济建设为中心, not its parts); the cache
    is emptied and filled again when terms are next asked for. A cache only: no user data."""
    _run(conn, ("DELETE FROM speech_words",))


def _v18_enumerations_counted_whole(conn: sqlite3.Connection) -> None:
    """Each speech's formulations found again: an enumeration's last item runs on to where its
    phrase ends (两手抓、两手都要硬, stored as 两手抓、两手都 before); the cache is emptied and
    filled again when terms are next asked for. A cache only: no user data."""
    _run(conn, ("DELETE FROM speech_words",))


def _v19_standing_formulations_apart(conn: sqlite3.Connection) -> None:
    """Each speech's formulations found again: 大众创业、万众创新 is one, not its items, and
    “两手抓，两手都要硬” one too; the cache is emptied and filled again when terms are next
    asked for. A cache only: no user data."""
    _run(conn, ("DELETE FROM speech_words",))


def _v20_straight_quotes_quote(conn: sqlite3.Connection) -> None:
    """Each speech's formulations found again: straight quotes ("三农", "十三五", a text typed
    without Chinese ones) quote as “三农” does; the cache is emptied and filled again when terms
    are next asked for. A cache only: no user data."""
    _run(conn, ("DELETE FROM speech_words",))


MIGRATIONS: Sequence[Migration] = (
    _v1_initial,
    _v2_missing_speeches,
    _v3_search_index,
    _v4_renames_trash_reports,
    _v5_word_frequencies,
    _v6_text_lengths,
    _v7_marked_quotes,
    _v8_tag_order,
    _v9_word_counts,
    _v10_commit_serial,
    _v11_titles_apart,
    _v12_texts_by_hash,
    _v13_loose_hashes,
    _v14_words_counted_anew,
    _v15_notes_read_and_tagged,
    _v16_dates_and_speakers_apart,
    _v17_words_counted_by_official_usage,
    _v18_enumerations_counted_whole,
    _v19_standing_formulations_apart,
    _v20_straight_quotes_quote,
)
"""Every migration in order; ``MIGRATIONS[n - 1]`` produces version ``n``."""

LATEST_VERSION = len(MIGRATIONS)
"""The schema version this code writes."""


def _run(conn: sqlite3.Connection, statements: Sequence[str]) -> None:
    # One statement at a time: executescript() would commit the caller's transaction first.
    for statement in statements:
        conn.execute(statement)
