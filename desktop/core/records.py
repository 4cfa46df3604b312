"""Rows of the library as plain data: what storage returns and the models, GUI and export read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from desktop.core.document import OutlineNode, TextSpan

# The three records are NamedTuples, not dataclasses: the first frame makes their classes, and
# a dataclass costs start-up its compiled methods (bench/README.md, "startup"). ``_replace``
# gives an edited copy.


class CollectionRecord(NamedTuple):
    """An imported file: a collection of speeches; ``deleted`` is set while it is in the trash."""

    id: int
    title: str
    source: str | None
    date: str | None
    encoding: str
    format: str
    imported: str
    speech_count: int
    deleted: str | None = None


class SpeechRecord(NamedTuple):
    """A speech's metadata, without its text.

    ``missing_since`` is set (to the time of that import) when a re-import of its file no
    longer found the speech: it is kept, with its text, because it carries annotations.
    """

    id: int
    collection_id: int
    index: int
    title: str
    date: str | None
    speaker: str | None
    role: str | None
    length: int
    text_hash: str
    note_count: int = 0
    listed_title: str | None = None
    missing_since: str | None = None


class OutlineNodeRecord(NamedTuple):
    """One stored outline node, for trees that fetch a node's children when it is expanded.

    ``parent_id`` is None for a top-level node; ``position`` orders siblings.
    """

    id: int
    speech_id: int
    parent_id: int | None
    position: int
    kind: str
    level: int
    label: str
    start: int
    end: int
    head_end: int
    marker: str
    style: str
    child_count: int


@dataclass(slots=True)
class SpeechContent:
    """A speech as the reader shows it: metadata, canonical text, outline and special lines."""

    record: SpeechRecord
    text: str
    outline: list[OutlineNode] = field(default_factory=list)
    spans: list[TextSpan] = field(default_factory=list)


# NamedTuples too, as the three above: start-up names every speech (``LibraryStore``).
class SpeechLabelParts(NamedTuple):
    """What a list names a speech by: its title and number, its collection's title and size."""

    speech_id: int
    title: str
    index: int
    collection_id: int
    collection_title: str
    collection_size: int


class SomeSpeechLabels(NamedTuple):
    """The label parts of some speeches, and whether the library mixes collections."""

    parts: list[SpeechLabelParts]
    mixed: bool
