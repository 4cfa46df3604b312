"""Tests for desktop/gui/collector_policy.py: the window's long-lived objects frozen out of the
cyclic collector's passes, nothing dropped since left for it, a full pass when the user is away."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from desktop.core import collector
from desktop.gui import collector_policy
from desktop.gui.collector_policy import AwayCollection, GuiThreadCollection, start_collecting
from desktop.gui.main_window import MainWindow
from desktop.models.annotation_nodes import Node
from tests.cycles import left_in_cycles, of_type
from tests.gui.window_helpers import select_and_press


@pytest.fixture
def policy() -> Iterator[None]:
    """The window's freezing on for one test, as run_gui turns it on; nothing frozen after."""
    collector.set_freezing(True)
    yield
    collector.set_freezing(False)
    gc.unfreeze()


def _tracked(thing: object) -> bool:
    return any(other is thing for other in gc.get_objects())


def _choose_scope(qtbot: QtBot, window: MainWindow, name: str) -> None:
    button = window.annotations_dock.filter_bar.findChild(QToolButton, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _all_speeches_read(qtbot: QtBot, window: MainWindow) -> Node:
    """Click "All Speeches", wait for the worker's list; its first group's row."""
    _choose_scope(qtbot, window, "scopeAllSpeeches")
    qtbot.waitUntil(lambda: not window.running_work() and window.annotations_dock.model.rowCount())
    return window.annotations_dock.model.index(0, 0).internalPointer()


def _highlight(qtbot: QtBot, window: MainWindow) -> None:
    text = window.current_speech().text
    start = text.index("效能革命")
    select_and_press(qtbot, window, start, start + 4, Qt.Key.Key_1)


@pytest.mark.usefixtures("policy")
def test_the_all_speeches_list_is_left_out_of_the_collector_s_later_passes(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Full passes over the dock's ~100,000 rows and annotations froze the window 100-300 ms.
    _highlight(qtbot, main_window)
    group = _all_speeches_read(qtbot, main_window)
    assert group.key is not None, "a speech's group"
    assert not _tracked(group)
    assert not _tracked(group.children[0])


@pytest.mark.usefixtures("policy")
def test_lists_replaced_by_switching_scopes_leave_nothing_frozen_behind(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Earlier tests' windows, not yet collected, would be frozen with this one's rows.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    _highlight(qtbot, main_window)
    _all_speeches_read(qtbot, main_window)
    with left_in_cycles() as found:
        for _ in range(3):
            _choose_scope(qtbot, main_window, "scopeThisSpeech")
            qtbot.waitUntil(lambda: main_window.annotations_dock.model.rowCount() == 1)
            _all_speeches_read(qtbot, main_window)
    assert of_type(found, Node) == []


def _stop_collecting() -> None:
    """Back to the tests' own collector (tests/conftest.py): nothing frozen, no GUI-thread timer."""
    collector.set_freezing(False)
    gc.unfreeze()
    for timer in QApplication.instance().findChildren(GuiThreadCollection):
        timer.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.usefixtures("automatic_collector")
def test_start_up_s_objects_are_frozen_and_the_gui_thread_makes_the_passes(qtbot: QtBot) -> None:
    built = object.__new__(type("Built", (), {}))
    gc.disable()
    try:
        away = start_collecting(QApplication.instance())
        assert not gc.isenabled(), "no automatic pass: a worker's thread could make it"
        assert not _tracked(built)
        timers = QApplication.instance().findChildren(GuiThreadCollection)
        assert len(timers) == 1
        kept = [[n] for n in range(2 * gc.get_threshold()[0])]  # the count is of live objects
        qtbot.waitUntil(lambda: timers[0].passes > 0)
        assert kept
    finally:
        _stop_collecting()
    away.deleteLater()


@pytest.mark.usefixtures("automatic_collector")
def test_a_worker_thread_making_many_objects_sets_off_no_pass_of_the_collector(
    qtbot: QtBot,
) -> None:
    # A pass in a worker frees what died in cycles there: a widget among it is destroyed off
    # the GUI thread (a crash). Only the GUI thread's timer makes passes.
    passes: list[int] = []

    def seen(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(threading.get_ident())

    away = start_collecting(QApplication.instance())
    gc.callbacks.append(seen)
    try:
        kept: list[list[int]] = []  # alive: the collector counts objects made and not freed
        worker = threading.Thread(
            target=lambda: kept.extend([n] for n in range(50 * gc.get_threshold()[0]))
        )
        worker.start()
        worker.join()
        timers = QApplication.instance().findChildren(GuiThreadCollection)
        qtbot.waitUntil(lambda: timers[0].passes > 0)
        assert passes
        assert set(passes) == {threading.get_ident()}, "every pass on the GUI thread"
        assert kept
    finally:
        gc.callbacks.remove(seen)
        _stop_collecting()
    away.deleteLater()


@pytest.mark.usefixtures("automatic_collector")
def test_no_pass_is_made_while_a_worker_pauses_the_collector(qtbot: QtBot) -> None:
    gc.disable()
    away = start_collecting(QApplication.instance())
    timer = QApplication.instance().findChildren(GuiThreadCollection)[0]
    try:
        junk = [[n] for n in range(2 * gc.get_threshold()[0])]
        with collector.collector_paused():
            assert timer.collect_due() is None, "a pause (an import, an export) is kept"
        assert timer.collect_due() == 0
        del junk
    finally:
        _stop_collecting()
    away.deleteLater()


@pytest.mark.usefixtures("policy")
def test_going_to_another_application_frees_what_died_frozen_at_most_once_a_minute(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = QApplication.instance()
    away = AwayCollection(app)
    cell: list[object] = []
    cell.append(cell)  # a cycle, frozen, then dropped: only a full pass over frozen ones frees it
    collector.keep_long_lived()
    del cell
    frozen = gc.get_freeze_count()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert away.passes == 0, "one a minute at most (none yet since it began)"
    monkeypatch.setattr(collector_policy, "AWAY_INTERVAL_S", 0.0)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert away.passes == 0, "not while the user is here"
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert away.passes == 1
    assert gc.get_freeze_count() < frozen
    away.deleteLater()
