"""A whole-library keyword chosen in the terms panel: marked in the open speech, stepped through
the speeches holding it (each opened in turn), and still right when a speech goes meanwhile."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot, SignalBlocker

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.segmenter_service import SegmenterService
from desktop.gui.terms_dock import LAYER, TermsDock
from desktop.models.terms_model import Role
from tests.gui.language_fixtures import ready_segmenter  # noqa: F401 - fixture

WORD = "效能革命"
OPEN, OTHER = 4, 1  # the two sample speeches holding it as a whole word: 篇4, then 篇1 first

pytestmark = pytest.mark.qt_log_ignore("does not support raise")

Places = Callable[[], list[tuple[int, int]]]


def _places(window: MainWindow, segmenter: Segmenter) -> list[tuple[int, int]]:
    """The word's whole-word places in the speech read, as the speech scope finds them."""
    tokens = segmenter.tokens(window.current_speech().text, wait=True) or []
    return [(t.start, t.end) for t in tokens if t.word == WORD]


def _library_panel(qtbot: QtBot, window: MainWindow, segmenter: Segmenter) -> TermsDock:
    """The window reading ``OPEN``, jieba ready, the panel shown and switched to the library."""
    window.open_speech(OPEN)
    service = SegmenterService(segmenter, window)
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "ready"):
        window.start_segmenter(service)
    dock = window.terms_dock()
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        window.registry.action(ActionId.SHOW_TERMS).trigger()
    qtbot.waitUntil(lambda: not window.running_work(), timeout=60_000)  # the words counted
    dock.scope_box.setFocus()
    while dock.scope_box.currentIndex() < dock.scope_box.count() - 1:
        with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
            qtbot.keyClick(dock.scope_box, Qt.Key.Key_Down)
    assert dock.scope_box.currentText() == "Whole library"
    return dock


@pytest.fixture
def dock(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> Iterator[TermsDock]:
    """The library panel of ``_library_panel``; the window's work let finish afterwards."""
    yield _library_panel(qtbot, main_window, ready_segmenter)
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)


@pytest.fixture
def places(
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> Places:
    """The word's places in whichever speech the window reads when called."""
    return lambda: _places(main_window, ready_segmenter)


def _opened_speeches(dock: TermsDock) -> list[int]:
    """The speeches the panel asks the window to open from now on, as it asks."""
    opened: list[int] = []
    dock.open_hit_requested.connect(lambda speech, _start, _end: opened.append(speech))
    return opened


def _delete_first_collection(qtbot: QtBot, window: MainWindow, dock: TermsDock) -> None:
    """Delete the first collection (every sample speech) from the tree, as a user would."""
    window.library_pane.tree.setCurrentIndex(window.library_pane.proxy.index(0, 0))
    with qtbot.waitSignal(dock.clear_marks_requested, timeout=30_000):
        window.registry.action(ActionId.DELETE_COLLECTION).trigger()


def _click_keyword(qtbot: QtBot, dock: TermsDock) -> None:
    dock.tabs.setCurrentIndex(0)
    view = dock.keyword_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Role.TERM) == WORD)
    rect = view.visualRect(model.index(row, 0))
    with qtbot.waitSignal(dock.marks_requested, check_params_cb=lambda ranges, _c: bool(ranges)):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _step(qtbot: QtBot, dock: TermsDock, button: str = "next") -> list[object]:
    """Click an arrow; the marks then asked for (after the worker and the window, if needed)."""
    arrow = dock.next_button if button == "next" else dock.previous_button
    with qtbot.waitSignal(dock.marks_requested, timeout=30_000) as marked:
        qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)
    return marked.args


def test_a_library_keyword_is_marked_and_stepped_into_the_other_speech(
    qtbot: QtBot, main_window: MainWindow, dock: TermsDock, places: Places
) -> None:
    _click_keyword(qtbot, dock)
    here = places()
    assert len(here) == 15
    assert main_window.reader.marks(LAYER) == here
    qtbot.waitUntil(lambda: "“效能革命”: 40 times in 2 speeches" in dock.status.full_text())
    assert dock.step_label.text() == "0/40"
    for step in range(len(here)):
        assert _step(qtbot, dock) == [here, step]
    assert dock.step_label.text() == "40/40"  # 篇1's 25 come first in the library
    ranges, current = _step(qtbot, dock)  # past the last: 篇1 opened, its first marked
    assert main_window.current_speech_id() == OTHER
    there = places()
    assert (ranges, current) == (there, 0)
    assert main_window.reader.marks(LAYER) == there
    assert main_window.current_speech().text[slice(*there[0])] == WORD
    assert dock.step_label.text() == "1/40"
    ranges, current = _step(qtbot, dock, "previous")  # back across: 篇4's last
    assert main_window.current_speech_id() == OPEN
    assert (ranges, current) == (here, len(here) - 1)


def test_a_speech_deleted_between_steps_is_skipped(
    qtbot: QtBot, main_window: MainWindow, dock: TermsDock, places: Places
) -> None:
    _click_keyword(qtbot, dock)
    here = places()
    for step in range(len(here)):
        assert _step(qtbot, dock) == [here, step]
    # 篇1 goes as a re-import without it takes it, the window not told yet.
    with (
        open_library(main_window.session.library_path, create=False, daily_backup=False) as other,
        other.db.transaction() as conn,
    ):
        conn.execute("DELETE FROM speeches WHERE id = ?", (OTHER,))
    assert _step(qtbot, dock) == [here, 0]  # wrapped round within 篇4
    assert main_window.current_speech_id() == OPEN
    assert "“效能革命”: 15 times in 1 speech" in dock.status.full_text()
    assert dock.step_label.text() == "1/15"
    assert _step(qtbot, dock, "previous") == [here, len(here) - 1]


def test_a_library_change_told_to_the_window_chooses_the_keyword_again(
    qtbot: QtBot, main_window: MainWindow, dock: TermsDock, places: Places
) -> None:
    _click_keyword(qtbot, dock)
    here = places()
    _delete_first_collection(qtbot, main_window, dock)
    assert main_window.current_speech() is None
    qtbot.mouseClick(dock.next_button, Qt.MouseButton.LeftButton)  # nothing to step: no crash
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        main_window.registry.action(ActionId.UNDO).trigger()
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=60_000)
    main_window.open_speech(OPEN)
    _click_keyword(qtbot, dock)
    assert main_window.reader.marks(LAYER) == here


@pytest.mark.parametrize(("button", "reached"), [("next", OPEN), ("previous", OTHER)])
def test_a_first_step_from_a_speech_without_the_word_goes_to_the_nearest_holding_it(
    qtbot: QtBot,
    main_window: MainWindow,
    dock: TermsDock,
    places: Places,
    button: str,
    reached: int,
) -> None:
    """From 篇3 (no 效能革命) the next speech holding it is 篇4, the previous 篇1: as a reader
    going on from 篇3 would meet it, not the first or last of the library."""
    _click_keyword(qtbot, dock)
    with qtbot.waitSignal(dock.marks_requested, check_params_cb=lambda r, _c: r == []):
        main_window.open_speech(3)

    marked = _step(qtbot, dock, button)

    assert main_window.current_speech_id() == reached
    here = places()
    assert marked == [here, 0 if button == "next" else len(here) - 1]


# Presses made while a lookup runs ---------------------------------------------------------
# The worker's answer comes back by a queued signal: clicks made one after another, without
# the event loop running between them, are all made while the lookup is under way.


def _press_keyword(qtbot: QtBot, dock: TermsDock) -> None:
    """Click the keyword without waiting for its speeches to be found."""
    dock.tabs.setCurrentIndex(0)
    view = dock.keyword_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(Role.TERM) == WORD)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(model.index(row, 0)).center(),
    )


def _press(qtbot: QtBot, dock: TermsDock, buttons: str) -> None:
    """Click the arrows quickly: "v" the next, "^" the previous."""
    for button in buttons:
        arrow = dock.next_button if button == "v" else dock.previous_button
        qtbot.mouseClick(arrow, Qt.MouseButton.LeftButton)


def _to_the_last_here(qtbot: QtBot, dock: TermsDock, window: MainWindow, count: int) -> None:
    for step in range(count):
        assert _step(qtbot, dock)[1] == step
    assert window.current_speech_id() == OPEN


def _marks_of_a_step(qtbot: QtBot, dock: TermsDock) -> SignalBlocker:
    """Waits for the marks of a step: those with a current place (not -1, the word's alone)."""
    return qtbot.waitSignal(
        dock.marks_requested, check_params_cb=lambda _r, c: c >= 0, timeout=30_000
    )


def test_presses_made_while_the_speeches_are_found_all_count(
    qtbot: QtBot, main_window: MainWindow, dock: TermsDock, places: Places
) -> None:
    here = places()
    with _marks_of_a_step(qtbot, dock) as marked:
        _press_keyword(qtbot, dock)
        _press(qtbot, dock, "vvv^v")
        assert "Finding the speeches containing “效能革命”…" in dock.status.full_text()
    assert marked.args == [here, 2]  # three down, one up, one down: the third here
    assert main_window.reader.marks(LAYER) == here
    assert dock.step_label.text() == "28/40"  # 篇1's 25 come first in the library
    assert "Finding" not in dock.status.full_text()


def test_presses_made_while_the_next_speech_is_looked_up_all_count(
    qtbot: QtBot, main_window: MainWindow, dock: TermsDock, places: Places
) -> None:
    _click_keyword(qtbot, dock)
    _to_the_last_here(qtbot, dock, main_window, 15)
    opened = _opened_speeches(dock)
    with qtbot.waitSignal(dock.marks_requested, timeout=30_000) as marked:
        _press(qtbot, dock, "vvv^")  # 篇1 looked up after the first: the others wait for it
        assert "Finding the next “效能革命”…" in dock.status.full_text()
    assert main_window.current_speech_id() == OTHER
    there = places()
    assert marked.args == [there, 1]
    assert opened == [OTHER]
    assert dock.step_label.text() == "2/40"
    assert "Finding the next" not in dock.status.full_text()


def test_a_speech_stepped_over_while_waiting_is_never_opened(
    qtbot: QtBot, main_window: MainWindow, dock: TermsDock, places: Places
) -> None:
    """From 篇4's last, 27 down and 1 up: into 篇1 (25 places), past all of it, back into 篇4
    at its first; 篇1 is looked up in the worker but never shown."""
    _click_keyword(qtbot, dock)
    here = places()
    _to_the_last_here(qtbot, dock, main_window, len(here))
    opened = _opened_speeches(dock)
    with qtbot.waitSignal(dock.marks_requested, timeout=30_000) as marked:
        _press(qtbot, dock, "v" * 27 + "^")
    assert marked.args == [here, 0]
    assert opened == []
    assert main_window.current_speech_id() == OPEN
    assert dock.step_label.text() == "26/40"


def test_presses_before_a_keyword_is_chosen_again_are_forgotten(
    qtbot: QtBot, main_window: MainWindow, dock: TermsDock, places: Places
) -> None:
    here = places()
    with _marks_of_a_step(qtbot, dock) as marked:
        _press_keyword(qtbot, dock)
        _press(qtbot, dock, "vv")
        _press_keyword(qtbot, dock)  # chosen again while its speeches are still being found
        _press(qtbot, dock, "v")
    assert marked.args == [here, 0]  # as if chosen, then one step
    assert dock.step_label.text() == "26/40"


def test_a_library_change_during_a_lookup_never_opens_a_speech_gone(
    qtbot: QtBot, main_window: MainWindow, dock: TermsDock, places: Places
) -> None:
    _click_keyword(qtbot, dock)
    _to_the_last_here(qtbot, dock, main_window, 15)
    opened = _opened_speeches(dock)
    _press(qtbot, dock, "vv")  # 篇1 being looked up
    _delete_first_collection(qtbot, main_window, dock)
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=60_000)
    assert opened == []
    assert main_window.current_speech() is None
    assert "Finding the next" not in dock.status.full_text()
