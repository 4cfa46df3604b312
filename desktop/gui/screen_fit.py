"""Sizes that fit the screen: a window or dialog opened for the first time is no larger than
the room its screen offers (a 1366×768 laptop with a taskbar leaves some 1366×728), less the
title bar and frame the system adds around it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ROOM = 40
"""Pixels kept free around a window for the title bar and frame the system adds."""


def size_within(preferred: QSize, available: QSize) -> QSize:
    """``preferred``, or less where ``available`` (a screen's free area) is smaller."""
    return preferred.boundedTo(available - QSize(FRAME_ROOM, FRAME_ROOM))


def available_size(widget: QWidget) -> QSize:
    """The free area of the screen ``widget`` is on (the primary one before it is shown)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def resize_within_screen(widget: QWidget, preferred: QSize) -> None:
    """Give ``widget`` its ``preferred`` size, or what its screen has room for."""
    widget.resize(size_within(preferred, available_size(widget)))
