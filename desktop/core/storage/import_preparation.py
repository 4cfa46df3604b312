"""What an import writes that needs no database, worked out before its transaction begins.

SQLite lets one connection write at a time: while an import's transaction is open, a highlight
the user saves from the window waits for it (up to the busy timeout, then fails). Indexing the
speeches' texts was most of an import's transaction (a 31.8 MB file: ~13 of 15 s), so it, the
texts' UTF-8 and hashes and the document's fingerprint are made first, in the import's worker,
and the transaction only inserts them. It stays one transaction: nothing prepared is written
until it begins, so a failure or a cancel still leaves the library as it was.

What is prepared is keyed by a speech's position in ``document.speeches``; a speech with nothing
prepared (its text already stored, as far as could be told beforehand) is worked out inside the
transaction as before, so a wrong guess costs time, never correctness.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from desktop.core.document import text_hash
from desktop.core.errors import CancelledError
from desktop.core.imported import ImportedDocument, Speech
from desktop.core.storage.indexing import SearchIndexer

HELD_CHARACTERS = 4_000_000
"""Characters of text whose index columns are held ready, in all (~20 bytes a character).

A 30 MB file's columns are ~220 MB: past this many characters a text keeps only its hot grams
(the costly part) and its columns are laid out in the transaction (~0.1 s a million characters).
"""


@dataclass(frozen=True, slots=True)
class PreparedText:
    """One speech's text as the transaction writes it: UTF-8, hashes and the indexer's rows."""

    text: str
    encoded: bytearray
    text_hash: str
    index: object | None
    loose_hash: str


def index_rows(text: PreparedText | None) -> object | None:
    """The indexer's rows prepared for ``text`` (None: the indexer works them out itself)."""
    return None if text is None else text.index


@dataclass(frozen=True, slots=True)
class PreparedImport:
    """The fingerprint of a document and what its new texts write, made before the transaction."""

    fingerprint: str
    texts: dict[int, PreparedText] = field(default_factory=dict)

    def text_of(self, position: int, speech: Speech) -> PreparedText | None:
        """What was prepared for the speech at ``position`` (None: nothing, or another text)."""
        found = self.texts.get(position)
        if found is None or (found.text is not speech.text and found.text != speech.text):
            return None
        return found


def prepare_import(
    document: ImportedDocument,
    indexer: SearchIndexer,
    *,
    stored_hashes: Collection[str] = frozenset(),
    cancelled: Callable[[], bool] | None = None,
) -> PreparedImport:
    """Prepare every speech of ``document`` whose text hash is not among ``stored_hashes``.

    ``stored_hashes`` are texts the library probably holds already (a re-import leaves an
    unchanged speech's text and index as they are). ``cancelled`` is asked before each speech
    and after the last: CancelledError, and nothing was written.
    """
    # Loaded with the first import: opening the window loads this module's caller, not these.
    from desktop.core.storage.fingerprint import document_fingerprint
    from desktop.core.storage.loose_hash import loose_hash
    from desktop.core.storage.search_text import utf8

    texts: dict[int, PreparedText] = {}
    held = 0
    for position, speech in enumerate(document.speeches):
        _check(cancelled)
        hashed = text_hash(speech.text)
        if hashed in stored_hashes:
            continue
        held += len(speech.text)
        index = indexer.prepare_speech(speech.text, compact=held > HELD_CHARACTERS)
        loose = loose_hash(speech.text)
        texts[position] = PreparedText(speech.text, utf8(speech.text), hashed, index, loose)
    # A file of one long speech spends nearly all its preparation in that speech's index: a
    # Cancel pressed meanwhile must still stop the import before its transaction.
    _check(cancelled)
    return PreparedImport(document_fingerprint(document), texts)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("the import was cancelled")
