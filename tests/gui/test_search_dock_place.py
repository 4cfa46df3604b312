"""The search panel keeps its place when the library changes, in the real window.

A researcher goes through a query's hits one by one; an import, a rename or a collection
trashed makes the panel run the query again (the hits may have changed), and she must find the
same groups open, the same hit chosen, in the same place on screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from desktop.gui.search_jobs import ScopeKind
from desktop.models.search_results_model import Role
from tests.gui.files import good_file
from tests.gui.language_fixtures import type_text
from tests.gui.search_helpers import shown_counts

QUERY = "工作"  # in every sample speech, and in the file imported
WAIT_MS = 30_000


def _search(qtbot: QtBot, window: MainWindow, query: str = QUERY) -> SearchDock:
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        type_text(qtbot, dock.query_box.lineEdit(), query)
    return dock


def _open_group(qtbot: QtBot, dock: SearchDock, speech_id: int) -> QModelIndex:
    """Click a speech's row and open it with Right, as a keyboard user does."""
    index = dock.model.speech_index(speech_id)
    dock.view.scrollTo(index)
    qtbot.mouseClick(
        dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(index).center()
    )
    qtbot.keyClick(dock.view, Qt.Key.Key_Right)
    assert dock.view.isExpanded(index)
    return index


def _click_hit(qtbot: QtBot, dock: SearchDock, group: QModelIndex, row: int) -> QModelIndex:
    index = dock.model.index(row, 0, group)
    dock.view.scrollTo(index, dock.view.ScrollHint.PositionAtCenter)
    qtbot.mouseClick(
        dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(index).center()
    )
    assert dock.view.currentIndex() == index
    return index


def _hit(index: QModelIndex) -> tuple[int, int]:
    return index.data(Role.SPEECH_ID), index.data(Role.START)


def _expanded(dock: SearchDock) -> set[int]:
    model = dock.model
    return {
        model.index(row, 0).data(Role.SPEECH_ID)
        for row in range(model.rowCount())
        if dock.view.isExpanded(model.index(row, 0))
    }


def _selected(dock: SearchDock) -> list[tuple[int, int]]:
    return [_hit(index) for index in dock.view.selectionModel().selectedRows()]


def test_an_import_keeps_the_groups_open_the_hit_chosen_and_its_place_on_screen(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dock = _search(qtbot, main_window)
    _open_group(qtbot, dock, 3)
    group = _open_group(qtbot, dock, 5)
    chosen = _click_hit(qtbot, dock, group, 20)
    hit, top = _hit(chosen), dock.view.visualRect(chosen).top()
    assert dock.view.verticalScrollBar().value() > 0  # the list is scrolled to it
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.import_files([good_file(tmp_path)])
    assert dock.model.speech_total() == 8  # the new speech's hits came
    assert _expanded(dock) == {3, 5}
    current = dock.view.currentIndex()
    assert _hit(current) == hit
    assert _selected(dock) == [hit]
    assert dock.view.visualRect(current).top() == top
    qtbot.keyClick(dock.view, Qt.Key.Key_Down)  # the next hit from the one she was on
    assert dock.view.currentIndex().parent().data(Role.SPEECH_ID) == 5
    assert dock.view.currentIndex().row() == 21
    # A query typed anew starts at the top, nothing open or chosen.
    line = dock.query_box.lineEdit()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        type_text(qtbot, line, "会议")
    assert _expanded(dock) == set()
    assert not dock.view.currentIndex().isValid()
    assert dock.view.indexAt(QPoint(1, 1)) == dock.model.index(0, 0)


def test_a_renamed_speech_keeps_its_group_open_and_its_hit_chosen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _search(qtbot, main_window)
    group = _open_group(qtbot, dock, 5)
    hit = _hit(_click_hit(qtbot, dock, group, 3))
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.session.rename_speech(5, "在全市作风建设大会上的讲话")
    assert "在全市作风建设大会上的讲话" in dock.model.speech_index(5).data()
    assert _expanded(dock) == {5}
    assert _hit(dock.view.currentIndex()) == hit
    assert _selected(dock) == [hit]


def test_a_trashed_collection_s_hits_go_and_the_chosen_hit_stays_or_goes_with_them(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    with qtbot.waitSignal(main_window.import_finished, timeout=WAIT_MS):
        main_window.import_files([good_file(tmp_path)])
    imported = max(speech_id for speech_id, _n in _search(qtbot, main_window).model.speech_counts())
    dock = main_window.search_dock()
    _open_group(qtbot, dock, 2)
    group = _open_group(qtbot, dock, imported)
    hit = _hit(_click_hit(qtbot, dock, group, 1))
    # The sample's collection goes: its groups go, the chosen hit (in the other) stays.
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.session.trash_collection(1)
    assert [speech_id for speech_id, _n in dock.model.speech_counts()] == [imported]
    assert _expanded(dock) == {imported}
    assert _hit(dock.view.currentIndex()) == hit
    assert _selected(dock) == [hit]
    # Back from the trash (Undo): its groups come back, the one she had open closed.
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.registry.action(ActionId.UNDO).trigger()
    assert dock.model.speech_total() == 8
    assert _selected(dock) == [hit]
    # The chosen hit's own collection goes: nothing is chosen, nothing left of it open.
    collection = main_window.session.speech(imported).collection_id
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.session.trash_collection(collection)
    assert imported not in {speech_id for speech_id, _n in dock.model.speech_counts()}
    assert _selected(dock) == []
    assert not dock.view.currentIndex().isValid()


def _collection_search(qtbot: QtBot, window: MainWindow, collection_id: int) -> SearchDock:
    """Search ``QUERY`` in a collection, chosen in the scope's boxes as a user does."""
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    dock.scope_box.setCurrentIndex(dock.scope_box.findData(ScopeKind.COLLECTION.value))
    dock.collection_box.setCurrentIndex(dock.collection_box.findData(collection_id))
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        type_text(qtbot, dock.query_box.lineEdit(), QUERY)
    return dock


def test_a_search_in_one_collection_is_not_run_again_for_another_s_import_or_trash(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dock = _collection_search(qtbot, main_window, 1)
    ran = dock.worker.ticket
    with qtbot.waitSignal(main_window.session.collections_imported, timeout=WAIT_MS):
        main_window.import_files([good_file(tmp_path)])
    assert (dock._timer.isActive(), dock.worker.ticket) == (False, ran)
    (imported,) = {c for c, _t in dock_collections(dock)} - {1}
    main_window.session.trash_collection(imported)
    assert (dock._timer.isActive(), dock.worker.ticket) == (False, ran)
    # Its own collection trashed: its hits go (the box names another now, or none).
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.session.trash_collection(1)
    assert dock.model.speech_total() == 0


def dock_collections(dock: SearchDock) -> list[tuple[int, str]]:
    box = dock.collection_box
    return [(box.itemData(row), box.itemText(row)) for row in range(box.count())]


def test_an_annotations_search_runs_again_for_a_new_note_a_text_search_does_not(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = main_window.search_dock()
    qtbot.mouseClick(dock.notes_box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        type_text(qtbot, dock.query_box.lineEdit(), "可用")
    assert dock.model.speech_total() == 0
    speech_id = main_window.current_speech_id()
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.session.add_note(speech_id, 0, 2, "开头可用")
    assert dock.model.speech_counts() == [(speech_id, 1)]
    qtbot.mouseClick(dock.notes_box, Qt.MouseButton.LeftButton)  # back to the texts
    qtbot.waitUntil(lambda: not dock.worker.is_busy() and not dock._timer.isActive())
    assert shown_counts(dock)[1] == "1 in annotations"  # none in the texts
    reruns: list[None] = []
    dock.searched.connect(lambda: reruns.append(None))
    # Its hits in the texts stay; only its count in annotations is taken anew.
    with qtbot.waitSignal(dock.notes_counted, timeout=WAIT_MS):
        main_window.session.add_note(speech_id, 4, 6, "也可用")
    assert shown_counts(dock)[1] == "2 in annotations"
    assert (dock._timer.isActive(), reruns) == (False, [])


def test_with_no_hit_chosen_the_top_row_stays_at_the_top(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dock = _search(qtbot, main_window)
    _open_group(qtbot, dock, 6)
    dock.view.selectionModel().clear()  # read by scrolling alone
    dock.view.setCurrentIndex(QModelIndex())
    bar = dock.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = dock.view.indexAt(QPoint(1, 1))
    assert top.parent().isValid()  # a hit of the open group
    top_hit = _hit(top)  # its index dies with the rows
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.import_files([good_file(tmp_path)])
    assert dock.model.speech_total() == 8
    assert _hit(dock.view.indexAt(QPoint(1, 1))) == top_hit
    assert not dock.view.currentIndex().isValid()


def test_one_hit_is_chosen_at_a_time_so_the_place_kept_is_the_whole_choice(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    # ResultsPlace keeps the current row and whether it is selected: the whole selection while
    # the list takes one row at a time (QTreeView's single selection). Ctrl+ and Shift+click
    # choose another hit, never a second: should that change, the place must keep every row.
    dock = _search(qtbot, main_window)
    group = _open_group(qtbot, dock, 5)
    _click_hit(qtbot, dock, group, 2)
    for modifier in (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier):
        index = dock.model.index(4, 0, group)
        qtbot.mouseClick(
            dock.view.viewport(),
            Qt.MouseButton.LeftButton,
            modifier,
            dock.view.visualRect(index).center(),
        )
        assert _selected(dock) == [_hit(index)], modifier
    qtbot.keyClick(dock.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = _selected(dock)
    assert len(chosen) == 1
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        main_window.import_files([good_file(tmp_path)])
    assert _selected(dock) == chosen
