"""The dock's editor of the selected annotation: its note (Markdown text) and its tags.

The note is "saved as you type": a pause of ``SAVE_DELAY_MS`` in typing, leaving the editor, or
choosing another annotation sends one ``note_edited`` request with the whole text. Tags are sent
when the line is finished (Enter or leaving it), and stay in the order typed while the
annotation is edited (the library keeps them sorted). The editor never writes anything itself.
When the keyboard leaves the editor (Esc, a click elsewhere in the window), ``left`` says so
after the note is sent: a note opened and left empty is dropped by the window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotation import Annotation
from desktop.core.storage.annotation_values import TAG_SEPARATORS, split_tag_line
from desktop.gui.app_theme import MutedLabel
from desktop.gui.collation import sorted_names
from desktop.models.annotation_text import marked_quote_text

SAVE_DELAY_MS = 400
"""A pause in typing this long sends the note."""

_SEPARATORS = re.compile(f"[{re.escape(TAG_SEPARATORS)}]")


def split_tags(text: str) -> list[str]:
    """The tags typed in a line: separated by commas (either width), 、 or semicolons."""
    return split_tag_line(text)


def _same_tags(left: Iterable[str], right: Iterable[str]) -> bool:
    """Whether both name the same tags in the same order (case and repeats aside, as stored)."""
    return _folded(left) == _folded(right)


def _folded(tags: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tag.casefold() for tag in tags))


class TagCompleter(QCompleter):
    """Completes the tag being typed (after the last separator), keeping the ones before it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags = QStringListModel(self)
        self.setModel(self._tags)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def set_tags(self, tags: Iterable[str]) -> None:
        """The tags to offer."""
        self._tags.setStringList(sorted_names(set(tags)))

    def splitPath(self, path: str) -> list[str]:
        """Complete only the last tag of the line."""
        return [_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        """The line with its last tag replaced by the chosen one."""
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        line = widget.text() if isinstance(widget, QLineEdit) else ""
        cut = max((m.end() for m in _SEPARATORS.finditer(line)), default=0)
        return line[:cut] + chosen


class AnnotationEditor(QFrame):
    """Edits the note and tags of one annotation and asks for them to be saved."""

    note_edited = Signal(str, str)
    tags_edited = Signal(str, list)
    left = Signal(str)
    """The keyboard left the note and tags for elsewhere in the window (the annotation's id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationEditor")
        self._annotation: Annotation | None = None
        self._sent_note = ""
        self._refused = False
        """The library refused the words shown (a full disk): they are sent again when next
        flushed, though unchanged since."""
        self._tags_shown = ""
        """The line of tags as last filled in or sent: unchanged, it asks for nothing."""
        self._loading = False
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
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
        self._note = QPlainTextEdit(self)
        self._note.setObjectName("noteEditor")
        self._note.setTabChangesFocus(True)
        # Two lines at least, and no "Note" title above it (its placeholder says what it is):
        # in a column shared with the terms panel, the list above keeps rows to show.
        self._note.setMinimumHeight(_lines_high(self._note, 2))
        self._tags = QLineEdit(self)
        self._tags.setObjectName("tagsEditor")
        self._tags.setClearButtonEnabled(True)
        self._completer = TagCompleter(self._tags)
        self._tags.setCompleter(self._completer)
        layout.addWidget(self._marked)
        layout.addWidget(self._note, 1)
        layout.addWidget(self._tags)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self._note.setPlaceholderText(self.tr("Write a note (Markdown). It is saved as you type."))
        self._tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self._tags.setToolTip(self.tr("Tags, separated by commas; Enter saves them"))
        self._note.setAccessibleName(self.tr("Note"))
        self._tags.setAccessibleName(self.tr("Tags"))
        self._tags.setAccessibleDescription(self._tags.toolTip())
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
        self._annotation = annotation
        self._load_note(annotation.note if annotation else "")
        self._show_tags(annotation.tags if annotation else ())
        self._show_marked_quote()
        self.setEnabled(annotation is not None)

    def update_annotation(self, annotation: Annotation) -> None:
        """The edited annotation changed elsewhere (saved, undone): show it, keeping any typing."""
        if annotation.id != self.annotation_id:
            return
        self._annotation = annotation
        if not self._timer.isActive() and annotation.note != self._note.toPlainText():
            self._load_note(annotation.note)
        # The line keeps what the user typed (a repeat, another case) while it names the same
        # tags in the same order, and shows a change made elsewhere (undo, a rename).
        shown = split_tags(self._tags.text())
        if not self._tags.hasFocus() and not _same_tags(shown, annotation.tags):
            self._show_tags(annotation.tags)
        self._show_marked_quote()

    def _show_marked_quote(self) -> None:
        marked = self._annotation.marked_quote if self._annotation is not None else None
        shown = marked_quote_text(marked)
        self._marked.setText(shown)
        self._marked.setAccessibleName(shown)
        self._marked.setVisible(bool(shown))

    @Slot()
    def flush(self, *, retry: bool = True) -> None:
        """Send the note now if it was changed since it was last sent, or (``retry``) if the
        library refused it."""
        self._timer.stop()
        if self._annotation is None:
            return
        text = self._note.toPlainText()
        if text != self._sent_note or (self._refused and retry):
            self._sent_note = text
            self._refused = False  # until the window says this sending was refused too
            self.note_edited.emit(self._annotation.id, text)

    def note_not_saved(self, annotation_id: str) -> None:
        """The note last sent was refused (a full disk): send it again when next flushed.

        Taken for saved, the words shown would be sent no more: leaving the note once the
        disk had room dropped them, though they were still there to be seen.
        """
        if self._annotation is not None and annotation_id == self._annotation.id:
            self._refused = True

    def _load_note(self, note: str) -> None:
        self._timer.stop()
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
        self._refused = False

    def _show_tags(self, tags: Iterable[str]) -> None:
        self._tags.setText(self.tr(", ").join(tags))
        self._tags_shown = self._tags.text()

    @Slot()
    def _on_note_text_changed(self) -> None:
        if not self._loading and self._annotation is not None:
            self._timer.start()

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
        if not _same_tags(tags, self._annotation.tags):
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


def _lines_high(edit: QPlainTextEdit, lines: int) -> int:
    """The height of ``edit`` showing ``lines`` lines of its font."""
    document = 2 * int(edit.document().documentMargin())
    return lines * edit.fontMetrics().lineSpacing() + document + 2 * edit.frameWidth()
