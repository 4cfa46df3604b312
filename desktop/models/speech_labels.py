"""How lists name a speech: by its number in its collection, not only by its title.

A compilation often gives every speech the same title (six speeches called 在全市“效能革命”工作会上
的讲话), so a list of titles alone says nothing. Wherever speeches are listed (search results, the
annotations of all speeches, the concordance, the trash, the export dialog) a speech is named as
the library tree's second line and the breadcrumb name it: "第5篇 · title", after its
collection's title where speeches of several collections are listed together. A collection of
one speech needs no number, and is not named before its speech when it bears the speech's title
(a file of one speech): "title › title" would say it twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.records import CollectionRecord, SpeechRecord
from desktop.core.text_templates import fill

if TYPE_CHECKING:
    from desktop.core.storage.library_store import SpeechLabelParts

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class SpeechName:
    """What a speech's label is made of, kept apart so it is worded in the language of the day.

    ``number`` is 0 when the speech is the only one of its collection; ``collection`` is empty
    unless the list mixes speeches of several collections.
    """

    title: str
    number: int = 0
    collection: str = ""

    @classmethod
    def of(
        cls,
        record: SpeechRecord,
        collection: CollectionRecord | None = None,
        *,
        with_collection: bool = False,
    ) -> SpeechName:
        """The name of ``record``; ``collection`` (its own) says whether it has siblings."""
        alone = collection is not None and collection.speech_count <= 1
        shown_collection = collection.title if collection is not None and with_collection else ""
        return cls(record.title, 0 if alone else record.index, shown_collection)

    def label(self) -> str:
        """The label in today's language: "collection › No. 5 · title"."""
        return speech_label(self.title, self.number, self.collection)


def speech_number(number: int) -> str:
    """ "No. 5" ("第5篇"), as the library tree's second line says it."""
    return translate("LibraryTree", "No. %1").replace("%1", str(number))


def speech_label(title: str, number: int = 0, collection: str = "") -> str:
    """A speech named by number and title (no number: 0), after its collection if given."""
    named = fill(translate("SpeechLabel", "%1 · %2"), speech_number(number), title)
    named = named if number else title
    if not collection or _names_itself(collection, named):
        return named
    return fill(translate("SpeechLabel", "%1 › %2"), collection, named)


def speech_names(
    collections: list[CollectionRecord],
    speeches: dict[int, list[SpeechRecord]],
    *,
    with_collection: bool | None = None,
) -> dict[int, SpeechName]:
    """The names of the given collections' speeches, in library order.

    ``with_collection`` None: the collection is named when there is more than one.
    """
    mixed = len(collections) > 1 if with_collection is None else with_collection
    return {
        record.id: SpeechName.of(record, collection, with_collection=mixed)
        for collection in collections
        for record in speeches.get(collection.id, [])
    }


def speech_labels(parts: list[SpeechLabelParts], mixed: bool | None = None) -> dict[int, str]:
    """Every listed speech's label, in the order given (``LibraryStore.speech_label_parts``).

    The collection is named when the speeches come from more than one (``mixed`` None), or
    when ``mixed`` says so (a few speeches of a library: ``some_speech_label_parts``). The
    same labels as ``speech_label``, with each template translated and split once.
    """
    if mixed is None:
        mixed = len({part.collection_id for part in parts}) > 1
    number = _Template(translate("LibraryTree", "No. %1"))
    numbered = _Template(translate("SpeechLabel", "%1 · %2"))
    in_collection = _Template(translate("SpeechLabel", "%1 › %2"))
    labels: dict[int, str] = {}
    for part in parts:
        label = part.title
        if part.collection_size > 1 and part.index:
            label = numbered.fill(number.fill(str(part.index)), label)
        if mixed and not _names_itself(part.collection_title, label):
            label = in_collection.fill(part.collection_title, label)
        labels[part.speech_id] = label
    return labels


def _names_itself(collection: str, named: str) -> bool:
    """Whether the collection's title is the speech's name (a file of one speech, named by
    it): "title › title" would say it twice."""
    return collection.strip() == named.strip()


class _Template:
    """A translated template split at its %1, %2… once, filled in one pass like ``fill``."""

    def __init__(self, template: str) -> None:
        self._pieces = re.split(r"(%\d)", template)

    def fill(self, *values: str) -> str:
        """The template with its placeholders replaced by ``values``."""
        return "".join(
            values[int(piece[1]) - 1] if index % 2 else piece
            for index, piece in enumerate(self._pieces)
        )
