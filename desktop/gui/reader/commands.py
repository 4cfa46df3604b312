"""What the reader does with a selection and its annotations: requests, copies, the menu.

A mixin of ``ReaderView`` kept apart so the view's file stays about what it shows. Every public
method here is what one registry action calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QMenu

from desktop.core.annotation import FOUND_ELSEWHERE
from desktop.core.citation import cite_speech
from desktop.gui.actions import HIGHLIGHT_COLORS, ActionId

if TYPE_CHECKING:
    from desktop.gui.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object

Range = tuple[int, int]

SELECTION_ACTIONS = [
    *HIGHLIGHT_COLORS,
    ActionId.ADD_NOTE,
    ActionId.COPY,
    ActionId.COPY_WITH_CITATION,
]
"""Actions that act on the selection: enabled while there is one (the colours, the note and
the copies also act on a highlight clicked, or under the caret, without one)."""

LOOK_UP_ACTIONS = [ActionId.SEARCH_LIBRARY, ActionId.CONCORDANCE]
"""The window's search tools, offered for the selected words in the context menu."""

TARGET_COPIES = [ActionId.COPY, ActionId.COPY_WITH_CITATION]
"""Without a selection, these copy the passage of the highlight clicked (or under the caret)."""

_MARKING_KEYS = frozenset(
    {Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_N}
)
"""The keys of the colours and the note: with nothing to act on, their actions are off."""


class ReaderCommands(_Base):
    """What acts on the selection: requests about annotations, copying and the context menu."""

    @Slot()
    def _on_reader_selection_changed(self) -> None:
        if not self.textCursor().hasSelection():
            self._hide_toolbar()
        self._update_action_state()

    @Slot()
    def _on_reader_cursor_position_changed(self) -> None:
        # A highlight clicked stays the target only until the caret moves: from then on the keys
        # (1–5, Delete, the menu key) act on what the caret is in.
        self._current_annotation = None
        self._update_action_state()

    def _update_action_state(self) -> None:
        has_selection = self.textCursor().hasSelection()
        for action in self._registry.actions(SELECTION_ACTIONS):
            action.setEnabled(has_selection)
        target = self._target_annotation()
        self._update_note_action(None if has_selection else target)
        self._registry.action(ActionId.DELETE_ANNOTATION).setEnabled(target is not None)
        accept = self._registry.action(ActionId.ACCEPT_PLACE)
        accept.setEnabled(target is not None and self._place_to_accept(target))
        if target is not None:  # the colours recolour the highlight clicked, the copies copy it
            for action in self._registry.actions([*HIGHLIGHT_COLORS, *TARGET_COPIES]):
                action.setEnabled(True)
        if self.plate_selected_text():  # the title's words copy; only the text is marked up
            self._registry.action(ActionId.COPY).setEnabled(True)

    def _update_note_action(self, target: str | None) -> None:
        """Without a selection, the note action edits the note of the highlight targeted:
        "Edit Note…" when it has one, "Add Note…" when it has none."""
        shown = self._shown.by_id(target) if target is not None else None
        if target is not None:
            self._registry.action(ActionId.ADD_NOTE).setEnabled(shown is not None)
        has_note = shown is not None and shown.has_note
        self._registry.show_other_text(ActionId.ADD_NOTE, has_note)

    def plate_selected_text(self) -> str:
        """The words of the title plate selected, or the empty string."""
        return self._title_plate.selected_text() if self._title_plate is not None else ""

    def clear_plate_selection(self) -> None:
        """Drop the title plate's selection, if any."""
        if self._plate_mouse is not None:
            self._plate_mouse.clear()

    # For the title plate's mouse and keys (plate_mouse, plate_keys) ------------------------

    def show_plate_selection(self) -> None:
        """Repaint the title plate's selection and offer the actions that fit it now."""
        self.viewport().update()
        self._update_action_state()

    def leave_text_for_plate(self) -> None:
        """A selection begins in the title plate: no toolbar, caret or selection in the text."""
        self._hide_toolbar()
        self._hide_caret()
        self._clear_selection()

    def clear_text_selection(self) -> None:
        """Unselect the text's words; the caret stays."""
        self._clear_selection()

    def _hint_unmarked_key(self, event: QKeyEvent) -> bool:
        """1–5 or N with nothing selected and no highlight under the caret: their actions are
        off, so Qt gives the key to the page, where it did nothing. Say what they need."""
        modified = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in _MARKING_KEYS or modified or self._content is None:
            return False
        if self.textCursor().hasSelection() or self._target_annotation() is not None:
            return False  # the actions act (or chose to be off for a reason of their own)
        hint = QCoreApplication.translate(
            "ReaderView", "Select a passage first, then press 1–5 / N"
        )
        self.status_hint_requested.emit(hint)
        return True

    # Requests -----------------------------------------------------------------------------

    def request_highlight(self, color: str) -> None:
        """Ask for the selection to be highlighted in ``color`` and clear the selection;
        without one, for the highlight clicked (or under the cursor) to take ``color``."""
        selected = self._trimmed_selection()
        if selected is not None:
            self._clear_marked_selection()
            self.highlight_requested.emit(selected[0], selected[1], color)
            return
        target = self._target_annotation()
        if target is not None and not self.textCursor().hasSelection():
            self.annotation_color_requested.emit(target, color)

    @Slot()
    def request_note(self) -> None:
        """Ask for a note on the selection; without one, to edit the note of the highlight
        clicked (or under the cursor)."""
        selected = self._trimmed_selection()
        if selected is not None:
            self._clear_marked_selection()
            self.note_requested.emit(*selected)
            return
        target = self._target_annotation()
        if target is not None and not self.textCursor().hasSelection():
            self.note_edit_requested.emit(target)

    @Slot()
    def request_delete_annotation(self) -> None:
        """Ask for the current annotation (clicked, or under the text cursor) to be deleted."""
        target = self._target_annotation()
        if target is not None:
            self.annotation_delete_requested.emit(target)

    @Slot()
    def request_accept_place(self) -> None:
        """Ask for the current annotation, moved or fuzzy, to keep the place it was found at."""
        target = self._target_annotation()
        if target is not None and self._place_to_accept(target):
            self.annotation_accept_place_requested.emit(target)

    def _place_to_accept(self, annotation_id: str) -> bool:
        """Whether the annotation was found again at a place the user has not accepted yet."""
        found = (a for a in self._annotations if a.id == annotation_id)
        annotation = next(found, None)
        return annotation is not None and annotation.state in FOUND_ELSEWHERE

    def target_made(self, annotation_id: str) -> None:
        """The annotation just made from the selection is what the keys (1–5, N, Delete) act on
        until the caret moves, though the caret sits just after it."""
        self._current_annotation = annotation_id
        self._menu_pinned = False
        self._update_action_state()

    def _target_annotation(self) -> str | None:
        if self._current_annotation is not None or self._menu_pinned:
            return self._current_annotation
        if self.textCursor().hasSelection():
            return None
        hits = self._shown.at(self._utf16.to_str(self.textCursor().position()))
        return hits[0].id if hits else None

    def _highlight_ending_at_caret(self) -> str | None:
        """The innermost highlight ending where the caret is, with nothing selected: 1–5 and N
        leave the caret at the end of the highlight they made, outside it, and the keyboard
        menu opened there is about that highlight (the keys themselves still act only on one
        the caret is in: typing on after a highlight must not recolour it)."""
        if self.textCursor().hasSelection():
            return None
        caret = self._utf16.to_str(self.textCursor().position())
        ending = [hit for hit in self._shown.at(caret - 1) if hit.end == caret] if caret else []
        return ending[0].id if ending else None

    def _clear_marked_selection(self) -> None:
        """Unselect what a highlight or note was just made of: the text's words, and the
        title's run into them (left selected, a Copy took those words of the title alone)."""
        self._clear_selection()
        self.clear_plate_selection()

    def _clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def _target_range(self) -> Range | None:
        """Without a selection, the range of the highlight clicked (or under the caret)."""
        target = self._target_annotation()
        shown = self._shown.by_id(target) if target is not None else None
        return (shown.start, shown.end) if shown is not None else None

    @Slot()
    def copy_selection(self) -> None:
        """Copy the selected text as shown (after the title's words selected over it, on a
        line of their own); without a selection, the highlight clicked."""
        title = self.plate_selected_text()
        selected = self.selected_range() or (None if title else self._target_range())
        parts = [title] if title else []
        if selected is not None:
            parts.append(self._text[selected[0] : selected[1]])
        if parts:
            QGuiApplication.clipboard().setText("\n".join(parts))

    def createMimeDataFromSelection(self) -> QMimeData:
        """The selection dragged away (or given to X11's selection clipboard) as its words
        are: the page's line-break hints left out, as Copy leaves them."""
        mime = QMimeData()
        selected = self.selected_range()
        mime.setText(self._text[selected[0] : selected[1]] if selected is not None else "")
        return mime

    @Slot()
    def copy_with_citation(self) -> None:
        """Copy the selection (without one, the highlight clicked) as a quote followed by the
        speech's title, speaker and date."""
        selected = self._trimmed_selection() or self._target_range()
        if selected is None or self._content is None:
            return
        quote = self._text[selected[0] : selected[1]]
        QGuiApplication.clipboard().setText(cite_speech(quote, self._content.record))

    def build_context_menu(self, point: QPoint | None) -> QMenu:
        """The context menu at viewport ``point`` (None: at the caret, from the keyboard): the
        selection's actions (the note one edits the note of an annotation under it without a
        selection), and Move to Trash when it is over an annotation (and Accept This Place
        when that one was found again elsewhere after its text changed)."""
        if point is None:
            target = self._target_annotation() or self._highlight_ending_at_caret()
        else:
            offset = self._char_at(point)
            hits = self._shown.at(offset) if offset is not None else []
            target = hits[0].id if hits else None
        # The menu is about the place clicked, not about a highlight clicked before, nor the
        # one the caret is in (``events.contextMenuEvent`` lets go once the menu closed).
        self._current_annotation = target
        self._menu_pinned = point is not None
        self._update_action_state()
        menu = QMenu(self)
        menu.addActions(self._registry.actions(list(HIGHLIGHT_COLORS)))
        menu.addSeparator()
        menu.addActions(self._registry.actions(SELECTION_ACTIONS[len(HIGHLIGHT_COLORS) :]))
        if self.selected_range() is not None:
            menu.addSeparator()
            menu.addActions(self._registry.actions(LOOK_UP_ACTIONS))
        if target is not None:
            menu.addSeparator()
            accept = self._registry.action(ActionId.ACCEPT_PLACE)
            if accept.isEnabled():
                menu.addAction(accept)
            menu.addAction(self._registry.action(ActionId.DELETE_ANNOTATION))
        return menu
