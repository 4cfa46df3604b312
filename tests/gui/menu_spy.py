"""Context menus opened in a test: where they opened and what they offered (then closed).

The ``menus`` fixture (conftest) gives a test one. The offscreen platform cannot raise a
popup or give it the keyboard (``MENU_ON_OFFSCREEN`` ignores its warnings); the menu still opens.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMenu

MENU_ON_OFFSCREEN = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


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
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu) and popup.isVisible():
            names = [action.objectName() for action in popup.actions() if not action.isSeparator()]
            self.opened.append((popup.pos(), names))
            wanted, self.chosen = self.chosen, None
            chosen = [a for a in popup.actions() if wanted and a.objectName() == wanted]
            popup.close()
            for action in chosen:
                if action.isEnabled():
                    action.trigger()
