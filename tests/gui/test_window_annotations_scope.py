"""Tests for desktop/gui/window_annotations.py: the dock's scope (this speech or all) is kept.

The choice comes back at the next start with the dock, after the first frame, and "all
speeches" is then read by the worker as when the user chose it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.annotations_model import Role
from tests.gui.conftest import close_window


def _choose_scope(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Click one of the dock's scope buttons (``scopeThisSpeech``, ``scopeAllSpeeches``)."""
    button = window.annotations_dock.filter_bar.findChild(QToolButton, name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.running_work())


def _listed_ids(window: MainWindow) -> list[str]:
    proxy = window.annotations_dock.proxy
    groups = [proxy.index(row, 0) for row in range(proxy.rowCount())]
    return [
        proxy.index(row, 0, group).data(Role.ID)
        for group in groups
        for row in range(proxy.rowCount(group))
    ]


def _highlight_then_read_another(window: MainWindow) -> str:
    """A highlight in the open speech, then the next speech opened (which has none)."""
    speech_id = window.current_speech_id()
    assert speech_id is not None
    made = window.session.add_highlight(speech_id, 0, 2, "green")
    window.registry.action(ActionId.NEXT_SPEECH).trigger()
    assert window.current_speech_id() != speech_id
    return made.id


def test_all_speeches_chosen_is_shown_again_at_the_next_start(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    assert not window.annotations_dock.all_speeches, "a first start shows the open speech's"
    annotation_id = _highlight_then_read_another(window)
    _choose_scope(qtbot, window, "scopeAllSpeeches")
    assert _listed_ids(window) == [annotation_id]
    close_window(window)
    again = open_window()
    dock = again.annotations_dock
    assert dock.all_speeches
    qtbot.waitUntil(lambda: _listed_ids(again) == [annotation_id])
    assert again.current_speech_id() != dock.model.annotation(annotation_id).speech_id


def test_this_speech_chosen_again_is_kept_too(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    _highlight_then_read_another(window)
    _choose_scope(qtbot, window, "scopeAllSpeeches")
    _choose_scope(qtbot, window, "scopeThisSpeech")
    close_window(window)
    again = open_window()
    assert not again.annotations_dock.all_speeches
    assert not again.running_work(), "no read of every speech's annotations"
    assert _listed_ids(again) == []
