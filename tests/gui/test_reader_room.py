"""Tests for desktop/gui/reader_room.py: the page stays readable as the window narrows."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.gui.action_ids import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.reader_room import DOCK_FLOOR, READABLE_CHARACTERS, shared_widths
from desktop.gui.settings import Settings
from tests.gui.conftest import WindowFactory, close_window

HEIGHT = 700


def _resize(qtbot: QtBot, window: MainWindow, width: int) -> None:
    window.resize(width, HEIGHT)
    qtbot.waitUntil(lambda: window.width() == width)
    room = window.reader_room
    assert room is not None
    qtbot.waitUntil(lambda: not room.fit_pending)
    window.layout().activate()


def _reader_fits(window: MainWindow) -> bool:
    room = window.reader_room
    assert room is not None
    return window.reader.viewport().width() >= room.reader_minimum()


def test_the_minimum_is_twenty_characters_at_the_current_font(main_window: MainWindow) -> None:
    room = main_window.reader_room
    assert room is not None
    before = room.reader_minimum()
    assert before >= READABLE_CHARACTERS * main_window.reader.em
    main_window.registry.action(ActionId.ZOOM_IN).trigger()
    assert room.reader_minimum() > before


def test_at_900_the_right_column_steps_aside_and_comes_back_at_1366(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    annotations = window.annotations_dock
    _resize(qtbot, window, 1366)
    assert annotations.isVisible()
    assert _reader_fits(window)
    library, column = window.library_dock.width(), annotations.width()

    _resize(qtbot, window, 900)
    assert _reader_fits(window)
    assert not annotations.isVisible(), "the annotations gave way to the page"
    assert window.library_dock.isVisible()
    assert window.library_dock.width() >= DOCK_FLOOR
    assert not window.registry.action(ActionId.TOGGLE_ANNOTATIONS).isChecked()

    _resize(qtbot, window, 1366)
    assert annotations.isVisible(), "back once there is room"
    assert _reader_fits(window)
    assert (window.library_dock.width(), annotations.width()) == (library, column)


def test_at_1100_the_docks_narrow_before_the_page_does(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    annotations = window.annotations_dock
    _resize(qtbot, window, 1366)
    wide = window.library_dock.width() + annotations.width()
    _resize(qtbot, window, 1100)
    assert annotations.isVisible()
    assert _reader_fits(window)
    assert window.library_dock.width() + annotations.width() < wide
    assert min(window.library_dock.width(), annotations.width()) >= DOCK_FLOOR


def test_a_dock_the_user_hid_stays_hidden(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    toggle = window.registry.action(ActionId.TOGGLE_ANNOTATIONS)
    _resize(qtbot, window, 1366)
    toggle.trigger()
    assert window.annotations_dock.isHidden()
    for width in (900, 1366):
        _resize(qtbot, window, width)
        qtbot.wait(1)  # the room's queued fit, if any, has had its turn
        assert window.annotations_dock.isHidden(), width
        assert not toggle.isChecked()


def test_a_dock_the_user_shows_again_on_a_narrow_window_stays(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    _resize(qtbot, window, 900)
    assert window.annotations_dock.isHidden()
    window.registry.action(ActionId.TOGGLE_ANNOTATIONS).trigger()
    qtbot.waitUntil(lambda: window.annotations_dock.isVisible())
    _resize(qtbot, window, 880)
    assert window.annotations_dock.isVisible(), "the user's choice, not the window's"


def test_widths_set_by_hand_come_back_as_the_window_widens(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    _resize(qtbot, window, 1366)
    # As a drag of the separator ends: the new width, then the button let go on the window.
    window.resizeDocks([window.library_dock], [240], Qt.Orientation.Horizontal)
    window.layout().activate()
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(242, HEIGHT // 2))
    qtbot.wait(1)
    _resize(qtbot, window, 1000)
    _resize(qtbot, window, 1366)
    assert abs(window.library_dock.width() - 240) <= 1


def test_a_layout_saved_on_a_wide_screen_opens_readable_on_a_small_one(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _resize(qtbot, window, 1600)
    dock = window.annotations_dock
    window.resizeDocks([window.library_dock, dock], [520, 560], Qt.Orientation.Horizontal)
    window.layout().activate()
    _resize(qtbot, window, 1600)
    close_window(window)

    again = open_window()  # the offscreen screen is 800 px wide
    again.layout().activate()
    assert again.width() <= again.screen().availableGeometry().width()
    assert _reader_fits(again)


def test_docks_hidden_for_room_are_saved_as_shown(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    _resize(qtbot, window, 900)
    assert window.annotations_dock.isHidden()
    close_window(window)

    again = open_window()
    _resize(qtbot, again, 1366)
    assert again.annotations_dock.isVisible(), "the window hid it, not the user"


def test_widths_narrowed_for_room_come_back_after_a_quit_on_a_narrow_window(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _resize(qtbot, window, 1366)
    wide = (window.library_dock.width(), window.annotations_dock.width())
    _resize(qtbot, window, 1100)  # the docks narrow for the page
    assert window.library_dock.width() + window.annotations_dock.width() < sum(wide)
    close_window(window)

    again = open_window()  # the narrow window comes back as it was left
    _resize(qtbot, again, 1366)
    assert abs(again.library_dock.width() - wide[0]) <= 1, "the user's width, not the room's"
    assert abs(again.annotations_dock.width() - wide[1]) <= 1


def test_saved_dock_widths_read_back_and_a_hand_edited_value_is_passed_over(
    tmp_path: Path,
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.dock_widths = {"left": 300, "right": 340}
    assert Settings(tmp_path / "settings.ini").dock_widths == {"left": 300, "right": 340}
    QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat).setValue(
        "ui/dock_widths", {"left": "wide", "right": 320}
    )
    assert Settings(tmp_path / "settings.ini").dock_widths == {"right": 320}


@given(
    st.lists(st.tuples(st.integers(0, 900), st.integers(100, 400)), min_size=1, max_size=2),
    st.integers(0, 1600),
)
def test_shared_widths_keep_floors_and_give_up_no_more_than_needed(
    sides: list[tuple[int, int]], room: int
) -> None:
    wanted, floors = [w for w, _ in sides], [f for _, f in sides]
    widths = shared_widths(wanted, floors, room)
    assert all(width >= floor for width, floor in zip(widths, floors, strict=True))
    assert all(width <= max(w, f) for width, w, f in zip(widths, wanted, floors, strict=True))
    if sum(floors) <= room:
        assert sum(widths) == min(room, sum(max(w, f) for w, f in zip(wanted, floors, strict=True)))
