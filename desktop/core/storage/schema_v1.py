"""Version 1 of the library's tables, as they shipped: never edited (``schema`` appends to
them). Read only when a new library is made: apart, so a start does not load them."""

from __future__ import annotations

V1 = (
    # An imported file. ``fingerprint`` hashes everything the importer produced from it, so
    # importing the same file again is recognised as unchanged without comparing every row.
    """CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        source TEXT,
        date TEXT,
        encoding TEXT NOT NULL,
        format TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        imported TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    "CREATE INDEX collections_by_source ON collections(source)",
    "CREATE INDEX collections_by_title ON collections(title)",
    """CREATE TABLE speeches (
        id INTEGER PRIMARY KEY,
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        title TEXT NOT NULL,
        listed_title TEXT,
        date TEXT,
        speaker TEXT,
        role TEXT,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL
    )""",
    "CREATE INDEX speeches_by_collection ON speeches(collection_id, idx)",
    # The outline as a tree: the GUI fetches one node's children at a time.
    """CREATE TABLE outline_nodes (
        id INTEGER PRIMARY KEY,
        speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES outline_nodes(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        level INTEGER NOT NULL,
        label TEXT NOT NULL,
        start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL,
        head_end INTEGER NOT NULL,
        marker TEXT NOT NULL DEFAULT '',
        style TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX outline_nodes_by_parent ON outline_nodes(speech_id, parent_id, position)",
    "CREATE INDEX outline_nodes_by_parent_id ON outline_nodes(parent_id)",
    """CREATE TABLE spans (
        speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        start_pos INTEGER NOT NULL,
        end_pos INTEGER NOT NULL,
        PRIMARY KEY (speech_id, position)
    ) WITHOUT ROWID""",
    # What the cleaner removed, kept so the user can see it. ``speech_id`` is NULL for noise
    # that sat outside every speech (``position`` is then an offset in the whole document).
    """CREATE TABLE removals (
        id INTEGER PRIMARY KEY,
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        speech_id INTEGER REFERENCES speeches(id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        position INTEGER NOT NULL
    )""",
    "CREATE INDEX removals_by_collection ON removals(collection_id)",
    "CREATE INDEX removals_by_speech ON removals(speech_id)",
    # The user's data. RESTRICT: deleting a speech can never take annotations with it.
    """CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        speech_id INTEGER NOT NULL REFERENCES speeches(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL
            CHECK (kind IN ('highlight', 'note', 'section-note', 'speech-note')),
        start_pos INTEGER,
        end_pos INTEGER,
        exact TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        text_hash TEXT NOT NULL,
        color TEXT,
        note TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'anchored'
            CHECK (state IN ('anchored', 'moved', 'fuzzy', 'orphaned')),
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        deleted TEXT,
        extra TEXT NOT NULL DEFAULT '{}',
        CHECK ((start_pos IS NULL) = (end_pos IS NULL)),
        CHECK (start_pos IS NULL OR (0 <= start_pos AND start_pos <= end_pos))
    )""",
    "CREATE INDEX annotations_by_speech ON annotations(speech_id, start_pos)",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)",
    """CREATE TABLE annotation_tags (
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, tag_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id)",
    """CREATE TABLE reading_positions (
        speech_id INTEGER PRIMARY KEY REFERENCES speeches(id) ON DELETE CASCADE,
        offset INTEGER NOT NULL CHECK (offset >= 0),
        updated TEXT NOT NULL
    )""",
    # Small per-library facts (the last speech opened); UI state lives in QSettings instead.
    "CREATE TABLE library_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)
