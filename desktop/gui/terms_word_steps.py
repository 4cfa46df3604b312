"""A whole-library keyword's occurrences, found as the arrows reach them.

The whole library's keywords carry no places (they are summed from stored counts). Choosing one
asks a worker for the speeches holding it (``word_holders``, the stored counts, no segmenting)
and, if the open speech is one, for its places there; the arrows then move through the word's
occurrences speech by speech in library order, wrapping, each speech segmented in the worker
when it is reached (``speech_word_places``: ~20 ms for the sample's longest speech, ~0.45 s
for a 200,000-character report), never the whole library up front.

A first step from a speech not holding the word goes to the next (or previous) one holding it
in library order, as a reader going on from there would meet it.

Presses never get lost to a lookup: made while one runs (the holders, or the places of the
speech to step into), they wait and are applied when it ends, together (``terms_word_walk``),
landing where the same presses made one by one would: the speeches stepped over are looked up
in the worker but never opened; only the one landed in is shown.

The library may change between steps. A speech is read as it is when reached: one deleted or
sent to the trash is skipped, one re-imported gives the places in its new text (its count
follows). ``library_changed`` forgets every place found, so none is marked in a changed text.
``word_holders`` (and the word counts and jieba's modules it loads) loads in the worker at the
first lookup, not with the panel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from desktop.gui.library_worker import Cancellation, LibraryWorker
from desktop.gui.terms_word_walk import Entry, Landing, Places, enter, walk_from

if TYPE_CHECKING:
    from desktop.core.chinese.segmenter import Segmenter
    from desktop.core.storage.library import Library
    from desktop.core.storage.word_holders import SpeechWordPlaces, WordHolder


@dataclass(frozen=True, slots=True)
class _Found:
    """A worker's answer: the holders (if asked) and one speech's places (None: gone)."""

    word: str
    holders: list[WordHolder] | None
    order: dict[int, int] | None  # with the holders: every speech's place in library order
    speech_id: int | None
    places: SpeechWordPlaces | None
    marking: bool  # asked to mark the open speech (not to step into it)


@dataclass(frozen=True, slots=True)
class _Question:
    """What the worker was asked: kept to ask again when the library changes meanwhile."""

    holders: bool
    speech_id: int | None
    marking: bool


def _find_job(
    word: str, segmenter: Segmenter, question: _Question
) -> Callable[[Library, Cancellation], _Found]:
    speech_id, marking = question.speech_id, question.marking

    def run(library: Library, cancelled: Cancellation) -> _Found:
        from desktop.core.storage.word_holders import speech_word_places, word_holders

        held = order = None
        if question.holders:
            with library.db.read() as conn:
                held = word_holders(conn, word, cancelled=cancelled)
            order = {speech: place for place, speech in enumerate(library.store.speech_order())}
            if speech_id not in {holder.speech_id for holder in held}:
                return _Found(word, held, order, speech_id, None, marking)
        places = None
        if speech_id is not None:
            places = speech_word_places(library.db, segmenter, speech_id, word)
        return _Found(word, held, order, speech_id, places, marking)

    return run


class WordSteps(QObject):
    """The chosen library keyword: the speeches holding it, the places found, the current one."""

    marks_requested = Signal(list, int)
    """(ranges in the speech being read, index of the current one or -1)."""
    open_hit_requested = Signal(int, int, int)
    """(speech id, start, end): show this occurrence in another speech."""
    changed = Signal()
    """The holders became known, the current occurrence moved, or a step waits or ended."""

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.segmenter: Segmenter | None = None
        self.word: str | None = None
        self.holders: list[WordHolder] | None = None
        """The speeches holding the word, in library order (None: not known yet)."""
        self._places: dict[int, Places] = {}
        self._order: dict[int, int] = {}  # speech id → its place in library order
        self._at: tuple[int, int] | None = None  # (holder index, occurrence index)
        self._speech_id: int | None = None
        self._presses: list[int] = []  # arrow presses not applied yet (a lookup was running)
        self._route: Entry | None = None  # steps waiting for a speech's places
        self._unshown = False  # ``_at`` moved without being shown yet
        self._asked: _Question | None = None
        self.worker = LibraryWorker(library_path, "term-places", self)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)

    # What the stepper asks -----------------------------------------------------------------

    def choose(self, word: str, speech_id: int | None) -> None:
        """Follow ``word``: find its speeches, and its places in the speech being read."""
        self.word, self.holders, self._at = word, None, None
        self._reset_steps()
        self._speech_id = speech_id
        self.marks_requested.emit([], -1)
        self._submit(_Question(True, speech_id, True))
        self.changed.emit()

    def forget(self) -> None:
        """No keyword is followed any more."""
        self.word, self.holders, self._at = None, None, None
        self._reset_steps()
        self.worker.cancel()

    def _reset_steps(self) -> None:
        self._places.clear()
        self._presses.clear()
        self._route, self._unshown = None, False

    def library_changed(self) -> None:
        """Speeches came, went or changed: no place found so far can be trusted."""
        self._places.clear()
        if self.worker.is_busy() and self._asked is not None:
            self._submit(self._asked)  # what it finds now may be from before the change

    def mark(self, speech_id: int | None) -> None:
        """The speech being read is ``speech_id``: mark the word there (finding it if needed)."""
        self._speech_id = speech_id
        if self.word is None or self.holders is None:
            return
        if speech_id in self._places:
            self._emit_marks(speech_id)
        elif speech_id in {holder.speech_id for holder in self.holders if holder.count}:
            self._submit(_Question(False, speech_id, True))
        else:
            self.marks_requested.emit([], -1)

    def move(self, direction: int) -> None:
        """Show the next (1) or previous (-1) occurrence, maybe in another speech.

        A press made while a lookup runs is kept and applied when it ends, with the others
        made meanwhile: they land where the same presses made one by one would.
        """
        if self.word is None or self.holders == []:
            return
        self._presses.append(direction)
        self._walk()

    def position(self) -> tuple[int, int]:
        """(number of the current occurrence in the library, 0 if none; occurrences in all)."""
        if not self.holders:
            return 0, 0
        total = sum(holder.count for holder in self.holders)
        if self._at is None:
            return 0, total
        index, step = self._at
        return sum(holder.count for holder in self.holders[:index]) + step + 1, total

    def speeches(self) -> int | None:
        """How many speeches hold the word (None: not known yet)."""
        return None if self.holders is None else sum(1 for h in self.holders if h.count)

    def stepping(self) -> bool:
        """Whether arrow presses wait for a lookup to end."""
        return bool(self._presses) or self._route is not None

    # Moving --------------------------------------------------------------------------------

    def _walk(self) -> None:
        """Apply the presses waiting, as far as the places known allow; show where they land."""
        if self.holders is not None:
            if self._route is not None and not self.worker.is_busy():
                route, self._route = self._route, None
                self._follow(enter(self.holders, self._places, route))
            while self._presses and self._route is None and not self.worker.is_busy():
                self._follow(self._take_presses())
            if self._unshown and not self.stepping() and self._at is not None:
                self._unshown = False
                self._show(*self._at)
                return
        self.changed.emit()

    def _take_presses(self) -> Landing | Entry | None:
        """Where the presses waiting lead: a first one from no occurrence enters a speech, the
        rest (from an occurrence, where a step and its opposite cancel out) count as one."""
        assert self.holders is not None
        if self._at is None:
            direction = self._presses.pop(0)
            ids = self._holder_ids()
            # From outside the speeches holding it: the next (or previous) of them in library
            # order, as a reader going on from here would meet it.
            index = (
                ids.index(self._speech_id) if self._speech_id in ids else self._nearest(direction)
            )
            return enter(self.holders, self._places, Entry(index, direction, 0))
        steps = sum(self._presses)
        self._presses.clear()
        if not steps:
            return None
        return walk_from(self.holders, self._places, Landing(*self._at), steps)

    def _follow(self, outcome: Landing | Entry | None) -> None:
        assert self.holders is not None
        if isinstance(outcome, Landing):
            self._at, self._unshown = (outcome.index, outcome.step), True
        elif isinstance(outcome, Entry):
            self._route = outcome
            self._submit(_Question(False, self.holders[outcome.index].speech_id, False))
        else:
            self._presses.clear()

    def _nearest(self, direction: int) -> int:
        """The holder after (1) or before (-1) the open speech in library order, wrapping."""
        assert self.holders is not None
        here = self._order.get(self._speech_id, -1) if self._speech_id is not None else -1
        places = [self._order.get(holder.speech_id, -1) for holder in self.holders]
        if direction > 0:
            return next((i for i, place in enumerate(places) if place > here), 0)
        before = [i for i, place in enumerate(places) if place < here]
        return before[-1] if before else len(self.holders) - 1

    def _show(self, index: int, step: int) -> None:
        assert self.holders is not None
        self._at = (index, step)
        speech_id = self.holders[index].speech_id
        if speech_id == self._speech_id:
            self._emit_marks(speech_id)
        else:
            start, end = self._places[speech_id][step]
            self.open_hit_requested.emit(speech_id, start, end)
        self.changed.emit()

    def _emit_marks(self, speech_id: int) -> None:
        places = self._places[speech_id]
        current = -1
        if self._at is not None and self.holders is not None:
            index, step = self._at
            if self.holders[index].speech_id == speech_id and 0 <= step < len(places):
                current = step
        self.marks_requested.emit(list(places), current)

    # The worker ----------------------------------------------------------------------------

    def _submit(self, question: _Question) -> None:
        if self.word is None or self.segmenter is None:
            return
        self._asked = question
        self.worker.submit(_find_job(self.word, self.segmenter, question))

    @Slot(int, object)
    def _on_worker_finished(self, _ticket: int, found: _Found) -> None:
        if found.word != self.word:
            return
        self._asked = None
        if found.holders is not None:
            self.holders = found.holders
            self._order = found.order or {}
        if found.speech_id is not None and found.speech_id in self._holder_ids():
            self._keep(found)
        if found.marking:
            self.mark(self._speech_id)  # maybe another speech by now: its places are asked for
        self._walk()

    @Slot(int, object)
    def _on_worker_failed(self, _ticket: int, _error: object) -> None:
        # Nothing to step into: the presses waiting would otherwise wait for ever.
        self._asked = None
        self._presses.clear()
        self._route = None
        self.changed.emit()

    def _keep(self, found: _Found) -> None:
        """One speech's places are known: keep them, and its count as its text has it now."""
        assert self.holders is not None
        assert found.speech_id is not None
        index = self._holder_ids().index(found.speech_id)
        places = found.places.places if found.places is not None else ()
        from desktop.core.storage.word_holders import WordHolder  # the worker loaded it

        # Recount: the text as it is now, not as it was counted (gone: 0, skipped from now on).
        self.holders[index] = WordHolder(found.speech_id, len(places))
        if places:
            self._places[found.speech_id] = places

    def _holder_ids(self) -> list[int]:
        return [holder.speech_id for holder in self.holders or ()]

    def running_work(self) -> list[str]:
        """What runs in the background."""
        return ["term-places"] if self.worker.is_busy() else []

    def shutdown(self) -> None:
        """Stop the worker and release its connection."""
        self.worker.shutdown()
