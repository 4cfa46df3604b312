"""desktop/gui/screen_fit.py: first sizes bounded by the screen's free area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.screen_fit import place_beside, size_within
from desktop.gui.window_state import FIRST_SIZE


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QSize(1920, 1040), QSize(1280, 820)),
        (QSize(1366, 728), QSize(1280, 688)),
        (QSize(1024, 600), QSize(984, 560)),
    ],
)
def test_the_first_size_leaves_room_for_the_frame_on_a_small_screen(
    available: QSize, expected: QSize
) -> None:
    assert size_within(FIRST_SIZE, available) == expected


@pytest.mark.parametrize(
    ("side", "avoid", "expected"),
    [
        # A panel at the screen's right (800 px wide): beside it on its left; narrowed to fit.
        (Qt.Edge.LeftEdge, QRect(500, 100, 300, 600), QRect(60, 100, 400, 300)),
        (Qt.Edge.LeftEdge, QRect(400, 100, 400, 600), QRect(0, 100, 360, 300)),
        (Qt.Edge.RightEdge, QRect(0, 100, 300, 600), QRect(320, 100, 400, 300)),
        # Below the page: above it, lifted to the screen's top, as high as the room lets it.
        (Qt.Edge.TopEdge, QRect(300, 300, 500, 500), QRect(300, 0, 400, 240)),
        # Low down on the screen: kept within it (its title bar in sight).
        (Qt.Edge.LeftEdge, QRect(500, 700, 300, 100), QRect(60, 460, 400, 300)),
    ],
)
def test_a_window_goes_beside_a_panel_within_the_screen(
    qtbot: QtBot, side: Qt.Edge, avoid: QRect, expected: QRect
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(200, 150)
    window.resize(400, 300)
    assert window.screen().availableGeometry() == QRect(0, 0, 800, 800), "offscreen's screen"
    assert place_beside(window, avoid, side)
    assert QRect(window.pos(), window.size()) == expected


def test_a_window_with_no_room_beside_a_panel_stays_as_it_is(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(300, 150)
    window.setGeometry(10, 20, 400, 300)
    assert not place_beside(window, QRect(200, 0, 600, 800), Qt.Edge.LeftEdge)
    assert window.geometry() == QRect(10, 20, 400, 300)
