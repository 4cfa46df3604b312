"""What the annotations dock offers on a row: go to, copy, colour, reattach, move to trash.

The actions act on "the current annotation" the dock names; each emits one signal. Delete works
as a shortcut while the list has focus, so it never deletes while the user types a note.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.annotation import AnchorState, Annotation, Color
from desktop.gui.actions import SWATCHES, swatch_icon


class AnnotationActions(QObject):
    """The row actions of the annotations dock, and the context menu built from them."""

    jump_triggered = Signal()
    copy_triggered = Signal()
    reattach_triggered = Signal()
    delete_triggered = Signal()
    color_triggered = Signal(str)

    def __init__(self, shortcut_widget: QWidget) -> None:
        super().__init__(shortcut_widget)
        self.jump = self._action("dock_go_to_passage", self.jump_triggered)
        self.copy = self._action("dock_copy_passage", self.copy_triggered)
        self.reattach = self._action("dock_reattach", self.reattach_triggered)
        self.delete = self._action("dock_delete_annotation", self.delete_triggered)
        self.delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut_widget.addAction(self.delete)
        self.colors: dict[str, QAction] = {}
        for color in Color:
            action = QAction(swatch_icon(SWATCHES[color]), "", self)
            action.setObjectName(f"dock_color_{color.value}")
            action.setCheckable(True)
            action.triggered.connect(partial(self._on_color_triggered, color.value))
            self.colors[color.value] = action
        self._reattach_allowed = True
        self._colour_menu_title = ""
        shortcut_widget.installEventFilter(self)
        self.retranslate()
        self.update_for(None)

    def _action(self, name: str, signal: Signal) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: signal.emit())
        return action

    def _on_color_triggered(self, color: str, _checked: bool = False) -> None:
        self.color_triggered.emit(color)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.jump.setText(self.tr("&Go to Passage"))
        self.copy.setText(self.tr("&Copy Passage"))
        self.reattach.setText(self.tr("&Reattach to Selection"))
        self.reattach.setStatusTip(
            self.tr("Attach this annotation to the text selected in the reader")
        )
        self.delete.setText(self.tr("Move to &Trash"))
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

    def set_reattach_allowed(self, allowed: bool) -> None:
        """Whether reattaching can be offered (the reader has a selection)."""
        self._reattach_allowed = allowed

    def update_for(self, annotation: Annotation | None) -> None:
        """Enable what applies to ``annotation`` (None: nothing is selected)."""
        has = annotation is not None
        for action in (self.copy, self.delete, *self.colors.values()):
            action.setEnabled(has)
        for value, action in self.colors.items():
            action.setChecked(has and annotation.color == value)
        orphan = has and annotation.state == AnchorState.ORPHANED
        self.jump.setEnabled(has and not orphan)  # an orphan's old place is no passage
        self.reattach.setVisible(orphan)
        self.reattach.setEnabled(orphan and self._reattach_allowed)

    def menu(self, parent: QWidget) -> QMenu:
        """The context menu of the current annotation."""
        menu = QMenu(parent)
        if self.reattach.isVisible():
            menu.addAction(self.reattach)  # what an orphan needs first
        else:
            menu.addAction(self.jump)
        menu.addAction(self.copy)
        colours = menu.addMenu(self._colour_menu_title)
        colours.addActions(list(self.colors.values()))
        menu.addSeparator()
        menu.addAction(self.delete)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
