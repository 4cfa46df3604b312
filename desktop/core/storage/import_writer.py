"""Rows written for an imported document: collection, speeches, outline, spans, removals.

Plain functions over a connection that is already inside the caller's transaction; they never
commit. ``LibraryStore`` and ``reimport`` decide what to write; this module knows how.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.core.document import OutlineNode, TextSpan
from desktop.core.imported import ImportedDocument, Removal, Speech

if TYPE_CHECKING:
    from desktop.core.storage.import_preparation import PreparedText

_Report = TypeVar("_Report")


def store_report(conn: sqlite3.Connection, report: Any, now: str) -> None:
    """Keep an import's report (a dataclass) as its collection's last one."""
    encoded = json.dumps(asdict(report), ensure_ascii=False, sort_keys=True)
    conn.execute(
        "INSERT INTO import_reports (collection_id, report, imported) VALUES (?, ?, ?)"
        " ON CONFLICT (collection_id) DO UPDATE SET report = excluded.report,"
        " imported = excluded.imported",
        (report.collection_id, encoded, now),
    )


def report_from_json(encoded: str, report_type: type[_Report]) -> _Report:
    """A stored report back as ``report_type``; fields a newer version added are left out."""
    data = json.loads(encoded)
    known = {field.name for field in fields(report_type)}  # type: ignore[arg-type]
    return report_type(**{key: value for key, value in data.items() if key in known})


def insert_collection(
    conn: sqlite3.Connection, document: ImportedDocument, fingerprint: str, now: str
) -> int:
    """Add the collection row; return its id."""
    cursor = conn.execute(
        "INSERT INTO collections (title, source, date, encoding, format, fingerprint, imported,"
        " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document.title,
            document.source,
            document.date,
            document.encoding,
            document.format,
            fingerprint,
            now,
            now,
        ),
    )
    return _rowid(cursor)


def update_collection(
    conn: sqlite3.Connection,
    collection_id: int,
    document: ImportedDocument,
    fingerprint: str,
    now: str,
) -> None:
    """Replace the collection row's metadata with the re-imported document's."""
    conn.execute(
        "UPDATE collections SET title = ?, source = ?, date = ?, encoding = ?, format = ?,"
        " fingerprint = ?, updated = ? WHERE id = ?",
        (
            document.title,
            document.source,
            document.date,
            document.encoding,
            document.format,
            fingerprint,
            now,
            collection_id,
        ),
    )


def insert_speech(
    conn: sqlite3.Connection,
    collection_id: int,
    speech: Speech,
    prepared: PreparedText | None = None,
) -> int:
    """Add a speech with its outline and spans; return its id.

    ``prepared`` is its text's UTF-8 and hash, made before the transaction (import_preparation).
    """
    cursor = conn.execute(
        "INSERT INTO speeches (collection_id, idx, title, listed_title, date, speaker, role,"
        " text, text_hash, text_length, loose_hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?)",
        (collection_id, speech.index, *_speech_fields(speech, prepared)),
    )
    speech_id = _rowid(cursor)
    _insert_structure(conn, speech_id, speech)
    return speech_id


def update_speech(
    conn: sqlite3.Connection,
    speech_id: int,
    speech: Speech,
    prepared: PreparedText | None = None,
) -> None:
    """Replace a stored speech's metadata, text, outline and spans; it is present again."""
    conn.execute(
        "UPDATE speeches SET idx = ?, title = ?, listed_title = ?, date = ?, speaker = ?,"
        " role = ?, text = CAST(? AS TEXT), text_hash = ?, text_length = ?, loose_hash = ?,"
        " missing_since = NULL WHERE id = ?",
        (speech.index, *_speech_fields(speech, prepared), speech_id),
    )
    conn.execute("DELETE FROM outline_nodes WHERE speech_id = ?", (speech_id,))
    conn.execute("DELETE FROM spans WHERE speech_id = ?", (speech_id,))
    _insert_structure(conn, speech_id, speech)


def replace_removals(
    conn: sqlite3.Connection,
    collection_id: int,
    removals: Sequence[Removal],
    speech_ids: Mapping[int, int],
) -> None:
    """Store the document's record of removed noise; ``speech_ids`` maps index → speech id."""
    conn.execute("DELETE FROM removals WHERE collection_id = ?", (collection_id,))
    conn.executemany(
        "INSERT INTO removals (collection_id, speech_id, kind, text, position)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (
                collection_id,
                speech_ids.get(removal.speech) if removal.speech is not None else None,
                removal.kind,
                removal.text,
                removal.position,
            )
            for removal in removals
        ],
    )


def _speech_fields(speech: Speech, prepared: PreparedText | None) -> tuple[object, ...]:
    # The text goes as UTF-8 made in pieces, cast back to text by SQLite: binding a long str
    # encodes it in one call holding the GIL (~60 ms for 10 M characters).
    from desktop.core.storage.loose_hash import loose_hash  # not loaded before the first write
    from desktop.core.storage.search_text import utf8

    if prepared is None:
        encoded, hashed, loose = utf8(speech.text), speech.text_hash, loose_hash(speech.text)
    else:
        encoded, hashed, loose = prepared.encoded, prepared.text_hash, prepared.loose_hash
    return (
        speech.title,
        speech.listed_title,
        speech.date,
        speech.speaker,
        speech.role,
        encoded,
        hashed,
        len(speech.text),  # text_length: SQLite's length() of a text counts code points too
        loose,
    )


def _insert_structure(conn: sqlite3.Connection, speech_id: int, speech: Speech) -> None:
    _insert_nodes(conn, speech_id, None, speech.outline)
    _insert_spans(conn, speech_id, speech.spans)
    # Its title and title line are written: search keeps the title if no line shows it.
    # Loaded here, not with this module: opening a library (the window's start) needs none of it.
    from desktop.core.storage.search_titles import refresh_title

    refresh_title(conn, speech_id)


def _insert_nodes(
    conn: sqlite3.Connection, speech_id: int, parent_id: int | None, nodes: Sequence[OutlineNode]
) -> None:
    for position, node in enumerate(nodes):
        cursor = conn.execute(
            "INSERT INTO outline_nodes (speech_id, parent_id, position, kind, level, label,"
            " start_pos, end_pos, head_end, marker, style)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                speech_id,
                parent_id,
                position,
                node.kind,
                node.level,
                node.label,
                node.start,
                node.end,
                node.head_end,
                node.marker,
                node.style,
            ),
        )
        _insert_nodes(conn, speech_id, _rowid(cursor), node.children)


def _insert_spans(conn: sqlite3.Connection, speech_id: int, spans: Sequence[TextSpan]) -> None:
    conn.executemany(
        "INSERT INTO spans (speech_id, position, kind, start_pos, end_pos) VALUES (?, ?, ?, ?, ?)",
        [
            (speech_id, position, span.kind, span.start, span.end)
            for position, span in enumerate(spans)
        ],
    )


def _rowid(cursor: sqlite3.Cursor) -> int:
    rowid = cursor.lastrowid
    assert rowid is not None  # an INSERT into a rowid table always sets it
    return rowid
