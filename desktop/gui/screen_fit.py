"""Sizes that fit the screen: a window or dialog opened for the first time is no larger than
the room its screen offers (a 1366×768 laptop with a taskbar leaves some 1366×728), less the
title bar and frame the system adds around it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
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


def place_beside(widget: QWidget, avoid: QRect, side: Qt.Edge) -> bool:
    """Move the window ``widget`` to the ``side`` of ``avoid`` (a global rectangle), within the
    screen, made smaller to fit if need be (never under its minimum); False, and the window
    left as it is, when that side has no room for it."""
    room = (QGuiApplication.screenAt(avoid.center()) or widget.screen()).availableGeometry()
    gap, frame_width, frame_height = FRAME_ROOM // 2, FRAME_ROOM // 2, FRAME_ROOM
    width, height = widget.width(), widget.height()
    if side in (Qt.Edge.LeftEdge, Qt.Edge.RightEdge):
        on_left = side == Qt.Edge.LeftEdge
        space = avoid.left() - room.left() if on_left else room.right() - avoid.right()
        width = min(width, space - gap - frame_width)
        x = avoid.left() - gap - frame_width - width if on_left else avoid.right() + 1 + gap
        y = _within(avoid.top(), room.top(), room.bottom() + 1 - height - frame_height)
    else:
        above = side == Qt.Edge.TopEdge
        space = avoid.top() - room.top() if above else room.bottom() - avoid.bottom()
        height = min(height, space - gap - frame_height)
        y = avoid.top() - gap - frame_height - height if above else avoid.bottom() + 1 + gap
        x = _within(avoid.left(), room.left(), room.right() + 1 - width - frame_width)
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if width < minimum.width() or height < minimum.height():
        return False
    widget.resize(width, height)
    widget.move(x, y)
    return True


def _within(value: int, lowest: int, highest: int) -> int:
    """``value`` brought into lowest–highest (lowest where the two cross)."""
    return max(lowest, min(value, highest))
