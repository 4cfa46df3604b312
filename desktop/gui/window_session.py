"""The main window's following of the library session: speeches, collections, the library,
and its undo stack.

A mixin of ``MainWindow`` kept apart so the window's own file stays about assembling and
wiring. When the session says speeches or collections changed, came or went, the tree, the
history, the open speech, the annotations dock and the tools follow; Edit ▸ Undo and Redo
follow its undo stack, naming the step they would undo or redo, and show the passage it concerns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from desktop.core.errors import PizhuError
from desktop.core.storage.library_store import ImportStatus
from desktop.gui.actions import LIST_TITLE, ActionId
from desktop.gui.library_session_batch import LibraryChange
from desktop.gui.status_bar import MESSAGE_MS
from desktop.gui.undo import step_text

if TYPE_CHECKING:
    from desktop.core.storage.import_report import ImportReport
    from desktop.gui.library_watch import LibraryWatch
    from desktop.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class SessionEventsMixin(_Base):
    """React to the session's changes so every pane shows the library as it now is."""

    library_watch: LibraryWatch | None = None
    """Follows another program's changes to the library (made after the first frame)."""

    def watch_library(self) -> LibraryWatch:
        """Follow what another program commits to the library (``LibraryWatch``)."""
        from desktop.gui.library_watch import LibraryWatch

        if self.library_watch is None:
            self.library_watch = LibraryWatch(self.session, self)
            self.library_watch.changed_elsewhere.connect(self._on_library_watch_changed_elsewhere)
        return self.library_watch

    @Slot(bool)
    def _on_library_watch_changed_elsewhere(self, undo_cleared: bool) -> None:
        if not undo_cleared:  # else the undo notice says it
            self.status.showMessage(
                self.tr("The library was changed by another program and has been reloaded."),
                MESSAGE_MS,
            )

    def _connect_session(self) -> None:
        session = self.session
        for signal in (
            session.annotation_added,
            session.annotation_changed,
            session.annotation_removed,
        ):
            signal.connect(self._on_session_annotations_changed)
        session.annotation_added.connect(self._on_session_annotation_added)
        session.annotation_changed.connect(self._on_session_annotation_changed)
        session.annotation_removed.connect(self._on_session_annotation_removed)
        session.speech_changed.connect(self._on_session_speech_changed)
        session.collection_changed.connect(self._on_session_collection_changed)
        session.library_changed_as.connect(self._on_session_library_changed_as)
        session.library_changed.connect(self._on_session_library_changed)
        session.collections_imported.connect(self._on_session_collections_imported)
        session.collections_reimported.connect(self._on_session_collections_reimported)
        session.collection_trashed.connect(self._on_session_collection_trashed)
        session.speech_renamed.connect(self._on_session_speech_renamed)  # before the next
        session.speech_renamed.connect(self._on_session_renamed_for_search)
        session.collection_renamed.connect(self._on_session_renamed_for_search)
        session.tags_changed.connect(self._on_session_notes_changed_for_search)
        self.speech_opened.connect(self._on_window_speech_opened)
        session.error_occurred.connect(self.show_error)
        session.reading_state_failed.connect(self._on_reading_state_refused)
        session.reading_state_written.connect(self._on_reading_state_written)
        session.pending_count_changed.connect(self.status.show_pending)
        session.kept_changes_failed.connect(self.show_kept_changes_failed)
        session.kept_changes_reanchored.connect(self.status.show_kept_changes_reanchored)
        session.undo_cleared.connect(self.status.show_undo_cleared)

    @Slot(int, str)
    def _on_session_annotations_changed(self, speech_id: int, _annotation_id: str) -> None:
        """The open speech's highlights and notes as they now are."""
        if speech_id == self.current_speech_id():
            self.reader.set_annotations(self.session.annotations(speech_id))
        self._on_session_notes_changed_for_search()

    @Slot()
    def _on_session_notes_changed_for_search(self) -> None:
        """Notes and tags are searched in the annotations: a search of them runs again, a text
        search's hits stay as they are (its count in annotations is taken anew)."""
        if self._search_dock is not None:
            self._search_dock.refresh_notes()

    @Slot(int)
    def _on_session_speech_renamed(self, speech_id: int) -> None:
        """The concordance and the counts name the speech they look in (the concordance also
        the reader's) by its new title."""
        for dialog in filter(None, (self._concordance, self._trend)):
            dialog.rename_speech(speech_id, self.session.speech(speech_id).title)

    @Slot(int)
    def _on_session_renamed_for_search(self, _key: int) -> None:
        """A title is searched too, and names the results' rows and the scopes' collections
        (the search panel's, the concordance's and the counts dialog's boxes); the
        concordance's lines, which name their speeches (and collections), are made again."""
        dialogs = [dialog for dialog in (self._concordance, self._trend) if dialog is not None]
        if self._search_dock is None and not dialogs:
            return
        collections = self._collections()
        if self._trend is not None:
            self._trend.set_collections(collections)
        if self._concordance is not None:
            self._concordance.follow_library(collections)
        if self._search_dock is not None:
            self._search_dock.set_collections(collections)
            self._search_dock.refresh()

    @Slot(int)
    def _on_session_speech_changed(self, speech_id: int) -> None:
        self.tree_model.update_speech(speech_id)
        if speech_id == self.current_speech_id() and self._speech is not None:
            record = self.session.speech(speech_id)
            if record.title != self._speech.record.title:
                self._speech.record = record
                self._update_title()
                self._follow_position()

    @Slot(int)
    def _on_session_collection_changed(self, collection_id: int) -> None:
        self.tree_model.update_collection(collection_id)
        self._follow_position()

    @Slot(int)
    def _on_window_speech_opened(self, speech_id: int) -> None:
        dock = self._annotations_dock
        if dock is not None and dock.all_speeches:
            # Opening a speech changes no annotation: reading all 20,000 again was ~0.14 s.
            dock.set_open_speech(speech_id)
        else:
            self.refresh_annotations_dock()

    _annotations_only = False
    """The library change announced next changed annotations only (``library_changed_as``);
    a ``library_changed`` said alone may have changed anything."""

    @Slot(str)
    def _on_session_library_changed_as(self, change: str) -> None:
        self._annotations_only = change == LibraryChange.ANNOTATIONS

    @Slot()
    def _on_session_library_changed(self) -> None:
        annotations_only, self._annotations_only = self._annotations_only, False
        self._follow_library(annotations_only=annotations_only)
        self.refresh_annotations_dock()

    @Slot(object)
    def _on_session_collections_imported(self, collection_ids: list[int]) -> None:
        """New collections only: their rows come; no speech went, the open one is as it was."""
        self.tree_model.reload_collections()
        self.follow_library_contents()
        if self.current_speech_id() is None:
            self.open_first_speech()
        self._tools_library_changed(collection_ids)
        self.follow_imported_collections(collection_ids)

    @Slot(object)
    def _on_session_collections_reimported(self, reports: list[ImportReport]) -> None:
        """New versions of collections (new ones may be among them): speeches changed, came
        or went, so the tree and the open speech follow; the dock swaps those collections'
        rows only."""
        self._follow_library(changed=[report.collection_id for report in reports])
        self._follow_reimported_in_dock(reports)

    def _follow_reimported_in_dock(self, reports: list[ImportReport]) -> None:
        """The dock's rows of each re-imported collection as the library now has them; its
        whole list read again only when one of them is not in it (back from the trash)."""
        from desktop.gui.dock_collections import swap_collection_rows

        dock = self._annotations_dock
        if dock is None or not dock.all_speeches:
            self.refresh_annotations_dock()
            return
        self._reload_if_loading()
        created = [r.collection_id for r in reports if r.status == ImportStatus.CREATED]
        try:
            for report in reports:
                if report.status == ImportStatus.CREATED:
                    continue
                if not swap_collection_rows(
                    dock, self.session, report.collection_id, self._shown_titles()
                ):
                    self.refresh_annotations_dock()
                    return
            dock.set_known_tags(self.session.tag_counts())
        except PizhuError as error:
            self.show_error(error)
            return
        if created:
            self.follow_imported_collections(created)

    _left_reading: dict[int, tuple[int, int | None]] | None = None
    """By trashed collection: the speech read in it when it left, and the one opened instead."""

    @Slot(int, bool)
    def _on_session_collection_trashed(self, collection_id: int, trashed: bool) -> None:
        # One collection went or came back whole: no other's speeches changed, so the open
        # collections' rows are not read again (~12 ms each on a big library, every time).
        speech = self.current_speech()
        self._follow_library(collections_only=True, changed=[collection_id])
        if self._left_reading is None:
            self._left_reading = {}
        if not trashed:
            self._return_to_collection(collection_id)
        elif speech is not None and speech.record.collection_id == collection_id:
            self._left_reading[collection_id] = (speech.record.id, self.current_speech_id())
        else:
            self._left_reading.pop(collection_id, None)
        self.follow_trashed_collection(collection_id, trashed)

    def _return_to_collection(self, collection_id: int) -> None:
        """A collection came back (Undo, the trash): its tree rows as they were, and the
        speech read in it when it left read again, unless the reader has since moved on."""
        self.library_pane.tree.unfold_returned(collection_id)
        left = (self._left_reading or {}).pop(collection_id, None)
        if left is not None and self.current_speech_id() == left[1]:
            self.open_speech(left[0], jump=False)

    def _follow_library(
        self,
        *,
        collections_only: bool = False,
        changed: list[int] | None = None,
        annotations_only: bool = False,
    ) -> None:
        """Speeches came or went: the tree, history, open speech and tools follow.

        ``collections_only``: whole collections came or went, none changed inside;
        ``changed``: only these collections came, went or changed (None: any may have);
        ``annotations_only``: no speech's text or title changed, only annotations did.
        """
        if collections_only:
            self.tree_model.reload_collections()
        else:
            self.tree_model.reload()
        self.follow_library_contents()
        speech_id = self.current_speech_id()
        # Only the speeches asked about: the whole library's order was ~14 ms of 10,000.
        asked = self.history.speech_ids() | ({speech_id} if speech_id is not None else set())
        present = self.session.speeches_present(asked)
        self.history.keep_only(present)
        if speech_id is not None and speech_id not in present:
            self._speech = None
            self.open_first_speech()
        elif speech_id is not None:
            self._reload_current()
        else:
            self.open_first_speech()
        if annotations_only:  # the texts, titles and collections the tools read are as they were
            self._on_session_notes_changed_for_search()
        else:
            self._tools_library_changed(changed)
        self._update_back_action()

    def _reload_current(self) -> None:
        """The open speech may have been re-imported: show its new text at the same words."""
        speech = self._speech
        if speech is None:
            return
        speech_id = speech.record.id
        record = self.session.speech(speech_id)
        if record.text_hash != speech.record.text_hash:
            offset = self.session.reading_position(speech_id) or 0
            content = self.session.speech_content(speech_id)
            self._show(content, self.session.annotations(speech_id), offset, offset)
        else:
            self.reader.set_annotations(self.session.annotations(speech_id))
            self._on_session_speech_changed(speech_id)

    # Undo and redo (their steps are in ``undo_steps``, loaded at the first) -------------------

    def _bind_undo_actions(self) -> None:
        registry, stack = self.registry, self.session.undo_stack
        registry.bind(ActionId.UNDO, self.undo_step)
        registry.bind(ActionId.REDO, self.redo_step)
        registry.keep_text(ActionId.UNDO)
        registry.keep_text(ActionId.REDO)
        for signal in (stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self._update_undo_actions)
        stack.indexChanged.connect(self._update_undo_actions)
        stack.cleanChanged.connect(self._update_undo_actions)
        self._update_undo_actions()

    @Slot()
    def _update_undo_actions(self) -> None:
        """Undo and Redo name what they would undo or redo ("Undo Add Highlight")."""
        stack = self.session.undo_stack
        index = stack.index()
        for action_id, command, able, plain in (
            (ActionId.UNDO, stack.command(index - 1), stack.canUndo(), self.tr("&Undo")),
            (ActionId.REDO, stack.command(index), stack.canRedo(), self.tr("&Redo")),
        ):
            text = step_text(command) if able else ""
            action = self.registry.action(action_id)
            named = (
                self.tr("&Undo %1") if action_id == ActionId.UNDO else self.tr("&Redo %1")
            ).replace("%1", text)
            action.setText(named if text else plain)
            action.setProperty(LIST_TITLE, plain)  # the shortcuts list names the action itself
            action.setEnabled(able)

    def undo_step(self) -> None:
        """Undo the last change, showing the passage it concerns."""
        from desktop.gui.lock_refusal import Refused
        from desktop.gui.undo_steps import step_showing

        stack = self.session.undo_stack
        step_showing(self, stack.index() - 1, stack.undo, Refused.UNDO)

    def redo_step(self) -> None:
        """Redo the change undone last, showing the passage it concerns."""
        from desktop.gui.lock_refusal import Refused
        from desktop.gui.undo_steps import step_showing

        stack = self.session.undo_stack
        step_showing(self, stack.index(), stack.redo, Refused.REDO)

    def _say_undoable(self, message: str, timeout: int) -> None:
        """Show ``message`` in the status bar, its ``%1`` the Undo keys as this platform
        writes them (Ctrl+Z, ⌘Z)."""
        keys = self.registry.shortcut_text(ActionId.UNDO)
        self.status.showMessage(message.replace("%1", keys), timeout)
