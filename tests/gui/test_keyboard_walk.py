"""What a researcher on the keyboard alone (and one with a screen reader) met in the window.

Each test drives the real window with keys and watches where the keyboard goes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.gui.actions import ActionId
from desktop.gui.annotation_list import AnnotationListView
from desktop.gui.compare_window import CompareWindow
from desktop.gui.main_window import MainWindow
from desktop.gui.segmenter_service import SegmenterService
from desktop.gui.window_annotation_batch import DockBatchRequests
from desktop.models.annotations_model import Role
from tests.gui.accessibility import says_something, spoken_name
from tests.gui.compare_helpers import DRAFT, FINAL, chooser_of, import_two_versions, open_compare
from tests.gui.focus_helpers import takes_the_keyboard
from tests.gui.language_fixtures import ready_segmenter  # noqa: F401 - fixture
from tests.gui.library_messages import shown
from tests.gui.reader.helpers import select_with_keys
from tests.gui.window_helpers import focus_reader, select_and_press, type_chinese

WORD = "效能革命"


@pytest.fixture
def focus_moves(qapp: QApplication) -> Iterator[list[QWidget]]:
    """Every widget given the keyboard while the test runs, in turn."""
    moves: list[QWidget] = []

    def note(_old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            moves.append(new)

    qapp.focusChanged.connect(note)
    yield moves
    qapp.focusChanged.disconnect(note)


def test_escape_in_the_find_bar_hands_the_keyboard_to_the_page_alone(
    qtbot: QtBot, main_window: MainWindow, focus_moves: list[QWidget]
) -> None:
    focus_reader(qtbot, main_window)
    main_window.registry.action(ActionId.FIND).trigger()
    edit = main_window.find_bar.edit
    qtbot.waitUntil(edit.hasFocus)
    type_chinese(edit, WORD)
    focus_moves.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(main_window.reader.hasFocus)
    # Not first the next widget of the chain (the annotations' scope button), said aloud.
    assert [widget.objectName() for widget in focus_moves] == ["reader"]


def test_search_library_selects_the_words_it_starts_from(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = main_window.current_speech().text.index(WORD)
    focus_reader(qtbot, main_window)
    select_with_keys(main_window.reader, start, start + len(WORD))
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    box = main_window.search_dock().query_box
    qtbot.waitUntil(box.hasFocus)
    assert box.currentText() == WORD
    assert box.lineEdit().selectedText() == WORD  # typing replaces them, as in Find
    qtbot.keyClicks(box.lineEdit(), "GDP")
    assert box.currentText() == "GDP"


@pytest.fixture
def two_versions(library_path: Path) -> tuple[int, int]:
    """The draft's and the final version's speech ids, imported into the test's library."""
    return import_two_versions(library_path)


def test_escape_in_compare_with_s_chooser_gives_the_keyboard_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    focus_reader(qtbot, main_window)
    main_window.registry.action(ActionId.COMPARE_WITH).trigger()
    chooser = chooser_of(qtbot, main_window)
    qtbot.waitUntil(chooser.filter_edit.hasFocus)
    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not chooser.isVisible())
    qtbot.waitUntil(main_window.reader.hasFocus)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's windows
def test_closing_the_compare_window_gives_the_keyboard_back(
    qtbot: QtBot, main_window: MainWindow, two_versions: tuple[int, int]
) -> None:
    main_window.open_speech(two_versions[1])
    focus_reader(qtbot, main_window)
    compare = open_compare(qtbot, main_window, *two_versions)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().window() is compare
    compare.close_action.trigger()  # Ctrl+W
    qtbot.waitUntil(lambda: main_window.findChild(CompareWindow) is None)
    qtbot.waitUntil(main_window.reader.hasFocus)


def _cancelled_picker(qtbot: QtBot) -> Callable[..., object]:
    """A stand-in for a native file dialog: it takes the keyboard, then the user cancels it."""

    def pick(parent: QWidget, _folder: Path) -> object:
        takes_the_keyboard(qtbot, parent)
        return ""

    return pick


@pytest.mark.parametrize("action", [ActionId.IMPORT, ActionId.IMPORT_ANNOTATIONS])
def test_a_cancelled_file_dialog_gives_the_keyboard_back(
    qtbot: QtBot, main_window: MainWindow, action: ActionId
) -> None:
    main_window.pick_files = _cancelled_picker(qtbot)
    main_window.pick_annotation_file = _cancelled_picker(qtbot)
    focus_reader(qtbot, main_window)
    main_window.registry.action(action).trigger()
    qtbot.waitUntil(main_window.reader.hasFocus)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs
@pytest.mark.parametrize(
    ("action", "kind", "name"),
    [
        (ActionId.BACK_UP_NOW, QFileDialog, "backup_file_dialog"),
        (ActionId.RESTORE_BACKUP, QDialog, "restore_dialog"),
    ],
)
def test_escape_in_the_library_s_dialogs_gives_the_keyboard_back(
    qtbot: QtBot, main_window: MainWindow, action: ActionId, kind: type, name: str
) -> None:
    focus_reader(qtbot, main_window)
    main_window.registry.action(action).trigger()
    qtbot.waitUntil(lambda: shown(main_window, kind, name) is not None)
    dialog = shown(main_window, kind, name)
    dialog.activateWindow()  # as a window manager does
    qtbot.waitUntil(lambda: QApplication.focusWidget().window() is dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(main_window.reader.hasFocus)


def test_the_concordance_key_in_the_terms_pane_takes_its_term_not_a_selection_left_in_the_page(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    service = SegmenterService(ready_segmenter, main_window)
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "ready"):
        main_window.start_segmenter(service)
    with qtbot.waitSignal(main_window.terms_dock().terms_shown, timeout=30_000):
        main_window.registry.action(ActionId.SHOW_TERMS).trigger()
    start = main_window.current_speech().text.index("大规模")
    select_with_keys(main_window.reader, start, start + 3)  # left there (a Find hit)
    dock = main_window.terms_dock()
    view = dock.keyword_view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the first keyword, marked in the page
    qtbot.waitUntil(lambda: dock.chosen_term() is not None)
    assert dock.chosen_term() != "大规模"
    dialog = main_window.concordance_dialog()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        main_window.registry.action(ActionId.CONCORDANCE).trigger()  # Ctrl+Shift+K
    assert dialog.term_edit.text() == dock.chosen_term()
    dialog.close()
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)


def test_the_concordance_key_in_the_search_box_takes_its_words(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = main_window.current_speech().text.index(WORD)
    focus_reader(qtbot, main_window)
    select_with_keys(main_window.reader, start, start + 2)
    main_window.show_library_search()
    box = main_window.search_dock().query_box
    qtbot.waitUntil(box.hasFocus)
    type_chinese(box.lineEdit(), "窗口")
    dialog = main_window.concordance_dialog()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        main_window.registry.action(ActionId.CONCORDANCE).trigger()
    assert dialog.term_edit.text() == "窗口"
    dialog.close()


def _cancelled_save(qtbot: QtBot) -> Callable[..., tuple[str, str]]:
    """A stand-in for QFileDialog.getSaveFileName: it takes the keyboard, then is cancelled."""
    picker = _cancelled_picker(qtbot)

    def ask(parent: QWidget, *_args: object) -> tuple[str, str]:
        picker(parent, Path())
        return "", ""

    return ask


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs
def test_a_cancelled_export_csv_gives_the_keyboard_back_to_its_button(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _cancelled_save(qtbot))
    main_window.show_library_search(WORD)
    dock = main_window.search_dock()
    button = next(
        b
        for b in dock.findChildren(QToolButton)
        if b.defaultAction() is dock.table_export.export_action
    )
    qtbot.waitUntil(button.isEnabled)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(button.hasFocus)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs
def test_a_cancelled_choose_in_the_export_dialog_gives_the_keyboard_back_to_it(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _cancelled_save(qtbot))
    dialog = main_window.show_export_dialog()
    qtbot.waitExposed(dialog)
    choose = dialog.ui.browse
    dialog.activateWindow()
    choose.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(choose.hasFocus)
    qtbot.keyClick(choose, Qt.Key.Key_Space)
    qtbot.waitUntil(choose.hasFocus)
    dialog.close()


def test_a_cancelled_add_tag_gives_the_keyboard_back_to_the_annotations(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    picker = _cancelled_picker(qtbot)
    monkeypatch.setattr(
        DockBatchRequests, "ask_tag", staticmethod(lambda parent, *_: picker(parent, Path()))
    )
    start = main_window.current_speech().text.index(WORD)
    with qtbot.waitSignal(main_window.session.annotation_added):
        select_and_press(qtbot, main_window, start, start + len(WORD), Qt.Key.Key_1)
    view = main_window.annotations_dock.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Add Tag…
    qtbot.waitUntil(view.hasFocus)


_PANES = {
    ActionId.TOGGLE_LIBRARY: lambda window: window.library_dock,
    ActionId.TOGGLE_ANNOTATIONS: lambda window: window.annotations_dock,
    ActionId.SHOW_TERMS: lambda window: window.terms_dock(),
}


@pytest.mark.parametrize("action", list(_PANES))
def test_hiding_the_pane_with_the_keyboard_hands_it_to_the_page_alone(
    qtbot: QtBot, main_window: MainWindow, focus_moves: list[QWidget], action: ActionId
) -> None:
    toggle = main_window.registry.action(action)
    if not toggle.isChecked():
        toggle.trigger()  # its key shows it, with the keyboard in it
    pane = _PANES[action](main_window)
    qtbot.waitUntil(pane.isVisible)
    main_window.panes.enter(pane)
    qtbot.waitUntil(lambda: pane.isAncestorOf(QApplication.focusWidget()))
    focus_moves.clear()
    toggle.trigger()  # Ctrl+Shift+L, N or T again: hidden
    qtbot.waitUntil(main_window.reader.hasFocus)
    assert not pane.isVisible()
    assert [widget.objectName() for widget in focus_moves] == ["reader"]


def _annotated_list(qtbot: QtBot, window: MainWindow) -> AnnotationListView:
    """The annotations list holding one highlight, no row current nor chosen (as after a
    start), the keyboard in the filter box above it."""
    start = window.current_speech().text.index(WORD)
    with qtbot.waitSignal(window.session.annotation_added):
        select_and_press(qtbot, window, start, start + len(WORD), Qt.Key.Key_1)
    dock = window.annotations_dock
    view = dock.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.selectionModel().clear()
    dock.filter_bar.search_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dock.filter_bar.search_edit.hasFocus)
    return view


def test_tab_into_the_annotations_chooses_the_row_it_shows_so_delete_acts_on_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    view = _annotated_list(qtbot, main_window)
    dock = main_window.annotations_dock
    qtbot.keyClick(dock.filter_bar.search_edit, Qt.Key.Key_Tab)  # into the list
    qtbot.waitUntil(view.hasFocus)
    assert view.currentIndex().isValid()  # Qt makes the first row current: its note shows
    assert [a.id for a in dock.selected_annotations()] == [
        view.currentIndex().data(Role.ANNOTATION).id
    ]
    with qtbot.waitSignal(main_window.session.annotation_removed):
        qtbot.keyClick(view, Qt.Key.Key_Delete)


def test_tab_into_the_annotations_leaves_the_page_where_it_is(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    view = _annotated_list(qtbot, main_window)
    dock = main_window.annotations_dock
    jumps: list[object] = []
    dock.jump_requested.connect(lambda *args: jumps.append(args))
    qtbot.keyClick(dock.filter_bar.search_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(view.hasFocus)
    assert jumps == []  # only a move along the list, or Enter, goes to a passage
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(jumps) == 1


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's windows
def test_swap_sides_has_a_key_in_the_compare_window(
    qtbot: QtBot, main_window: MainWindow, two_versions: tuple[int, int]
) -> None:
    main_window.open_speech(two_versions[1])
    compare = open_compare(qtbot, main_window, *two_versions)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert compare.old_title.text().endswith(DRAFT)
    assert "(Alt+S)" in compare.swap_action.toolTip()  # said where the button is
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: compare.old_title.text().endswith(FINAL))
    compare.close()


def test_deleting_the_list_s_last_row_by_keys_leaves_the_keyboard_on_something_named(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = main_window.current_speech().text.index(WORD)
    with qtbot.waitSignal(main_window.session.annotation_added):
        select_and_press(qtbot, main_window, start, start + len(WORD), Qt.Key.Key_1)
    view = main_window.annotations_dock.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    main_window.panes.enter(main_window.annotations_dock)
    qtbot.waitUntil(view.hasFocus)
    with qtbot.waitSignal(main_window.session.annotation_removed):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not view.isVisible())
    focused = QApplication.focusWidget()
    assert focused is not None
    assert says_something(spoken_name(focused)), type(focused).__name__  # "No highlights…"
