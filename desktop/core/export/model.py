"""What every export writer reads: annotations with their speech, collection and section, in order.

Storage (or a test) hands plain records to ``build_export_set``; the writers never touch the
library. Items are always in reading order: collection, speech index, position in the text.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.core.annotation import AnchorState, Annotation, utc_now
from desktop.core.annotation_match import fold, search_text, tag_key
from desktop.core.document import NodeKind, OutlineNode, node_path
from desktop.core.errors import ExportError
from desktop.core.export.times import local_date
from desktop.core.export.words import CHINESE_WORDS, ExportWords, book_title
from desktop.core.records import CollectionRecord, SpeechContent, SpeechRecord


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One annotation with what a reader of the export needs to place it."""

    annotation: Annotation
    speech: SpeechRecord
    collection: CollectionRecord
    section_path: tuple[str, ...] = ()

    @property
    def reading_key(self) -> tuple[int, int, int, int, str]:
        """Sort key: collection, speech, start (a note on the whole speech first), end, creation."""
        note = self.annotation
        start = note.start if note.start is not None else -1
        end = note.end if note.end is not None else start
        return (self.collection.id, self.speech.index, start, end, note.created)

    @property
    def is_orphaned(self) -> bool:
        """True when the annotation's words were not found in the current text."""
        return self.annotation.state == AnchorState.ORPHANED


@dataclass(frozen=True, slots=True)
class SpeechGroup:
    """A speech's items, grouped by section, as the list-style writers lay them out."""

    speech: SpeechRecord
    collection: CollectionRecord
    sections: list[tuple[tuple[str, ...], list[ExportItem]]]
    numbered: bool = False
    """Another speech of its collection in the export bears its title: its heading numbers it."""


ItemsDone = Callable[[int], None]
"""Told how many items a writer has written so far; may raise CancelledError to stop it."""

ITEMS_PER_STEP = 20
"""How many items ``ExportSet.each_item`` yields between two calls of ``on_items``."""


@dataclass(frozen=True, slots=True)
class ExportTotals:
    """What a preview's first few items cannot tell of the whole export: how many annotations,
    on which speeches, from which collections (both in reading order)."""

    annotations: int
    speeches: list[SpeechRecord]
    collections: list[CollectionRecord]


@dataclass(slots=True)
class ExportSet:
    """Everything one export writes: items in reading order and, for annotated text and outlines,
    the speeches' contents. ``generated`` is an ISO time in UTC; ``scope_title`` names the scope
    (a speech's title, a collection's, "全部批注"); ``zone`` is the zone readable exports show
    times in (``export.times``) and ``words`` every word the export writes of its own
    (``export.words``), both chosen by whoever asked for the export.

    A preview sets ``whole`` (its ``items`` are the export's first few only) and ``list_limit``
    (a summary's long lists, the Markdown front matter's sources, are cut to that many). An
    export sets ``on_items``, which the writers' loops call as they go (progress, cancel)."""

    items: list[ExportItem]
    speeches: list[SpeechContent] = field(default_factory=list)
    collections: list[CollectionRecord] = field(default_factory=list)
    generated: str = ""
    scope_title: str = ""
    zone: datetime.tzinfo = datetime.UTC
    words: ExportWords = CHINESE_WORDS
    whole: ExportTotals | None = None
    list_limit: int | None = None
    on_items: ItemsDone | None = None

    def annotation_total(self) -> int:
        """How many annotations the whole export holds."""
        return self.whole.annotations if self.whole is not None else len(self.items)

    def annotated_speeches(self) -> list[SpeechRecord]:
        """The speeches the whole export's annotations are on, in reading order."""
        if self.whole is not None:
            return self.whole.speeches
        return list({item.speech.id: item.speech for item in self.items}.values())

    def titled_by_its_speech(self) -> bool:
        """True when the export holds one speech and its title is the speech's (a speech, or a
        collection of one speech named as it): the notes formats write the title once, the
        speech's facts under it and its sections a level up, as the Word outline and the
        annotated exports do."""
        speeches = self.annotated_speeches()
        if len(speeches) != 1 or not self.scope_title.strip():
            return False
        return book_title(self.scope_title) == book_title(speeches[0].title)

    def annotated_collections(self) -> list[CollectionRecord]:
        """The collections of those speeches, in reading order."""
        if self.whole is not None:
            return self.whole.collections
        return list({item.collection.id: item.collection for item in self.items}.values())

    def each_item(self) -> Iterator[ExportItem]:
        """The items, telling ``on_items`` every ``ITEMS_PER_STEP`` of them."""
        for done, item in enumerate(self.items):
            if done % ITEMS_PER_STEP == 0:
                self._tell(done)
            yield item
        self._tell(len(self.items))

    def _tell(self, done: int) -> None:
        if self.on_items is not None:
            self.on_items(done)

    def collection_of(self, speech: SpeechRecord) -> CollectionRecord | None:
        """The collection a speech belongs to, when the set holds it."""
        for collection in self.collections:
            if collection.id == speech.collection_id:
                return collection
        for item in self.items:
            if item.collection.id == speech.collection_id:
                return item.collection
        return None

    def speech_groups(self) -> Iterator[SpeechGroup]:
        """The items grouped by speech and, within a speech, by consecutive section path;
        ``on_items`` is told, before each group, how many items the groups before it hold."""
        group: SpeechGroup | None = None
        written = 0  # the items of the groups before ``group``: its first item's index
        numbered = self._titles_shared()
        for index, item in enumerate(self.items):
            if group is None or group.speech.id != item.speech.id:
                if group is not None:
                    self._tell(written)  # before the group is written: a cancel stops it sooner
                    yield group
                group = SpeechGroup(item.speech, item.collection, [], item.speech.id in numbered)
                written = index
            if not group.sections or group.sections[-1][0] != item.section_path:
                group.sections.append((item.section_path, []))
            group.sections[-1][1].append(item)
        if group is not None:
            self._tell(written)
            yield group
        self._tell(len(self.items))

    def _titles_shared(self) -> set[int]:
        """The speeches whose title another of the export's speeches of their collection
        bears (a file of speeches all titled 在全市……的讲话): their headings must differ."""
        by_title: dict[tuple[int, str], list[int]] = {}
        for speech in self.annotated_speeches():
            by_title.setdefault((speech.collection_id, speech.title.strip()), []).append(speech.id)
        return {found for ids in by_title.values() if len(ids) > 1 for found in ids}


class DateField(StrEnum):
    """Which date a filter's date range applies to."""

    CREATED = "created"  # when the annotation was made (the day in the filter's zone)
    MODIFIED = "modified"  # when it was last changed (likewise)
    SPEECH = "speech"  # the date of the speech it is on


_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which annotations to export. An empty set means "any"; date bounds are inclusive ISO dates
    (``2024``, ``2024-05`` or ``2024-05-01``) compared on ``date_field``, an annotation's time
    taken as the day it was in ``zone`` (the export's: a note made at 07:00 in Beijing is on that
    day, not the day before as in UTC); tags match any of them, compared as the annotations
    list compares them (``annotation_match.tag_key``: case and width folded); ``words``
    (as typed: a title names them so) must all be in the quote, note or tags, found as the
    annotations list's search box finds them (folded: GDP finds gdp and ＧＤＰ)."""

    colors: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    date_from: str | None = None
    date_to: str | None = None
    date_field: DateField = DateField.CREATED
    include_orphans: bool = True
    zone: datetime.tzinfo = datetime.UTC
    words: tuple[str, ...] = ()
    _folded: tuple[str, ...] = field(default=(), init=False, repr=False, compare=False)
    """``words`` as matched, folded as ``AnnotationCriteria.words_of`` folds a typed text."""

    def __post_init__(self) -> None:
        for bound in (self.date_from, self.date_to):
            if bound is not None and not _is_calendar_date(bound):
                raise ExportError(f"not a date (YYYY-MM-DD): {bound!r}", code="bad-filter")
        # Folded once here, not per annotation: the fold is for matching only.
        object.__setattr__(self, "_folded", tuple(fold(" ".join(self.words)).split()))

    def accepts(self, item: ExportItem) -> bool:
        """True when the item passes every criterion."""
        note = item.annotation
        if note.deleted or (item.is_orphaned and not self.include_orphans):
            return False
        if self.colors and note.color not in self.colors:
            return False
        if self.kinds and note.kind not in self.kinds:
            return False
        if self.tags and not self._wanted_tags() & {tag_key(tag) for tag in note.tags}:
            return False
        if self.words and not self.has_words(note):
            return False
        return self._date_accepts(item)

    def apply(self, items: Iterable[ExportItem]) -> list[ExportItem]:
        """The accepted items, in reading order."""
        return sorted((item for item in items if self.accepts(item)), key=_reading_key)

    def has_words(self, note: Annotation) -> bool:
        """True when every one of ``words`` is in the note's quote, note or tags."""
        haystack = search_text(note)
        return all(word in haystack for word in self._folded)

    def _wanted_tags(self) -> set[str]:
        return {tag_key(tag) for tag in self.tags}

    def _date_accepts(self, item: ExportItem) -> bool:
        note = item.annotation
        return self.accepts_dates(note.created, note.modified, item.speech.date)

    def accepts_dates(self, created: str, modified: str | None, speech_date: str | None) -> bool:
        """True when an annotation made at ``created``, changed at ``modified``, on a speech of
        ``speech_date`` is within the date range (the counting query's share of ``accepts``)."""
        if self.date_from is None and self.date_to is None:
            return True
        value = _date_of(created, modified, speech_date, self.date_field, self.zone)
        if not value:
            return False
        # A partial date ("2016-04") overlaps a range when its prefix does: compare equal lengths.
        size = min(len(value), 10)
        low = (self.date_from or "0000-00-00")[:size]
        high = (self.date_to or "9999-99-99")[:size]
        return low <= value[:size] <= high


def _is_calendar_date(text: str) -> bool:
    """True for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real month and day."""
    if not _ISO_DATE.fullmatch(text):
        return False
    # Completing a partial date with the first month or day lets one parser check it all.
    padded = text + "-01-01"[len(text) - 4 :]
    try:
        datetime.date.fromisoformat(padded)
    except ValueError:
        return False
    return True


def _date_of(
    created: str,
    modified: str | None,
    speech_date: str | None,
    date_field: DateField,
    zone: datetime.tzinfo,
) -> str | None:
    if date_field == DateField.SPEECH:
        return speech_date
    stamp = (modified or created) if date_field == DateField.MODIFIED else created
    return local_date(stamp, zone) if stamp else None


def _reading_key(item: ExportItem) -> tuple[int, int, int, int, str]:
    return item.reading_key


def heading_text(node: OutlineNode) -> str:
    """A heading as it reads in the text: its numbering marker, then its words."""
    label = node.label.strip()
    if node.marker and not label.startswith(node.marker):
        return f"{node.marker}{label}"
    return label


_STATEMENT_END = "。；;，,：:"


def outline_line(node: OutlineNode, text: str) -> str:
    """A heading or point as an outline (提纲) lists it: whole where the tree's label cut it
    short (…体系基…), read from ``text`` (its speech's) up to its heading's end."""
    shown = heading_text(node)
    if not shown.endswith("…") or not node.start < node.head_end <= len(text):
        return shown
    words = " ".join(text[node.start : node.head_end].split()).rstrip(_STATEMENT_END)
    return words or shown


def section_path(outline: list[OutlineNode], annotation: Annotation) -> tuple[str, ...]:
    """The headings (outermost first) of the section an annotation sits in; empty when unplaced."""
    if not annotation.is_range or annotation.state == AnchorState.ORPHANED:
        return ()
    nodes = node_path(outline, annotation.start or 0)
    return tuple(heading_text(node) for node in nodes if node.kind == NodeKind.HEADING)


def build_export_set(
    collections: Sequence[CollectionRecord],
    speeches: Sequence[SpeechContent],
    annotations: Iterable[Annotation],
    *,
    scope_title: str,
    export_filter: ExportFilter | None = None,
    generated: str | None = None,
    zone: datetime.tzinfo = datetime.UTC,
    words: ExportWords = CHINESE_WORDS,
) -> ExportSet:
    """Join annotations to their speeches and collections, filter them and put them in order.

    Annotations on speeches outside ``speeches`` and annotations in the trash are left out;
    ``zone`` is the one readable exports show times in, ``words`` the headings they add.
    """
    items = _join(collections, speeches, annotations)
    chosen = (export_filter or ExportFilter()).apply(items)
    ordered_speeches = sorted(speeches, key=lambda c: (c.record.collection_id, c.record.index))
    return ExportSet(
        items=chosen,
        speeches=ordered_speeches,
        collections=sorted(collections, key=lambda c: c.id),
        generated=generated or utc_now(),
        scope_title=scope_title,
        zone=zone,
        words=words,
    )


def _join(
    collections: Sequence[CollectionRecord],
    speeches: Sequence[SpeechContent],
    annotations: Iterable[Annotation],
) -> list[ExportItem]:
    """Annotations that are on one of ``speeches`` and not in the trash, as items."""
    by_collection = {collection.id: collection for collection in collections}
    by_speech = {content.record.id: content for content in speeches}
    items = []
    for annotation in annotations:
        content = by_speech.get(annotation.speech_id)
        if content is None or annotation.deleted:
            continue
        collection = by_collection.get(content.record.collection_id)
        if collection is None:
            message = f"speech {content.record.id} has no collection in the export"
            raise ExportError(message, code="invalid")
        path = section_path(content.outline, annotation)
        items.append(ExportItem(annotation, content.record, collection, path))
    return items
