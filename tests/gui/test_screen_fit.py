"""desktop/gui/screen_fit.py: first sizes bounded by the screen's free area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from desktop.gui.screen_fit import size_within
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
