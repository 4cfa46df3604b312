"""The rows of SearchResultsModel: what a search found, speeches, and keyword-in-context lines.

Kept apart from the model so the model's file is about Qt's interface. A ``SearchOutcome`` is
what the search worker hands over; ``speech_runs`` cuts its hits into one run per speech, and
``in_library_order`` makes them the rows' runs in the worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.storage.search_index import Hit, SearchResult, Snippet
from desktop.core.text_templates import fill
from desktop.models.speech_labels import SpeechName, distinguished_title, speech_label

translate = QCoreApplication.translate

CONTEXT_WIDTH = 30
"""Characters of context on each side of a hit."""


class Column(IntEnum):
    """The model's columns."""

    WHERE = 0
    LEFT = 1
    HIT = 2
    RIGHT = 3


@dataclass(frozen=True, slots=True)
class SpeechInfo:
    """What a speech row shows: its title, and its place in the library (for sorting).

    ``number`` (its place in its collection, 0 for a lone speech) and ``collection`` (the
    collection's title, given when the results mix collections) tell apart speeches of the
    same title; ``label`` words them in the language of the day.
    """

    title: str
    rank: tuple[int, int]
    number: int = 0
    collection: str = ""
    distinction: str = ""
    """What tells the collection from another of its title ("初稿.docx"), when one shares it."""
    date: str = ""
    speaker: str = ""
    collection_title: str = ""
    """The collection's title whether or not the row shows it: the exported table names it."""

    def label(self) -> str:
        """ "collection › 第5篇 · title", as much of it as applies; the collection told apart
        from another of its title as the library tree does (after the speech's title when the
        collection bears it: a file of one speech)."""
        label = speech_label(self.title, self.number, self.collection)
        if not self.distinction:
            return label
        if label.strip() == self.collection.strip():
            return distinguished_title(label, self.distinction)
        collection = distinguished_title(self.collection, self.distinction)
        return speech_label(self.title, self.number, collection)

    def name(self) -> SpeechName:
        """The parts of the label led by the title (the concordance's), the collection told
        apart: by what tells it alone when it bears the speech's title ("title (初稿.docx)")."""
        collection = self.collection
        if self.distinction:
            lone = collection.strip() == self.title.strip()
            collection = (
                self.distinction if lone else distinguished_title(collection, self.distinction)
            )
        return SpeechName(self.title, self.number, collection)


SpeechRun = tuple[int, int, int, SpeechInfo]
"""A speech found: its id, its first hit's index in the result, its hits, what its row shows."""


@dataclass(frozen=True, slots=True)
class SearchOutcome:
    """A search's result and the speeches it found, as the worker hands them to the model."""

    result: SearchResult
    speeches: dict[int, SpeechInfo]
    notes_only: bool = False
    runs: tuple[SpeechRun, ...] | None = None
    """Every speech found, in library order, when the worker made them (``in_library_order``):
    the model takes them as they are, not cutting and sorting ~10,000 on the GUI thread."""

    @property
    def hits(self) -> Sequence[Hit]:
        """The hits the model lists: in notes when searching notes, else in speech texts."""
        return self.result.note_hits if self.notes_only else self.result.hits

    @property
    def titled(self) -> frozenset[int]:
        """The speeches whose title, apart from their text (a 篇N speech's), holds the query."""
        return frozenset(hit.speech_id for hit in self.result.title_hits)


class SpeechNode:
    """A speech row: a run of consecutive hits ``first .. first + count - 1`` of the result
    (none for a speech found by its title alone)."""

    __slots__ = ("row", "speech_id", "info", "first", "count", "lines", "order", "shown")

    def __init__(self, row: int, speech_id: int, info: SpeechInfo, first: int, count: int):
        self.row = row
        self.speech_id = speech_id
        self.info = info
        self.first = first
        self.count = count
        self.lines: list[LineNode] = []
        self.order: list[int] | None = None  # hit indices in the current sort order
        # (info, info as the full-width option shows it): its titles converted once a row.
        self.shown: tuple[SpeechInfo, SpeechInfo] | None = None


def speech_row_text(speech: SpeechNode, in_title: bool, info: SpeechInfo | None = None) -> str:
    """A speech row's words: "speech  (hits)", saying so when its title holds the query too
    (or alone); ``info`` names the speech as shown (the full-width option's), if not its own."""
    if not in_title:
        template = translate("SearchResultsModel", "%1  (%2)")
    elif speech.count:
        template = translate("SearchResultsModel", "%1  (title, %2)")
    else:
        template = translate("SearchResultsModel", "%1  (title)")
    label = (info or speech.info).label()
    return fill(template, label, QLocale().toString(speech.count))


def speech_row_tip(speech: SpeechNode, in_title: bool, info: SpeechInfo | None = None) -> str:
    """A speech row's tooltip: its label, and where a row found by its title alone goes."""
    label = (info or speech.info).label()
    if not in_title or speech.count:
        return label
    tip = translate("SearchResultsModel", "%1\nFound in the title: opens at the top")
    return fill(tip, label)


class LineNode:
    """A keyword-in-context row: one hit, its snippet and section computed on first show."""

    __slots__ = ("speech", "row", "hit_index", "snippet", "section", "shown")

    def __init__(self, speech: SpeechNode, row: int, hit_index: int) -> None:
        self.speech = speech
        self.row = row
        self.hit_index = hit_index
        self.snippet: Snippet | None = None
        self.section: str | None = None
        # (full-width?, section, left, hit, right) as shown: made once per row and setting.
        self.shown: tuple[bool, str, str, str, str] | None = None


def speech_runs(outcome: SearchOutcome) -> list[tuple[int, int, int]]:
    """(speech id, first index, count) of each speech's run of consecutive hits."""
    runs: list[tuple[int, int, int]] = []
    if not outcome.notes_only:
        first = 0
        for speech_id, count in outcome.result.speech_counts():
            runs.append((speech_id, first, count))
            first += count
        # A speech found by its title alone: a row of no lines (the title holds no offsets).
        in_text = {speech_id for speech_id, _first, _count in runs}
        titles = outcome.result.title_hits
        return runs + [(hit.speech_id, first, 0) for hit in titles if hit.speech_id not in in_text]
    # Note hits come ordered by speech (then note); there are few, so one pass over them.
    for index, hit in enumerate(outcome.hits):
        if runs and runs[-1][0] == hit.speech_id:
            speech_id, first, count = runs[-1]
            runs[-1] = (speech_id, first, count + 1)
        else:
            runs.append((hit.speech_id, index, 1))
    return runs


def outcome_runs(outcome: SearchOutcome) -> list[SpeechRun]:
    """Every speech ``outcome`` found, as runs in the order of its hits."""
    infos = outcome.speeches
    return [
        (speech_id, first, count, infos.get(speech_id) or _unnamed(speech_id))
        for speech_id, first, count in speech_runs(outcome)
    ]


def _unnamed(speech_id: int) -> SpeechInfo:
    return SpeechInfo(str(speech_id), (0, speech_id))


def in_library_order(outcome: SearchOutcome) -> SearchOutcome:
    """``outcome`` with its runs made and sorted by the speeches' place in the library (the
    results' first order): in the worker, where ~10,000 of them cost the window nothing."""
    runs = sorted(outcome_runs(outcome), key=lambda run: run[3].rank)  # stable: as the model's
    return replace(outcome, runs=tuple(runs))


def release_lines(speeches: list[SpeechNode]) -> None:
    """Forget the lines of rows no longer shown: a line refers to its speech, and without the
    cycle reference counting frees them (also when frozen, see core/collector.keep_long_lived)."""
    for speech in speeches:
        speech.lines = []
