"""Notes in the library search panel, in the real window: a hit in a note reads as the note
does, and a tag is found as the annotations dock's filter finds it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from desktop.models.search_results_model import Column
from tests.gui.language_fixtures import type_text
from tests.gui.search_helpers import shown_counts


def _notes_search(qtbot: QtBot, window: MainWindow, query: str) -> SearchDock:
    """Open the panel, tick "annotations only" as a user does, type ``query``."""
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    if not dock.notes_box.isChecked():
        qtbot.mouseClick(dock.notes_box, Qt.MouseButton.LeftButton)
    _type_query(qtbot, dock, query)
    return dock


def _type_query(qtbot: QtBot, dock: SearchDock, query: str) -> None:
    """Type ``query`` over what the search box holds, and wait for its results."""
    line = dock.query_box.lineEdit()
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, line, query)


def _rows(qtbot: QtBot, dock: SearchDock) -> list[tuple[str, str, str]]:
    """Each shown hit's (before, found, after), as the rows read."""
    rows = []
    for group_row in range(dock.model.rowCount()):
        group = dock.model.index(group_row, 0)
        dock.view.expand(group)
        qtbot.waitUntil(lambda group=group: dock.model.rowCount(group) > 0)
        for row in range(dock.model.rowCount(group)):
            rows.append(
                tuple(
                    dock.model.index(row, column, group).data()
                    for column in (Column.LEFT, Column.HIT, Column.RIGHT)
                )
            )
    return rows


def test_a_hit_in_a_note_reads_as_the_note_does(qtbot: QtBot, main_window: MainWindow) -> None:
    speech_id = main_window.current_speech_id()
    main_window.session.add_note(speech_id, 0, 2, "**开头可用**：讲清楚，见[原文](https://x.cn)")
    dock = _notes_search(qtbot, main_window, "可用")
    ((before, found, after),) = _rows(qtbot, dock)
    assert (before, found) == ("开头", "可用")
    assert after.startswith("：讲清楚，见原文")
    assert "*" not in before + after


def test_a_tag_is_found_and_shown(qtbot: QtBot, main_window: MainWindow) -> None:
    speech_id = main_window.current_speech_id()
    note = main_window.session.add_note(speech_id, 0, 2, "讲清楚")
    main_window.session.set_tags(note.id, ["开篇妙语"])
    dock = _notes_search(qtbot, main_window, "开篇妙语")
    ((before, found, after),) = _rows(qtbot, dock)
    assert (before.endswith("#"), found, after) == (True, "开篇妙语", "")
    main_window.registry.action(ActionId.UNDO).trigger()  # the tag is taken off again
    assert main_window.session.annotation(note.id).tags == ()
    _type_query(qtbot, dock, "开篇妙")
    assert dock.query_text() == "开篇妙"
    assert _rows(qtbot, dock) == []


def _note_ids(dock: SearchDock) -> list[str | None]:
    """The annotations of the hits in notes the shown result holds."""
    outcome = dock.model.outcome()
    assert outcome is not None
    hits = outcome.result.note_hits
    return [hits[index].annotation_id for index in range(len(hits))]


def test_a_notes_search_s_rows_follow_a_note_added_edited_and_removed(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech_id = main_window.current_speech_id()
    dock = _notes_search(qtbot, main_window, "可用")
    assert _rows(qtbot, dock) == []
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        note = main_window.session.add_note(speech_id, 0, 2, "开头可用")
    assert [found for _before, found, _after in _rows(qtbot, dock)] == ["可用"]
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        main_window.session.edit_note(note.id, "开头不再用")
    assert _rows(qtbot, dock) == []
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        main_window.session.edit_note(note.id, "仍然可用")
    ((before, found, _after),) = _rows(qtbot, dock)
    assert (before, found) == ("仍然", "可用")


def test_a_text_search_finds_its_hits_in_notes_anew_not_only_their_count(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Its rows are the texts' hits; the result behind its "In annotations" count kept the
    # hits in notes found before a note was added, and said a number they did not hold.
    speech_id = main_window.current_speech_id()
    first = main_window.session.add_note(speech_id, 0, 2, "开头可用")
    dock = _notes_search(qtbot, main_window, "可用")
    qtbot.mouseClick(dock.notes_box, Qt.MouseButton.LeftButton)  # the texts again
    qtbot.waitUntil(lambda: not dock.worker.is_busy() and not dock._timer.isActive())
    assert shown_counts(dock)[1] == "1 in annotations"  # none in the texts
    assert _note_ids(dock) == [first.id]
    with qtbot.waitSignal(dock.notes_counted, timeout=10_000):
        second = main_window.session.add_note(speech_id, 4, 6, "也可用")
    assert shown_counts(dock)[1] == "2 in annotations"
    assert sorted(_note_ids(dock)) == sorted([first.id, second.id])
    with qtbot.waitSignal(dock.notes_counted, timeout=10_000):
        main_window.session.edit_note(first.id, "不用了")
    assert shown_counts(dock)[1] == "1 in annotations"  # none in the texts
    assert _note_ids(dock) == [second.id]
