"""Escape in a side pane gives the keyboard back to the page, as IDE panels do.

After writing a note, filtering the library or typing a search, Escape returns to reading
(where 1–5 and N work again); a filter box that holds text is emptied by the first Escape and
left by the second. Popups (a completer, a combo box's list) take their own Escape first.
A dock is watched too: the Escape that reaches it is one no widget inside took (a tree, a
list, a table of results pass it on to their parents), so walking the library, the
annotations or the hits and pressing Escape goes back to reading as well.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

CLEAR_FIRST = "clearOnEscape"
"""A line edit with this property set is emptied by Escape before Escape leaves it."""


class EscapeToReader(QObject):
    """Watches text boxes and panes; Escape in one of them puts the keyboard back in ``reader``."""

    def __init__(self, reader: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader

    def watch(self, *widgets: QWidget, clear_first: bool = False) -> None:
        """Leave ``widgets`` (text boxes, or docks: Escape passed on by what is inside) for the
        reader on Escape, emptying a text box first if ``clear_first``."""
        for widget in widgets:
            widget.setProperty(CLEAR_FIRST, clear_first)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape (without modifiers): empty a filter box, else go back to the page."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Escape or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if isinstance(watched, QLineEdit) and watched.property(CLEAR_FIRST) and watched.text():
            watched.clear()
            return True
        if not self._reader.isVisible():
            return False
        self._reader.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True
