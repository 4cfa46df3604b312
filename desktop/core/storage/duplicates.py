"""Speeches a new file brings that the library already holds, imported from another file.

The same speech under another name (a colleague's copy, a re-download, the .txt of a .docx)
would otherwise become a second collection, and the user's annotations would split between
the two. A speech is the same when its canonical text is: the importer has already cleaned
both (noise, wraps, stray spaces), so the same words read from another file hash alike.
``speeches.text_hash`` is indexed (schema version 12): one look-up per speech, never a scan.
What the cleaner keeps of a file's own writing (half- or full-width punctuation, a wrapped
line, a space) is folded by the loose hash (``loose_hash``, indexed since version 13): such a
copy is found too, and reported as differing slightly (``DuplicateSpeech.differs``).
Only collections outside the trash count: a speech whose only copy is in the trash is imported.
A file holding one speech twice keeps the first (``KeptTexts``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from desktop.core.imported import Speech
    from desktop.core.storage.import_preparation import PreparedText

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
    differs: bool = False
    """The two texts differ slightly (width, spaces, line breaks, 。 or quotes' form): found by
    the loose hash. False (exactly the same text) in reports kept before it was told."""


_HELD = (
    "SELECT s.id, coalesce(s.custom_title, s.title), c.id, coalesce(c.custom_title, c.title)"
    " FROM speeches s JOIN collections c ON c.id = s.collection_id"
    " WHERE s.text_hash = ? AND c.deleted IS NULL AND c.id IS NOT ? ORDER BY s.id LIMIT 1"
)
_HELD_LOOSE = _HELD.replace("s.text_hash", "s.loose_hash")

Held = tuple[int, str, int, str]
"""A stored speech's id and title (as the library shows them), its collection's id and title."""


def held_speech(
    conn: sqlite3.Connection, text_hash: str, loose: str | None = None, besides: int | None = None
) -> tuple[Held, bool] | None:
    """The first speech outside the trash (and outside collection ``besides``) whose text
    hashes to ``text_hash``, else whose loose hash is ``loose``; with whether the texts differ.
    None if there is none."""
    row = conn.execute(_HELD, (text_hash, besides)).fetchone()
    if row is not None:
        return (row[0], row[1], row[2], row[3]), False
    if loose is None:
        return None
    row = conn.execute(_HELD_LOOSE, (loose, besides)).fetchone()
    return None if row is None else ((row[0], row[1], row[2], row[3]), True)


def find_duplicates(
    conn: sqlite3.Connection,
    speeches: Iterable[tuple[int, str, str, str]],
    besides: int | None = None,
) -> list[DuplicateSpeech]:
    """Which of ``speeches`` (index, title, text hash, loose hash) the library holds outside
    the trash and outside collection ``besides``."""
    found = []
    for index, title, hashed, loose in speeches:
        held = held_speech(conn, hashed, loose, besides)
        if held is not None:
            found.append(DuplicateSpeech(index, title, *held[0], differs=held[1]))
    return found


def held_hashes(conn: sqlite3.Connection, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` are the texts of speeches outside the trash."""
    return {hashed for hashed in set(hashes) if held_speech(conn, hashed) is not None}


def speech_hashes(speech: Speech, text: PreparedText | None) -> tuple[str, str]:
    """The speech's text hash and loose hash (those prepared before the transaction if any)."""
    if text is not None:
        return text.text_hash, text.loose_hash
    # Loaded with the first import: the report's types are read at start-up, this is not.
    from desktop.core.storage.loose_hash import loose_hash

    return speech.text_hash, loose_hash(speech.text)


class KeptTexts:
    """The texts one import keeps in a collection: a later speech of the file with one of them
    is a copy of that speech, left out as one the library held elsewhere would be."""

    def __init__(self) -> None:
        self._kept: list[tuple[int, Speech, PreparedText | None]] = []
        self._by_hash: dict[str, int] = {}
        self._by_loose: dict[str, int] = {}
        self._hashed = 0

    def add(self, speech_id: int, speech: Speech, text: PreparedText | None) -> None:
        """The speech ``speech_id`` holds ``speech``'s text (hashed only when first asked)."""
        self._kept.append((speech_id, speech, text))

    def copy_of(self, hashed: str, loose: str) -> tuple[int, bool] | None:
        """The kept speech with this text (its id, and whether the texts differ), or None."""
        for speech_id, speech, text in self._kept[self._hashed :]:
            kept_hash, kept_loose = speech_hashes(speech, text)
            self._by_hash.setdefault(kept_hash, speech_id)
            self._by_loose.setdefault(kept_loose, speech_id)
        self._hashed = len(self._kept)
        if hashed in self._by_hash:
            return self._by_hash[hashed], False
        found = self._by_loose.get(loose)
        return None if found is None else (found, True)


_SHOWN = (
    "SELECT coalesce(s.custom_title, s.title), c.id, coalesce(c.custom_title, c.title)"
    " FROM speeches s JOIN collections c ON c.id = s.collection_id WHERE s.id = ?"
)


def copy_in_file(
    conn: sqlite3.Connection, speech: Speech, speech_id: int, differs: bool
) -> DuplicateSpeech:
    """The report of ``speech`` left out as a copy of the stored speech ``speech_id``, named
    as the library shows it (ask once it and its collection are written)."""
    title, collection_id, collection_title = conn.execute(_SHOWN, (speech_id,)).fetchone()
    return DuplicateSpeech(
        speech.index, speech.title, speech_id, title, collection_id, collection_title, differs
    )
