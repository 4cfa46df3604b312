"""The main window's annotation side: the annotations dock and what flows between it and the rest.

A mixin of ``MainWindow``. The dock shows what it is given and emits requests; this routes the
requests to the session (each change undoable) and the session's events back to the dock, the
reader and the tree. The dock is not in the first frame: it is built right after the first
paint (or when first asked for), put where the saved layout had it and in the scope last chosen
(``restore_annotations_dock``); View ▸ Annotations is the window's own action, kept in step.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot

from desktop.core.errors import PizhuError
from desktop.gui.actions import ActionId
from desktop.gui.status_bar import MESSAGE_MS, MESSAGE_SHORT_MS
from desktop.gui.window_state import show_fullwidth_punctuation

if TYPE_CHECKING:
    from desktop.core.annotation import Annotation
    from desktop.gui.annotations_dock import AnnotationsDock
    from desktop.gui.library_annotations import LibraryAnnotations, LibraryAnnotationsLoader
    from desktop.gui.main_window import MainWindow
    from desktop.gui.note_saving import NoteSaving

    _Base = MainWindow
else:
    _Base = object


class AnnotationsMixin(_Base):
    """Build the annotations dock and keep it in step with the library and the reader."""

    _annotations_dock: AnnotationsDock | None = None
    _library_annotations: LibraryAnnotationsLoader | None = None
    _note_saving: NoteSaving | None = None

    def _prepare_annotations_dock(self) -> None:
        """View ▸ Annotations, before the dock exists (shown unless the saved layout hid it)."""
        toggle = self.registry.action(ActionId.TOGGLE_ANNOTATIONS)
        toggle.setChecked(True)
        toggle.triggered.connect(self._on_toggle_annotations_triggered)

    @property
    def annotations_dock(self) -> AnnotationsDock:
        """The annotations dock, built on first use (the window builds it after its first paint)."""
        return self.ensure_annotations_dock()

    def ensure_annotations_dock(self) -> AnnotationsDock:
        """Build the annotations dock and fill it, unless it is there already."""
        if self._annotations_dock is None:
            self._annotations_dock = self._build_annotations_dock()
            self.refresh_annotations_dock()
            self._show_read_only_tips()  # its rows' actions that write say so too
            self.take_tab_place(self._annotations_dock)
        return self._annotations_dock

    def save_typed_note(self) -> None:
        """Save a note typed a moment ago now, rather than when its typing pause ends (and
        send again what the library refused)."""
        if self._annotations_dock is not None:
            self._annotations_dock.editor.flush()

    def _build_annotations_dock(self) -> AnnotationsDock:
        from desktop.gui.annotations_dock import AnnotationsDock
        from desktop.gui.empty_notes import EmptyNotes
        from desktop.gui.note_saving import NoteSaving
        from desktop.gui.window_annotation_batch import DockBatchRequests

        dock = AnnotationsDock(self)
        show_fullwidth_punctuation(dock, self.reader.fullwidth_punctuation)  # its quotes
        # Where (and whether) the saved layout had it; a first start puts it on the right.
        if not self.restoreDockWidget(dock):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.resizeDocks([dock], [340], Qt.Orientation.Horizontal)
            dock.show()  # a child made after its window was shown stays hidden unless told
        self.restore_annotations_dock(dock)
        toggle = self.registry.action(ActionId.TOGGLE_ANNOTATIONS)
        toggle.setChecked(not dock.isHidden())
        dock.toggleViewAction().toggled.connect(toggle.setChecked)
        self._note_saving = NoteSaving(self, dock.editor)
        dock.note_edit_requested.connect(self._note_saving.save_note)
        dock.tags_edit_requested.connect(self._note_saving.save_tags)
        self._connect_annotations_dock(dock)
        self._dock_batch = DockBatchRequests(self, dock)
        self._empty_notes = EmptyNotes(
            self.session, self._trash_empty_note, self._refusing_empty_note, dock.editor.has_unsaved
        )
        dock.editor.left.connect(self._empty_notes.left)
        self.escape.watch(dock, dock.editor.note_edit, dock.editor.tags_edit)
        self.escape.watch(dock.filter_bar.search_edit, clear_first=True)
        return dock

    @Slot(bool)
    def _on_toggle_annotations_triggered(self, checked: bool) -> None:
        self.panes.show_or_hide(self.annotations_dock, checked, self.reader)

    def _connect_annotations_dock(self, dock: AnnotationsDock) -> None:
        dock.jump_requested.connect(self._on_dock_jump_requested)
        dock.color_change_requested.connect(self._on_dock_color_change_requested)
        dock.delete_requested.connect(self._on_reader_delete_requested)
        dock.reattach_requested.connect(self._on_dock_reattach_requested)
        dock.open_speech_requested.connect(self.open_speech)
        dock.scope_changed.connect(self._on_dock_scope_changed)
        dock.manage_tags_requested.connect(self.show_tags_dialog)
        self.session.speech_renamed.connect(self._on_session_renamed)
        self.session.collection_renamed.connect(self._on_session_renamed)
        self.reader.annotation_clicked.connect(self._on_reader_annotation_clicked)
        self.reader.selectionChanged.connect(self._on_reader_selection_changed)
        dock.set_reattach_enabled(self.reader.selected_range() is not None)

    # Filling the dock ---------------------------------------------------------------------------

    def refresh_annotations_dock(self) -> None:
        """Show the annotations in the dock's scope: the open speech's, or every speech's.

        Every speech's are read by a worker (0.3 s on a big library); the dock keeps showing
        what it has until they come (``_on_annotations_loader_loaded``).
        """
        dock = self._annotations_dock
        if dock is None:
            return  # filled when it is built
        try:
            if dock.all_speeches:
                self._annotations_loader().load(self.reader.fullwidth_punctuation)
            else:
                if self._library_annotations is not None:
                    self._library_annotations.cancel()
                speech_id = self.current_speech_id()
                annotations = self.session.annotations(speech_id) if speech_id else []
                dock.set_annotations(annotations, speech_id=speech_id)
            dock.set_known_tags(self.session.tag_counts())
        except PizhuError as error:
            self.show_error(error)

    def follow_trashed_collection(self, collection_id: int, trashed: bool) -> None:
        """A collection went to the trash or came back: the dock drops or shows its notes.

        Showing all speeches, only that collection's rows change (one query, a run of groups)
        rather than every annotation read again into a new list (~0.4 s on a big library).
        """
        dock = self._annotations_dock
        if dock is None or not dock.all_speeches:
            self.refresh_annotations_dock()
            return
        self._reload_if_loading()
        try:
            annotations = self.session.collection_annotations(collection_id)
            if trashed:
                dock.remove_annotations(annotation.id for annotation in annotations)
            if self._labels_outdated(dock, annotations, trashed):
                dock.set_speech_titles(self._speech_labels())
            if not trashed:
                dock.add_annotations(annotations)
            dock.set_known_tags(self.session.tag_counts())
        except PizhuError as error:
            self.show_error(error)

    def follow_imported_collections(self, collection_ids: list[int]) -> None:
        """New collections came by import: they hold no annotations, so the dock's list stays.

        Only its labels may change: a speech is named with its collection once there are two.
        """
        dock = self._annotations_dock
        if dock is None or not dock.all_speeches:
            return  # the open speech's list, and the open speech did not change
        self._reload_if_loading()
        try:
            if len(self.session.collections()) - len(collection_ids) == 1:
                dock.set_speech_titles(self._speech_labels())
        except PizhuError as error:
            self.show_error(error)

    def _labels_outdated(
        self, dock: AnnotationsDock, annotations: list[Annotation], trashed: bool
    ) -> bool:
        """Whether the dock's speech labels are wrong once a collection went or came back.

        Reading them all is ~60 ms of a big library: only when a label names its collection
        now and did not before (or the reverse), or a speech coming back has no label (its
        place in library order) because the list was read while it was in the trash.
        """
        live = len(self.session.collections())
        if live == (1 if trashed else 2):  # one collection left, or a second one back
            return True
        known = dock.model.speech_titles
        return not trashed and any(annotation.speech_id not in known for annotation in annotations)

    def _annotations_loader(self) -> LibraryAnnotationsLoader:
        """The worker reading every speech's annotations, started when first needed."""
        if self._library_annotations is None:
            from desktop.gui.library_annotations import LibraryAnnotationsLoader

            loader = LibraryAnnotationsLoader(self.session.library_path, self)
            loader.loaded.connect(self._on_annotations_loader_loaded)
            loader.failed.connect(self.show_error)
            self._library_annotations = loader
        return self._library_annotations

    @Slot(object)
    def _on_annotations_loader_loaded(self, loaded: LibraryAnnotations) -> None:
        dock = self._annotations_dock
        if dock is None or not dock.all_speeches:
            return  # the user went back to one speech meanwhile
        dock.adopt_annotations(
            loaded.grouped,
            speech_id=self.current_speech_id(),
            titles=loaded.titles,
            search_texts=loaded.search_texts,
            rows=loaded.rows,
        )
        # The worker read the library file: changes kept for an import's end are not in it yet.
        kept = self.session.pending_states()
        if kept:
            dock.remove_annotations(kept)
            dock.add_annotations(a for a in kept.values() if a is not None and a.deleted is None)
        # Its ~50,000 rows and annotations stay as long as the list: out of the collector's
        # full passes, which walked them all (100-300 ms) whenever any step made objects.
        # Imported here: this module loads before the first frame and desktop.core.collector
        # does not (the collector's policy starts after it), so a module-level import would add
        # it to the first frame's modules, already at tests/gui/test_app.py's budget.
        from desktop.core.collector import keep_long_lived

        keep_long_lived()

    def _reload_if_loading(self) -> None:
        """A change while the worker reads: it may have read before it, so read again."""
        if self._library_annotations is not None and self._library_annotations.is_loading():
            self._library_annotations.load(self.reader.fullwidth_punctuation)

    def annotation_reads_running(self) -> list[str]:
        """The worker's read of every speech's annotations, while it runs."""
        loader = self._library_annotations
        return loader.running_work() if loader is not None else []

    def shutdown_annotation_reads(self) -> None:
        """The window is closing: stop the worker reading annotations."""
        if self._library_annotations is not None:
            self._library_annotations.shutdown()

    def _speech_labels(self) -> dict[int, str]:
        """Every speech's name in library order: "第5篇 · title", after its collection if several.

        What the groups of "all speeches" call a speech (titles repeat), its titles as the page
        shows them (full-width punctuation when chosen, the label's brackets the language's).
        """
        return self.session.all_speech_labels(self._shown_titles())

    def follow_fullwidth_in_annotations(self) -> None:
        """The option changed: the groups of all speeches name them as the page shows titles."""
        dock = self._annotations_dock
        if dock is not None and dock.all_speeches:
            self._reload_if_loading()
            try:
                dock.set_speech_titles(self._speech_labels())
            except PizhuError as error:
                self.show_error(error)

    @Slot(int)
    def _on_session_renamed(self, _key: int) -> None:
        """A speech or a collection has a new title: the groups of "all speeches" name it now."""
        self._reload_if_loading()
        dock = self._annotations_dock
        if dock is not None and dock.all_speeches:
            try:
                dock.set_speech_titles(self._speech_labels())
            except PizhuError as error:
                self.show_error(error)

    def _in_dock_scope(self, dock: AnnotationsDock, speech_id: int) -> bool:
        return dock.all_speeches or speech_id == self.current_speech_id()

    @Slot(int, str)
    def _on_session_annotation_added(self, speech_id: int, annotation_id: str) -> None:
        self._reload_if_loading()
        dock = self._annotations_dock
        if dock is not None and self._in_dock_scope(dock, speech_id):
            if dock.all_speeches and speech_id not in dock.model.speech_titles:
                dock.set_speech_titles(self._speech_labels())  # imported since they were read
            dock.add_annotation(self.session.annotation(annotation_id))

    @Slot(int, str)
    def _on_session_annotation_changed(self, speech_id: int, annotation_id: str) -> None:
        self._reload_if_loading()
        dock = self._annotations_dock
        if dock is None:
            return
        if self._in_dock_scope(dock, speech_id):
            dock.update_annotation(self.session.annotation(annotation_id))
        dock.set_known_tags(self.session.tag_counts())

    @Slot(int, str)
    def _on_session_annotation_removed(self, _speech_id: int, annotation_id: str) -> None:
        self._reload_if_loading()
        if self._annotations_dock is not None:
            self._annotations_dock.remove_annotation(annotation_id)

    # Reader requests ---------------------------------------------------------------------------

    @Slot(int, int, str)
    def _on_reader_highlight_requested(self, start: int, end: int, color: str) -> None:
        speech_id = self.current_speech_id()
        if speech_id is None:
            return
        add = self.session.add_highlight
        made = self._attempt(lambda: add(speech_id, start, end, color), "highlight")
        if made is False:  # nothing made: her selection back, to press the key again later
            self.reader.select_range(start, end)
        else:  # the keys act on it until the caret moves (1 then N)
            self.reader.target_made(made.id)  # type: ignore[attr-defined]

    @Slot(int, int)
    def _on_reader_note_requested(self, start: int, end: int) -> None:
        speech_id = self.current_speech_id()
        if speech_id is None:
            return
        note = self._attempt(lambda: self.session.add_note(speech_id, start, end), "note")
        if note is False:
            self.reader.select_range(start, end)  # as for a highlight refused
        else:
            self.reader.target_made(note.id)  # type: ignore[attr-defined]
            self.edit_note_of(note.id)  # type: ignore[attr-defined]

    @Slot(str, str)
    def _on_reader_annotation_color_requested(self, annotation_id: str, color: str) -> None:
        self._attempt(lambda: self.session.change_color(annotation_id, color), "color")

    @Slot(str)
    def _on_reader_delete_requested(self, annotation_id: str) -> None:
        self._trash_annotation(annotation_id, "trash")

    def _trash_empty_note(self, annotation_id: str) -> None:
        """A note emptied and left: to the trash, or, refused for a lock, said kept."""
        self._trash_annotation(annotation_id, "empty_note")

    def _trash_annotation(self, annotation_id: str, what: str) -> None:
        trashed = self._attempt(lambda: self.session.delete_annotation(annotation_id), what)
        if trashed is not False:
            self._say_undoable(self.tr("Moved to the trash. Undo with %1."), MESSAGE_SHORT_MS)

    def _refusing_empty_note(self) -> AbstractContextManager[None]:
        from desktop.gui.lock_refusal import refusing  # at the first empty note, not at start

        return refusing(self, "empty_note")

    # Dock requests ------------------------------------------------------------------------------

    @Slot(int, int)
    def _on_dock_jump_requested(self, speech_id: int, start: int) -> None:
        self.open_speech(speech_id, start, passage=True)

    @Slot(str, str)
    def _on_dock_color_change_requested(self, annotation_id: str, color: str) -> None:
        self._attempt(lambda: self.session.change_color(annotation_id, color), "color")

    @Slot(str)
    def _on_dock_reattach_requested(self, annotation_id: str) -> None:
        selected = self.reader.selected_range()
        speech_id = self.current_speech_id()
        if selected is None or speech_id is None:
            return
        if self.session.annotation(annotation_id).speech_id != speech_id:
            self.status.showMessage(
                self.tr("Select the passage in the note's own speech to reattach it."), MESSAGE_MS
            )
            return
        self._attempt(lambda: self.session.reattach(annotation_id, *selected), "change")

    @Slot(bool)
    def _on_dock_scope_changed(self, all_speeches: bool) -> None:
        self.settings.annotations_all_speeches = all_speeches
        self.refresh_annotations_dock()

    # Reader events ------------------------------------------------------------------------------

    @Slot(str)
    def _on_reader_annotation_clicked(self, annotation_id: str) -> None:
        self.annotations_dock.select_annotation(annotation_id)

    @Slot()
    def _on_reader_selection_changed(self) -> None:
        self.annotations_dock.set_reattach_enabled(self.reader.selected_range() is not None)

    @Slot(str)
    def edit_note_of(self, annotation_id: str) -> None:
        """Show the dock with the annotation selected and the keyboard at the end of its note."""
        dock = self.annotations_dock
        dock.show()
        dock.raise_()
        dock.edit_note(annotation_id)
