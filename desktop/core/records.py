"""Rows of the library as plain data: what storage returns and the models, GUI and export read."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.document import OutlineNode, TextSpan


@dataclass(slots=True, frozen=True)
class CollectionRecord:
    """An imported file: a collection of speeches."""

    id: int
    title: str
    source: str | None
    date: str | None
    encoding: str
    format: str
    imported: str
    speech_count: int


@dataclass(slots=True, frozen=True)
class SpeechRecord:
    """A speech's metadata, without its text."""

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


@dataclass(slots=True)
class SpeechContent:
    """A speech as the reader shows it: metadata, canonical text, outline and special lines."""

    record: SpeechRecord
    text: str
    outline: list[OutlineNode] = field(default_factory=list)
    spans: list[TextSpan] = field(default_factory=list)
