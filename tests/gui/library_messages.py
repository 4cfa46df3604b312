"""Finding the messages and dialogs File ▸ Library opens (window-modal, by object name)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow

MESSAGE_TIMEOUT_MS = 20_000


def shown(window: MainWindow, kind: type[QWidget], name: str) -> QWidget | None:
    """The visible child of ``window`` of ``kind`` called ``name``, if there is one."""
    found = [w for w in window.findChildren(kind, name) if w.isVisible()]
    return found[0] if found else None


def wait_for_message(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    """Wait until the message ``name`` is on screen, and return it."""
    qtbot.waitUntil(
        lambda: shown(window, QMessageBox, name) is not None, timeout=MESSAGE_TIMEOUT_MS
    )
    box = shown(window, QMessageBox, name)
    assert isinstance(box, QMessageBox)
    return box


def library_menu_action(window: MainWindow, object_name: str):  # noqa: ANN201 - QAction
    """An action of File ▸ Library, found by its object name."""
    menu = window.menus["&Library"]
    assert menu.menuAction() in window.menus["&File"].actions()
    found = [a for a in menu.actions() if a.objectName() == object_name]
    assert found, f"{object_name} is not in File ▸ Library"
    return found[0]
