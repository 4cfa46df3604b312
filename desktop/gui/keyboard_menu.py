"""The context menu from the keyboard: the Menu key and Shift+F10, at the item, not the mouse.

Qt turns the Menu key into a context-menu request at the mouse pointer (or the middle of the
widget); Shift+F10 it ignores. Item views use ``open_current_menu``: it asks for the current
row's menu through ``customContextMenuRequested`` with a point on that row, so the view's
usual slot builds the menu of that row and opens it there. ``KeyboardMenuTableView`` is a
table that does so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

_MENU_INSET = 12
"""How far into the row the menu opens: past the branch arrow, near the start of the text."""


def is_menu_key(event: QKeyEvent) -> bool:
    """The keys that open a context menu from the keyboard: Menu, and Shift+F10 (as elsewhere)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Menu:
        return modifiers == Qt.KeyboardModifier.NoModifier
    return event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier


def is_keyboard_menu_event(event: QEvent) -> bool:
    """A context-menu request the platform made from a key (not a right-click)."""
    return (
        event.type() == QEvent.Type.ContextMenu
        and isinstance(event, QContextMenuEvent)
        and event.reason() == QContextMenuEvent.Reason.Keyboard
    )


def open_current_menu(view: QAbstractItemView) -> bool:
    """Ask for the current row's context menu at the row; False when no row is current."""
    index = view.currentIndex()
    if not index.isValid():
        return False
    view.scrollTo(index)
    rect = view.visualRect(index)
    if rect.isEmpty():
        return False
    inset = min(_MENU_INSET, rect.width() // 2)
    view.customContextMenuRequested.emit(QPoint(rect.left() + inset, rect.center().y()))
    return True


def take_keyboard_menu_event(view: QAbstractItemView, event: QEvent) -> bool:
    """Open the current row's menu for a context-menu request made from a key; True if it was
    one (the view's ``event`` then returns True), False for anything else."""
    if not is_keyboard_menu_event(event):
        return False
    open_current_menu(view)
    event.accept()
    return True


class KeyboardMenuTableView(QTableView):
    """A table whose rows' context menu opens from the keyboard too, at the current row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The Menu key and Shift+F10 open the current row's menu."""
        if is_menu_key(event) and open_current_menu(self):
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """A context menu asked for from the keyboard is the current row's, at the row."""
        return take_keyboard_menu_event(self, event) or super().event(event)
