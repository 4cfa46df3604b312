"""Tests for desktop/gui/window_annotations.py: the annotations dock in the real window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState, AnnotationKind
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.library_session import LibrarySession
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from desktop.models import annotation_filter
from desktop.models.annotations_model import Role
from tests.core.storage.documents import make_document, sample_paragraphs
from tests.gui.conftest import LAPTOP_SIZE, close_window
from tests.gui.full_disk import SUMMARIES, FullDisk, close_messages
from tests.gui.reader.helpers import char_point
from tests.gui.window_helpers import (
    click_row,
    focus_reader,
    line_top,
    select_and_press,
    tree_row,
    type_chinese,
)


def _highlight(qtbot: QtBot, window: MainWindow, word: str, key: Qt.Key, nth: int = 0) -> int:
    text = window.current_speech().text
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    with qtbot.waitSignal(window.session.annotation_added):
        select_and_press(qtbot, window, start, start + len(word), key)
    return start


def _dock_rows(window: MainWindow) -> list[str]:
    proxy = window.annotations_dock.proxy
    rows = []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        if parent.data(Role.IS_GROUP):
            rows += [proxy.index(r, 0, parent).data(Role.ID) for r in range(proxy.rowCount(parent))]
        else:
            rows.append(parent.data(Role.ID))
    return rows


def test_a_new_highlight_shows_in_the_dock_and_the_colour_filter_narrows_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    _highlight(qtbot, main_window, "工作会", Qt.Key.Key_2)
    assert len(_dock_rows(main_window)) == 2
    main_window.annotations_dock.set_color_filter(["green"])
    qtbot.waitUntil(lambda: len(_dock_rows(main_window)) == 1)
    (green,) = _dock_rows(main_window)
    assert main_window.session.annotation(green).color == "green"
    main_window.annotations_dock.clear_filters()
    type_chinese(main_window.annotations_dock.filter_bar.search_edit, "工作会")
    qtbot.waitUntil(lambda: _dock_rows(main_window) == [green])


def test_clicking_a_highlight_in_the_reader_selects_it_in_the_dock(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_3)
    _highlight(qtbot, main_window, "工作会", Qt.Key.Key_4)
    (first,) = main_window.reader.annotations_at(start)
    main_window.reader.scroll_to_offset(start)
    qtbot.mouseClick(
        main_window.reader.viewport(),
        Qt.MouseButton.LeftButton,
        pos=char_point(main_window.reader, start + 1),
    )
    qtbot.waitUntil(lambda: main_window.annotations_dock.selected_annotation_id() == first)


def test_a_dock_row_jumps_to_its_passage_in_another_speech(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_1, nth=3)
    first_speech = main_window.current_speech_id()
    main_window.next_speech()
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: len(_dock_rows(main_window)) == 1)
    (annotation_id,) = _dock_rows(main_window)
    with qtbot.waitSignal(dock.jump_requested):
        index = dock.proxy.match(
            dock.proxy.index(0, 0), Role.ID, annotation_id, 1, Qt.MatchFlag.MatchRecursive
        )[0]
        dock.view.scrollTo(index)
        qtbot.mouseClick(
            dock.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=dock.view.visualRect(index).center(),
        )
    assert main_window.current_speech_id() == first_speech
    assert main_window.reading_offset() == start
    page = main_window.reader.viewport().height()
    assert page / 4 < line_top(main_window, start) < page / 2, "a third of the way down"


def test_a_note_typed_in_the_dock_is_saved_and_undone_in_one_step(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    text = main_window.current_speech().text
    start = text.index("效能革命")
    with qtbot.waitSignal(main_window.session.annotation_added) as added:
        select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_N)
    note_id = added.args[1]
    editor = main_window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    with qtbot.waitSignal(main_window.session.annotation_changed, timeout=3000):
        type_chinese(editor, "开头可用")
    with qtbot.waitSignal(main_window.session.annotation_changed, timeout=3000):
        type_chinese(editor, "，金句")
    assert main_window.session.annotation(note_id).note == "开头可用，金句"
    undo = main_window.registry.action(ActionId.UNDO)
    assert undo.text() == "&Undo Edit Note"
    undo.trigger()
    assert main_window.session.annotation(note_id).note == ""
    main_window.registry.action(ActionId.REDO).trigger()
    close_window(main_window)
    with open_library(library_path, create=False, daily_backup=False) as library:
        assert library.annotations.get(note_id).note == "开头可用，金句"


def test_deleting_from_the_dock_goes_to_the_trash_and_the_reader(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_5)
    (annotation_id,) = main_window.reader.annotations_at(start)
    dock = main_window.annotations_dock
    assert dock.select_annotation(annotation_id)
    dock.view.setFocus()
    with qtbot.waitSignal(main_window.session.annotation_removed):
        qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    assert main_window.reader.annotations_at(start) == []
    assert _dock_rows(main_window) == []
    assert [a.id for a in main_window.session.trash()] == [annotation_id]


def test_an_orphan_is_reattached_to_the_selection(qtbot: QtBot, main_window: MainWindow) -> None:
    text = main_window.current_speech().text
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    (annotation_id,) = main_window.reader.annotations_at(start)
    target = text.index("工作会")
    focus_reader(qtbot, main_window)
    main_window.reader.select_range(target, target + 3)
    with qtbot.waitSignal(main_window.session.annotation_changed):
        main_window.annotations_dock.reattach_requested.emit(annotation_id)
    moved = main_window.session.annotation(annotation_id)
    assert (moved.start, moved.end, moved.exact) == (target, target + 3, "工作会")
    assert main_window.registry.action(ActionId.UNDO).text() == "&Undo Reattach Note"


def test_an_orphan_is_reattached_from_its_panel(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_2)
    (annotation_id,) = main_window.reader.annotations_at(start)
    with open_library(library_path, create=False, daily_backup=False) as other:
        lost = other.annotations.get(annotation_id)
        other.annotations.put(replace(lost, state=AnchorState.ORPHANED))
    main_window.session.library_changed.emit()  # the library changed under the window
    dock = main_window.annotations_dock
    reads = main_window.reading_offset()
    assert dock.select_annotation(annotation_id)
    assert main_window.reading_offset() == reads
    panel = dock.orphan_panel
    assert panel.isVisible()
    assert not panel.reattach_button.isEnabled()
    target = main_window.current_speech().text.index("工作会")
    focus_reader(qtbot, main_window)
    main_window.reader.select_range(target, target + 3)
    assert panel.reattach_button.isEnabled()
    with qtbot.waitSignal(main_window.session.annotation_changed):
        qtbot.mouseClick(panel.reattach_button, Qt.MouseButton.LeftButton)
    moved = main_window.session.annotation(annotation_id)
    assert (moved.start, moved.state) == (target, AnchorState.ANCHORED)
    assert dock.selected_annotation_id() == annotation_id
    assert not panel.isVisible()


def test_all_speeches_groups_name_speeches_by_number(qtbot: QtBot, main_window: MainWindow) -> None:
    first, second = (main_window.session.speech(speech_id) for speech_id in (4, 5))
    main_window.open_speech(first.id)
    _highlight(qtbot, main_window, "效能", Qt.Key.Key_1)
    main_window.open_speech(second.id)
    assert second.title == first.title, "the sample repeats its titles"
    _highlight(qtbot, main_window, "效能", Qt.Key.Key_2)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    proxy = dock.proxy

    def groups() -> list[str]:
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]

    qtbot.waitUntil(lambda: groups() == [f"No. {r.index} · {r.title}" for r in (first, second)])


def test_all_speeches_are_read_off_the_gui_thread(qtbot: QtBot, main_window: MainWindow) -> None:
    # Reading 20,000 annotations and 10,000 speeches' names took 0.3 s of the GUI thread.
    _highlight(qtbot, main_window, "效能", Qt.Key.Key_1)
    statements: list[str] = []
    connection = main_window.session._library.db._conn
    connection.set_trace_callback(statements.append)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    connection.set_trace_callback(None)
    assert not [s for s in statements if "FROM annotations a" in s and "a.speech_id =" not in s]
    assert not [s for s in statements if "OVER (PARTITION" in s], "nor the speeches' names"
    qtbot.waitUntil(lambda: not main_window.running_work())
    assert dock.model.annotation_count() == 1
    assert dock.proxy.index(0, 0).data().startswith("No. "), "named when the read arrived"


def test_the_all_speeches_text_filter_searches_what_the_worker_folded(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Folding 20,000 quotes and notes was ~55 ms of the first filter pass on the GUI thread.
    _highlight(qtbot, main_window, "效能", Qt.Key.Key_1)
    main_window.session.edit_note(_dock_rows(main_window)[0], "可用于 ABC 材料")
    _highlight(qtbot, main_window, "政府", Qt.Key.Key_2)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work())
    noted, other = _dock_rows(main_window)
    folded: list[str] = []
    real = annotation_filter.search_text
    monkeypatch.setattr(annotation_filter, "search_text", lambda a: folded.append(a.id) or real(a))
    dock.set_text_filter("ａｂｃ")  # matched in a thread: the list changes when it answers
    qtbot.waitUntil(lambda: _dock_rows(main_window) == [noted])
    dock.set_text_filter("政府")
    qtbot.waitUntil(lambda: _dock_rows(main_window) == [other])
    assert folded == [], "nothing folded on the GUI thread"


def test_trashing_a_collection_drops_its_groups_from_all_speeches_without_a_new_read(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    # Reading 20,000 annotations again and rebuilding the list took ~0.4 s of the GUI thread.
    with open_library(library_path, create=False, daily_backup=False) as other:
        report = other.store.import_document(make_document([sample_paragraphs()[0:2]]))
        added = other.store.speeches(report.collection_id)[0].id
        other.annotations.create(added, start=0, end=4, note="另一合集")
    main_window.session.imported([report])
    _highlight(qtbot, main_window, "效能", Qt.Key.Key_1)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work())
    groups = [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]
    assert len(groups) == 2, groups
    rows = _dock_rows(main_window)
    resets: list[bool] = []
    dock.model.modelReset.connect(lambda: resets.append(True))
    main_window.session.trash_collection(report.collection_id)
    assert not main_window.running_work(), "no read of every annotation"
    assert _dock_rows(main_window) == rows[:1]
    kept = groups[0].split(" › ")[1]
    assert dock.proxy.index(0, 0).data() == kept, "one collection left: not named any more"
    main_window.undo_step()
    assert not main_window.running_work()
    assert _dock_rows(main_window) == rows, "back in its place"
    assert [dock.proxy.index(row, 0).data() for row in range(2)] == groups
    assert resets == []


def test_trashing_one_of_several_collections_reads_no_labels(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    # Every speech's label is ~60 ms of a big library: not needed while several collections
    # stay listed and the dock knows the place of each speech coming back.
    paragraphs = sample_paragraphs()
    with open_library(library_path, create=False, daily_backup=False) as other:
        reports = [
            other.store.import_document(make_document([paragraphs[n : n + 2]], source=f"/{n}"))
            for n in (0, 4)
        ]
        for report in reports:
            speech_id = other.store.speeches(report.collection_id)[0].id
            other.annotations.create(speech_id, start=0, end=4)
    main_window.session.imported(reports)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 2)
    groups = [dock.proxy.index(row, 0).data() for row in range(2)]
    statements: list[str] = []
    main_window.session._library.db._conn.set_trace_callback(statements.append)
    main_window.session.trash_collection(reports[0].collection_id)
    assert [dock.proxy.index(0, 0).data()] == groups[1:]
    main_window.undo_step()
    main_window.session._library.db._conn.set_trace_callback(None)
    assert [dock.proxy.index(row, 0).data() for row in range(2)] == groups
    assert not [s for s in statements if "OVER (PARTITION" in s], "no labels read"
    assert not main_window.running_work()


def test_a_highlight_made_while_all_speeches_are_read_is_in_the_list(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The worker may have read before the highlight was saved: it reads again.
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    made = main_window.session.add_highlight(speech_id, 0, 2, "green")
    qtbot.waitUntil(lambda: not main_window.running_work())
    assert dock.model.annotation(made.id) is not None
    assert dock.proxy.rowCount() == 1, "one group: the open speech's"


def test_opening_another_speech_under_all_speeches_reads_nothing_again(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    # Reading 20,000 annotations again on each speech opened stalled a big library ~0.14 s.
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    (annotation_id,) = main_window.reader.annotations_at(start)
    with open_library(library_path, create=False, daily_backup=False) as other:
        lost = other.annotations.get(annotation_id)
        other.annotations.put(replace(lost, state=AnchorState.ORPHANED))
    first = main_window.current_speech_id()
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 1)
    assert dock.select_annotation(annotation_id)
    panel = dock.orphan_panel
    resets: list[bool] = []
    dock.model.modelReset.connect(lambda: resets.append(True))
    main_window.registry.action(ActionId.NEXT_SPEECH).trigger()
    assert main_window.current_speech_id() != first
    assert not main_window.running_work(), "no read of every annotation"
    assert dock.model.speech_id == main_window.current_speech_id()
    assert dock.selected_annotation_id() == annotation_id
    assert panel.reattach_button.isHidden(), "its speech is not the open one any more"
    assert not panel.open_button.isHidden()
    main_window.open_speech(first)
    assert not main_window.running_work()
    assert not panel.reattach_button.isHidden(), "its speech is open again"
    assert resets == []


def test_the_dock_comes_right_after_the_first_frame_with_the_speech_s_annotations(
    qtbot: QtBot, library_path: Path
) -> None:
    with open_library(library_path, create=False, daily_backup=False) as library:
        speech = library.store.speeches(library.store.collections()[0].id)[0]
        text = library.store.speech_text(speech.id)
        start = text.index("效能革命")
        library.annotations.create(
            speech.id, AnnotationKind.HIGHLIGHT, start, start + 4, color="yellow"
        )
    session = LibrarySession(open_library(library_path, create=False, daily_backup=False))
    window = MainWindow(session, Settings())
    window.resize(LAPTOP_SIZE)  # room for the dock beside the page (the screen has 800 px)
    qtbot.addWidget(window)
    assert window._annotations_dock is None, "not part of the first frame"
    toggle = window.registry.action(ActionId.TOGGLE_ANNOTATIONS)
    assert toggle.isChecked()
    with qtbot.waitSignal(window.first_painted):
        window.show()
    dock = window.annotations_dock
    assert dock.isVisible()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert len(_dock_rows(window)) == 1
    close_window(window)


def test_view_annotations_hides_the_dock_and_it_stays_hidden_at_the_next_start(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    toggle = window.registry.action(ActionId.TOGGLE_ANNOTATIONS)
    toggle.trigger()
    assert not window.annotations_dock.isVisible()
    assert not toggle.isChecked()
    window.annotations_dock.show()  # the dock's own way back (its title bar's menu)
    assert toggle.isChecked(), "the menu follows the dock"
    toggle.trigger()
    close_window(window)
    again = open_window()
    again_toggle = again.registry.action(ActionId.TOGGLE_ANNOTATIONS)
    assert not again.annotations_dock.isVisible()
    assert not again_toggle.isChecked()
    again_toggle.trigger()
    assert again.annotations_dock.isVisible()


def test_a_change_before_the_dock_is_built_is_in_it_when_it_is(
    qtbot: QtBot, library_path: Path
) -> None:
    session = LibrarySession(open_library(library_path, create=False, daily_backup=False))
    window = MainWindow(session, Settings())
    qtbot.addWidget(window)
    text = window.current_speech().text
    start = text.index("效能革命")
    window.session.add_highlight(window.current_speech_id(), start, start + 4, "green")
    assert window._annotations_dock is None
    assert len(_dock_rows(window)) == 1, "asking for the dock builds and fills it"
    window.show()
    close_window(window)


def test_renaming_a_speech_renames_its_group_at_once_and_undo_too(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech = main_window.current_speech().record
    _highlight(qtbot, main_window, "效能", Qt.Key.Key_1)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    proxy = dock.proxy

    def groups() -> list[str]:
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]

    qtbot.waitUntil(lambda: not main_window.running_work())  # every speech's, read
    assert groups() == [f"No. {speech.index} · {speech.title}"]
    with qtbot.waitSignal(main_window.session.speech_renamed):
        main_window.session.rename_speech(speech.id, "开篇讲话")
    assert groups() == [f"No. {speech.index} · 开篇讲话"], "without a refresh"
    main_window.session.rename_collection(speech.collection_id, "我的范文")
    main_window.registry.action(ActionId.UNDO).trigger()  # the collection's title
    main_window.registry.action(ActionId.UNDO).trigger()  # the speech's
    assert groups() == [f"No. {speech.index} · {speech.title}"]


def test_undo_and_redo_of_a_highlight_in_another_speech_open_it_at_the_passage(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    first = main_window.current_speech_id()
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_2)
    other = main_window.speech_order()[2]
    click_row(qtbot, main_window, tree_row(main_window, other))
    qtbot.waitUntil(lambda: main_window.current_speech_id() == other)
    with qtbot.waitSignal(main_window.session.annotation_removed):
        main_window.registry.action(ActionId.UNDO).trigger()
    # What Ctrl+Z took away is shown, not changed out of sight.
    assert main_window.current_speech_id() == first
    assert main_window.reader.annotations_at(start) == []
    click_row(qtbot, main_window, tree_row(main_window, other))
    qtbot.waitUntil(lambda: main_window.current_speech_id() == other)
    with qtbot.waitSignal(main_window.session.annotation_added):
        main_window.registry.action(ActionId.REDO).trigger()
    assert main_window.current_speech_id() == first
    assert len(main_window.reader.annotations_at(start)) == 1


def test_an_undo_the_full_disk_refuses_leaves_the_reader_where_it_is(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refused step changed nothing, yet the window opened the speech it concerns: she
    was taken away from her page to be shown nothing."""
    first = main_window.current_speech_id()
    _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_2)
    other = main_window.speech_order()[2]
    click_row(qtbot, main_window, tree_row(main_window, other))
    qtbot.waitUntil(lambda: main_window.current_speech_id() == other)
    disk = FullDisk(monkeypatch, main_window)
    disk.full = True
    undo = main_window.registry.action(ActionId.UNDO)
    undo.trigger()
    assert main_window.current_speech_id() == other, "left where she reads"
    assert close_messages(main_window) == [SUMMARIES["disk-full"]], "said once, why"
    assert undo.text() == "&Undo Add Highlight", "the step stays, to be tried again"
    disk.full = False
    with qtbot.waitSignal(main_window.session.annotation_removed):
        undo.trigger()
    assert main_window.current_speech_id() == first


def test_undo_scrolls_a_far_passage_of_the_open_speech_into_view(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_2)
    reader = main_window.reader
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: reader.current_offset() > start)
    with qtbot.waitSignal(main_window.session.annotation_removed):
        main_window.registry.action(ActionId.UNDO).trigger()
    assert reader.current_offset() <= start


def test_a_clicked_highlight_takes_another_colour_from_its_key(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    start = _highlight(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    reader = main_window.reader
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 1)
    )
    green = main_window.registry.action(ActionId.HIGHLIGHT_2)
    assert green.isEnabled(), "the colours apply to the highlight clicked"
    with qtbot.waitSignal(main_window.session.annotation_changed):
        qtbot.keyClick(reader, Qt.Key.Key_2)
    (changed,) = main_window.session.annotations(main_window.current_speech_id())
    assert (changed.start, changed.color) == (start, "green")
    assert main_window.registry.action(ActionId.UNDO).text() == "&Undo Change Colour"
    steps = main_window.session.undo_stack.count()
    qtbot.keyClick(reader, Qt.Key.Key_2)  # the colour it has: no step to undo
    assert main_window.session.undo_stack.count() == steps


def test_renamed_speeches_come_back_from_the_trash_in_library_order(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    # Groups follow the tree (collection, then place in it), not titles: a rename changes a
    # group's name only, so the groups placed back by bisection still land in order.
    paragraphs = sample_paragraphs()
    with open_library(library_path, create=False, daily_backup=False) as other:
        reports = []
        for n in (0, 3, 6):
            speeches = [paragraphs[n + k : n + k + 1] for k in range(3)]
            reports.append(other.store.import_document(make_document(speeches, source=f"/{n}")))
            for speech in other.store.speeches(reports[-1].collection_id):
                other.annotations.create(speech.id, start=0, end=4)
    main_window.session.imported(reports)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 9)
    order = [dock.model.index(row, 0).data(Role.SPEECH_ID) for row in range(9)]
    middle = reports[1].collection_id
    main_window.session.rename_speech(order[3], "阿")
    main_window.session.rename_speech(order[5], "一")
    main_window.session.rename_collection(reports[0].collection_id, "最后")
    for restore in (main_window.undo_step, lambda: main_window.session.restore_collection(middle)):
        main_window.session.trash_collection(middle)
        restore()
        assert not main_window.running_work()
        assert [dock.model.index(row, 0).data(Role.SPEECH_ID) for row in range(9)] == order
    assert dock.model.index(3, 0).data().endswith("阿")


def test_a_second_collection_imported_names_the_groups_by_collection_without_a_new_read(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    _highlight(qtbot, main_window, "效能", Qt.Key.Key_1)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 1)
    alone = dock.proxy.index(0, 0).data()
    assert " › " not in alone, "one collection: not named"
    with open_library(library_path, create=False, daily_backup=False) as other:
        report = other.store.import_document(make_document([sample_paragraphs()[0:2]]))
    resets: list[bool] = []
    dock.model.modelReset.connect(lambda: resets.append(True))
    main_window.session.imported([report])
    assert not main_window.running_work(), "a new collection holds no annotation to read"
    assert resets == []
    assert dock.proxy.index(0, 0).data().endswith(" › " + alone)


def test_a_speech_imported_while_all_speeches_are_listed_is_named_by_its_title(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    # A third collection names no group anew, so the dock's labels were not read again: a
    # highlight in its speech was grouped under "Speech 14", not the speech's title.
    _highlight(qtbot, main_window, "效能", Qt.Key.Key_1)
    dock = main_window.annotations_dock
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: not main_window.running_work() and dock.model.rowCount() == 1)
    reports = []
    for paragraphs, title in (
        (sample_paragraphs()[0:2], "第二集"),
        (sample_paragraphs()[2:4], "第三集"),
    ):
        with open_library(library_path, create=False, daily_backup=False) as other:
            document = make_document([paragraphs], title=title, source=f"/data/{title}.txt")
            reports.append(other.store.import_document(document))
        main_window.session.imported([reports[-1]])
    (speech,) = main_window.session.speeches(reports[-1].collection_id)
    main_window.open_speech(speech.id)
    word = speech.title  # its text starts with its title line
    _highlight(qtbot, main_window, word, Qt.Key.Key_2)
    label = main_window.session.all_speech_labels()[speech.id]
    groups = [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]
    assert label in groups
    assert not any(group.startswith("Speech ") for group in groups)
