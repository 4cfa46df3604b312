"""A whole-library keyword's occurrences, found as the arrows reach them.

The whole library's keywords carry no places (they are summed from stored counts). Choosing one
asks a worker for the speeches holding it (``word_holders``, the stored counts, no segmenting)
and, if the open speech is one, for its places there; the arrows then move through the word's
occurrences speech by speech in library order, wrapping, each speech segmented in the worker
when it is reached (``speech_word_places``: ~20 ms for the sample's longest speech, ~0.45 s
for a 200,000-character report), never the whole library up front.

A first step from a speech not holding the word goes to the next (or previous) one holding it
in library order, as a reader going on from there would meet it.

The library may change between steps. A speech is read as it is when reached: one deleted or
sent to the trash is skipped, one re-imported gives the places in its new text (its count
follows). ``library_changed`` forgets every place found, so none is marked in a changed text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.storage.library import Library
from desktop.core.storage.word_holders import (
    SpeechWordPlaces,
    WordHolder,
    speech_word_places,
    word_holders,
)
from desktop.gui.library_worker import Cancellation, LibraryWorker

Places = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class _Found:
    """A worker's answer: the holders (if asked) and one speech's places (None: gone)."""

    word: str
    holders: list[WordHolder] | None
    order: dict[int, int] | None  # with the holders: every speech's place in library order
    speech_id: int | None
    places: SpeechWordPlaces | None
    direction: int  # 0: to mark the open speech; ±1: a step arriving there


def _find_job(
    word: str, segmenter: Segmenter, holders: bool, speech_id: int | None, direction: int
) -> Callable[[Library, Cancellation], _Found]:
    def run(library: Library, cancelled: Cancellation) -> _Found:
        held = order = None
        if holders:
            with library.db.read() as conn:
                held = word_holders(conn, word, cancelled=cancelled)
            order = {speech: place for place, speech in enumerate(library.store.speech_order())}
            if speech_id not in {holder.speech_id for holder in held}:
                return _Found(word, held, order, speech_id, None, direction)
        places = None
        if speech_id is not None:
            places = speech_word_places(library.db, segmenter, speech_id, word)
        return _Found(word, held, order, speech_id, places, direction)

    return run


class WordSteps(QObject):
    """The chosen library keyword: the speeches holding it, the places found, the current one."""

    marks_requested = Signal(list, int)
    """(ranges in the speech being read, index of the current one or -1)."""
    open_hit_requested = Signal(int, int, int)
    """(speech id, start, end): show this occurrence in another speech."""
    changed = Signal()
    """The holders became known, or the current occurrence moved."""

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
        self.worker = LibraryWorker(library_path, "term-places", self)
        self.worker.finished.connect(self._on_worker_finished)

    # What the stepper asks -----------------------------------------------------------------

    def choose(self, word: str, speech_id: int | None) -> None:
        """Follow ``word``: find its speeches, and its places in the speech being read."""
        self.word, self.holders, self._at = word, None, None
        self._places.clear()
        self._speech_id = speech_id
        self.marks_requested.emit([], -1)
        self._submit(True, speech_id, 0)
        self.changed.emit()

    def forget(self) -> None:
        """No keyword is followed any more."""
        self.word, self.holders, self._at = None, None, None
        self._places.clear()
        self.worker.cancel()

    def library_changed(self) -> None:
        """Speeches came, went or changed: no place found so far can be trusted."""
        self._places.clear()

    def mark(self, speech_id: int | None) -> None:
        """The speech being read is ``speech_id``: mark the word there (finding it if needed)."""
        self._speech_id = speech_id
        if self.word is None or self.holders is None:
            return
        if speech_id in self._places:
            self._emit_marks(speech_id)
        elif speech_id in {holder.speech_id for holder in self.holders if holder.count}:
            self._submit(False, speech_id, 0)
        else:
            self.marks_requested.emit([], -1)

    def move(self, direction: int) -> None:
        """Show the next (1) or previous (-1) occurrence, maybe in another speech."""
        if not self.holders or self.worker.is_busy():
            return
        if self._at is None and self._speech_id not in self._holder_ids():
            # From outside the speeches holding it: the next (or previous) of them in library
            # order, as a reader going on from here would meet it.
            self._reach(self._nearest(direction) - direction, direction)
            return
        index, step = self._start(direction) if self._at is None else self._at
        places = self._places.get(self.holders[index].speech_id)
        if places is None and self._at is None:
            self._submit(False, self.holders[index].speech_id, direction)  # its places first
            return
        if places is not None and 0 <= step + direction < len(places):
            self._show(index, step + direction)
        else:
            self._reach(index, direction)

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

    # Moving --------------------------------------------------------------------------------

    def _start(self, direction: int) -> tuple[int, int]:
        """Where a first step starts in the open speech: just before its first (or after its
        last) occurrence."""
        index = self._holder_ids().index(self._speech_id)
        places = self._places.get(self._speech_id, ())
        return index, -1 if direction > 0 else len(places)

    def _nearest(self, direction: int) -> int:
        """The holder after (1) or before (-1) the open speech in library order, wrapping."""
        assert self.holders is not None
        here = self._order.get(self._speech_id, -1) if self._speech_id is not None else -1
        places = [self._order.get(holder.speech_id, -1) for holder in self.holders]
        if direction > 0:
            return next((i for i, place in enumerate(places) if place > here), 0)
        before = [i for i, place in enumerate(places) if place < here]
        return before[-1] if before else len(self.holders) - 1

    def _reach(self, index: int, direction: int) -> None:
        """Go to the next speech holding the word, its places found in the worker if new."""
        assert self.holders is not None
        for _ in range(len(self.holders)):
            index = (index + direction) % len(self.holders)
            holder = self.holders[index]
            if not holder.count:
                continue  # found gone earlier
            places = self._places.get(holder.speech_id)
            if places is None:
                self._submit(False, holder.speech_id, direction)
                return
            self._show(index, 0 if direction > 0 else len(places) - 1)
            return

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

    def _submit(self, holders: bool, speech_id: int | None, direction: int) -> None:
        if self.word is None or self.segmenter is None:
            return
        self.worker.submit(_find_job(self.word, self.segmenter, holders, speech_id, direction))

    @Slot(int, object)
    def _on_worker_finished(self, _ticket: int, found: _Found) -> None:
        if found.word != self.word:
            return
        if found.holders is not None:
            self.holders = found.holders
            self._order = found.order or {}
        if found.speech_id is not None and found.speech_id in self._holder_ids():
            self._arrive(found)
        elif found.direction == 0:
            self.mark(self._speech_id)  # another speech opened while its holders were read
        self.changed.emit()

    def _arrive(self, found: _Found) -> None:
        """One speech's places are known: keep them; mark them or step into them."""
        assert self.holders is not None
        assert found.speech_id is not None
        index = self._holder_ids().index(found.speech_id)
        places = found.places.places if found.places is not None else ()
        # Recount: the text as it is now, not as it was counted (gone: 0, skipped from now on).
        self.holders[index] = WordHolder(found.speech_id, len(places))
        if places:
            self._places[found.speech_id] = places
        if found.direction == 0:
            self.mark(self._speech_id)  # maybe another speech by now: its places are asked for
        elif places:
            self._show(index, 0 if found.direction > 0 else len(places) - 1)
        else:
            self._reach(index, found.direction)

    def _holder_ids(self) -> list[int]:
        return [holder.speech_id for holder in self.holders or ()]

    def running_work(self) -> list[str]:
        """What runs in the background."""
        return ["term-places"] if self.worker.is_busy() else []

    def shutdown(self) -> None:
        """Stop the worker and release its connection."""
        self.worker.shutdown()
