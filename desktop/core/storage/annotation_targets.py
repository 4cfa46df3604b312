"""Finding the speech of the library an imported annotation was made on.

A Web Annotation file names its speech the way ``export.web_annotation`` writes targets: a URN
of the collection's file name (or title) and the speech's index, the hash of the text the
positions refer to, and the speech's title, collection and source. In order of trust:

1. the same text (hash): the positions are valid as they stand, wherever that speech is filed;
2. the speech of the same title in the same collection (file name, else title), whose text
   may have been edited since; else the one at the same index in it;
3. the only speech of that title anywhere in the library;
4. for another tool's file (no Pizhu URN): a collection whose source is the target's URL or
   file name and holds a single speech.

Ambiguity is never resolved by guessing: the annotation is reported as unmatched instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PureWindowsPath
from urllib.parse import unquote, urlsplit

from desktop.core.export import labels
from desktop.core.export.web_annotation import SPEECH_URN
from desktop.core.export.web_annotation_parse import SpeechRef
from desktop.core.records import CollectionRecord, SpeechRecord


@dataclass(frozen=True, slots=True)
class UrnParts:
    """What a ``urn:pizhu:speech:<collection>#<index>`` target says."""

    collection_key: str
    index: int | None


def parse_speech_urn(source: str) -> UrnParts | None:
    """The collection key and speech index of one of our URNs; None for another tool's IRI."""
    if not source.startswith(SPEECH_URN):
        return None
    key, _, fragment = source.removeprefix(SPEECH_URN).partition("#")
    index = int(fragment) if fragment.isdigit() else None
    return UrnParts(unquote(key), index)


class SpeechDirectory:
    """The library's speeches, looked up the ways an annotation's target can name them."""

    def __init__(
        self, collections: Sequence[CollectionRecord], speeches: Iterable[SpeechRecord]
    ) -> None:
        """Index ``speeches`` (each belonging to one of ``collections``)."""
        self._collections = {collection.id: collection for collection in collections}
        self._speeches = sorted(
            (s for s in speeches if s.collection_id in self._collections), key=lambda s: s.id
        )

    def match(self, ref: SpeechRef) -> SpeechRecord | None:
        """The speech ``ref`` names, or None when none (or more than one) fits."""
        urn = parse_speech_urn(ref.source)
        in_collection = self._in_named_collections(ref, urn)
        index = urn.index if urn is not None and urn.index is not None else ref.index
        if ref.text_hash:
            same_text = [s for s in self._speeches if s.text_hash == ref.text_hash]
            if same_text:
                titles = {c.id: c.title for c in self._collections.values()}
                return _closest(same_text, in_collection, titles, ref, index)
        found = _by_title_or_index(in_collection, ref.title, index)
        if found is not None:
            return found
        if ref.title:
            titled = [s for s in self._speeches if s.title == ref.title]
            if len(titled) == 1:
                return titled[0]
        if urn is None:
            return self._only_speech_of_source(ref.source)
        return None

    def _in_named_collections(self, ref: SpeechRef, urn: UrnParts | None) -> list[SpeechRecord]:
        """The speeches of the collections the target names (by file name, else by title)."""
        keys = {key for key in (ref.collection_source, urn and urn.collection_key) if key}
        wanted = {
            collection.id
            for collection in self._collections.values()
            if labels.source_name(collection) in keys
        }
        if not wanted and ref.collection:
            wanted = {c.id for c in self._collections.values() if c.title == ref.collection}
        return [s for s in self._speeches if s.collection_id in wanted]

    def _only_speech_of_source(self, source: str) -> SpeechRecord | None:
        """The single speech of a collection imported from ``source`` (a URL or a file)."""
        keys = _source_keys(source)
        owners = [
            c.id
            for c in self._collections.values()
            if c.source in keys or labels.source_name(c) in keys
        ]
        speeches = [s for s in self._speeches if s.collection_id in owners]
        return speeches[0] if len(speeches) == 1 else None


def _source_keys(source: str) -> set[str]:
    """What a collection's source may be to match a target's: the same URL, or for a local
    file (``file:`` URL or path) also the same file name, since folders differ between machines."""
    parts = urlsplit(source)
    if parts.scheme == "file":
        return {source, PureWindowsPath(unquote(parts.path)).name}
    if "://" in source:
        return {source}
    return {source, PureWindowsPath(source).name}


def _closest(
    candidates: list[SpeechRecord],
    in_collection: list[SpeechRecord],
    collection_titles: dict[int, str],
    ref: SpeechRef,
    index: int | None,
) -> SpeechRecord:
    """Among speeches of the same text, the one filed where the target says, else the oldest."""
    named = {s.id for s in in_collection}

    def rank(speech: SpeechRecord) -> tuple[bool, bool, bool, bool, int]:
        return (
            speech.id not in named,
            collection_titles.get(speech.collection_id) != ref.collection,
            speech.title != ref.title,
            speech.index != index,
            speech.id,
        )

    return min(candidates, key=rank)


def _by_title_or_index(
    speeches: list[SpeechRecord], title: str, index: int | None
) -> SpeechRecord | None:
    """The speech of that title (at that index if several), else the one at that index."""
    titled = [s for s in speeches if title and s.title == title]
    if len(titled) == 1:
        return titled[0]
    if titled:
        placed = [s for s in titled if s.index == index]
        return placed[0] if len(placed) == 1 else None
    at_index = [s for s in speeches if index is not None and s.index == index]
    return at_index[0] if len(at_index) == 1 else None
