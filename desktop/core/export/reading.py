"""What an export reads from a library: ``ExportSource``, and ``LibraryReader`` over its stores.

Selecting and writing an export read only through ``ExportSource``; ``LibraryReader`` provides
it on an open ``Library`` (the command line; the window's export and preview workers, each on
a connection of its own; tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from desktop.core.annotation import Annotation
from desktop.core.document import OutlineNode
from desktop.core.export.model import ExportFilter
from desktop.core.records import CollectionRecord, SpeechContent, SpeechRecord

if TYPE_CHECKING:
    from desktop.core.storage.library import Library


class ExportSource(Protocol):
    """What selecting an export reads from a library."""

    def collections(self) -> list[CollectionRecord]:
        """Every collection, in import order."""
        ...

    def collection(self, collection_id: int) -> CollectionRecord:
        """One collection (LibraryError ``not-found`` if there is none)."""
        ...

    def speeches(self, collection_id: int) -> list[SpeechRecord]:
        """A collection's speeches in order."""
        ...

    def speech(self, speech_id: int) -> SpeechRecord:
        """One speech (LibraryError ``not-found`` if there is none)."""
        ...

    def speech_content(self, speech_id: int) -> SpeechContent:
        """A speech with its text and outline."""
        ...

    def outline(self, speech_id: int) -> list[OutlineNode]:
        """A speech's outline tree, without its text (what places a note in its section)."""
        ...

    def outlines(self, speech_ids: Sequence[int]) -> dict[int, list[OutlineNode]]:
        """The outline trees of several speeches, read together."""
        ...

    def annotation_counts(
        self, speech_ids: Sequence[int] | None, export_filter: ExportFilter
    ) -> dict[int, int]:
        """How many annotations not in the trash ``export_filter`` accepts, per speech: of
        ``speech_ids``, or of the whole library (as ``annotations()`` reads it) when None."""
        ...

    def annotations(self, speech_id: int | None = None) -> list[Annotation]:
        """The annotations not in the trash, of one speech or of the whole library."""
        ...


class LibraryReader:
    """An ``ExportSource`` over an open library's stores."""

    def __init__(self, library: Library) -> None:
        """Read from ``library``."""
        self._library = library

    def collections(self) -> list[CollectionRecord]:
        """Every collection, in import order."""
        return self._library.store.collections()

    def collection(self, collection_id: int) -> CollectionRecord:
        """One collection."""
        return self._library.store.collection(collection_id)

    def speeches(self, collection_id: int) -> list[SpeechRecord]:
        """A collection's speeches in order."""
        return self._library.store.speeches(collection_id)

    def speech(self, speech_id: int) -> SpeechRecord:
        """One speech."""
        return self._library.store.speech(speech_id)

    def speech_content(self, speech_id: int) -> SpeechContent:
        """A speech with its text and outline."""
        return self._library.store.speech_content(speech_id)

    def outline(self, speech_id: int) -> list[OutlineNode]:
        """A speech's outline tree."""
        return self._library.store.outline(speech_id)

    def outlines(self, speech_ids: Sequence[int]) -> dict[int, list[OutlineNode]]:
        """The outline trees of several speeches."""
        return self._library.store.outlines(speech_ids)

    def annotation_counts(
        self, speech_ids: Sequence[int] | None, export_filter: ExportFilter
    ) -> dict[int, int]:
        """How many annotations the filter accepts, per speech."""
        return self._library.annotations.export_counts(speech_ids, export_filter)

    def annotations(self, speech_id: int | None = None) -> list[Annotation]:
        """The annotations not in the trash."""
        return self._library.annotations.annotations(speech_id)
