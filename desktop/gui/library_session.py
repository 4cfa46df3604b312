"""``LibrarySession``: the one object through which the window's views reach the library.

It owns the open ``Library`` (its connection belongs to the GUI thread) and the undo stack.
Views ask it for records and ask it for changes; every change of the user's data is made in one
transaction and pushed as an undo command (``desktop.gui.undo``), and every change, done, undone
or redone, is announced by a signal so that each view updates itself. Views never see storage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import PizhuError
from desktop.core.records import (
    CollectionRecord,
    OutlineNodeRecord,
    SpeechContent,
    SpeechLabelParts,
    SpeechRecord,
)
from desktop.core.storage.library import Library
from desktop.core.storage.library_store import ImportStatus
from desktop.gui import undo
from desktop.gui.library_session_annotations import SessionAnnotationsMixin
from desktop.gui.library_session_batch import SessionBatchMixin
from desktop.gui.library_session_reading import SessionReadingMixin
from desktop.gui.undo_stack import UndoStack
from desktop.models.speech_labels import library_distinctions, speech_labels

# The batch of an import and its undo load with the first import of annotations: no start-up work
# (tests/gui/test_app.py counts what the first paint loads).
if TYPE_CHECKING:
    from desktop.core.imported import Removal
    from desktop.core.storage.commit_serial import CommitState, OwnCommits
    from desktop.core.storage.import_report import ImportReport
    from desktop.core.storage.speech_filter import FilterChoices
    from desktop.core.storage.title_matches import TitleMatches


TYPED_BUSY_TIMEOUT = 0.25
"""Seconds a change the window makes (a highlight, a deletion, an undo, a note or tags typed)
waits for another program's write lock before being refused as ``busy``: SQLite's busy
timeout, 5 s, froze the window that long, then failed all the same. Typed words are sent again
once the lock goes (``LockWait``); other changes are said refused (``lock_refusal``). Long
enough for this process's own commits (the reading position's, 40-120 ms on a busy disk),
which would pass for another program's."""


class LibrarySession(SessionAnnotationsMixin, SessionBatchMixin, SessionReadingMixin, QObject):
    """Reads, undoable changes and change events of one open library."""

    annotation_added = Signal(int, str)
    annotation_changed = Signal(int, str)
    annotation_removed = Signal(int, str)
    collection_changed = Signal(int)
    speech_changed = Signal(int)
    collection_renamed = Signal(int)
    """A collection's title changed (also announced by ``collection_changed``)."""
    speech_renamed = Signal(int)
    """A speech's title changed (also announced by ``speech_changed``)."""
    library_changed = Signal()
    """Speeches came, went or changed in bulk (an import): views read the library again."""
    library_changed_as = Signal(str)
    """Just before each ``library_changed``: what changed, a ``LibraryChange`` (speeches, or
    annotations only: an import of annotations, its undo or redo, kept changes written)."""
    collections_imported = Signal(object)
    """New collections (a list of ids) came by import and nothing else changed: views add them."""
    collections_reimported = Signal(object)
    """Files were imported into existing collections (a list of ``ImportReport``, new
    collections' among them): views swap those collections' rows, not the whole library's."""
    collection_trashed = Signal(int, bool)
    """A collection went to the trash (True) or came back out of it (False), its notes along."""
    tags_changed = Signal()
    """A tag was renamed or deleted across the library: views read annotations and tags again."""
    tag_renamed = Signal(str, str)
    """Tag (old name) became tag (new name): a rename or merge, or its undo or redo; just
    before ``tags_changed``."""
    error_occurred = Signal(object)
    pending_count_changed = Signal(int)
    """How many changes wait for a background writer to let go (``follow_writer``)."""
    kept_changes_failed = Signal(object)
    """Changes kept during an import could not be written (a ``KeptChangesFailed``); the undo
    history was cleared and the views read the library again."""
    kept_changes_reanchored = Signal(object)
    """Changes kept during an import were written where the re-imported text has their words:
    how many by the state written (a dict of ``AnchorState`` values to counts)."""
    undo_cleared = Signal(str)
    """The undo history was cleared, for an ``undo.UndoCleared`` reason the user should be told."""
    writer_followed = Signal(object)
    """A ``BackgroundWriter`` of the window's is followed from now on (``follow_writer``, and
    the reading state's writer when made)."""
    reading_state_failed = Signal(object)
    """Where the user reads could not be written (a ``PizhuError``, from the writer)."""
    reading_state_written = Signal()
    """Where the user reads was written (after a refusal: the library takes it again)."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.closed = False
        self._generation = 0
        self.undo_stack = UndoStack(self)
        self.undo_stack.setObjectName("undo_stack")

    @property
    def library_path(self) -> Path:
        """The library file (workers open their own connection on it)."""
        return self._library.path

    @property
    def read_only(self) -> bool:
        """The library was opened for reading only (a read-only file, disk or share)."""
        return self._library.db.read_only

    def close(self, *, keep_undo: bool = False) -> None:
        """Close the library; the session is unusable afterwards (until ``reopen``).

        ``keep_undo`` keeps the undo history for a ``reopen`` of the same file unchanged.
        """
        if not keep_undo:
            self.undo_stack.clear()
        self._close_reading_state()  # the position at close is on disk before the file closes
        self._library.close()
        self.closed = True

    def reopen(self, library: Library, *, replaced: bool = True) -> None:
        """Use ``library`` from now on (the closed file, restored): views read it all again.

        If the file was ``replaced``, the undo history is cleared: its steps belong to the
        file that was there (the restore's message says so). A file left as it was keeps it.
        """
        self._library = library
        self.closed = False
        self._generation += 1
        self._kept_positions, self._kept_last_speech = {}, None  # another file's, if any
        if replaced:
            self.undo_stack.clear()
        self._announce_library()

    def clear_undo_history(self, reason: str) -> None:
        """Clear the undo history, which a change made it unable to follow; if it held any
        step, announce it (``undo_cleared``) so the Edit menu does not lose it silently."""
        had_steps = self.undo_stack.count() > 0
        self.undo_stack.clear()
        if had_steps:
            self.undo_cleared.emit(reason)

    def library_version(self) -> tuple[int, CommitState] | None:
        """Which connection, and its ``data_version`` and commit serial (``LibraryWatch``): the
        version changes when another connection commits. None, at once, while the library is
        closed or a lock held elsewhere keeps readers out."""
        if self.closed:
            return None
        state = self._library.db.serial.look()
        return None if state is None else (self._generation, state)

    def own_commits(self) -> OwnCommits | None:
        """The serials this process commits to the library from now on (``LibraryWatch``);
        None if the library keeps none (or is closed)."""
        return None if self.closed else self._library.db.serial.watch()

    def changed_elsewhere(self) -> bool:
        """Another program changed the library: its steps may act on states no longer there,
        so the undo history goes (said: True if it held any); views read everything again.

        A library left unreadable (damaged under the window) raises its PizhuError first,
        nothing changed: the views keep what they show (the slots reading it would raise)."""
        self.collections()
        had_steps = self.undo_stack.count() > 0
        self.clear_undo_history(undo.UndoCleared.CHANGED_ELSEWHERE)
        self._announce_library()
        self.tags_changed.emit()
        return had_steps

    def waiting_briefly(self, seconds: float = TYPED_BUSY_TIMEOUT) -> AbstractContextManager[None]:
        """The block's writes wait at most ``seconds`` (0: not at all) for another program's
        write lock (every change of the session's is made so: ``_writing_now``, ``LockLook``)."""
        if self.closed:
            return nullcontext()  # the write itself says the library is closed
        return self._library.db.waiting_at_most(seconds)

    def report_error(self, error: PizhuError) -> None:
        """Tell the window a change failed (it shows the message)."""
        self.error_occurred.emit(error)

    # Reading ------------------------------------------------------------------------------

    def collections(self) -> list[CollectionRecord]:
        """The collections not in the trash."""
        return self._library.store.collections()

    def first_dates(self) -> dict[int, str]:
        """Each collection's earliest date (for View ▸ Sort Library ▸ By Date)."""
        return self._library.store.first_dates()

    def collection(self, collection_id: int) -> CollectionRecord:
        """One collection."""
        return self._library.store.collection(collection_id)

    def trashed_collections(self) -> list[CollectionRecord]:
        """The collections in the trash."""
        return self._library.store.trashed_collections()

    def filter_choices(self) -> FilterChoices:
        """The speakers and the span of years a search filter can name."""
        from desktop.core.storage.speech_filter import filter_choices  # with the search only

        with self._library.db.read() as conn:
            return filter_choices(conn)

    def speeches(self, collection_id: int) -> list[SpeechRecord]:
        """A collection's speeches in order."""
        return self._library.store.speeches(collection_id)

    def speech_titles_in(self, collection_id: int) -> list[tuple[int, str]]:
        """A collection's speeches' ids and titles, in order."""
        return self._library.store.speech_titles_in(collection_id)

    def speeches_among(self, speech_ids: Sequence[int]) -> list[SpeechRecord]:
        """The speeches of ``speech_ids``, in that order."""
        return self._library.store.speeches_among(speech_ids)

    def speech_order(self) -> list[int]:
        """Every speech's id in the tree's order (collections, then their speeches)."""
        return self._library.store.speech_order()

    def speeches_present(self, speech_ids: Iterable[int]) -> set[int]:
        """Which of ``speech_ids`` are in the library, not in the trash (a query of those only)."""
        return self._library.store.speeches_present(speech_ids)

    def speech_label_parts(self) -> list[SpeechLabelParts]:
        """What names every speech in the tree's order (one query, for lists of speeches)."""
        return self._library.store.speech_label_parts()

    def some_speech_labels(
        self, speech_ids: Iterable[int], shown: Callable[[str], str] | None = None
    ) -> dict[int, str]:
        """The labels of ``speech_ids`` as ``speech_labels`` of the whole library names them
        (their titles as ``shown`` gives them)."""
        found = self._library.store.some_speech_label_parts(speech_ids)
        return speech_labels(found.parts, found.mixed, self.collection_distinctions(), shown)

    def all_speech_labels(self, shown: Callable[[str], str] | None = None) -> dict[int, str]:
        """Every speech's label (``speech_labels``), in the tree's order."""
        distinctions = self.collection_distinctions()
        return speech_labels(self.speech_label_parts(), None, distinctions, shown)

    def collection_distinctions(self) -> dict[int, str]:
        """What tells each collection from another of its title (``collection_labels``)."""
        return library_distinctions(self._library.store.collections())

    def speech(self, speech_id: int) -> SpeechRecord:
        """One speech's metadata."""
        return self._library.store.speech(speech_id)

    def speech_content(self, speech_id: int) -> SpeechContent:
        """A speech as the reader shows it."""
        return self._library.store.speech_content(speech_id)

    def outline_children(
        self, speech_id: int, parent_id: int | None = None
    ) -> list[OutlineNodeRecord]:
        """The outline nodes under ``parent_id`` (the top level when None)."""
        return self._library.store.outline_children(speech_id, parent_id)

    def outline_records(self, speech_id: int) -> list[OutlineNodeRecord]:
        """Every outline node of a speech (one query, for a tree that unfolds it at once)."""
        return self._library.store.outline_records(speech_id)

    def title_matches(self, text: str) -> TitleMatches:
        """Which collections, speeches and sections hold ``text`` (for the tree's filter)."""
        return self._library.store.title_matches(text)

    def removals(self, collection_id: int) -> list[Removal]:
        """The noise the importer removed from a collection's file."""
        return self._library.store.removals(collection_id)

    def last_import_report(self, collection_id: int) -> ImportReport | None:
        """What the collection's last import changed."""
        return self._library.store.last_import_report(collection_id)

    # Collections and speeches (undoable) -----------------------------------------------------

    def rename_collection(self, collection_id: int, title: str) -> None:
        """Give a collection the user's title (empty: the imported one again)."""
        with self.refusing_while_import_saves():
            old = self.collection(collection_id).title
            self.store_collection_title(collection_id, title)
        self.undo_stack.push(undo.RenameCollection(self, collection_id, old, title))

    def rename_speech(self, speech_id: int, title: str) -> None:
        """Give a speech the user's title (empty: the imported one again)."""
        with self.refusing_while_import_saves():
            old = self.speech(speech_id).title
            self.store_speech_title(speech_id, title)
        self.undo_stack.push(undo.RenameSpeech(self, speech_id, old, title))

    def trash_collection(self, collection_id: int) -> None:
        """Move a collection, with its speeches and annotations, to the trash."""
        self.store_collection_trashed(collection_id, True)
        self.undo_stack.push(undo.TrashCollection(self, collection_id))

    def restore_collection(self, collection_id: int) -> None:
        """Take a collection back out of the trash."""
        self.store_collection_trashed(collection_id, False)
        self.undo_stack.push(undo.TrashCollection(self, collection_id, restore=True))

    def store_collection_title(self, collection_id: int, title: str) -> None:
        """Store a collection's title and announce it (the commands' way in)."""
        with self.refusing_while_import_saves():
            self._library.store.rename_collection(collection_id, title)
        self.collection_changed.emit(collection_id)
        self.collection_renamed.emit(collection_id)

    def store_speech_title(self, speech_id: int, title: str) -> None:
        """Store a speech's title and announce it (the commands' way in)."""
        with self.refusing_while_import_saves():
            self._library.store.rename_speech(speech_id, title)
        self.speech_changed.emit(speech_id)
        self.speech_renamed.emit(speech_id)

    def store_collection_trashed(self, collection_id: int, trashed: bool) -> None:
        """Move a collection in or out of the trash and announce it (the commands' way in)."""
        with self.refusing_while_import_saves():
            if trashed:
                self._library.store.trash_collection(collection_id)
            else:
                self._library.store.restore_collection(collection_id)
        self.collection_trashed.emit(collection_id, trashed)

    # Imports (done by a worker on its own connection) --------------------------------------

    def imported(self, reports: Iterable[ImportReport]) -> None:
        """A worker imported files into this library: views reload what changed."""
        reports = list(reports)
        if any(report.moved_rows for report in reports):
            self.clear_undo_history(undo.UndoCleared.REIMPORTED)
        if reports and all(report.status == ImportStatus.CREATED for report in reports):
            # Only new rows, holding no annotations: re-reading what is there was ~30 ms.
            self.collections_imported.emit([report.collection_id for report in reports])
        elif reports:
            # Even an unchanged file may have brought its collection back from the trash.
            self.collections_reimported.emit(reports)
