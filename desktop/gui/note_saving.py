"""Saving what the annotation editor sends, and what the window does when the library refuses it.

A note is saved as it is typed, so a library that refuses it (a full disk, a read-only file)
refuses it again at every pause. The refusal is said in a message once, for each annotation's
note or tags and each cause; after that the status bar says it, and the editor shows the edit
as not saved (``AnnotationEditor.note_not_saved``) until a save of it succeeds, which clears
that state and says so. The refused edits stay in the editor and are sent again at the next
chance: the next pause in typing, the next change the library takes (the undo stack moves), and
quitting. Refused because another program held the library's write lock, they are sent again as
soon as it lets go (``LockWait``), the status bar saying they wait, with no message box.
Quitting with edits still refused asks first: Try Again, Quit Without Saving (the words are
under Show Details, to copy), or Cancel. From the first refusal until all is saved, the refused
edits are in a file too (``RefusedNotesFile``): a kill or a power cut loses none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from desktop.core.errors import PizhuError
from desktop.gui.messages import error_summary
from desktop.gui.notes_records import record_for_next_start
from desktop.gui.status_bar import MESSAGE_MS, MESSAGE_SHORT_MS
from desktop.gui.unsaved_notes_file import RefusedNotesFile, write_unsaved_notes

# QMessageBox loads when a question is first asked: the dock, built with this, is not.
if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QUndoCommand
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.annotation_editor import AnnotationEditor
    from desktop.gui.lock_wait import LockWait
    from desktop.gui.main_window import MainWindow
    from desktop.gui.unsaved_edits import Unsaved

NOTE, TAGS = "note", "tags"


class NoteSaving(QObject):
    """Saves the editor's notes and tags through the session; a refusal is said once."""

    def __init__(self, window: MainWindow, editor: AnnotationEditor) -> None:
        super().__init__(window)
        self.setObjectName("note_saving")
        self._window = window
        self._editor = editor
        self._told: dict[tuple[str, str], str] = {}
        """The code of the refusal said in a message, by (annotation id, NOTE or TAGS)."""
        self._quotes: dict[str, str] = {}
        """The passage's words of each annotation with edits refused."""
        self._last_error: PizhuError | None = None
        self._question: QMessageBox | None = None
        self._quit_anyway = False
        self._unattended = False
        self._lock_wait: LockWait | None = None  # made at the first refusal for a lock
        self.written_to: Path | None = None
        """The file the refused edits were written to at an unattended close (None: none)."""
        # Sent again once the change that made room is done (not inside its undo push).
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(0)
        self._retry.timeout.connect(editor.send_unsaved)
        self._refused_file: RefusedNotesFile | None = None  # made at the first refusal
        editor.unsaved_changed.connect(self._on_editor_unsaved_changed)
        window.session.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        window.session.undo_stack.stepped.connect(self._on_undo_stack_stepped)

    @property
    def question(self) -> QMessageBox | None:
        """The question asked on quitting with edits refused, while it is open."""
        return self._question

    @Slot(str, str)
    def save_note(self, annotation_id: str, note: str) -> None:
        """Save a note the editor sent (its whole text)."""
        if self._lock_still_held():
            self._editor.note_not_saved(annotation_id, note)
            return
        try:
            self._window.session.edit_note(annotation_id, note)  # waits a moment at most
        except PizhuError as error:
            self._editor.note_not_saved(annotation_id, note)
            self._refused((annotation_id, NOTE), error)
            return
        self._editor.note_saved(annotation_id)
        self._saved((annotation_id, NOTE))

    @Slot(str, list)
    def save_tags(self, annotation_id: str, tags: list) -> None:
        """Save the tags the editor sent."""
        if self._lock_still_held():
            self._editor.tags_not_saved(annotation_id, tags)
            return
        try:
            self._window.session.set_tags(annotation_id, tags)
        except PizhuError as error:
            self._editor.tags_not_saved(annotation_id, tags)
            self._refused((annotation_id, TAGS), error)
            return
        self._editor.tags_saved(annotation_id)
        self._saved((annotation_id, TAGS))

    def _refused(self, key: tuple[str, str], error: PizhuError) -> None:
        if error.code == "not-found":
            if not _made_by(self._window.session.undo_stack.stepping, key[0]):
                self._lost(key[0])
            return  # flushed while its making is undone: ``stepped`` drops the words unsaid
        self._last_error = error
        self._remember_quote(key[0])
        if error.code == "busy":
            self._told[key] = error.code  # said by the status bar while it waits; then "saved"
            self._waiting_for_lock().wait()
            return
        if self._lock_wait is not None:
            self._lock_wait.stop()  # another cause: sent again at the next chance, as it was
        if self._told.get(key) == error.code:
            # Said already: a message at every pause in typing would stop the typing.
            text = self.tr("Still not saved: kept in the editor, and saved again as you go on.")
            self._window.status.showMessage(text, MESSAGE_MS)
            return
        self._told[key] = error.code
        self._window.show_error(error)

    def _waiting_for_lock(self) -> LockWait:
        if self._lock_wait is None:
            from desktop.gui.lock_wait import LockWait

            self._lock_wait = LockWait(self._window, self._editor.send_unsaved)
        return self._lock_wait

    def _lock_still_held(self) -> bool:
        """Whether edits wait for another program's lock that is still held: a save tried now
        would hold the window a moment (``waiting_briefly``), to be refused again."""
        return self._lock_wait is not None and self._lock_wait.holds_off()

    def _remember_quote(self, annotation_id: str) -> None:
        # To name the passage should the annotation be gone when its words are sent again.
        if annotation_id not in self._quotes:
            try:
                self._quotes[annotation_id] = self._window.session.annotation(annotation_id).exact
            except PizhuError:
                self._quotes[annotation_id] = ""

    def _lost(self, annotation_id: str) -> None:
        """The annotation is no longer in the library (deleted for good, a backup restored
        without it): its refused words can go nowhere. Sent again they would be refused for
        ever, and asked about at every quit; dropped, they are said once, to copy."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.late_dialogs import open_unless_closed

        edit = self._editor.forget_unsaved(annotation_id)
        quote = self._quotes.get(annotation_id, "")
        self._forget(annotation_id)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pizhu"), "", parent=self._window)
        box.setObjectName("lost_notes_message")
        if quote:
            text = self.tr("The annotation on “%1” is no longer in the library.")
        else:
            text = self.tr("An annotation is no longer in the library.")
        box.setText(text.replace("%1", quote))
        box.setInformativeText(
            self.tr(
                "Its note or tags not saved yet could not be saved: it was deleted for good, "
                "or the library was put back from a copy without it. Show Details has the "
                "words, to copy."
            )
        )
        box.setDetailedText(self._block(annotation_id, edit, quote))
        box.finished.connect(box.deleteLater)
        open_unless_closed(box)

    def _saved(self, key: tuple[str, str]) -> None:
        if self._told.pop(key, None) is not None:
            said = self.tr("Note saved.") if key[1] == NOTE else self.tr("Tags saved.")
            self._window.status.showMessage(said, MESSAGE_SHORT_MS)
        if self._editor.has_unsaved():
            self._retry.start()  # there is room now, it seems
        elif self._lock_wait is not None:
            self._lock_wait.stop()

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if self._editor.has_unsaved():
            self._retry.start()

    @Slot(object)
    def _on_undo_stack_stepped(self, command: QUndoCommand) -> None:
        # Undo is "take my change back": refused words of what it changed are part of it,
        # and sent again they would overwrite what it put back.
        for annotation_id, note, tags in _notes_and_tags_changed(command):
            edit = self._editor.unsaved_edit(annotation_id)
            note, tags = note and edit.note is not None, tags and edit.tags is not None
            if not (note or tags):
                continue
            try:
                now = self._window.session.annotation(annotation_id)
            except PizhuError:
                if _made_by(command, annotation_id):
                    self._forget(annotation_id)  # its making undone: they go with it, unsaid
                continue  # gone otherwise: its refused words go as a resend finds it so
            self._editor.take_back(now, note=note, tags=tags)
            for key, dropped in ((NOTE, note), (TAGS, tags)):
                if dropped:
                    self._told.pop((annotation_id, key), None)

    @Slot()
    def _on_editor_unsaved_changed(self) -> None:
        # At once, not at the next turn of the loop: a kill may come before it. Refusals come
        # at pauses in typing, never at each key, and only changed words are written.
        kept = self._refused_file is not None and self._refused_file.path is not None
        if kept or self._editor.has_unsaved():
            self._keep_refused_on_disk()

    def _keep_refused_on_disk(self) -> None:
        """The refused edits in their file too (a kill or a power cut would lose the words
        the editor holds), or the file deleted once they are all saved."""
        if self._quit_anyway:
            return  # handed over at a logout, or given up by her: the window closes
        if not self._editor.has_unsaved():
            if self._refused_file is not None:
                self._refused_file.drop()
            return
        session = self._window.session
        if session.closed:
            return  # a restore's moment: the file keeps the words it has
        if self._refused_file is None:
            self._refused_file = RefusedNotesFile(session.library_path, self._window.settings)
        with session.waiting_briefly():  # the passages' words read: never the lock waited out
            text = self._unsaved_text()
        self._refused_file.keep(text)  # refused too (a full disk): said no more

    def _forget(self, annotation_id: str) -> None:
        self._editor.forget_unsaved(annotation_id)
        self._told.pop((annotation_id, NOTE), None)
        self._told.pop((annotation_id, TAGS), None)
        self._quotes.pop(annotation_id, None)

    # Quitting ----------------------------------------------------------------------------

    def nobody_to_answer(self) -> None:
        """The window closes for the system (SIGTERM: the session ends): no question can be
        answered, so edits still refused at the close are written to a file instead."""
        self._unattended = True

    def refuses_close(self) -> bool:
        """Whether the window stays open on closing: edits the library refused again (the
        window flushed them just before) would be lost. Asks what to do (``question``)."""
        if self._quit_anyway or not self._editor.has_unsaved():
            return False
        if self._unattended:
            # Asked, the question would be closed by the next signal and asked again: the
            # window would never quit. The words go to a file she is told of at the next start
            # (unsaved_notes_notice).
            text = self._unsaved_text()
            # The file the refusals were kept in becomes the logout's: one file, not two.
            kept = self._refused_file.hand_over(text) if self._refused_file is not None else None
            self.written_to = kept or write_unsaved_notes(self._library_path(), text)
            if kept is None and self.written_to is not None:
                record_for_next_start(self._window.settings, self.written_to)
            self._quit_anyway = True
            return False
        if self._question is None:
            self._ask()
        else:
            self._question.raise_()
        return True

    def _ask(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.button_texts import name_message_buttons
        from desktop.gui.late_dialogs import open_unless_closed

        count = len(self._editor.unsaved())
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pizhu"), "", parent=self._window)
        box.setObjectName("unsaved_notes_question")
        box.setText(self.tr("Changes to %Ln annotation(s) could not be saved.", "", count))
        cause = error_summary(self._last_error) if self._last_error is not None else ""
        advice = self.tr(
            "Once the library can take them (room made on the disk), click Try Again; or quit "
            "without them: Show Details has their words, to copy first."
        )
        box.setInformativeText(f"{cause} {advice}".strip())
        box.setDetailedText(self._unsaved_text())
        box.setStandardButtons(
            QMessageBox.StandardButton.Retry
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        name_message_buttons(box)
        box.button(QMessageBox.StandardButton.Retry).setText(self.tr("&Try Again"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Quit Without Saving"))
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._on_question_finished(box))
        self._question = box
        open_unless_closed(box)

    def _on_question_finished(self, box: QMessageBox) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._question = None
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() else None
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Discard:
            self._quit_anyway = True
            if self._refused_file is not None:
                self._refused_file.drop()  # her choice, the words seen: not told of again
        if answer in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Retry):
            # Once the box is gone: closing again asks again if the library still refuses.
            QTimer.singleShot(0, self._window, self._window.close)

    def _library_path(self) -> Path:
        return self._window.session.library_path

    def _unsaved_text(self) -> str:
        """Each refused edit: the passage's words, then the note and the tags not saved."""
        # Read at each unsaved_changed, on the GUI thread: one indexed read an annotation,
        # 0.015 ms on a library of 10,000 speeches (0.15 ms for ten refused): no cache.
        blocks = []
        for annotation_id, edit in self._editor.unsaved():
            try:
                quote = self._window.session.annotation(annotation_id).exact
            except PizhuError:
                quote = self._quotes.get(annotation_id, "")
            blocks.append(self._block(annotation_id, edit, quote))
        return "\n\n".join(blocks)

    def _block(self, annotation_id: str, edit: Unsaved, quote: str) -> str:
        lines = [f"“{quote}”" if quote else annotation_id]
        if edit.note is not None:
            lines.append(edit.note)
        if edit.tags is not None:
            lines.append(self.tr("Tags: %1").replace("%1", self.tr(", ").join(edit.tags)))
        return "\n".join(lines)


def _made_by(command: QUndoCommand | None, annotation_id: str) -> bool:
    """Whether ``command`` is the step that made the annotation."""
    from desktop.gui import undo

    return isinstance(command, undo.AddAnnotation) and command.annotation_id == annotation_id


def _notes_and_tags_changed(command: QUndoCommand) -> list[tuple[str, bool, bool]]:
    """(annotation id, note changed, tags changed) of each annotation an undo step changes."""
    from desktop.gui import undo, undo_batches

    if isinstance(command, undo.AddAnnotation):
        return [(command.annotation_id, True, True)]  # made or taken away: all of it
    if isinstance(command, undo.AnnotationCommand):
        pairs = [(command.before, command.after)]
    elif isinstance(command, undo_batches.RetagAnnotations):
        pairs = list(command.done.replace)
    else:
        return []
    return [
        (before.id, before.note != after.note, before.tags != after.tags)
        for before, after in pairs
        if before is not None and after is not None
    ]
