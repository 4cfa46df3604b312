"""A text search's hits in annotations, in the real window: the summary tells them honestly,
and their count is a link, followed by a click or the keyboard, to the notes search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from desktop.models.search_results_model import Role
from tests.gui.language_fixtures import type_text
from tests.gui.search_helpers import shown_counts, summary_text
from tests.gui.ui_languages import window_language

ONLY_NOTED = "鹦鹉螺"
"""A word no speech of the sample says: found only in the note the test writes."""


def _text_search(qtbot: QtBot, window: MainWindow, query: str) -> SearchDock:
    """Open the panel (its texts searched, as it opens) and type ``query``."""
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    assert not dock.notes_box.isChecked()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), query)
    return dock


def _noted(window: MainWindow, note: str = f"开头可作{ONLY_NOTED}") -> str:
    """A note on the speech being read; its id."""
    return window.session.add_note(window.current_speech_id(), 0, 2, note).id


def _note_rows(qtbot: QtBot, dock: SearchDock) -> list[str]:
    """The annotation ids of the hits the results list."""
    ids = []
    for group_row in range(dock.model.rowCount()):
        group = dock.model.index(group_row, 0)
        dock.view.expand(group)
        qtbot.waitUntil(lambda group=group: dock.model.rowCount(group) > 0)
        for row in range(dock.model.rowCount(group)):
            ids.append(dock.model.index(row, 0, group).data(Role.ANNOTATION_ID))
    return ids


def test_hits_only_in_notes_are_not_called_no_hits(qtbot: QtBot, main_window: MainWindow) -> None:
    """It read "No hits. Words are found exactly as typed… · In annotations: 1"."""
    _noted(main_window)
    dock = _text_search(qtbot, main_window, ONLY_NOTED)
    assert dock.model.speech_total() == 0
    assert shown_counts(dock) == ("No hits in the speech texts;", "1 in annotations")
    with window_language(main_window):
        qtbot.waitUntil(lambda: shown_counts(dock) == ("讲话正文中没有命中；", "批注中有 1 处"))
        assert dock.notes_link.accessibleName() == "查看批注中的 1 处命中"


def test_the_advice_stays_when_nothing_is_found_anywhere(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _text_search(qtbot, main_window, ONLY_NOTED)
    assert shown_counts(dock) == (
        "No hits. Words are found exactly as typed: try fewer or shorter ones.",
        "",
    )


def test_clicking_the_count_in_annotations_lists_those_hits(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    note_id = _noted(main_window)
    dock = _text_search(qtbot, main_window, ONLY_NOTED)
    assert _note_rows(qtbot, dock) == []
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.mouseClick(dock.notes_link, Qt.MouseButton.LeftButton)
    assert dock.notes_box.isChecked()
    assert dock.query_text() == ONLY_NOTED
    assert _note_rows(qtbot, dock) == [note_id]
    assert shown_counts(dock) == ("Hits in annotations: 1 · Speeches: 1", "")
    with qtbot.waitSignal(dock.searched, timeout=10_000):  # back: the box a user unticks
        qtbot.mouseClick(dock.notes_box, Qt.MouseButton.LeftButton)
    assert shown_counts(dock) == ("No hits in the speech texts;", "1 in annotations")


def test_the_count_is_a_link_with_hits_in_texts_too(qtbot: QtBot, main_window: MainWindow) -> None:
    dock = _text_search(qtbot, main_window, "发展")
    assert dock.model.speech_total() > 0
    note_id = _noted(main_window, "发展要点")
    qtbot.waitUntil(lambda: shown_counts(dock)[1] == "In annotations: 1")
    assert summary_text(dock).startswith("Hits: ")
    assert dock.notes_link.accessibleName() == "Show the hits in annotations (1)"
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.mouseClick(dock.notes_link, Qt.MouseButton.LeftButton)
    assert note_id in _note_rows(qtbot, dock)


def _tab_to(qtbot: QtBot, start: QWidget, target: QWidget) -> None:
    """Press Tab from ``start`` until ``target`` has the keyboard (within a lap of the window)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    for _ in range(60):
        if target.hasFocus():
            return
        qtbot.keyClick(start.window().focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached it")


def test_the_link_is_reached_by_tab_and_followed_by_enter(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    note_id = _noted(main_window)
    dock = _text_search(qtbot, main_window, ONLY_NOTED)
    _tab_to(qtbot, dock.query_box.lineEdit(), dock.notes_link)
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        qtbot.keyClick(dock.notes_link, Qt.Key.Key_Return)
    assert _note_rows(qtbot, dock) == [note_id]
    assert dock.notes_box.hasFocus(), "the keyboard is on the way back, not lost"


def test_tab_reaches_the_link_before_the_results(qtbot: QtBot, main_window: MainWindow) -> None:
    _noted(main_window)
    dock = _text_search(qtbot, main_window, ONLY_NOTED)
    _tab_to(qtbot, dock.query_box.lineEdit(), dock.notes_box)
    qtbot.keyClick(dock.notes_box, Qt.Key.Key_Tab)
    assert dock.notes_link.hasFocus()
    qtbot.keyClick(dock.notes_link, Qt.Key.Key_Tab)
    assert dock.view.hasFocus()


def test_the_link_takes_the_themes_link_colour(qtbot: QtBot, main_window: MainWindow) -> None:
    dock = main_window.search_dock()

    def drawn_in(role_colour: str) -> bool:
        return f"color: {role_colour};" in dock.notes_link.styleSheet()

    def link_colour() -> str:
        return dock.palette().color(QPalette.ColorRole.Link).name()

    light = link_colour()
    assert drawn_in(light)
    try:
        main_window.registry.action(ActionId.THEME_DARK).trigger()
        qtbot.waitUntil(lambda: link_colour() != light and drawn_in(link_colour()))
    finally:
        main_window.registry.action(ActionId.THEME_LIGHT).trigger()
    qtbot.waitUntil(lambda: drawn_in(light))


def test_results_forgotten_before_a_restore_take_their_counts_and_link_with_them(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The rows went, but "Hits: … · In annotations: 1" stayed over an empty list until the
    # query ran again: counts of results no longer there, and a link to them.
    dock = _text_search(qtbot, main_window, "发展")
    _noted(main_window, "发展要点")
    qtbot.waitUntil(lambda: shown_counts(dock)[1] == "In annotations: 1")
    main_window.release_library_readers()  # as a restore does, before it replaces the file
    assert dock.model.speech_total() == 0
    assert shown_counts(dock) == ("", "")
    assert dock.summary.isHidden()
