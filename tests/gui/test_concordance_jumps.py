"""A line opened from the concordance is not left under the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from desktop.models.concordance_model import Column
from desktop.models.concordance_model import Role as ConcordanceRole

WORD = "效能革命"

# The concordance dialog is raised over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")


def test_the_dialog_moves_off_the_line_a_double_click_opened(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.resize(1200, 800)
    main_window.open_speech(4)
    dialog = main_window.concordance_dialog()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        main_window.show_concordance_of(WORD, None)
    dialog.resize(700, 300)
    # Over the page's middle, where a passage opened comes (a third of the way down).
    viewport = main_window.reader.viewport()
    middle = viewport.mapToGlobal(QPoint(viewport.width() // 2, viewport.height() // 3))
    dialog.move(middle.x() - dialog.width() // 2, middle.y() - dialog.height() // 2)
    row = dialog.model.rowCount() - 1
    index = dialog.model.index(row, Column.HIT)
    dialog.table.scrollTo(index)
    point = dialog.table.visualRect(index).center()
    with qtbot.waitSignal(dialog.open_hit_requested):
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    start = index.data(ConcordanceRole.START)
    assert main_window.current_speech_id() == index.data(ConcordanceRole.SPEECH_ID)
    band = main_window.reader.line_screen_rect(start)
    assert band.intersects(viewport.rect().translated(viewport.mapToGlobal(QPoint(0, 0))))
    assert not dialog.frameGeometry().intersects(band), "the line opened was under the dialog"
    assert dialog.isVisible()
    dialog.close()
