"""Speeches a new file brings that the library already holds, imported from another file.

The same speech under another name (a colleague's copy, a re-download, the .txt of a .docx)
would otherwise become a second collection, and the user's annotations would split between
the two. A speech is the same when its canonical text is: the importer has already cleaned
both (noise, wraps, stray spaces), so the same words read from another file hash alike.
``speeches.text_hash`` is indexed (schema version 12): one look-up per speech, never a scan.
Only collections outside the trash count: a speech whose only copy is in the trash is imported.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

SKIPPED_MARK = "+skipped-duplicates"
"""Ends the fingerprint of a collection stored without the speeches the library held already:
the same file again is still unchanged, and importing it anyway adds them (``reimport``)."""


class DuplicateSpeech(NamedTuple):
    """A speech of an imported file that the library already holds elsewhere."""

    index: int
    """Its number in the imported file (``Speech.index``)."""
    title: str
    """Its title in the imported file."""
    speech_id: int
    speech_title: str
    """The stored speech's title as the library shows it (the user's rename wins)."""
    collection_id: int
    collection_title: str


_HELD = (
    "SELECT s.id, coalesce(s.custom_title, s.title), c.id, coalesce(c.custom_title, c.title)"
    " FROM speeches s JOIN collections c ON c.id = s.collection_id"
    " WHERE s.text_hash = ? AND c.deleted IS NULL ORDER BY s.id LIMIT 1"
)


def held_speech(conn: sqlite3.Connection, text_hash: str) -> tuple[int, str, int, str] | None:
    """The first speech outside the trash whose text hashes to ``text_hash``: its id and
    title, its collection's id and title; None if there is none."""
    row = conn.execute(_HELD, (text_hash,)).fetchone()
    return None if row is None else (row[0], row[1], row[2], row[3])


def find_duplicates(
    conn: sqlite3.Connection, speeches: Iterable[tuple[int, str, str]]
) -> list[DuplicateSpeech]:
    """Which of ``speeches`` (index, title, text hash) the library holds outside the trash."""
    found = []
    for index, title, hashed in speeches:
        held = held_speech(conn, hashed)
        if held is not None:
            found.append(DuplicateSpeech(index, title, *held))
    return found


def held_hashes(conn: sqlite3.Connection, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` are the texts of speeches outside the trash."""
    return {hashed for hashed in set(hashes) if held_speech(conn, hashed) is not None}
