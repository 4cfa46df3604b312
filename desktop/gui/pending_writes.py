"""Annotation changes kept in order while a background writer holds the library's write lock.

An import stores each file in one transaction (seconds for a big file); an annotation import
and the word counts write from workers too (``desktop.gui.background_writer``). A change the
user makes meanwhile would wait on that lock on the GUI thread (the window freezes) and fail
after the busy timeout. Instead the session writes through ``PendingWrites``: ``open_now``
holds every followed writer's gate (``desktop.gui.writer_gates``: without waiting) for a write
made now; if a writer holds (or is about to ask for) the lock, or earlier changes still wait,
the change is kept here with the state it leaves, and the session's reads see that state. The
moment the writer's transaction ends, each kept change is written by the store's own method,
as its own transaction, in order, the writers held back meanwhile. A failure then is reported
(``failed``, with every change not saved) once the rest was written; changes an import's
re-import made land elsewhere than kept are counted by the state they were written with
(``reanchored``), and kept for the writer that held the lock when they were made, by speech
(``landed``), for that import's report.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from desktop.core.annotation import Annotation
from desktop.core.errors import LibraryError, PizhuError
from desktop.gui.writer_gates import writers_held

if TYPE_CHECKING:
    from desktop.gui.background_writer import BackgroundWriter

Write = Callable[[], object]
Landed = Counter[tuple[int, str]]
"""Kept changes written elsewhere than kept: how many by (speech id, ``AnchorState`` value)."""

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class KeptChangesFailed:
    """Kept changes that could not be written: why (the first error) and what they were."""

    error: PizhuError
    annotations: tuple[Annotation, ...]
    """The annotation each change not saved concerned, as the change would have left it."""


class PendingWrites(QObject):
    """The session's one write queue: open (write now) or held (keep in order) by the
    background writers it follows."""

    count_changed = Signal(int)
    """How many changes wait to be written (0: none any more, after ``failed`` if any)."""
    failed = Signal(object)
    """Kept changes could not be written when their turn came (a ``KeptChangesFailed``)."""
    reanchored = Signal(object)
    """Kept changes were written elsewhere than kept, the import having changed their speech:
    how many by the state written (a dict of ``AnchorState`` values to counts)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writers: list[BackgroundWriter] = []
        self._writes: list[_Kept] = []
        self._states: dict[str, Annotation | None] = {}
        self._landed: dict[BackgroundWriter, Landed] = {}

    def follow(self, writer: BackgroundWriter) -> None:
        """Hold writes whenever ``writer`` holds the write lock; write them when it lets go;
        until it ``stopped`` (following it again meanwhile changes nothing)."""
        if writer in self._writers:
            return
        self._writers.append(writer)
        writer.write_lock_released.connect(self.flush)
        writer.stopped.connect(self._on_writer_stopped)

    @contextmanager
    def open_now(self) -> Iterator[bool]:
        """True when a change may be written now: every followed writer is then held back from
        the write lock until the block ends. False (nothing held) while one holds it or earlier
        changes wait (their order is kept): keep the change. Never waits."""
        if self._writes:
            yield False
            return
        with writers_held(writer.gate for writer in self._writers) as held:
            yield held

    def followed(self) -> list[BackgroundWriter]:
        """The writers followed now (each until it ``stopped``)."""
        return list(self._writers)

    def count(self) -> int:
        """How many changes wait."""
        return len(self._writes)

    def states(self) -> dict[str, Annotation | None]:
        """Each annotation a kept change concerns, as the kept changes leave it (None: gone)."""
        return dict(self._states)

    def keep(self, state: Annotation | None, write: Write, concerned: Annotation) -> None:
        """Keep ``write``, which leaves the annotation ``concerned`` as ``state`` (None: gone)."""
        self._writes.append(_Kept(state, concerned, write, self._holder()))
        self._states[concerned.id] = state
        self.count_changed.emit(len(self._writes))

    @Slot()
    def flush(self) -> None:
        """Write every kept change, in order, unless a writer holds the lock again (its end
        flushes again); the writers wait for the few milliseconds it takes."""
        if not self._writes:
            return
        with writers_held(writer.gate for writer in self._writers) as held:
            if not held:
                return
            writes, self._writes = self._writes, []
            self._states.clear()
            written = self._write_all(writes)
        # Told once the writers may go on: a slot may show a message and wait for the user.
        if written.moved:
            self.reanchored.emit(dict(written.moved))
        if written.errors:
            self.failed.emit(KeptChangesFailed(written.errors[0], tuple(written.lost)))
        self.count_changed.emit(0)

    def _write_all(self, writes: list[_Kept]) -> _Written:
        """Write each of ``writes``; a failure does not stop the others (they are independent)."""
        written = _Written()
        for kept in writes:
            try:
                stored = kept.write()
            except PizhuError as error:
                written.failed(kept, error)
                continue
            except Exception as error:  # noqa: BLE001 - a bug must not lose the changes after it
                _log.exception("a kept change could not be written")
                written.failed(kept, LibraryError(f"a change could not be saved: {error}"))
                continue
            if isinstance(stored, Annotation) and _moved(kept.state, stored):
                written.moved[str(stored.state)] += 1
                self._note_landed(kept.owner, stored)
        return written

    def landed(self, writer: BackgroundWriter) -> Landed:
        """The kept changes ``writer`` (an import's re-imports) made land elsewhere (asked for
        once, at its end: then they are forgotten)."""
        return self._landed.pop(writer, Counter())

    def _holder(self) -> BackgroundWriter | None:
        """The writer a change made now waits for: the one holding the lock, else the one the
        changes before it wait for, else the last one followed."""
        holding = [writer for writer in self._writers if writer.holds_write_lock()]
        if holding:
            return holding[0]
        if self._writes:
            return self._writes[-1].owner
        return self._writers[-1] if self._writers else None

    def _note_landed(self, owner: BackgroundWriter | None, written: Annotation) -> None:
        # Only for a writer still followed: an import that finished has shown its report.
        if owner is not None and owner in self._writers:
            landed = self._landed.setdefault(owner, Counter())
            landed[(written.speech_id, str(written.state))] += 1

    @Slot()
    def _on_writer_stopped(self) -> None:
        writer = self.sender()
        # Written while the writer is still followed, so what its import moved counts for it.
        self.flush()
        if writer in self._writers:
            self._writers.remove(writer)
            writer.write_lock_released.disconnect(self.flush)
            writer.stopped.disconnect(self._on_writer_stopped)

    # What the session reads, with the kept changes in ------------------------------------------

    def annotation(self, annotation_id: str, stored: Callable[[str], Annotation]) -> Annotation:
        """One annotation as the kept changes leave it (``stored`` reads the library)."""
        if annotation_id not in self._states:
            return stored(annotation_id)
        state = self._states[annotation_id]
        if state is None:
            raise LibraryError(f"there is no annotation with id {annotation_id}", code="not-found")
        return state

    def live(
        self, stored: list[Annotation], belongs: Callable[[Annotation], bool]
    ) -> list[Annotation]:
        """``stored`` live annotations as the kept changes leave them, in text order."""
        if not self._states:
            return stored
        kept = [a for a in self._merged(stored) if a.deleted is None and belongs(a)]
        return sorted(kept, key=_text_order)

    def trashed(self, stored: list[Annotation]) -> list[Annotation]:
        """``stored`` trash as the kept changes leave it, most recently deleted first."""
        if not self._states:
            return stored
        kept = [a for a in self._merged(stored) if a.deleted is not None]
        kept.sort(key=lambda a: a.id)
        return sorted(kept, key=lambda a: a.deleted or "", reverse=True)

    def tag_counts(
        self, stored: dict[str, int], read: Callable[[Iterable[str]], dict[str, Annotation]]
    ) -> dict[str, int]:
        """``stored`` counts of live annotations per tag, as the kept changes leave them."""
        if not self._states:
            return stored
        counts = dict(stored)
        for was in read(self._states).values():
            _count(counts, was, -1)
        for state in self._states.values():
            _count(counts, state, 1)
        return dict(sorted(counts.items(), key=lambda item: item[0].casefold()))

    def _merged(self, stored: list[Annotation]) -> list[Annotation]:
        kept = [a for a in stored if a.id not in self._states]
        return kept + [state for state in self._states.values() if state is not None]


@dataclass(frozen=True, slots=True)
class _Kept:
    """A change kept: the state it leaves, the annotation it concerns, the write that makes
    it, and the writer it waits for (None when none was followed)."""

    state: Annotation | None
    concerned: Annotation
    write: Write
    owner: BackgroundWriter | None


@dataclass(slots=True)
class _Written:
    """What a flush did: the errors, the annotations not saved, how many moved by state."""

    errors: list[PizhuError] = field(default_factory=list)
    lost: list[Annotation] = field(default_factory=list)
    moved: Counter[str] = field(default_factory=Counter)

    def failed(self, kept: _Kept, error: PizhuError) -> None:
        """``kept`` could not be written, for ``error``."""
        self.errors.append(error)
        self.lost.append(kept.state or kept.concerned)


def _text_order(annotation: Annotation) -> tuple:
    """The store's order: speech, range notes before speech notes, start, creation, id."""
    start = annotation.start
    return (annotation.speech_id, start is None, start or 0, annotation.created, annotation.id)


def _moved(kept: Annotation | None, written: Annotation) -> bool:
    """Whether a change was written at another place than it was kept at (re-anchored)."""
    if kept is None:
        return False
    return (kept.start, kept.end, kept.state) != (written.start, written.end, written.state)


def _count(counts: dict[str, int], annotation: Annotation | None, step: int) -> None:
    if annotation is None or annotation.deleted is not None:
        return
    for tag in annotation.tags:
        counts[tag] = max(0, counts.get(tag, 0) + step)
