"""Context menus opened in a test: where they opened and what they offered (then closed).

The ``menus`` fixture (conftest) gives a test one. The offscreen platform cannot raise a
popup or give it the keyboard (``MENU_ON_OFFSCREEN`` ignores its warnings); the menu still opens.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

MENU_ON_OFFSCREEN = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def shown_menu() -> QMenu | None:
    """The open context menu once the platform has finished showing it; None until then.

    The offscreen platform hands a window it shows the focus through its event queue. A menu
    closed before that arrives gets the focus after it is gone, and then no widget has the
    keyboard (seen under load). A user cannot close a menu before it is shown: nor do tests.
    """
    popup = QApplication.activePopupWidget()
    if not isinstance(popup, QMenu) or not popup.isVisible():
        return None
    return popup if QGuiApplication.focusWindow() is popup.windowHandle() else None


class MenuSpy(QObject):
    """Closes each context menu as soon as it is up, noting where it opened and what it offered."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[tuple[QPoint, list[str]]] = []
        self.chosen: str | None = None
        """The objectName of the action to trigger in the next menu, as a user's click would."""
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._close_popup)
        self._timer.start()

    def _close_popup(self) -> None:
        popup = shown_menu()
        if popup is not None:
            names = [action.objectName() for action in popup.actions() if not action.isSeparator()]
            self.opened.append((popup.pos(), names))
            wanted, self.chosen = self.chosen, None
            chosen = [a for a in popup.actions() if wanted and a.objectName() == wanted]
            popup.close()
            for action in chosen:
                if action.isEnabled():
                    action.trigger()
