"""The main window on a laptop's small screen (1280×720, 1366×768): it fits with room to spare
whatever docks share the right column, and its lists get the room before the note editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.screen_fit import FRAME_ROOM
from tests.gui.language_fixtures import type_text
from tests.gui.window_helpers import highlight_word

TASKBAR = 40
"""What a system's taskbar takes of a screen's height."""

SPARE = 100
"""What a window at its smallest leaves of a 720-px screen: room to spare, not a squeeze."""


def _lay_out() -> None:
    """Lay out the layouts nested in the docks, each waiting for its request in turn."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _choose_first_annotation(qtbot: QtBot, window: MainWindow) -> None:
    """Mark a word and choose its row: the note editor shows under the list."""
    annotations = window.ensure_annotations_dock()
    qtbot.waitUntil(annotations.isVisible)
    highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    view = annotations.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.setCurrentIndex(view.model().index(0, 0))  # this speech's: no groups
    qtbot.waitUntil(annotations.editor.isVisible)
    _lay_out()


def test_the_window_fits_a_720_px_screen_with_both_right_docks(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The terms under the annotations (a note being edited) and the search below the page:
    the window's smallest height leaves room on a 720-px screen less its taskbar."""
    _choose_first_annotation(qtbot, main_window)
    main_window.registry.action(ActionId.SHOW_TERMS).setChecked(True)
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    terms = main_window.terms_dock()
    qtbot.waitUntil(lambda: terms.isVisible() and main_window.search_dock().isVisible())
    annotations = main_window.ensure_annotations_dock()
    assert main_window.dockWidgetArea(terms) == main_window.dockWidgetArea(annotations)
    _lay_out()
    room = 720 - TASKBAR - FRAME_ROOM
    assert main_window.minimumSizeHint().height() <= room - SPARE


def test_the_annotations_list_takes_the_room_before_the_note_editor(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """At 1366×768 (the annotations alone on the right) the list gets most of the column;
    the editor opens small, and its splitter is the one the window saves."""
    main_window.resize(1366, 768 - TASKBAR - FRAME_ROOM)
    _choose_first_annotation(qtbot, main_window)
    annotations = main_window.ensure_annotations_dock()
    splitter = annotations.findChild(QSplitter, "annotations_splitter")
    assert splitter in main_window._splitters()  # kept in QSettings with the others
    list_height, details_height = splitter.sizes()
    assert list_height >= 2 * details_height
    note = annotations.editor.note_edit
    assert note.height() >= note.minimumSizeHint().height() > note.fontMetrics().lineSpacing()


def test_the_search_results_get_the_room_of_a_720_px_window(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Along the bottom, first opened: the query with its options and the counts take two
    rows, and the hits the rest (eight rows at least), with the page still above them."""
    main_window.resize(1280, 720 - TASKBAR - FRAME_ROOM)
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = main_window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), "效能")
    _lay_out()
    view = dock.view
    assert view.viewport().height() >= 8 * view.sizeHintForRow(0)
    page = main_window.reader.viewport().height()
    assert page >= 8 * main_window.reader.fontMetrics().lineSpacing(), "the page reads on above"


def test_the_terms_first_shown_leave_the_annotations_list_its_rows(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """On a 720-px screen, a note open: the terms panel first shown under the annotations
    shares the room beyond what each dock needs, and the list keeps two annotations whole."""
    main_window.resize(1280, 720 - TASKBAR - FRAME_ROOM)
    _choose_first_annotation(qtbot, main_window)
    highlight_word(qtbot, main_window, "干部", Qt.Key.Key_2)
    annotations = main_window.ensure_annotations_dock()
    view = annotations.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 2)
    main_window.registry.action(ActionId.SHOW_TERMS).trigger()
    terms = main_window.terms_dock()
    qtbot.waitUntil(terms.isVisible)
    QCoreApplication.processEvents()  # the share, at the loop's next turn (zero timer)
    _lay_out()
    rows = sum(view.visualRect(view.model().index(row, 0)).height() for row in range(2))
    assert view.viewport().height() >= rows
    # Neither is squeezed to its floor for the other: each gets as much above its own.
    above = [dock.height() - dock.minimumSizeHint().height() for dock in (annotations, terms)]
    assert abs(above[0] - above[1]) <= 8
