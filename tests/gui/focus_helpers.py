"""A stand-in for a native dialog or a message that takes the keyboard, for tests of where
the keyboard goes back when it closes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot


def takes_the_keyboard(qtbot: QtBot, parent: QWidget) -> None:
    """A dialog over ``parent`` takes the keyboard, then the user closes it (Cancel, Escape)."""
    dialog = QDialog(parent)
    edit = QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not edit)
    dialog.deleteLater()
