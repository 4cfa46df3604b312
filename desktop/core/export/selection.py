"""Choosing what to export from a library: a scope of speeches, filtered, in reading order.

``select`` reads only records and annotations (cheap: the dialog calls it on every change to
show how much will be exported); ``Selection.export_set`` then loads the speeches' texts and
outlines that the format needs and hands everything to ``model.build_export_set``.

Reading goes through ``ExportSource`` (``export.reading``; ``LibraryReader`` over a library's
stores), so this module never opens a library itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, tzinfo
from typing import TYPE_CHECKING

from desktop.core.annotation import Annotation
from desktop.core.errors import CancelledError
from desktop.core.export.model import (
    ExportFilter,
    ExportItem,
    ExportSet,
    ExportTotals,
    build_export_set,
)
from desktop.core.export.words import CHINESE_WORDS, ExportWords, book_title
from desktop.core.records import CollectionRecord, SpeechContent, SpeechRecord

if TYPE_CHECKING:
    from desktop.core.export.reading import ExportSource

Cancel = Callable[[], bool]
Loaded = Callable[[int, int], None]
"""Told how many speeches of how many have been loaded."""


@dataclass(frozen=True, slots=True)
class ExportScope:
    """Which speeches to export: these speeches and every speech of these collections; the
    whole library when both are empty."""

    speech_ids: tuple[int, ...] = ()
    collection_ids: tuple[int, ...] = ()

    @property
    def is_library(self) -> bool:
        """True when the scope is the whole library."""
        return not self.speech_ids and not self.collection_ids


@dataclass(slots=True)
class Selection:
    """The speeches of a scope and the annotations on them that pass the filter."""

    scope: ExportScope
    export_filter: ExportFilter
    collections: list[CollectionRecord]
    speeches: list[SpeechRecord]
    annotations: list[Annotation] = field(default_factory=list)
    words: ExportWords = CHINESE_WORDS
    """What the export names itself, in the language it was asked for in."""
    whole: ExportTotals | None = None
    """Set by ``select_head``: what the export holds, when ``annotations`` are its first few."""

    @property
    def annotation_count(self) -> int:
        """How many annotations the export holds."""
        return self.whole.annotations if self.whole is not None else len(self.annotations)

    @property
    def annotated_speech_count(self) -> int:
        """How many speeches those annotations are on."""
        if self.whole is not None:
            return len(self.whole.speeches)
        return len({annotation.speech_id for annotation in self.annotations})

    @property
    def title(self) -> str:
        """What the export is called: a speech's title, a collection's, or the whole library's;
        annotations chosen by tags, colours, kinds or words are named by every one of those
        (and by the speech or collection they are in), not by all that the scope holds."""
        chosen = self.export_filter
        names = self.words.filter_names(chosen.tags, chosen.colors, chosen.kinds, chosen.words)
        if names:
            in_scope = scope_name(
                self.scope, self.collections, self.speeches, self.words, marked=True
            )
            return self.words.filtered_title(replace(names, scope=in_scope))
        if self.scope.is_library and (chosen.date_from or chosen.date_to):
            return self.words.notes  # some of them
        return scope_title(self.scope, self.collections, self.speeches, self.words)

    def export_set(
        self,
        source: ExportSource,
        *,
        with_text: bool,
        speech_limit: int | None = None,
        annotation_limit: int | None = None,
        generated: str | None = None,
        zone: tzinfo = UTC,
        cancel: Cancel | None = None,
        loaded: Loaded | None = None,
    ) -> ExportSet:
        """The export's data. ``with_text`` loads every speech of the scope (annotated text and
        outlines show them all); otherwise only the annotated ones. A preview keeps the first
        few speeches (``speech_limit``) or annotations (``annotation_limit``; the set's
        ``whole`` then tells what the full export holds). ``zone``: the zone readable exports
        show times in. ``loaded`` hears of each speech loaded."""
        annotations = self.annotations
        if annotation_limit is not None:
            annotations = annotations[:annotation_limit]
        chosen = self.speeches if with_text else _annotated(self.speeches, annotations)
        if speech_limit is not None:
            chosen = chosen[:speech_limit]
        contents = _contents(source, chosen, with_text=with_text, cancel=cancel, loaded=loaded)
        data = build_export_set(
            self.collections,
            contents,
            annotations,
            scope_title=self.title,
            export_filter=self.export_filter,
            generated=generated,
            zone=zone,
            words=self.words,
        )
        if annotation_limit is not None:
            data.whole = self.totals()
        return data

    def totals(self) -> ExportTotals:
        """How many annotations the export holds, on which speeches, of which collections."""
        if self.whole is not None:
            return self.whole
        speeches = _annotated(self.speeches, self.annotations)
        return _totals(self.collections, speeches, len(self.annotations))


def _totals(
    collections: list[CollectionRecord], annotated: list[SpeechRecord], annotations: int
) -> ExportTotals:
    """``annotations`` on the ``annotated`` speeches, and the collections holding those."""
    holding = {record.collection_id for record in annotated}
    # Items are in reading order, collections first by id: their order in the export.
    chosen = sorted(
        (collection for collection in collections if collection.id in holding),
        key=lambda collection: collection.id,
    )
    return ExportTotals(annotations, annotated, chosen)


_OUTLINES_PER_READ = 500
"""Speeches whose outlines one read of a list of notes loads (and between two progress reports
and cancel checks): one query each, where a query per speech took ~0.6 s on 8,666 speeches."""


def _contents(
    source: ExportSource,
    chosen: list[SpeechRecord],
    *,
    with_text: bool,
    cancel: Cancel | None,
    loaded: Loaded | None,
) -> list[SpeechContent]:
    """What an export needs of the chosen speeches: all of each, or for a list of notes only
    their outlines (which section a note is in): a library's text would be read for nothing."""
    step = 1 if with_text else _OUTLINES_PER_READ
    contents = []
    for done in range(0, len(chosen), step):
        check_cancel(cancel)
        if loaded is not None:
            loaded(done, len(chosen))
        records = chosen[done : done + step]
        if with_text:
            contents.extend(source.speech_content(record.id) for record in records)
            continue
        outlines = source.outlines([record.id for record in records])
        contents.extend(SpeechContent(record, "", outlines[record.id]) for record in records)
    return contents


def _annotated(speeches: list[SpeechRecord], annotations: list[Annotation]) -> list[SpeechRecord]:
    """The speeches (in their order) that hold one of the annotations."""
    annotated = {annotation.speech_id for annotation in annotations}
    return [record for record in speeches if record.id in annotated]


def select(
    source: ExportSource,
    scope: ExportScope,
    export_filter: ExportFilter | None = None,
    *,
    words: ExportWords = CHINESE_WORDS,
    cancel: Cancel | None = None,
) -> Selection:
    """The speeches of ``scope`` in reading order and their annotations that pass the filter;
    the export names itself in ``words``.

    An unknown speech or collection id is LibraryError ``not-found``.
    """
    export_filter = export_filter or ExportFilter()
    collections, speeches = scope_records(source, scope)
    candidates = _scope_annotations(source, scope, speeches, cancel)
    accepted = _accepted(export_filter, collections, speeches, candidates)
    return Selection(scope, export_filter, collections, speeches, accepted, words)


def select_head(
    source: ExportSource,
    scope: ExportScope,
    export_filter: ExportFilter | None = None,
    *,
    head: int,
    words: ExportWords = CHINESE_WORDS,
    cancel: Cancel | None = None,
) -> Selection:
    """``select`` as far as a preview needs it: the whole export's totals counted by one query
    (``whole``), and only the annotations of the first annotated speeches that hold the first
    ``head`` of them (those of the scope's first speech among them)."""
    export_filter = export_filter or ExportFilter()
    collections, speeches = scope_records(source, scope)
    check_cancel(cancel)
    ids = None if scope.is_library else [record.id for record in speeches]
    counts = source.annotation_counts(ids, export_filter)
    annotated = [record for record in speeches if counts.get(record.id)]
    whole = _totals(collections, annotated, sum(counts[record.id] for record in annotated))
    candidates = []
    for record in _first_holding(annotated, counts, head):
        check_cancel(cancel)
        candidates.extend(source.annotations(record.id))
    accepted = _accepted(export_filter, collections, speeches, candidates)
    return Selection(scope, export_filter, collections, speeches, accepted, words, whole)


def _first_holding(
    annotated: list[SpeechRecord], counts: dict[int, int], head: int
) -> list[SpeechRecord]:
    """The first speeches (in reading order) holding ``head`` annotations, and any speech
    after them at the same place (collection and index), whose notes sort among theirs."""
    chosen: list[SpeechRecord] = []
    held = 0
    for record in annotated:
        if held >= head and not (chosen and _place(chosen[-1]) == _place(record)):
            break
        chosen.append(record)
        held += counts[record.id]
    return chosen


def _place(record: SpeechRecord) -> tuple[int, int]:
    return record.collection_id, record.index


def _accepted(
    export_filter: ExportFilter,
    collections: list[CollectionRecord],
    speeches: list[SpeechRecord],
    candidates: Iterable[Annotation],
) -> list[Annotation]:
    """The candidates on ``speeches`` that the filter accepts, in reading order."""
    by_collection = {collection.id: collection for collection in collections}
    by_speech = {record.id: record for record in speeches}
    return [
        item.annotation
        for item in export_filter.apply(
            ExportItem(note, by_speech[note.speech_id], _owner(by_speech, by_collection, note))
            for note in candidates
            if note.speech_id in by_speech
        )
    ]


def _owner(
    by_speech: dict[int, SpeechRecord],
    by_collection: dict[int, CollectionRecord],
    note: Annotation,
) -> CollectionRecord:
    return by_collection[by_speech[note.speech_id].collection_id]


def scope_records(
    source: ExportSource, scope: ExportScope
) -> tuple[list[CollectionRecord], list[SpeechRecord]]:
    """The collections and speeches a scope covers, each once, in reading order."""
    if scope.is_library:
        collections = source.collections()
        speeches = [record for c in collections for record in source.speeches(c.id)]
        return collections, _reading_order(speeches)
    speeches = {}
    for collection_id in scope.collection_ids:
        source.collection(collection_id)  # a clear error for an unknown id
        speeches.update((record.id, record) for record in source.speeches(collection_id))
    for speech_id in scope.speech_ids:
        if speech_id not in speeches:
            speeches[speech_id] = source.speech(speech_id)
    wanted = {record.collection_id for record in speeches.values()}
    collections = [source.collection(collection_id) for collection_id in sorted(wanted)]
    return collections, _reading_order(speeches.values())


def _reading_order(speeches: Iterable[SpeechRecord]) -> list[SpeechRecord]:
    return sorted(speeches, key=lambda record: (record.collection_id, record.index, record.id))


def _scope_annotations(
    source: ExportSource,
    scope: ExportScope,
    speeches: Sequence[SpeechRecord],
    cancel: Cancel | None,
) -> list[Annotation]:
    if scope.is_library:
        check_cancel(cancel)
        return source.annotations()
    found: list[Annotation] = []
    for record in speeches:
        check_cancel(cancel)
        found.extend(source.annotations(record.id))
    return found


def scope_title(
    scope: ExportScope,
    collections: Sequence[CollectionRecord],
    speeches: Sequence[SpeechRecord],
    words: ExportWords = CHINESE_WORDS,
) -> str:
    """The export's title: one speech's, one collection's, or a name (in ``words``) for the
    whole library or several speeches."""
    if scope.is_library:
        return words.all_notes
    return scope_name(scope, collections, speeches, words) or words.notes


def scope_name(
    scope: ExportScope,
    collections: Sequence[CollectionRecord],
    speeches: Sequence[SpeechRecord],
    words: ExportWords,
    *,
    marked: bool = False,
) -> str:
    """What a scope short of the library holds: one speech's or one collection's title (in
    book-title marks when ``marked``, to stand inside a longer title), several speeches' title;
    empty for the library or nothing."""
    if scope.is_library:
        return ""
    if len(speeches) == 1:
        return _named(speeches[0].title, marked)
    if len(collections) == 1 and (scope.collection_ids or not speeches):
        return _named(collections[0].title, marked)
    if speeches:
        return words.several_title(speeches[0].title, len(speeches))
    return ""


def _named(title: str, marked: bool) -> str:
    return book_title(title) if marked else title


def check_cancel(cancel: Cancel | None) -> None:
    """Raise CancelledError if the caller's cancel flag is set."""
    if cancel is not None and cancel():
        raise CancelledError("the export was cancelled")
