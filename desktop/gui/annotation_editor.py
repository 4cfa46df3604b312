"""The dock's editor of the selected annotation: its note (Markdown text) and its tags.

The note is "saved as you type": a pause of ``SAVE_DELAY_MS`` in typing, leaving the editor, or
choosing another annotation sends one ``note_edited`` request with the whole text; typing on
without a pause sends it every ``SAVE_MAX_WAIT_MS`` all the same (a crash would lose it all).
Tags are sent when the line is finished (Enter or leaving it), and stay in the order typed while
the annotation is edited (the library keeps them sorted). The editor never writes anything
itself. What the library refuses (a full disk: ``note_not_saved``, ``tags_not_saved``) is kept
by annotation (``UnsavedEdits``), said under the note, shown again when its annotation is chosen
again, and sent again at the next flush or ``send_unsaved``, until it is saved.
When the keyboard leaves the editor (Esc, a click elsewhere in the window, the window closing),
``left`` says so after the note is sent: a note opened and left empty is dropped by the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotation import Annotation
from desktop.gui.app_theme import MutedLabel
from desktop.gui.note_box import NoteBox
from desktop.gui.tag_completer import TagCompleter, same_tags, split_tags
from desktop.gui.unsaved_edits import Unsaved, UnsavedEdits, UnsavedLabel
from desktop.models.annotation_text import marked_quote_text
from desktop.models.fullwidth_text import shown_text

SAVE_DELAY_MS = 400
"""A pause in typing this long sends the note."""

SAVE_MAX_WAIT_MS = 2000
"""Typing on without that pause sends the note this often all the same."""


class AnnotationEditor(QFrame):
    """Edits the note and tags of one annotation and asks for them to be saved."""

    note_edited = Signal(str, str)
    tags_edited = Signal(str, list)
    left = Signal(str)
    """The keyboard left the note and tags for elsewhere in the window (the annotation's id)."""
    unsaved_changed = Signal()
    """The edits the library refused changed (one refused, saved, taken back or dropped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationEditor")
        self._annotation: Annotation | None = None
        self._sent_note = ""
        self._unsaved = UnsavedEdits()
        self._tags_shown = ""
        """The line of tags as last filled in or sent: unchanged, it asks for nothing."""
        self._loading = False
        self._fullwidth = False  # the words first marked shown as the page shows words
        self._build()
        self._timer = _single_shot(self, "notePause", SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        # Started by the first change not sent, not restarted by the next ones.
        self._longest = _single_shot(self, "noteLongestWait", SAVE_MAX_WAIT_MS)
        self._longest.timeout.connect(self.flush)
        self._note.textChanged.connect(self._on_note_text_changed)
        self._note.installEventFilter(self)
        self._tags.installEventFilter(self)
        self._tags.editingFinished.connect(self._on_tags_editing_finished)
        self.retranslate()
        self.set_annotation(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        # The words first marked, when re-anchoring onto edited text changed them.
        self._marked = MutedLabel(self)
        self._marked.setObjectName("markedQuote")
        self._marked.setWordWrap(True)
        self._marked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Small at first, never lower than its placeholder, and no "Note" title above it (its
        # placeholder says what it is): in a column shared with the terms panel, the list
        # above keeps rows to show.
        self._note = NoteBox(self)
        self._note.setObjectName("noteEditor")
        self._note.setTabChangesFocus(True)
        self._tags = QLineEdit(self)
        self._tags.setObjectName("tagsEditor")
        self._tags.setClearButtonEnabled(True)
        self._completer = TagCompleter(self._tags)
        self._tags.setCompleter(self._completer)
        self._unsaved_label = UnsavedLabel(self)
        self._unsaved_label.hide()
        layout.addWidget(self._marked)
        layout.addWidget(self._note, 1)
        layout.addWidget(self._unsaved_label)
        layout.addWidget(self._tags)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self._note.setPlaceholderText(self.tr("Write a note (Markdown). It is saved as you type."))
        self._tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self._tags.setToolTip(self.tr("Tags, separated by commas; Enter saves them"))
        self._note.setAccessibleName(self.tr("Note"))
        self._tags.setAccessibleName(self.tr("Tags"))
        self._tags.setAccessibleDescription(self._tags.toolTip())
        self._unsaved_label.setText(
            self.tr("Not saved yet: kept here, and saved again as you go on.")
        )
        self._show_marked_quote()

    @property
    def marked_quote_label(self) -> QLabel:
        """The line naming the words first marked (hidden while the words are as marked)."""
        return self._marked

    @property
    def note_edit(self) -> QPlainTextEdit:
        """The note's text box."""
        return self._note

    @property
    def tags_edit(self) -> QLineEdit:
        """The tags' line."""
        return self._tags

    @property
    def unsaved_label(self) -> QLabel:
        """The line saying the annotation's edits are not saved yet (hidden while they are)."""
        return self._unsaved_label

    @property
    def save_timers(self) -> tuple[QTimer, QTimer]:
        """The timers that send the note: the pause in typing, and the longest wait."""
        return self._timer, self._longest

    @property
    def annotation_id(self) -> str | None:
        """The id of the annotation being edited."""
        return self._annotation.id if self._annotation is not None else None

    def set_known_tags(self, tags: Iterable[str]) -> None:
        """Tags offered while typing."""
        self._completer.set_tags(tags)

    def set_annotation(self, annotation: Annotation | None) -> None:
        """Edit ``annotation`` (None: nothing); a pending edit of the previous one is sent first."""
        if annotation is not None and annotation.id == self.annotation_id:
            self.update_annotation(annotation)
            return
        self.flush()
        self._commit_tags()
        self._annotation = self._as_edited(annotation)
        refused = self._unsaved.get(annotation.id if annotation else None) or Unsaved()
        note = annotation.note if annotation else ""
        self._load_note(refused.note if refused.note is not None else note)
        self._show_tags(self._annotation.tags if self._annotation else ())
        self._show_marked_quote()
        self._show_unsaved_state()
        self.setEnabled(annotation is not None)

    def update_annotation(self, annotation: Annotation) -> None:
        """The edited annotation changed elsewhere (saved, undone): show it, keeping any typing."""
        if annotation.id != self.annotation_id:
            return
        # Refused words and tags stay shown: they are newer than the library's.
        refused = self._unsaved.get(annotation.id) or Unsaved()
        self._annotation = self._as_edited(annotation)
        typing = self._timer.isActive() or refused.note is not None
        if not typing and annotation.note != self._note.toPlainText():
            self._load_note(annotation.note)
        # The line keeps what the user typed (a repeat, another case) while it names the same
        # tags in the same order, and shows a change made elsewhere (undo, a rename).
        shown = split_tags(self._tags.text())
        stands = refused.tags is not None or self._tags.hasFocus()
        if not stands and not same_tags(shown, annotation.tags):
            self._show_tags(annotation.tags)
        self._show_marked_quote()

    def _as_edited(self, annotation: Annotation | None) -> Annotation | None:
        """``annotation`` with the tags last asked for, if the library refused them."""
        tags = self._unsaved.tags(annotation.id if annotation is not None else None)
        if annotation is None or tags is None:
            return annotation
        return replace(annotation, tags=tags)

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Name the words first marked with full-width punctuation, as the page shows words."""
        if enabled != self._fullwidth:
            self._fullwidth = enabled
            self._show_marked_quote()

    def _show_marked_quote(self) -> None:
        marked = self._annotation.marked_quote if self._annotation is not None else None
        shown = marked_quote_text(shown_text(marked or "", self._fullwidth))
        self._marked.setText(shown)
        self._marked.setAccessibleName(shown)
        self._marked.setVisible(bool(shown))

    @Slot()
    def flush(self, *, retry: bool = True) -> None:
        """Send the note now if it was changed since it was last sent; with ``retry``, send
        again what the library refused too (of this annotation or any other)."""
        self._timer.stop()
        self._longest.stop()
        self._send_note(retry=retry)
        if retry:
            self._send_refused()

    def leave_with_window(self) -> None:
        """The window closes with the keyboard in the note or its tags: that leaves them as a
        click elsewhere would (``left``), so a note opened and left empty is not kept."""
        holder = self.window().focusWidget()  # the window's, kept while another app is active
        if self._annotation is None or holder not in (self._note, self._tags):
            return
        self.flush()
        self._commit_tags()
        self.left.emit(self._annotation.id)

    def send_unsaved(self) -> None:
        """Send again what the library refused, of every annotation (another change was
        saved: there may be room now)."""
        if self._unsaved.note(self.annotation_id) is not None:
            self._timer.stop()
            self._longest.stop()
            self._send_note(retry=True)
        self._send_refused()

    def _send_note(self, *, retry: bool) -> None:
        if self._annotation is None:
            return
        text = self._note.toPlainText()
        refused = self._unsaved.note(self._annotation.id) is not None
        if text != self._sent_note or (refused and retry):
            self._sent_note = text
            self.note_edited.emit(self._annotation.id, text)

    def _send_refused(self) -> None:
        """The refused notes of other annotations (this one's goes as typed) and tags."""
        for annotation_id, edit in self._unsaved.items():
            if edit.note is not None and annotation_id != self.annotation_id:
                self.note_edited.emit(annotation_id, edit.note)
            # Still kept? Its note, sent, may have found the annotation gone: dropped with it.
            if edit.tags is not None and self._unsaved.tags(annotation_id) is not None:
                self.tags_edited.emit(annotation_id, list(edit.tags))

    def note_not_saved(self, annotation_id: str, note: str) -> None:
        """The library refused ``note`` (a full disk): keep it, say so, send it again later.

        Taken for saved, the words would be sent no more: choosing another annotation, or
        leaving the note once the disk had room, dropped them.
        """
        self._unsaved.refuse_note(annotation_id, note)
        self._show_unsaved_state()

    def note_saved(self, annotation_id: str) -> None:
        """The library took a note of the annotation: no refused one is kept any more."""
        self._unsaved.note_saved(annotation_id)
        self._show_unsaved_state()

    def tags_not_saved(self, annotation_id: str, tags: Iterable[str]) -> None:
        """The library refused ``tags``: keep them shown and asked for, as a refused note."""
        self._unsaved.refuse_tags(annotation_id, tuple(tags))
        self._show_unsaved_state()

    def tags_saved(self, annotation_id: str) -> None:
        """The library took tags of the annotation."""
        self._unsaved.tags_saved(annotation_id)
        self._show_unsaved_state()

    def take_back(self, annotation: Annotation, *, note: bool, tags: bool) -> None:
        """An undo or redo put the annotation's note (or tags) as the library holds them:
        refused words of it are what the user took back, so they are dropped, not sent."""
        if note:
            self._unsaved.note_saved(annotation.id)
        if tags:
            self._unsaved.tags_saved(annotation.id)
        if annotation.id == self.annotation_id:
            self._annotation = self._as_edited(annotation)
            if note:
                self._load_note(annotation.note)
            if tags:
                self._show_tags(annotation.tags)
        self._show_unsaved_state()

    def unsaved(self) -> list[tuple[str, Unsaved]]:
        """Every annotation's edits the library refused, by id (empty: all is saved)."""
        return self._unsaved.items()

    def forget_unsaved(self, annotation_id: str) -> Unsaved:
        """Drop the annotation's refused edits (it is gone from the library); return them."""
        kept = self.unsaved_edit(annotation_id)
        edit = Unsaved(kept.note, kept.tags)  # a copy: forgetting empties the kept one
        self._unsaved.note_saved(annotation_id)
        self._unsaved.tags_saved(annotation_id)
        self._show_unsaved_state()
        return edit

    def unsaved_edit(self, annotation_id: str) -> Unsaved:
        """The annotation's edits the library refused (its note and tags None: none is)."""
        return self._unsaved.get(annotation_id) or Unsaved()

    def has_unsaved(self, annotation_id: str | None = None) -> bool:
        """Whether the library refused edits of the annotation (None: of any) not saved since."""
        if annotation_id is None:
            return bool(self._unsaved)
        return self._unsaved.get(annotation_id) is not None

    def _show_unsaved_state(self) -> None:
        current = self.annotation_id
        self._unsaved_label.setVisible(current is not None and self.has_unsaved(current))
        self.unsaved_changed.emit()

    def _load_note(self, note: str) -> None:
        self._timer.stop()
        self._longest.stop()
        self._loading = True
        try:
            cursor = self._note.textCursor().position()
            self._note.setPlainText(note)
            if self._note.hasFocus():
                moved = self._note.textCursor()
                moved.setPosition(min(cursor, len(self._note.toPlainText())))
                self._note.setTextCursor(moved)
        finally:
            self._loading = False
        self._sent_note = note

    def _show_tags(self, tags: Iterable[str]) -> None:
        self._tags.setText(self.tr(", ").join(tags))
        self._tags_shown = self._tags.text()

    @Slot()
    def _on_note_text_changed(self) -> None:
        if not self._loading and self._annotation is not None:
            self._timer.start()  # restarted by each change: one save after the burst
            if not self._longest.isActive():
                self._longest.start()

    @Slot()
    def _on_tags_editing_finished(self) -> None:
        self._commit_tags()

    def _commit_tags(self) -> None:
        # Only what the user changed: a stored tag the line cannot spell (one holding a comma,
        # from an older library) was split by a click into the note and out.
        if self._annotation is None or self._tags.text() == self._tags_shown:
            return
        self._tags_shown = self._tags.text()
        tags = split_tags(self._tags.text())
        if not same_tags(tags, self._annotation.tags):
            # Remember what was asked for, so leaving the line after Enter asks only once.
            self._annotation = replace(self._annotation, tags=tuple(tags))
            self.tags_edited.emit(self._annotation.id, tags)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving the note sends it at once; leaving the editor says so (``left``)."""
        if event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent):
            if watched is self._note:
                # Words refused a moment ago are not sent again as the message saying so
                # takes the keyboard: that would only bring a second message.
                self.flush(retry=event.reason() != Qt.FocusReason.ActiveWindowFocusReason)
            if watched in (self._note, self._tags) and self._left_for_elsewhere(event):
                self._commit_tags()
                if self._annotation is not None:
                    self.left.emit(self._annotation.id)
        return super().eventFilter(watched, event)

    def _left_for_elsewhere(self, event: QFocusEvent) -> bool:
        """Whether the keyboard went elsewhere in the window: not from the note to its tags,
        nor to a menu or completion popup, nor with the whole window to another program."""
        passing = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
        if event.reason() in passing:
            return False
        # Qt has given the keyboard to the new widget before telling the old one.
        receiver = QApplication.focusWidget()
        return receiver is None or not self.isAncestorOf(receiver)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _single_shot(parent: QObject, name: str, interval_ms: int) -> QTimer:
    timer = QTimer(parent)
    timer.setObjectName(name)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    return timer
