"""The window's menu keys reach their actions while a line edit has the keyboard.

On Linux desktops Qt gives a line edit the Emacs key Ctrl+E (end of line), so the line edit
claims Ctrl+E as its own ("shortcut override") and File ▸ Export… never hears it: a user who
typed a word into the annotations' search box to gather her passages pressed Ctrl+E and nothing
happened. The menu says Ctrl+E; End still ends the line. Keys are let through only in the main
window's own line edits, those of its floating docks too (Qt gives a floating dock's keys to
the window's shortcuts): a dialog's keep every editing key it has.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QWidget


class MenuKeysFirst(QObject):
    """Refuses a main-window line edit the shortcut override of the given actions' keys."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._window = window
        shortcuts = [keys for action in actions for keys in action.shortcuts() if keys.count()]
        self._keys = {keys[0].toCombined() for keys in shortcuts}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keep a line edit of the window from claiming one of the keys: the action takes it."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QLineEdit):
            return False
        assert isinstance(event, QKeyEvent)
        # Filtered, the event stays unaccepted, so the window's shortcut goes ahead.
        pressed = event.keyCombination().toCombined()
        return pressed in self._keys and _main_window_of(watched) is self._window


def _main_window_of(widget: QWidget) -> QWidget:
    """The window whose shortcuts ``widget``'s keys reach: a floating dock's is its main
    window's, as Qt's shortcut map has it."""
    window = widget.window()
    if isinstance(window, QDockWidget) and window.parentWidget() is not None:
        return window.parentWidget().window()
    return window


def menu_keys_first(window: QWidget, actions: Iterable[QAction]) -> MenuKeysFirst:
    """Let ``actions``' keys through the line edits of ``window`` (an application filter)."""
    keys = MenuKeysFirst(window, actions)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(keys)
    return keys
