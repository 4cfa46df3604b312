"""The terms panel's status line in the real window at 1366×768: never an empty row, and one
unclipped line (English, the panel at its default width)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.segmenter_service import SegmenterService
from desktop.gui.terms_dock import TermsDock
from tests.gui.language_fixtures import ready_segmenter  # noqa: F401 - fixture

SPEECH = 4  # 篇4, which quotes “效能革命” throughout

pytestmark = pytest.mark.qt_log_ignore("does not support raise")


def _terms_panel(qtbot: QtBot, window: MainWindow, segmenter: Segmenter) -> TermsDock:
    """The window at a laptop's size reading ``SPEECH``, jieba ready, the terms panel shown."""
    window.resize(1366, 698)
    window.open_speech(SPEECH)
    service = SegmenterService(segmenter, window)
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "ready"):
        window.start_segmenter(service)
    dock = window.terms_dock()
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        window.registry.action(ActionId.SHOW_TERMS).trigger()
    qtbot.waitUntil(lambda: not window.running_work(), timeout=60_000)
    return dock


def test_the_status_says_what_a_click_does_rather_than_leave_an_empty_row(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    dock = _terms_panel(qtbot, main_window, ready_segmenter)
    assert dock.scope_box.currentText() == "This speech"
    assert dock.status.isVisible()
    # Whole, not elided.
    assert dock.status.text() == "Click a term or move with ↑ ↓ to mark it in the text."


def test_a_chosen_library_keyword_is_said_in_one_line_that_fits(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    dock = _terms_panel(qtbot, main_window, ready_segmenter)
    dock.scope_box.setFocus()
    while dock.scope_box.currentIndex() < dock.scope_box.count() - 1:
        with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
            qtbot.keyClick(dock.scope_box, Qt.Key.Key_Down)
    view = dock.keyword_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=30_000)
    first = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(lambda: "times in" in dock.status.full_text(), timeout=30_000)
    assert dock.status.isVisible()
    assert not dock.status.is_elided(), dock.status.full_text()
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)


def test_the_hint_says_what_a_double_click_compares_with(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    dock = _terms_panel(qtbot, main_window, ready_segmenter)
    dock.hint_button.click()
    assert dock.hint.isVisible()
    assert dock.hint.text().endswith("press Enter to search for it and compare the counts.")
