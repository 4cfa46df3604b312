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

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop.core.records import CollectionRecord, SpeechRecord
from desktop.core.text_templates import (
    SpeechLabelWords,
    fill,
    mixes_collections,
    shown_speech_number,
)

if TYPE_CHECKING:
    from desktop.core.records import SpeechLabelParts

translate = QCoreApplication.translate


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class SpeechName(NamedTuple):
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
    return _label_words().title_first(title, number, collection)


def _label_words() -> SpeechLabelWords:
    """The words of a speech's label in today's language."""
    return _words_of(
        translate("LibraryTree", "No. %1"),
        translate("SpeechLabel", "%1 · %2"),
        translate("SpeechLabel", "%1 › %2"),
        translate("SpeechLabel", "%1 (%2)", "a speech's title (its number, collection)"),
        translate("SpeechLabel", "%1, %2", "a speech's number, its collection"),
    )


@lru_cache(maxsize=4)
def _words_of(*templates: str) -> SpeechLabelWords:
    """The words split once per language, not once per label (a search lists thousands)."""
    return SpeechLabelWords.of(*templates)


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


def distinguished_title(title: str, distinction: str) -> str:
    """A collection's title followed by what tells it from another of that title, if anything
    does (``collection_labels``): "政府工作报告 (初稿.docx)"."""
    if not distinction:
        return title
    template = translate("CollectionNames", "%1 (%2)", "a title (what tells it apart)")
    return fill(template, title, distinction)


def speech_labels(
    parts: list[SpeechLabelParts],
    mixed: bool | None = None,
    distinctions: Mapping[int, str] | None = None,
    shown: Callable[[str], str] | None = None,
) -> dict[int, str]:
    """Every listed speech's label, in the order given (``LibraryStore.speech_label_parts``).

    The collection is named when the speeches come from more than one (``mixed`` None), or
    when ``mixed`` says so (a few speeches of a library: ``some_speech_label_parts``), told
    from another of its title by its ``distinctions`` text (``collection_labels``). The same
    labels as ``speech_label``, with each template translated and split once. ``shown`` gives
    the titles as the page shows them (the full-width option's) before a label is made of
    them: the label's own brackets, "(初稿.docx)", stay the language's.
    """
    if mixed is None:
        mixed = mixes_collections(part.collection_id for part in parts)
    words = _label_words()
    if shown is not None:
        parts = [_shown_parts(part, shown) for part in parts]
    return {part.speech_id: _label_of(part, words, mixed, distinctions or {}) for part in parts}


def _shown_parts(part: SpeechLabelParts, shown: Callable[[str], str]) -> SpeechLabelParts:
    return part._replace(title=shown(part.title), collection_title=shown(part.collection_title))


def _label_of(
    part: SpeechLabelParts, words: SpeechLabelWords, mixed: bool, distinctions: Mapping[int, str]
) -> str:
    """One speech's label; its collection told apart from another of its title: after the
    collection's title, or after the speech's when the collection bears it (a lone speech)."""
    number = shown_speech_number(part.index, part.collection_size)
    label = words.label(part.title, number, part.collection_title if mixed else "")
    distinction = distinctions.get(part.collection_id, "") if mixed else ""
    if not distinction:
        return label
    if label.strip() == part.collection_title.strip():
        return distinguished_title(label, distinction)
    collection = distinguished_title(part.collection_title, distinction)
    return words.label(part.title, number, collection)


def library_distinctions(collections: list[CollectionRecord]) -> dict[int, str]:
    """What tells each collection from another of its title (``collection_labels``); the
    rules are loaded only when titles clash (most libraries: never, the first frame: not)."""
    titles = {record.title.strip().casefold() for record in collections}
    if len(titles) == len(collections):
        return {}
    from desktop.models.collection_labels import collection_distinction_texts

    return collection_distinction_texts(collections)
