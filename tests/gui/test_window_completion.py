"""Tests for desktop/gui/window_completion.py: the window completed a piece per turn of the loop.

A call queued at the first paint stands for the user's first click or key: it is answered
between the pieces, not after all of them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.dark_style import DarkStyle
from desktop.gui.first_paint import AfterFirstPaint
from desktop.gui.library_session import LibrarySession
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from tests.gui.conftest import LAPTOP_SIZE, close_window


def _window(qtbot: QtBot, library_path: Path) -> MainWindow:
    session = LibrarySession(open_library(library_path, create=False, daily_backup=False))
    window = MainWindow(session, Settings())
    window.resize(LAPTOP_SIZE)
    qtbot.addWidget(window)
    return window


def _at_first_paint(window: MainWindow, call: object) -> None:
    """Queue ``call`` at the reader's first paint, as a click right then would come."""
    # Made after the window's own, so called back first: its call is queued before the window
    # starts completing itself.
    AfterFirstPaint(window.reader.viewport(), lambda: QTimer.singleShot(0, call))


def test_a_click_right_after_the_first_paint_is_answered_before_the_docks_are_built(
    qtbot: QtBot, library_path: Path
) -> None:
    window = _window(qtbot, library_path)
    seen: list[tuple[bool, bool]] = []

    def click() -> None:
        seen.append((window.first_paint_done, window._annotations_dock is not None))

    _at_first_paint(window, click)
    completed: list[bool] = []
    window.first_painted.connect(lambda: completed.append(True))
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert seen == [(False, False)], "answered before the annotations dock was built"
    assert window.start_theme_done, "the style first, before any dock is polished"
    assert window.annotations_dock.isVisible()
    assert window.reader_room is not None
    QCoreApplication.processEvents()
    assert completed == [True], "first_painted once, when the window is complete"
    close_window(window)


def test_the_event_loop_turns_between_the_pieces(qtbot: QtBot, library_path: Path) -> None:
    Settings().open_tool_docks = ["search_dock", "terms_dock"]
    window = _window(qtbot, library_path)
    turns: list[int] = []

    def tick() -> None:  # one tick a turn of the loop, until the window is complete
        turns.append(1)
        if not window.first_paint_done:
            QTimer.singleShot(0, tick)

    _at_first_paint(window, tick)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    # The look, the annotations dock's modules and the dock, each tool dock's modules and the
    # dock, the layout, the end: a turn each.
    assert len(turns) >= 10
    assert window.search_dock().isVisible()
    assert window.terms_dock().isVisible()
    close_window(window)


def test_a_window_closed_before_it_is_complete_builds_nothing_more_and_keeps_its_docks(
    qtbot: QtBot, library_path: Path
) -> None:
    Settings().open_tool_docks = ["search_dock"]
    window = _window(qtbot, library_path)
    _at_first_paint(window, window.close)
    window.show()
    qtbot.waitUntil(lambda: window.has_closed)
    for _ in range(20):  # the turns the pieces left would have taken
        QCoreApplication.processEvents()
    assert window._annotations_dock is None
    assert window._search_dock is None
    assert not window.first_paint_done
    assert Settings().open_tool_docks == ["search_dock"], "reopened at the next start"
    close_window(window)


def test_dark_chosen_while_the_window_completes_itself_gets_the_dark_style(
    qtbot: QtBot, library_path: Path
) -> None:
    window = _window(qtbot, library_path)
    # Chosen after the light style came (the first piece), before the window is complete.
    _at_first_paint(window, window.registry.action(ActionId.THEME_DARK).trigger)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert isinstance(QApplication.style(), DarkStyle), "not left to a start that came already"
    window.set_theme("light")
    close_window(window)
