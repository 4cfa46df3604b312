"""The library session's annotations: what the views read, and each undoable change of one.

A mixin of ``LibrarySession``. Every change of one annotation goes through ``_save``: written
at once in its own transaction (the followed background writers held back from the write lock
meanwhile: ``desktop.gui.writer_gates``), or, while one of them holds the library's write lock
(``PendingWrites``, made when the first writer is followed: no start-up work), kept in order
and written when its transaction ends, re-anchored in the text stored then. The
reads here see the kept changes, so the views show them at once. A change the queue does not
keep is made inside ``refusing_while_import_saves``, which refuses it rather than wait.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop.core.annotation import Annotation, AnnotationKind, utc_now
from desktop.core.document import text_hash
from desktop.core.errors import LibraryError, PizhuError
from desktop.core.storage.annotation_values import checked_color, normalise_tags
from desktop.gui import undo
from desktop.gui.library_session_batch import LibraryChange

if TYPE_CHECKING:
    from desktop.core.storage.annotation_store import AnnotationStore
    from desktop.gui.background_writer import BackgroundWriter
    from desktop.gui.library_session import LibrarySession
    from desktop.gui.pending_writes import KeptChangesFailed, PendingWrites, Write

    _Base = LibrarySession
else:
    _Base = object


class SessionAnnotationsMixin(_Base):
    """Reads of annotations and undoable changes of one, through the pending-write queue."""

    _pending: PendingWrites | None = None

    # The pending-write queue -------------------------------------------------------------------

    def follow_writer(self, writer: BackgroundWriter) -> None:
        """Keep changes while ``writer`` holds the write lock; write them when it lets go; until
        it ``stopped`` (an import, an annotation import: followed before it starts)."""
        # Where the user reads is written first: a re-import moves it, and a position of the
        # old text written under the import would point elsewhere in the new one.
        self.flush_reading_state()
        if self._pending is None:
            from desktop.gui.pending_writes import PendingWrites

            pending = PendingWrites(self)
            pending.failed.connect(self._on_pending_failed)
            pending.reanchored.connect(self._on_pending_reanchored)
            pending.count_changed.connect(self.pending_count_changed)
            self._pending = pending
        self._pending.follow(writer)
        self.writer_followed.emit(writer)

    def follow_writer_runs(self, writer: BackgroundWriter) -> None:
        """``follow_writer`` each run of ``writer`` from its ``began`` (a worker that writes now
        and then, as the word counts do)."""
        writer.began.connect(lambda: self.follow_writer(writer))

    def followed_writers(self) -> list[BackgroundWriter]:
        """The background writers followed now (``follow_writer``, and the reading state's)."""
        followed = [] if self._pending is None else self._pending.followed()
        return followed if self._reading_writer is None else [*followed, self._reading_writer]

    def pending_count(self) -> int:
        """How many changes wait for a background writer's transaction to end."""
        return 0 if self._pending is None else self._pending.count()

    def pending_states(self) -> dict[str, Annotation | None]:
        """The annotations kept changes concern, as they leave them (None: gone)."""
        return {} if self._pending is None else self._pending.states()

    def kept_changes_landed(self, job: BackgroundWriter) -> dict[int, dict[str, int]]:
        """How ``job`` moved the changes kept while it held the lock: by collection, the count
        of each ``AnchorState`` they were written with (asked for once, when it ends)."""
        if self._pending is None:
            return {}
        landed: dict[int, dict[str, int]] = {}
        for (speech_id, state), count in self._pending.landed(job).items():
            try:
                collection_id = self.speech(speech_id).collection_id
            except PizhuError:
                continue  # its speech went since: no file's report to count it in
            states = landed.setdefault(collection_id, {})
            states[state] = states.get(state, 0) + count
        return landed

    def _on_pending_failed(self, failure: KeptChangesFailed) -> None:
        """Changes kept during an import could not be written: say so once, and show the
        library as it is."""
        # Its steps describe states the library does not hold: undoing them would act on
        # annotations that are not there. The message says the history went.
        self.undo_stack.clear()
        self.kept_changes_failed.emit(failure)
        self._announce_library(LibraryChange.ANNOTATIONS)

    def _on_pending_reanchored(self, states: dict[str, int]) -> None:
        """Kept changes were written where the import's new text has their words (or kept as
        not found): say how they landed, and show them there."""
        self.kept_changes_reanchored.emit(states)
        self._announce_library(LibraryChange.ANNOTATIONS)

    @contextmanager
    def refusing_while_import_saves(self) -> Iterator[None]:
        """Hold every followed background writer back from the write lock while the block
        writes; refuse at once (LibraryError ``import-saving``) while one holds it or kept
        changes wait.

        For the changes the pending queue does not keep (several annotations, tags across the
        library, collections): waiting would freeze the window up to the busy timeout. Holding
        the writers for the write, not checking before it, leaves a worker no moment to take
        the lock in between.
        """
        with self._writing_now() as now:
            if not now:
                busy = "the library is being written in the background"
                raise LibraryError(busy, code="import-saving")
            yield

    def refusing_step_while_import_saves(
        self, command: QUndoCommand | None
    ) -> AbstractContextManager[None]:
        """``refusing_while_import_saves`` for an undo or redo the queue does not keep (one it
        keeps needs nothing): entered before the stack moves, so a refused step stays for later.
        """
        if command is not None and not isinstance(command, undo.AnnotationCommand):
            return self.refusing_while_import_saves()
        return nullcontext()

    @contextmanager
    def _writing_now(self) -> Iterator[bool]:
        """True when a change may be written now, the followed writers held back until the
        block ends; False when it must be kept (``PendingWrites.open_now``). Never waits for
        a writer of ours; for another program's lock only a moment (``waiting_briefly``)."""
        # Every change the window makes comes here, on the GUI thread: SQLite's busy timeout
        # (5 s) froze the window for another program's lock, then failed all the same.
        with self.waiting_briefly():
            if self._pending is None:
                yield True  # no writer was ever followed
                return
            with self._pending.open_now() as now:
                yield now

    # Reading -------------------------------------------------------------------------------------

    def annotations(self, speech_id: int | None = None) -> list[Annotation]:
        """The live annotations of a speech, or of every speech."""
        stored = self._library.annotations.annotations(speech_id)
        pending = self._kept()
        if pending is None:
            return stored
        return pending.live(stored, lambda a: speech_id in (None, a.speech_id))

    def collection_annotations(self, collection_id: int) -> list[Annotation]:
        """The live annotations of a collection's speeches, in the trash or not (one query)."""
        stored = self._library.annotations.collection_annotations(collection_id)
        pending = self._kept()
        if pending is None:
            return stored
        speeches = {speech.id for speech in self.speeches(collection_id)}
        return pending.live(stored, lambda a: a.speech_id in speeches)

    def write_lock_free(self) -> bool:
        """Whether the library would take a write now: no other program holds its write lock
        (asked at once: a note refused as ``busy`` waits for this before it is sent again)."""
        return not self.closed and self._library.db.serial.write_lock_free()

    def annotation(self, annotation_id: str) -> Annotation:
        """One annotation (in the trash or not)."""
        pending = self._kept()
        if pending is None:
            return self._library.annotations.get(annotation_id)
        return pending.annotation(annotation_id, self._library.annotations.get)

    def trash(self) -> list[Annotation]:
        """The annotations in the trash."""
        stored = self._library.annotations.trash()
        pending = self._kept()
        return stored if pending is None else pending.trashed(stored)

    def tag_counts(self) -> dict[str, int]:
        """Every tag with how many live annotations carry it."""
        store = self._library.annotations
        pending = self._kept()
        if pending is None:
            return store.tag_counts()
        return pending.tag_counts(store.tag_counts(), store.find_many)

    def _kept(self) -> PendingWrites | None:
        """The queue when it keeps changes the library does not hold yet (reads merge them)."""
        pending = self._pending
        return pending if pending is not None and pending.count() else None

    # Annotation changes (undoable) ---------------------------------------------------------

    def add_highlight(self, speech_id: int, start: int, end: int, color: str) -> Annotation:
        """Highlight ``text[start:end]`` of a speech in ``color``."""
        store = self._library.annotations
        made = store.draft(speech_id, AnnotationKind.HIGHLIGHT, start, end, color=color)
        return self._push_added(self._save_following(made, lambda old: _add(store, made, old)))

    def add_note(self, speech_id: int, start: int, end: int, note: str = "") -> Annotation:
        """Put a note (empty until the user writes it) on ``text[start:end]`` of a speech."""
        store = self._library.annotations
        made = store.draft(speech_id, AnnotationKind.NOTE, start, end, note=note)
        return self._push_added(self._save_following(made, lambda old: _add(store, made, old)))

    def delete_annotation(self, annotation_id: str) -> Annotation:
        """Send an annotation to the trash."""
        before = self.annotation(annotation_id)
        trashed = replace(before, deleted=before.deleted or utc_now())
        after = self._save(trashed, lambda: self._library.annotations.delete(annotation_id))
        return self._push(undo.DeleteAnnotation(self, before, after))

    def restore_annotation(self, annotation_id: str) -> Annotation:
        """Take an annotation back out of the trash."""
        before = self.annotation(annotation_id)
        restored = replace(before, deleted=None)
        after = self._save(restored, lambda: self._library.annotations.restore(annotation_id))
        return self._push(undo.RestoreAnnotation(self, before, after))

    def edit_note(self, annotation_id: str, note: str) -> Annotation:
        """Replace an annotation's note (as the user types: consecutive edits merge)."""
        before = self.annotation(annotation_id)
        if before.note == note:
            return before
        edited = replace(before, note=note, modified=utc_now())
        after = self._save(edited, lambda: self._library.annotations.set_note(annotation_id, note))
        return self._push(undo.EditNote(self, before, after))

    def change_color(self, annotation_id: str, color: str | None) -> Annotation:
        """Give a highlight another colour (its own colour again changes nothing)."""
        before = self.annotation(annotation_id)
        if before.color == color:
            return before
        store = self._library.annotations
        recoloured = replace(before, color=checked_color(color), modified=utc_now())
        after = self._save(recoloured, lambda: store.set_color(annotation_id, color))
        return self._push(undo.ChangeColor(self, before, after))

    def set_tags(self, annotation_id: str, tags: Iterable[str]) -> Annotation:
        """Replace an annotation's tags."""
        before = self.annotation(annotation_id)
        wanted = normalise_tags(tags)
        if wanted == before.tags:
            return before
        retagged = replace(before, tags=wanted, modified=utc_now())
        after = self._save(
            retagged, lambda: self._library.annotations.set_tags(annotation_id, wanted)
        )
        return self._push(undo.SetTags(self, before, after))

    def reattach(self, annotation_id: str, start: int, end: int) -> Annotation:
        """Attach an annotation (an orphan) to ``text[start:end]`` of its speech."""
        with self.refusing_while_import_saves():
            before = self.annotation(annotation_id)
            after = self._library.annotations.reattach(annotation_id, start, end)
        return self._push(undo.Reattach(self, before, after))

    def _save(self, state: Annotation, write: Callable[[], Annotation]) -> Annotation:
        """Write a change now (the stored state), or keep it while an import holds the lock."""
        written = self._write_or_keep(write, lambda: write, state, state)
        return state if written is None else written

    def _save_following(
        self, state: Annotation, write: Callable[[str | None], Annotation]
    ) -> Annotation:
        """``_save`` for a state with offsets, which the import may re-anchor under it.

        Kept, it is written with the text it was taken on at hand (read now: the import has
        not committed), so it follows that text's diff to the new one as the import's own
        annotations do (``write`` gets the text, or None written now).
        """
        written = self._write_or_keep(
            lambda: write(None), lambda: partial(write, self._text_taken_on(state)), state, state
        )
        return state if written is None else written

    def _write_or_keep(
        self,
        write: Callable[[], Annotation],
        kept: Callable[[], Write],
        state: Annotation | None,
        concerned: Annotation,
    ) -> Annotation | None:
        """What ``write`` returns, written now; else None: the write ``kept()`` makes is kept
        (an import holds the lock), to leave ``concerned`` as ``state`` (None: gone)."""
        with self._writing_now() as now:
            if now:
                return write()
        assert self._pending is not None  # only a followed import keeps a change
        self._pending.keep(state, kept(), concerned)
        return None

    def _text_taken_on(self, state: Annotation) -> str | None:
        """The speech's stored text if ``state`` was taken on it (else None: go by quote)."""
        if state.start is None:
            return None
        try:
            text = self._library.store.speech_text(state.speech_id)
        except PizhuError:
            return None  # its speech is gone: the write will say so
        return text if text_hash(text) == state.text_hash else None

    def empty_trash(self) -> int:
        """Delete the trashed annotations and collections for good (not undoable)."""
        with self.refusing_while_import_saves():
            count = self._library.empty_trash()
        if count:
            # A step may refer to what is gone for good now (undoing a deletion would bring
            # it back): the history goes, and the window says so.
            self.clear_undo_history(undo.UndoCleared.TRASH_EMPTIED)
        self._announce_library()
        return count

    def delete_for_good(self, annotation_ids: Iterable[str], collection_ids: Iterable[int]) -> int:
        """Delete these annotations and collections for good (``Library.delete_for_good``: one
        no longer in the trash is left as it is; not undoable). Return how many."""
        with self.refusing_while_import_saves():
            count = self._library.delete_for_good(annotation_ids, collection_ids)
        if count:
            self.clear_undo_history(undo.UndoCleared.TRASH_EMPTIED)  # as emptying it does
        self._announce_library()
        return count

    def _push_added(self, added: Annotation) -> Annotation:
        self._push(undo.AddAnnotation(self, added))
        return added

    def _push(self, command: undo.AnnotationCommand) -> Annotation:
        before, after = command.before, command.after
        assert after is not None
        # The first redo only records the change made above. A note edit may merge into the
        # step below it, and Qt then deletes this command: nothing of it is used after.
        self.undo_stack.push(command)
        self._announce(before, after)
        return after

    def replace_annotation(
        self, current: Annotation | None, target: Annotation | None
    ) -> Annotation | None:
        """Put an annotation in state ``target`` (None: gone); return the state it left.

        Only the undo commands call this: it is how undo and redo reach the store.
        """
        store = self._library.annotations
        if target is None:
            assert current is not None
            purge = partial(store.purge, current.id)
            purged = self._write_or_keep(purge, lambda: purge, None, current)
            left = current if purged is None else purged
        else:
            left = current
            # Kept during an import, the state may be written after its speech's text changed.
            self._save_following(
                target, lambda old: store.put(target, follow_text=True, taken_on=old)
            )
        self._announce(left, target)
        return left

    def _announce(self, before: Annotation | None, after: Annotation | None) -> None:
        live_before = before is not None and before.deleted is None
        live_after = after is not None and after.deleted is None
        changed = after if after is not None else before
        assert changed is not None
        if live_after and not live_before:
            self.annotation_added.emit(changed.speech_id, changed.id)
        elif live_before and not live_after:
            self.annotation_removed.emit(changed.speech_id, changed.id)
        elif live_after:
            self.annotation_changed.emit(changed.speech_id, changed.id)
        self.speech_changed.emit(changed.speech_id)


def _add(store: AnnotationStore, made: Annotation, taken_on: str | None) -> Annotation:
    """Store a new annotation, following the text it was taken on if that changed since."""
    return store.add(made, follow_text=True, taken_on=taken_on)
