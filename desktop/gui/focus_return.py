"""The keyboard goes back where the user was when a dialog or message closes.

Window managers do not always reactivate the main window when a dialog closes (and Qt's
offscreen and some Wayland platforms never do), which leaves no widget with the keyboard: the
user must click into the page before 1–5, N or the arrows work again. Each dialog the window
opens notes the focused widget before it shows and gives the keyboard back on ``finished``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def restore_focus(widget: QWidget | None) -> None:
    """Give ``widget`` the keyboard again (and activate its window), if it is still shown."""
    if widget is None or not shiboken6.isValid(widget) or not widget.isVisible():
        return
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def focus_now(fallback: QWidget | None = None) -> QWidget | None:
    """The widget with the keyboard, or ``fallback`` (the page) when none has it."""
    return QApplication.focusWidget() or fallback


def return_focus_after(dialog: QDialog, widget: QWidget | None) -> None:
    """When ``dialog`` next finishes, give the keyboard back to ``widget``.

    Take ``widget`` from ``focus_now()`` before the dialog shows, while the keyboard is still
    where the user was. Once only: a kept dialog is connected again each time it opens.
    """
    if widget is None or widget.window() is dialog:
        return
    dialog.finished.connect(
        lambda _result: restore_focus(widget), Qt.ConnectionType.SingleShotConnection
    )


@contextmanager
def focus_kept(fallback: QWidget | None = None) -> Iterator[None]:
    """Around a blocking dialog (``exec`` or a static ``get…``): the keyboard comes back after."""
    previous = focus_now(fallback)
    try:
        yield
    finally:
        restore_focus(previous)
