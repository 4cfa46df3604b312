"""Rows → the plain records the stores return (never cursors), and the queries behind them."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from desktop.core.annotation import Annotation, TextQuote
from desktop.core.document import OutlineNode, TextSpan
from desktop.core.errors import LibraryError
from desktop.core.records import CollectionRecord, OutlineNodeRecord, SpeechRecord

# A user's rename (``custom_title``) wins over the imported title wherever a title is shown.
COLLECTION_SELECT = (
    "SELECT c.id, coalesce(c.custom_title, c.title) AS title, c.source, c.date, c.encoding,"
    " c.format, c.imported, c.deleted,"
    " (SELECT count(*) FROM speeches s WHERE s.collection_id = c.id) AS speech_count"
    " FROM collections c"
)

SPEECH_SELECT = (
    "SELECT s.id, s.collection_id, s.idx, coalesce(s.custom_title, s.title) AS title, s.date,"
    " s.speaker, s.role,"
    " s.text_length AS length, s.text_hash, s.listed_title, s.missing_since,"
    " (SELECT count(*) FROM annotations a WHERE a.speech_id = s.id AND a.deleted IS NULL)"
    " AS note_count FROM speeches s"
)
SPEECH_ORDER = " ORDER BY s.missing_since IS NOT NULL, s.idx, s.id"

OUTLINE_SELECT = (
    "SELECT n.*, (SELECT count(*) FROM outline_nodes c WHERE c.parent_id = n.id) AS child_count"
    " FROM outline_nodes n"
)

IN_TRASHED_COLLECTION = (
    "SELECT s.id FROM speeches s JOIN collections c ON c.id = s.collection_id"
    " WHERE c.deleted IS NOT NULL"
)
"""The speeches of collections in the trash: their annotations leave and return with them.

Every reader of the library that means "the user's library" leaves these out (annotations,
tags, word counts) through this query or ``live_speech_ids``, never a filter of its own.
"""


def live_speech_ids(conn: sqlite3.Connection) -> list[int] | None:
    """The speeches of the collections not in the trash, in id order; None if none is there.

    None stands for "every speech": searches, concordances and word counts then need no filter
    at all, which is both the usual case and the fastest.
    """
    if conn.execute("SELECT 1 FROM collections WHERE deleted IS NOT NULL LIMIT 1").fetchone():
        found = conn.execute(
            f"SELECT id FROM speeches WHERE id NOT IN ({IN_TRASHED_COLLECTION}) ORDER BY id"
        )
        return [speech_id for (speech_id,) in found]
    return None


# An annotation's tags as a JSON array in the order the user typed them. The ordered inner
# query is not flattened into the aggregate, so the array follows it; its order is that of the
# key (annotation_id, position), which SQLite walks without sorting.
_TAG_NAMES_SELECT = (
    "SELECT json_group_array(name) FROM (SELECT t.name FROM annotation_tags at"
    " JOIN tags t ON t.id = at.tag_id WHERE at.annotation_id = a.id ORDER BY at.position)"
)

# Columns named, in the order ``annotation`` unpacks them: "all speeches" reads 20,000 rows,
# and a row's fields by position cost a third of looking each up by name.
ANNOTATION_SELECT = (
    "SELECT a.id, a.speech_id, a.kind, a.start_pos, a.end_pos, a.exact, a.prefix, a.suffix,"
    " a.text_hash, a.color, a.note, a.state, a.created, a.modified, a.deleted, a.extra,"
    " a.marked_quote,"
    f" ({_TAG_NAMES_SELECT}) AS tag_names"
    " FROM annotations a"
)


def collection_record(row: sqlite3.Row) -> CollectionRecord:
    """A collections row (as selected by COLLECTION_SELECT)."""
    return CollectionRecord(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        date=row["date"],
        encoding=row["encoding"],
        format=row["format"],
        imported=row["imported"],
        speech_count=row["speech_count"],
        deleted=row["deleted"],
    )


def speech_record(row: sqlite3.Row) -> SpeechRecord:
    """A speeches row (as selected by SPEECH_SELECT)."""
    return SpeechRecord(
        id=row["id"],
        collection_id=row["collection_id"],
        index=row["idx"],
        title=row["title"],
        date=row["date"],
        speaker=row["speaker"],
        role=row["role"],
        length=row["length"],
        text_hash=row["text_hash"],
        note_count=row["note_count"],
        listed_title=row["listed_title"],
        missing_since=row["missing_since"],
    )


def outline_records(found: list[sqlite3.Row]) -> list[OutlineNodeRecord]:
    """Every outline_nodes row of a speech (``SELECT *``), children counted among them."""
    counts = Counter(row["parent_id"] for row in found)
    return [outline_record(row, child_count=counts[row["id"]]) for row in found]


def outline_record(row: sqlite3.Row, *, child_count: int | None = None) -> OutlineNodeRecord:
    """An outline_nodes row (as selected by OUTLINE_SELECT, or with ``child_count`` given)."""
    return OutlineNodeRecord(
        id=row["id"],
        speech_id=row["speech_id"],
        parent_id=row["parent_id"],
        position=row["position"],
        kind=row["kind"],
        level=row["level"],
        label=row["label"],
        start=row["start_pos"],
        end=row["end_pos"],
        head_end=row["head_end"],
        marker=row["marker"],
        style=row["style"],
        child_count=row["child_count"] if child_count is None else child_count,
    )


def annotation(row: sqlite3.Row) -> Annotation:
    """An annotations row (as selected by ANNOTATION_SELECT)."""
    (
        annotation_id,
        speech_id,
        kind,
        start,
        end,
        exact,
        prefix,
        suffix,
        hashed,
        color,
        note,
        state,
        created,
        modified,
        deleted,
        extra,
        marked_quote,
        tag_names,
    ) = row
    return Annotation(
        id=annotation_id,
        speech_id=speech_id,
        kind=kind,
        start=start,
        end=end,
        quote=TextQuote(exact, prefix, suffix),
        text_hash=hashed,
        color=color,
        note=note,
        tags=_tags(tag_names),
        state=state,
        created=created,
        modified=modified,
        deleted=deleted,
        # Nearly every row has none: json.loads of "{}" was a fifth of reading 20,000 rows.
        extra={} if extra == "{}" else _json().loads(extra),
        marked_quote=marked_quote,
    )


def _tags(tag_names: str | None) -> tuple[str, ...]:
    """The tags of json_group_array (``[]`` when none), in the order the store keeps them."""
    if not tag_names or tag_names == "[]":
        return ()
    return tuple(_json().loads(tag_names))


def tags_of(conn: sqlite3.Connection, annotation_id: str) -> tuple[str, ...]:
    """One annotation's tags in their order (none for an unknown id)."""
    found = conn.execute(
        f"SELECT ({_TAG_NAMES_SELECT}) FROM annotations a WHERE a.id = ?", (annotation_id,)
    ).fetchone()
    return () if found is None else _tags(found[0])


def id_array(ids: Iterable[int]) -> str:
    """``ids`` as a JSON array, for SQLite's ``json_each``: what ``json.dumps`` writes."""
    return "[" + ", ".join(map(str, map(int, ids))) + "]"


def _json() -> Any:
    # Loaded when a row holds JSON: the first frame reads none, and json's import (its
    # decoder, encoder and their patterns) was ~5 M instructions of it (bench/README.md).
    import json

    return json


_OUTLINE_COLUMNS = "id, parent_id, kind, level, label, start_pos, end_pos, head_end, marker, style"


def load_outline(conn: sqlite3.Connection, speech_id: int) -> list[OutlineNode]:
    """A speech's whole outline as a tree of OutlineNode."""
    # Columns by position, not name: a compilation's outline has thousands of nodes, read at
    # every opening (a third less time than ``sqlite3.Row`` lookups by name).
    rows = conn.execute(
        f"SELECT speech_id, {_OUTLINE_COLUMNS} FROM outline_nodes WHERE speech_id = ?"
        " ORDER BY parent_id IS NOT NULL, position",
        (speech_id,),
    ).fetchall()
    return _outline_tree(rows)


def load_outlines(
    conn: sqlite3.Connection, speech_ids: Sequence[int]
) -> dict[int, list[OutlineNode]]:
    """The outlines of ``speech_ids`` (each once; an id of no speech gets none), one query:
    an export of a whole library's notes places them in thousands of speeches' sections."""
    rows = conn.execute(
        f"SELECT speech_id, {_OUTLINE_COLUMNS} FROM outline_nodes"
        " WHERE speech_id IN (SELECT value FROM json_each(?))"
        " ORDER BY speech_id, parent_id, position",  # the index's order: no sort
        (id_array(speech_ids),),
    )
    found: dict[int, list[OutlineNode]] = {speech_id: [] for speech_id in speech_ids}
    # Row by row from the cursor, each speech's run straight to its tree: thousands of rows
    # fetched at once set off passes of the cyclic collector over everything alive (the
    # export's 20,000 annotations), which made one query slower than a query per speech.
    for speech_id, run in groupby(rows, key=itemgetter(0)):
        found[speech_id] = _outline_tree(run)
    return found


def _outline_tree(rows: Iterable[Sequence[Any]]) -> list[OutlineNode]:
    """One speech's outline rows (its id, then ``_OUTLINE_COLUMNS``) as a tree."""
    children: dict[int | None, list[tuple[int, OutlineNode]]] = {}
    for _, node_id, parent_id, kind, level, label, start, end, head_end, marker, style in rows:
        node = OutlineNode(kind, level, label, start, end, head_end, marker, style)
        children.setdefault(parent_id, []).append((node_id, node))
    for siblings in children.values():
        for node_id, node in siblings:
            node.children = [child for _id, child in children.get(node_id, [])]
    return [node for _id, node in children.get(None, [])]


def load_spans(conn: sqlite3.Connection, speech_id: int) -> list[TextSpan]:
    """A speech's special lines (title, date, speaker…) in order."""
    rows = conn.execute(
        "SELECT kind, start_pos, end_pos FROM spans WHERE speech_id = ? ORDER BY position",
        (speech_id,),
    )
    return [TextSpan(row["kind"], row["start_pos"], row["end_pos"]) for row in rows]


def required(row: sqlite3.Row | None, what: str, key: object) -> sqlite3.Row:
    """``row``, found; else LibraryError ``not-found`` naming ``what`` and ``key``."""
    if row is None:
        raise LibraryError(f"there is no {what} with id {key}", code="not-found")
    return row
