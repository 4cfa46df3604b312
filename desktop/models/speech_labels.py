"""How lists name a speech: by its number in its collection, not only by its title.

A compilation often gives every speech the same title (six speeches called 在全市“效能革命”工作会上
的讲话), so a list of titles alone says nothing. Wherever speeches are listed (search results, the
annotations of all speeches, the concordance, the trash, the export dialog) a speech is named as
the library tree's second line and the breadcrumb name it: "第5篇 · title", after its
collection's title where speeches of several collections are listed together. A collection of
one speech needs no number, and is not named before its speech when it bears the speech's title
(a file of one speech): "title › title" would say it twice. The concordance, read down a column
of passages by the speech they come from, leads with the title instead: "title (No. 5,
collection)" (``title_first_label``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.records import CollectionRecord, SpeechRecord
from desktop.core.text_templates import (
    SpeechLabelWords,
    Template,
    mixes_collections,
    shown_speech_number,
)

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
        if collection is None:
            return cls(record.title, record.index)
        number = shown_speech_number(record.index, collection.speech_count)
        return cls(record.title, number, collection.title if with_collection else "")

    def label(self) -> str:
        """The label in today's language: "collection › No. 5 · title"."""
        return speech_label(self.title, self.number, self.collection)

    def title_first(self) -> str:
        """The label led by the title, for a column read down by title: "title (No. 5,
        collection)"."""
        return title_first_label(self.title, self.number, self.collection)


def speech_number(number: int) -> str:
    """ "No. 5" ("第5篇"), as the library tree's second line says it."""
    return translate("LibraryTree", "No. %1").replace("%1", str(number))


def speech_label(title: str, number: int = 0, collection: str = "") -> str:
    """A speech named by number and title (no number: 0), after its collection if given."""
    return _label_words().label(title, number, collection)


def title_first_label(title: str, number: int = 0, collection: str = "") -> str:
    """A speech named by its title, then its number and collection in brackets (each left out
    when 0 or empty, the collection also when it bears the title: a file of one speech)."""
    details = [speech_number(number)] if number else []
    if collection and collection.strip() != title.strip():
        details.append(collection)
    if not details:
        return title
    if len(details) == 2:
        pair = translate("SpeechLabel", "%1, %2", "a speech's number, its collection")
        details = [Template(pair).fill(*details)]
    template = translate("SpeechLabel", "%1 (%2)", "a speech's title (its number, collection)")
    return Template(template).fill(title, details[0])


def _label_words() -> SpeechLabelWords:
    """The words of a speech's label in today's language."""
    return _words_of(
        translate("LibraryTree", "No. %1"),
        translate("SpeechLabel", "%1 · %2"),
        translate("SpeechLabel", "%1 › %2"),
    )


@lru_cache(maxsize=4)
def _words_of(number: str, numbered: str, in_collection: str) -> SpeechLabelWords:
    """The words split once per language, not once per label (a search lists thousands)."""
    return SpeechLabelWords.of(number, numbered, in_collection)


def speech_names(
    collections: list[CollectionRecord],
    speeches: dict[int, list[SpeechRecord]],
    *,
    with_collection: bool | None = None,
) -> dict[int, SpeechName]:
    """The names of the given collections' speeches, in library order.

    ``with_collection`` None: the collection is named when there is more than one.
    """
    mixed = with_collection
    if mixed is None:
        mixed = mixes_collections(collection.id for collection in collections)
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
        mixed = mixes_collections(part.collection_id for part in parts)
    words = _label_words()
    return {
        part.speech_id: words.label(
            part.title,
            shown_speech_number(part.index, part.collection_size),
            part.collection_title if mixed else "",
        )
        for part in parts
    }
