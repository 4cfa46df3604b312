"""Update a stored collection in place from a changed version of its file.

Each speech of the new file either continues a stored speech (``speech_matching``; it keeps its
id, so its annotations and reading position stay attached) or is added. A continued speech whose
text changed has every annotation re-anchored (``core.anchoring``): anchored, moved and fuzzy
ones get their new range and a quote of the new text (a fuzzy one whose words changed keeps the
words first marked in ``marked_quote``); orphans keep their old quote and note. Each is stored
with the state this re-anchoring found (``anchoring.settled_state``: its words found at a new
offset are moved, unless the diff maps them there untouched), so a later change that leaves it
where it stands makes it anchored again, as for a fuzzy one; a speech whose text did not change
keeps its annotations' states.
A speech the file adds that the library holds in another collection, or that the file holds
twice, is left out as a new file's would be (``duplicates``), unless kept.
A stored speech the file no longer holds is deleted only if no annotation (not even one in the
trash) refers to it; otherwise it stays, with its text, flagged ``missing_since``.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.anchoring import AnchorTarget, reanchor_all
from desktop.core.annotation import AnchorState, TextQuote
from desktop.core.imported import ImportedDocument, Speech
from desktop.core.storage import import_writer
from desktop.core.storage.annotation_placing import Placement, place
from desktop.core.storage.duplicates import (
    SKIPPED_MARK,
    DuplicateSpeech,
    KeptTexts,
    copy_in_file,
    held_speech,
    speech_hashes,
)
from desktop.core.storage.import_preparation import PreparedImport, PreparedText, index_rows
from desktop.core.storage.indexing import SearchIndexer, search_text
from desktop.core.storage.rows import load_outline, load_spans, tags_of
from desktop.core.storage.speech_matching import StoredSpeech, match_speeches

_POSITION_QUOTE = 24
"""Characters after a reading position used to find the same place in a changed text."""


@dataclass(slots=True)
class ReimportCounts:
    """What a re-import did to the speeches and annotations of one collection.

    ``anchors`` counts the live annotations checked by the state each is stored with (words
    found at a new offset are moved unless the diff maps them there untouched:
    ``anchoring.settled_state``). Annotations in
    the trash are re-anchored too; only those left without their passage are counted, in
    ``trashed_orphaned``.
    """

    added: int = 0
    changed: int = 0
    removed: int = 0
    missing: int = 0
    anchors: Counter[str] = field(default_factory=Counter)
    trashed_orphaned: int = 0
    duplicates: list[DuplicateSpeech] = field(default_factory=list)
    copies: list[tuple[Speech, int, bool]] = field(default_factory=list)
    """New speeches left out as copies of a kept one (its id; whether the texts differ)."""


def stored_speeches(conn: sqlite3.Connection, collection_id: int) -> list[StoredSpeech]:
    """Every speech of a collection (present or missing), as matching needs them."""
    rows = conn.execute(
        "SELECT id, idx, title, text_hash, text FROM speeches WHERE collection_id = ?"
        " ORDER BY idx, id",
        (collection_id,),
    )
    return [
        StoredSpeech(row["id"], row["idx"], row["title"], row["text_hash"], row["text"])
        for row in rows
    ]


def reimport(
    conn: sqlite3.Connection,
    collection_id: int,
    document: ImportedDocument,
    indexer: SearchIndexer,
    prepared: PreparedImport,
    now: str,
    *,
    keep_duplicates: bool = False,
) -> ReimportCounts:
    """Bring the stored collection in line with ``document``; the caller holds the transaction.

    ``prepared`` (import_preparation) holds the fingerprint and the new texts' index rows.
    Unless ``keep_duplicates``, a speech it would add that the library holds in another
    collection, or that the collection keeps already, is left out (``counts.duplicates``).
    """
    counts = ReimportCounts()
    stored = {speech.id: speech for speech in stored_speeches(conn, collection_id)}
    matches = match_speeches(list(stored.values()), document.speeches)
    kept = None if keep_duplicates else _continued(document, prepared, matches)
    ids_by_index = {}
    for position, speech in enumerate(document.speeches):
        old = stored.pop(matches[position]) if position in matches else None
        text = prepared.text_of(position, speech)
        if old is not None:
            speech_id = old.id
            _continue_speech(conn, old, speech, text, indexer, counts)
        elif kept is not None and _left_out(conn, collection_id, speech, text, kept, counts):
            continue
        else:
            speech_id = import_writer.insert_speech(conn, collection_id, speech, text)
            indexer.index_speech(conn, speech_id, speech.text, index_rows(text))
            counts.added += 1
            if kept is not None:
                kept.add(speech_id, speech, text)
        ids_by_index[speech.index] = speech_id
    import_writer.replace_removals(conn, collection_id, document.removed, ids_by_index)
    for gone in stored.values():
        _retire_speech(conn, gone.id, indexer, now, counts)
    skipped = SKIPPED_MARK if counts.duplicates or counts.copies else ""
    import_writer.update_collection(
        conn, collection_id, document, prepared.fingerprint + skipped, now
    )
    # Named once written: the copy's speech may have been continued after it, and retitled.
    counts.duplicates += (copy_in_file(conn, *copy) for copy in counts.copies)
    counts.duplicates.sort(key=lambda found: found.index)
    return counts


def _continued(
    document: ImportedDocument, prepared: PreparedImport, matches: dict[int, int]
) -> KeptTexts:
    """The texts of the stored speeches the file continues: a new speech with one is a copy."""
    kept = KeptTexts()
    for position, speech_id in matches.items():
        speech = document.speeches[position]
        kept.add(speech_id, speech, prepared.text_of(position, speech))
    return kept


def _left_out(
    conn: sqlite3.Connection,
    collection_id: int,
    speech: Speech,
    text: PreparedText | None,
    kept: KeptTexts,
    counts: ReimportCounts,
) -> bool:
    """Whether a new speech is held elsewhere or kept already: then it is noted, not added."""
    hashed, loose = speech_hashes(speech, text)
    held = held_speech(conn, hashed, loose, besides=collection_id)
    if held is not None:
        found = DuplicateSpeech(speech.index, speech.title, *held[0], differs=held[1])
        counts.duplicates.append(found)
        return True
    copy = kept.copy_of(hashed, loose)
    if copy is not None:
        counts.copies.append((speech, *copy))
        return True
    return False


def _continue_speech(
    conn: sqlite3.Connection,
    old: StoredSpeech,
    speech: Speech,
    text: PreparedText | None,
    indexer: SearchIndexer,
    counts: ReimportCounts,
) -> None:
    # Speech.text_hash hashes the whole text each time it is asked: once here.
    new_hash = speech.text_hash if text is None else text.text_hash
    text_changed = old.text_hash != new_hash
    if not text_changed and not _metadata_changed(conn, old.id, speech):
        return
    if text_changed:
        _reanchor(conn, old, speech, new_hash, indexer, counts)
        _move_reading_position(conn, old, speech.text)
    import_writer.update_speech(conn, old.id, speech, text)
    if text_changed:
        indexer.index_speech(conn, old.id, speech.text, index_rows(text))
    counts.changed += 1


def _metadata_changed(conn: sqlite3.Connection, speech_id: int, speech: Speech) -> bool:
    row = conn.execute(
        "SELECT idx, title, listed_title, date, speaker, role, missing_since FROM speeches"
        " WHERE id = ?",
        (speech_id,),
    ).fetchone()
    fields = (speech.index, speech.title, speech.listed_title, speech.date, speech.speaker)
    if tuple(row)[:5] != fields or row["role"] != speech.role or row["missing_since"]:
        return True
    outline = [node.to_dict() for node in load_outline(conn, speech_id)]
    spans = load_spans(conn, speech_id)
    return outline != [node.to_dict() for node in speech.outline] or spans != speech.spans


def _reanchor(
    conn: sqlite3.Connection,
    old: StoredSpeech,
    speech: Speech,
    new_hash: str,
    indexer: SearchIndexer,
    counts: ReimportCounts,
) -> None:
    rows = conn.execute(
        "SELECT id, start_pos, end_pos, exact, prefix, suffix, text_hash, note, deleted,"
        " marked_quote FROM annotations WHERE speech_id = ? AND kind != 'speech-note' ORDER BY id",
        (old.id,),
    ).fetchall()
    targets = [_target(row, old.text_hash) for row in rows]
    anchors = reanchor_all(old.text, speech.text, targets)
    for row, target, anchor in zip(rows, targets, anchors, strict=True):
        placed = place(anchor, target.start, (row["exact"], row["marked_quote"]), speech.text)
        _count(counts, row, placed.state)
        if placed.quote is None:
            # The words are gone: keep the old quote (and the hash of the text it quotes).
            conn.execute(
                "UPDATE annotations SET state = 'orphaned', start_pos = NULL, end_pos = NULL"
                " WHERE id = ?",
                (row["id"],),
            )
            continue
        _store_placement(conn, row["id"], placed, new_hash)
        quote = placed.quote
        if row["deleted"] is None and quote.exact != row["exact"]:
            text = search_text(row["note"], quote.exact, tags_of(conn, row["id"]))
            indexer.index_note(conn, row["id"], old.id, text)


def _count(counts: ReimportCounts, row: sqlite3.Row, state: AnchorState) -> None:
    """Count one checked annotation by the state it is stored with."""
    if row["deleted"] is not None:
        counts.trashed_orphaned += state == AnchorState.ORPHANED
        return
    counts.anchors[str(state)] += 1


def _store_placement(
    conn: sqlite3.Connection, annotation_id: str, placed: Placement, new_hash: str
) -> None:
    """Store where an annotation was found, with its quote of the new text (and its hash)."""
    quote = placed.quote
    assert quote is not None  # an orphan is stored apart: it keeps its old quote
    conn.execute(
        "UPDATE annotations SET state = ?, start_pos = ?, end_pos = ?, exact = ?, prefix = ?,"
        " suffix = ?, text_hash = ?, marked_quote = ? WHERE id = ?",
        (
            str(placed.state),
            placed.start,
            placed.end,
            quote.exact,
            quote.prefix,
            quote.suffix,
            new_hash,
            placed.marked_quote,
            annotation_id,
        ),
    )


def _target(row: sqlite3.Row, old_hash: str) -> AnchorTarget:
    quote = TextQuote(row["exact"], row["prefix"], row["suffix"])
    # Offsets only mean something in the text they were taken on.
    if row["text_hash"] != old_hash:
        return AnchorTarget(quote, None, None)
    return AnchorTarget(quote, row["start_pos"], row["end_pos"])


def _move_reading_position(conn: sqlite3.Connection, old: StoredSpeech, new_text: str) -> None:
    row = conn.execute(
        "SELECT offset FROM reading_positions WHERE speech_id = ?", (old.id,)
    ).fetchone()
    if row is None:
        return
    offset = min(row["offset"], len(new_text))
    if row["offset"] < len(old.text):
        end = min(row["offset"] + _POSITION_QUOTE, len(old.text))
        quote = TextQuote.from_text(old.text, row["offset"], end)
        anchor = reanchor_all(old.text, new_text, [AnchorTarget(quote, row["offset"], end)])[0]
        if anchor.start is not None:
            offset = anchor.start
    conn.execute("UPDATE reading_positions SET offset = ? WHERE speech_id = ?", (offset, old.id))


def _retire_speech(
    conn: sqlite3.Connection,
    speech_id: int,
    indexer: SearchIndexer,
    now: str,
    counts: ReimportCounts,
) -> None:
    annotated = conn.execute(
        "SELECT 1 FROM annotations WHERE speech_id = ? LIMIT 1", (speech_id,)
    ).fetchone()
    if annotated:
        conn.execute(
            "UPDATE speeches SET missing_since = coalesce(missing_since, ?) WHERE id = ?",
            (now, speech_id),
        )
        counts.missing += 1
        return
    indexer.remove_speech(conn, speech_id)
    conn.execute("DELETE FROM speeches WHERE id = ?", (speech_id,))
    counts.removed += 1
