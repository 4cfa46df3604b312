"""Where a search, a concordance or the terms panel looks: the library, a collection or a speech.

Apart from ``search_jobs`` (which imports the search engine and the concordance, ~40-60 ms), so
that the terms panel, which needs only these, opens without loading them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.storage.library_store import LibraryStore
    from desktop.core.storage.speech_filter import SpeechFilter


class ScopeKind(StrEnum):
    """Where a search looks."""

    LIBRARY = "library"
    COLLECTION = "collection"
    SPEECH = "speech"


@dataclass(frozen=True, slots=True)
class SearchScope:
    """Where a search looks, whether in speech texts or in notes, and the years and speakers
    it keeps to (the search panel's filter; None: every speech of the scope)."""

    kind: ScopeKind = ScopeKind.LIBRARY
    key: int | None = None  # the collection's or the speech's id
    notes_only: bool = False
    speech_filter: SpeechFilter | None = None


def scope_speeches(store: LibraryStore, kind: ScopeKind, key: int | None) -> list[int] | None:
    """The speeches a scope covers (None: every speech of the library).

    Collections in the trash are out of the user's library (``LibraryStore.live_speech_ids``).
    """
    if kind == ScopeKind.SPEECH and key is not None:
        return [key]
    if kind == ScopeKind.COLLECTION and key is not None:
        return store.speech_ids_in(key)  # ids only: no speech's record read
    return store.live_speech_ids()
