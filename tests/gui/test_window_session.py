"""The window follows the session's changes in its tools: renames, and annotations-only changes.

A researcher keeps the concordance and the counts dialogs open beside the reader and renames a
collection: their scope boxes name it anew at once. A text search shown in the search panel is
not run again when only notes change (an edit, an import of annotations, its undo).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportRequest, run_export
from desktop.core.export.selection import ExportScope
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from tests.gui.language_fixtures import type_text
from tests.gui.reader.helpers import char_point
from tests.gui.search_helpers import shown_counts, summary_text
from tests.gui.window_helpers import focus_reader, import_annotations_by_menu, type_chinese

# The dialogs are raised over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")

WORD = "效能革命"
NOTED = "工作"  # in every sample speech, and in the notes imported (not in their quotes)
WAIT_MS = 30_000


def _box_texts(box) -> list[str]:  # noqa: ANN001 - a QComboBox
    return [box.itemText(row) for row in range(box.count())]


def _rename_first_collection(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, title: str
) -> None:
    """Rename the first collection through the tree's context menu, as a user does."""
    pane = window.library_pane
    monkeypatch.setattr(pane, "ask_title", lambda _parent, _label, _current: title)
    index: QModelIndex = pane.proxy.index(0, 0)
    pane.tree.scrollTo(index)
    menu = pane.build_context_menu(pane.tree.visualRect(index).center())
    assert menu is not None
    (rename,) = [
        a for a in menu.actions() if a.objectName() == f"action_{ActionId.RENAME.name.lower()}"
    ]
    with qtbot.waitSignal(window.session.collection_renamed):
        rename.trigger()


def test_the_concordance_and_counts_scope_boxes_follow_a_rename_at_once(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    concordance = main_window.concordance_dialog()
    main_window.show_trend_of(WORD, None)
    trend = main_window._trend
    assert trend is not None
    qtbot.waitUntil(lambda: not trend.worker.is_busy(), timeout=WAIT_MS)
    old = main_window.session.collections()[0].title
    assert any(old in text for text in _box_texts(trend.scope_box))
    _rename_first_collection(qtbot, main_window, monkeypatch, "我的范文")
    for box in (concordance.scope_box, trend.scope_box):
        texts = _box_texts(box)
        assert any("我的范文" in text for text in texts), texts
        assert not any(old in text for text in texts), texts
    trend.close()


def _text_search(qtbot: QtBot, window: MainWindow, query: str, notes: bool = False) -> SearchDock:
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    if notes:
        dock.notes_box.setChecked(True)
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        type_text(qtbot, dock.query_box.lineEdit(), query)
    return dock


def _in_notes(dock: SearchDock) -> str:
    """The summary's count of hits in annotations ("" when it names none)."""
    found = re.search(r"\d+", shown_counts(dock)[1])  # "In annotations: 2", "2 in annotations"
    return found.group() if found else ""


def _notes_from_elsewhere(library_path: Path, speech_id: int, folder: Path) -> Path:
    """A backup of two notes on WORD, each holding NOTED once, another copy of the app made
    (this library never had them)."""
    backup = folder / "backup.json"
    with open_library(library_path, create=False, daily_backup=False) as other:
        start = other.store.speech_text(speech_id).index(WORD)
        made = [
            other.annotations.create(
                speech_id, "note", start, start + 4, note=f"别处的{NOTED}要点{n}"
            )
            for n in range(2)
        ]
        scope = ExportScope(speech_ids=(speech_id,))
        run_export(LibraryReader(other), ExportRequest("json", backup, scope))
        for note in made:
            other.annotations.purge(note.id)
    return backup


def _settled(qtbot: QtBot, dock: SearchDock) -> None:
    """Nothing more is waiting to run or running in the dock."""
    qtbot.waitUntil(lambda: not dock.worker.is_busy(), timeout=WAIT_MS)
    assert not dock._timer.isActive(), "a search waits to run again"


def test_importing_annotations_and_undoing_it_counts_a_text_searchs_notes_without_a_rerun(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    backup = _notes_from_elsewhere(library_path, main_window.current_speech_id(), tmp_path)
    dock = _text_search(qtbot, main_window, NOTED)
    assert dock.model.speech_total() > 1
    assert _in_notes(dock) == ""
    reruns: list[None] = []
    dock.searched.connect(lambda: reruns.append(None))
    import_annotations_by_menu(qtbot, main_window, backup)
    qtbot.waitUntil(lambda: _in_notes(dock) == "2", timeout=WAIT_MS)
    _settled(qtbot, dock)
    main_window.registry.action(ActionId.UNDO).trigger()  # to the trash: no hits in notes
    qtbot.waitUntil(lambda: _in_notes(dock) == "", timeout=WAIT_MS)
    _settled(qtbot, dock)
    assert reruns == [], "the hits in the speeches' texts were not searched again"


def test_importing_annotations_runs_a_search_of_the_notes_again(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    backup = _notes_from_elsewhere(library_path, main_window.current_speech_id(), tmp_path)
    dock = _text_search(qtbot, main_window, NOTED, notes=True)
    assert dock.model.speech_total() == 0
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        import_annotations_by_menu(qtbot, main_window, backup)
    qtbot.waitUntil(lambda: "Hits in annotations: 2" in summary_text(dock), timeout=WAIT_MS)
    assert dock.model.speech_total() == 1


def test_a_note_edited_while_a_text_search_is_shown_is_counted_without_a_rerun(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech_id = main_window.current_speech_id()
    start = main_window.current_speech().text.index(WORD)
    with qtbot.waitSignal(main_window.session.annotation_added) as added:
        main_window.session.add_note(speech_id, start, start + len(WORD), "开头可用")
    note_id = added.args[1]
    dock = _text_search(qtbot, main_window, "金句")
    assert _in_notes(dock) == ""
    reruns: list[None] = []
    dock.searched.connect(lambda: reruns.append(None))
    # Click into the highlight, N puts the keyboard in its note in the dock; type and save.
    reader = main_window.reader
    focus_reader(qtbot, main_window)
    reader.scroll_to_offset(start)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 1)
    )
    annotations = main_window.annotations_dock
    qtbot.waitUntil(lambda: annotations.selected_annotation_id() == note_id)
    qtbot.keyClick(reader, Qt.Key.Key_N)
    editor = annotations.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    with qtbot.waitSignal(main_window.session.annotation_changed, timeout=3000):
        type_chinese(editor, "，金句")
    qtbot.waitUntil(lambda: _in_notes(dock) == "1", timeout=WAIT_MS)
    _settled(qtbot, dock)
    assert reruns == []


def test_notes_made_one_after_another_are_counted_without_a_rerun(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dock = _text_search(qtbot, main_window, "金句")
    reruns: list[None] = []
    dock.searched.connect(lambda: reruns.append(None))
    speech_id = main_window.current_speech_id()
    # The second comes while the first is being counted: it is counted again, not searched.
    main_window.session.add_note(speech_id, 0, 2, "金句一")
    main_window.session.add_note(speech_id, 4, 6, "金句二")
    qtbot.waitUntil(lambda: _in_notes(dock) == "2", timeout=WAIT_MS)
    _settled(qtbot, dock)
    assert reruns == []
