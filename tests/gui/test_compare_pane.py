"""The compare window's panes as drawn: the bar where the other side has text this one lacks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop.gui.compare_pane import ComparePane
from tests.gui.compare_helpers import DRAFT, long_versions, open_compare
from tests.gui.conftest import WindowFactory


def _drawn_at(pane: ComparePane, offset: int) -> str:
    """The colour drawn on screen at the caret's place before ``offset``, half-way down."""
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane._map.to_utf16(offset))
    rect = pane.cursorRect(cursor)
    image = pane.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(rect.left() * ratio), round(rect.center().y() * ratio)).name()


def test_a_long_page_s_first_screen_shows_the_bar_of_text_added_on_the_other_side(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path
) -> None:
    # Drawn as soon as the comparison came, while Qt was still laying the long page out, the
    # bars were looked for by a hit test that read the page as all at the top: none was drawn.
    window = open_window()
    compare = open_compare(qtbot, window, *long_versions(library_path))
    inserted = compare.comparison.hunks[1]
    assert inserted.old_start == inserted.old_end == len(DRAFT) + 1 + 5
    assert _drawn_at(compare.old_pane, inserted.old_start) == compare.old_pane._point_colour.name()
