"""What the annotations dock offers on its rows: go to, accept the place, edit the note, copy,
colour, add a tag, reattach, move to trash.

The actions act on the rows the dock has selected (one, or several chosen with Ctrl/Shift+click
or Ctrl+A); each emits one signal. Going to a passage and reattaching need one row; accepting
the place shows for moved and fuzzy annotations (found again after their text changed) and acts
on those among the rows. Edit Note… (Add Note… on a row without one, as in the reader) needs one
row. F2, Delete and Ctrl+C work as shortcuts while the list has focus, so they never act while
the user types a note.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.annotation import FOUND_ELSEWHERE, AnchorState, Annotation, Color
from desktop.gui.actions import SWATCHES, swatch_icon


class AnnotationActions(QObject):
    """The row actions of the annotations dock, and the context menu built from them."""

    jump_triggered = Signal()
    edit_note_triggered = Signal()
    copy_triggered = Signal()
    copy_cited_triggered = Signal()
    reattach_triggered = Signal()
    accept_place_triggered = Signal()
    delete_triggered = Signal()
    color_triggered = Signal(str)
    add_tag_triggered = Signal()

    def __init__(self, shortcut_widget: QWidget) -> None:
        super().__init__(shortcut_widget)
        self.jump = self._action("dock_go_to_passage", self.jump_triggered)
        self.edit_note = self._action("dock_edit_note", self.edit_note_triggered)
        self._list_shortcut(shortcut_widget, self.edit_note, "F2")
        self._has_note = False
        self.copy = self._action("dock_copy_passage", self.copy_triggered)
        self.copy_cited = self._action("dock_copy_with_citation", self.copy_cited_triggered)
        self._list_shortcut(shortcut_widget, self.copy, QKeySequence.StandardKey.Copy)
        # The reader's key for the same copy (``ActionId.COPY_WITH_CITATION``).
        self._list_shortcut(shortcut_widget, self.copy_cited, "Ctrl+Shift+C")
        self.add_tag = self._action("dock_add_tag", self.add_tag_triggered)
        self._list_shortcut(shortcut_widget, self.add_tag, "Ctrl+T")
        self.reattach = self._action("dock_reattach", self.reattach_triggered)
        self.accept_place = self._action("dock_accept_place", self.accept_place_triggered)
        self.delete = self._action("dock_delete_annotation", self.delete_triggered)
        self._list_shortcut(shortcut_widget, self.delete, QKeySequence.StandardKey.Delete)
        self.colors: dict[str, QAction] = {}
        for color in Color:
            action = QAction(self)
            action.setObjectName(f"dock_color_{color.value}")
            action.setCheckable(True)
            action.setIcon(swatch_icon(SWATCHES[color]))
            action.triggered.connect(partial(self._on_color_triggered, color.value))
            self.colors[color.value] = action
        self._reattach_allowed = True
        self._colour_menu_title = ""
        shortcut_widget.installEventFilter(self)
        self.retranslate()
        self.update_for([])

    def _action(self, name: str, signal: Signal) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: signal.emit())
        return action

    @staticmethod
    def _list_shortcut(
        widget: QWidget, action: QAction, keys: QKeySequence.StandardKey | str
    ) -> None:
        """``keys`` trigger ``action`` only while the list (``widget``) has the keyboard."""
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        widget.addAction(action)

    def write_actions(self) -> list[QAction]:
        """The actions that change annotations (a read-only library refuses them)."""
        changes = [self.edit_note, self.add_tag, self.reattach, self.accept_place, self.delete]
        return [*changes, *self.colors.values()]

    def _on_color_triggered(self, color: str, _checked: bool = False) -> None:
        self.color_triggered.emit(color)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.jump.setText(self.tr("&Go to Passage"))
        self._name_edit_note()
        self.edit_note.setStatusTip(self.tr("Edit this annotation's note"))
        self.copy.setText(self.tr("&Copy Passage"))
        self.copy_cited.setText(self.tr("Copy with C&itation"))
        self.copy_cited.setStatusTip(
            self.tr(
                "Copy each passage in quotation marks, with its speech's speaker, title and date"
            )
        )
        self.add_tag.setText(self.tr("Add &Tag…"))
        self.add_tag.setStatusTip(self.tr("Give one tag to every annotation chosen"))
        self.reattach.setText(self.tr("&Reattach to Selection"))
        self.reattach.setStatusTip(
            self.tr("Attach this annotation to the text selected in the reader")
        )
        self.accept_place.setText(self.tr("&Accept This Place"))
        self.accept_place.setStatusTip(
            self.tr("Keep each annotation where it was found after its text changed")
        )
        self.delete.setText(self.tr("&Move to Trash"))  # the reader's key for it too
        names = {
            Color.YELLOW: self.tr("&Yellow"),
            Color.GREEN: self.tr("&Green"),
            Color.BLUE: self.tr("&Blue"),
            Color.PINK: self.tr("&Pink"),
            Color.PURPLE: self.tr("P&urple"),
        }
        for color, name in names.items():
            self.colors[color.value].setText(name)
        self._colour_menu_title = self.tr("Highlight Co&lour")

    def _name_edit_note(self) -> None:
        """The reader's words for its note action: Edit when there is a note, Add when not."""
        self.edit_note.setText(self.tr("Edit &Note…") if self._has_note else self.tr("Add &Note…"))

    def set_reattach_allowed(self, allowed: bool) -> None:
        """Whether reattaching can be offered (the reader has a selection)."""
        self._reattach_allowed = allowed

    def update_for(self, selected: list[Annotation]) -> None:
        """Enable what applies to the ``selected`` annotations (none: nothing is selected)."""
        has = bool(selected)
        for action in (
            self.copy,
            self.copy_cited,
            self.add_tag,
            self.delete,
            *self.colors.values(),
        ):
            action.setEnabled(has)
        colours = {annotation.color for annotation in selected}
        for value, action in self.colors.items():
            action.setChecked(colours == {value})  # several colours: none is theirs
        annotation = selected[0] if len(selected) == 1 else None
        self.edit_note.setEnabled(annotation is not None)  # one note is edited at a time
        self._has_note = annotation is not None and bool(annotation.note.strip())
        self._name_edit_note()
        orphan = annotation is not None and annotation.state == AnchorState.ORPHANED
        # An orphan's old place is no passage; several rows have no one passage to go to.
        self.jump.setEnabled(annotation is not None and not orphan)
        self.reattach.setVisible(orphan)
        self.reattach.setEnabled(orphan and self._reattach_allowed)
        found_elsewhere = any(a.state in FOUND_ELSEWHERE for a in selected)
        self.accept_place.setVisible(found_elsewhere)
        self.accept_place.setEnabled(found_elsewhere)

    def menu(self, parent: QWidget) -> QMenu:
        """The context menu of the selected annotations."""
        menu = QMenu(parent)
        if self.reattach.isVisible():
            menu.addAction(self.reattach)  # what an orphan needs first
        else:
            menu.addAction(self.jump)
        if self.accept_place.isVisible():
            menu.addAction(self.accept_place)
        menu.addAction(self.edit_note)
        menu.addAction(self.copy)
        menu.addAction(self.copy_cited)
        colours = menu.addMenu(self._colour_menu_title)
        colours.addActions(list(self.colors.values()))
        menu.addAction(self.add_tag)
        menu.addSeparator()
        menu.addAction(self.delete)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
