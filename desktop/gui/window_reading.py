"""The main window's reading side: opening speeches, following the position, going places.

A mixin of ``MainWindow`` kept apart so the window's own file stays about assembling and
wiring. It uses the window's reader, library pane, breadcrumb, status bar and session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot

from desktop import APP_DISPLAY_NAME
from desktop.core.document import node_path
from desktop.core.errors import PizhuError
from desktop.core.records import SpeechContent
from desktop.gui.actions import ActionId
from desktop.gui.breadcrumb import Crumb
from desktop.gui.navigation import (
    Place,
    neighbour,
    next_stop,
    previous_stop,
    section_stops,
)
from desktop.gui.status_bar import MESSAGE_BRIEF_MS
from desktop.models.library_nodes import Role
from desktop.models.speech_labels import SpeechName, distinguished_title, speech_number

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow
    from desktop.gui.read_only_tips import ReadOnlyTips

    _Base = MainWindow
else:
    _Base = object

SPEECH_ACTIONS = (
    ActionId.NEXT_SECTION,
    ActionId.PREVIOUS_SECTION,
    ActionId.NEXT_SPEECH,
    ActionId.PREVIOUS_SPEECH,
    ActionId.FIND,
    ActionId.FIND_NEXT,
    ActionId.FIND_PREVIOUS,
    ActionId.COMPARE_WITH,
)
"""Go's steps from the open speech, Find in it and Compare With: enabled only while one is open
(with none, an empty library, they would do nothing at a click, with no word why)."""

WINDOW_TITLE = APP_DISPLAY_NAME


class ReadingMixin(_Base):
    """Open speeches, keep the position, navigate."""

    _reading_state_refused = False
    """The last write of the reading position or last speech failed (and the user was told)."""

    _reading_state_waits = False
    """Reading state waits for an import to finish (catch_up_reading_state is connected)."""
    _read_only_tips: ReadOnlyTips | None = None  # made for the first read-only library

    # Opening --------------------------------------------------------------------------------

    def current_speech(self) -> SpeechContent | None:
        """The speech shown in the reader."""
        return self._speech

    def current_speech_id(self) -> int | None:
        """The id of the speech shown, if any."""
        return self._speech.record.id if self._speech is not None else None

    def open_speech(
        self, speech_id: int, offset: int | None = None, *, jump: bool = True, passage: bool = False
    ) -> bool:
        """Show a speech at ``offset`` (its saved position when None); False if it is gone.

        ``jump`` remembers where the reader was, for Go ▸ Back, and flashes the target line.
        A ``passage`` (a hit, an annotation) comes a third of the way down, not near the top.
        """
        here = self._place()
        if speech_id == self.current_speech_id():
            if offset is not None:
                self._remember(here, jump)
                self.reader.scroll_to_offset(offset, mark=jump, passage=passage)
                if passage:
                    self.reader.put_caret(offset)
                self._follow_position()
            return True
        try:
            content = self.session.speech_content(speech_id)
            annotations = self.session.annotations(speech_id)
            saved = self.session.reading_position(speech_id)
        except PizhuError as error:
            self.show_error(error)
            return False
        self.save_position()
        self._remember(here, jump)
        self._show(content, annotations, offset if offset is not None else (saved or 0), saved)
        if offset is not None and (jump or passage):
            self.reader.scroll_to_offset(offset, mark=jump, passage=passage)
        if offset is not None and passage:
            self.reader.put_caret(offset)
        return True

    def _show(
        self, content: SpeechContent, annotations: list, offset: int, saved: int | None
    ) -> None:
        self._speech = content
        self._stops = section_stops(content.outline)
        self._saved_offset = saved  # what the library holds, so a move is written
        self.reader.show_speech(content, offset)
        self.reader.set_annotations(annotations)
        self.status.show_speech(content.text)
        self._update_title()
        self.update_speech_actions()
        self.library_pane.reveal_speech(content.record.id)
        self._follow_position()
        self.speech_opened.emit(content.record.id)
        self._save_last_speech()

    def close_speech(self) -> None:
        """Show no speech (the library is empty, or the open one left it)."""
        self.save_position()
        self._speech = None
        self._stops = []
        self.reader.show_speech(None)
        self.status.show_speech(None)
        self.breadcrumb.set_path([])
        self._update_title()
        self.update_speech_actions()
        self.speech_opened.emit(0)

    def update_speech_actions(self) -> None:
        """``SPEECH_ACTIONS`` enabled while a speech is open."""
        for action_id in SPEECH_ACTIONS:
            self.registry.action(action_id).setEnabled(self._speech is not None)

    def open_first_speech(self) -> None:
        """The speech read last, else the library's first; nothing in an empty library."""
        speech_id = self.session.last_speech()
        if speech_id is None:
            order = self.speech_order()
            speech_id = order[0] if order else None
        if speech_id is None or not self.open_speech(speech_id, jump=False):
            self.close_speech()

    def _update_title(self) -> None:
        """ "第5篇 · title — 批注 Pizhu": the speech named as the tree and the lists name it.

        A compilation's speeches often share one title, so the title alone would not say which
        of them is open; a speech alone in its collection is named by its title. The app's name
        comes last: Qt (on X11 and Windows) appends the application's display name to a title
        that does not end with it, which made "批注 Pizhu — title — 批注 Pizhu".
        """
        speech = self._speech
        # A library on a read-only disk opens for reading: said where it stays in sight.
        read_only = self.session.read_only
        marker = self.tr("[Read-Only]") if read_only else ""
        self.status.show_read_only(read_only)  # and what it means, in the status bar
        self._show_read_only_tips()
        if speech is None:
            self.setWindowTitle(f"{marker} — {WINDOW_TITLE}" if marker else WINDOW_TITLE)
            return
        record = speech.record
        try:
            name = SpeechName.of(record, self.session.collection(record.collection_id))
        except PizhuError:
            name = SpeechName(record.title)  # unreadable now: the title, until the next event
        name = name._replace(title=self._shown_label(name.title))  # as the page's first line
        # The marker's place and brackets are the language's: Chinese writes 标题（只读）, solid.
        label = self.tr("%1 [Read-Only]").replace("%1", name.label()) if read_only else name.label()
        self.setWindowTitle(f"{label} — {WINDOW_TITLE}")

    def _show_read_only_tips(self) -> None:
        """The tips of the actions that write say the library is read-only, while it is."""
        read_only = self.session.read_only
        if self._read_only_tips is None:
            if not read_only:
                return  # its module is loaded for a read-only library only
            from desktop.gui.read_only_tips import ReadOnlyTips

            self._read_only_tips = ReadOnlyTips(self.registry)
        self._read_only_tips.show(read_only)
        if self._annotations_dock is not None:  # built later than the window's actions
            self._read_only_tips.follow(self._annotations_dock.row_actions.write_actions())

    # Position ---------------------------------------------------------------------------------

    def reading_offset(self) -> int:
        """Where the reader is in the open speech."""
        return self.reader.reading_offset() if self._speech is not None else 0

    def _place(self) -> Place | None:
        speech_id = self.current_speech_id()
        return Place(speech_id, self.reading_offset()) if speech_id is not None else None

    def _remember(self, place: Place | None, jump: bool) -> None:
        if jump and place is not None:
            self.history.push(place)
        self._update_back_action()

    def _connect_reader(self) -> None:
        reader = self.reader
        reader.highlight_requested.connect(self._on_reader_highlight_requested)
        reader.note_requested.connect(self._on_reader_note_requested)
        reader.note_edit_requested.connect(self.edit_note_of)
        reader.annotation_delete_requested.connect(self._on_reader_delete_requested)
        reader.annotation_color_requested.connect(self._on_reader_annotation_color_requested)
        reader.position_changed.connect(self._on_reader_position_changed)
        reader.font_size_changed.connect(self._on_reader_font_size_changed)
        reader.status_hint_requested.connect(self._on_reader_status_hint_requested)
        self.breadcrumb.crumb_clicked.connect(self.jump_to)

    @Slot(str)
    def _on_reader_status_hint_requested(self, hint: str) -> None:
        self.status.showMessage(hint, MESSAGE_BRIEF_MS)

    @Slot(int)
    def _on_reader_position_changed(self, _offset: int) -> None:
        self._follow_position()
        self._save_timer.start()

    @Slot()
    def _on_library_filter_cleared(self) -> None:
        """The filter folded the tree as it hid rows: show the open speech and its place again."""
        if self._speech is not None:
            self.library_pane.reveal_speech(self._speech.record.id)
            self._follow_position()

    def _follow_position(self) -> None:
        """Breadcrumb, tree and status bar follow the reading position."""
        speech = self._speech
        if speech is None:
            return
        offset = self.reading_offset()
        crumbs = self._speech_crumbs(speech)
        crumbs += [
            Crumb(self._shown_label(node.label), node.start)
            for node in node_path(speech.outline, offset)
        ]
        self.breadcrumb.set_path(crumbs)
        self.library_pane.mark_position(speech.record.id, offset)
        self.status.show_position(offset, at_end=self.reader.shows_end())

    def _shown_label(self, label: str) -> str:
        """A title or a section's label as the page shows it (full-width punctuation when
        chosen); converted when the breadcrumb or the title is set, a few short texts."""
        if not self.reader.fullwidth_punctuation:
            return label
        from desktop.core.punctuation import to_fullwidth

        return to_fullwidth(label)

    def _speech_crumbs(self, speech: SpeechContent) -> list[Crumb]:
        """The collection and the speech: "collection › 第N篇", or the title of a lone speech.

        Speeches of one collection often share their title with it (在全市…工作会上的讲话), so
        the speech is named by its number; the window's title names it in full.
        """
        record = speech.record
        title = self._shown_label(record.title)  # titles as the page shows its text
        index = self.library_pane.model.collection_index(record.collection_id)
        if not index.isValid():
            return [Crumb(title, 0)]
        # A draft and its final version: told apart as the tree tells them (its second line).
        distinction = index.data(Role.DISTINCTION)
        if self.library_pane.model.rowCount(index) <= 1:
            return [Crumb(distinguished_title(title, distinction), 0)]
        shown = self._shown_label(index.data(Qt.ItemDataRole.EditRole))
        collection = distinguished_title(shown, distinction)
        return [Crumb(collection), Crumb(speech_number(record.index), 0)]

    def save_position(self) -> None:
        """Write the reading position of the open speech now, if it moved since last time."""
        self._save_timer.stop()
        speech_id = self.current_speech_id()
        if speech_id is None:
            return
        offset = self.reading_offset()
        if offset != self._saved_offset and not self._waiting_for_import():
            self._saved_offset = offset
            self._save_reading_state(lambda: self.session.set_reading_position(speech_id, offset))

    def _save_last_speech(self) -> None:
        speech_id = self.current_speech_id()
        if speech_id is None or self.session.last_speech() == speech_id:
            return
        if not self._waiting_for_import():
            self._save_reading_state(lambda: self.session.set_last_speech(speech_id))

    def _waiting_for_import(self) -> bool:
        """Whether an import runs: reading state is written when it has finished.

        An import stores each file in one transaction, which holds the library's write lock for
        as long as it stores (seconds for a 30 MB file): a write of the position meanwhile
        blocked the window until it ended (or failed after the busy timeout).
        """
        task = next((task for task in self.workers.active() if task.name == "import"), None)
        if task is None:
            return False
        if not self._reading_state_waits:
            self._reading_state_waits = True
            task.finished.connect(self.catch_up_reading_state)
        return True

    @Slot()
    def catch_up_reading_state(self) -> None:
        """Write the position and last speech that waited for an import (or the closing)."""
        if not self._reading_state_waits:
            return
        self._reading_state_waits = False
        if not self.session.closed:
            self.save_position()
            self._save_last_speech()

    def _save_reading_state(self, save: Callable[[], object]) -> None:
        """Ask for where the user reads to be written (off the GUI thread: the session's
        ``ReadingStateWriter``); a library that refuses is said once, not at every scroll."""
        try:
            save()
        except PizhuError as error:
            self._on_reading_state_refused(error)

    @Slot(object)
    def _on_reading_state_refused(self, error: PizhuError) -> None:
        # (Heard while the window is open: its close cuts it from the session's refusals,
        # which a write asked for before the close may bring after it.)
        if not self._reading_state_refused:
            # The messages load with the first error, not at the first frame (its modules are
            # counted: tests/gui/test_app.py).
            from desktop.gui.messages import reading_state_summary

            self._reading_state_refused = True
            self.show_error(error, reading_state_summary(error))

    @Slot()
    def _on_reading_state_written(self) -> None:
        self._reading_state_refused = False  # working again: a new failure is news

    # Going places -----------------------------------------------------------------------------

    @Slot(int)
    def jump_to(self, offset: int) -> None:
        """Scroll the open speech to ``offset``, remembering where the reader was."""
        speech_id = self.current_speech_id()
        if speech_id is not None:
            self.open_speech(speech_id, offset)

    def next_section(self) -> None:
        """Go to the next heading."""
        target = next_stop(self._stops, self.reading_offset())
        if target is not None:
            self.jump_to(target)

    def previous_section(self) -> None:
        """Go to the start of this section, or of the one before."""
        target = previous_stop(self._stops, self.reading_offset())
        if target is not None:
            self.jump_to(target)

    def speech_order(self) -> list[int]:
        """Every speech of the library in the tree's order."""
        return self.session.speech_order()

    def next_speech(self) -> None:
        """Open the next speech of the library."""
        self._open_neighbour(1)

    def previous_speech(self) -> None:
        """Open the previous speech of the library."""
        self._open_neighbour(-1)

    def _open_neighbour(self, step: int) -> None:
        target = neighbour(self.speech_order(), self.current_speech_id(), step)
        if target is not None:
            self.open_speech(target, None)

    def go_back(self) -> None:
        """Return to where the reader was before the last jump."""
        place = self.history.pop()
        if place is not None:
            self.open_speech(place.speech_id, place.offset, jump=False)
            self.reader.scroll_to_offset(place.offset, mark=True)
            self._follow_position()
        self._update_back_action()

    def _update_back_action(self) -> None:
        self.registry.action(ActionId.GO_BACK).setEnabled(len(self.history) > 0)
