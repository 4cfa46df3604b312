"""Tests for desktop/gui/pending_writes.py: changes made while an import holds the library.

The import is held inside its file's transaction (the write lock taken) by a hook on the
writer, until the test lets it go: a write of the window's meanwhile would wait on the lock
(and fail with ``busy`` after the timeout) instead of being kept.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState
from desktop.core.errors import LibraryError
from desktop.core.storage import import_writer
from desktop.core.storage.annotation_follow import in_text
from desktop.core.storage.library import open_library
from desktop.dialogs.import_report import ImportReportDialog
from desktop.gui.actions import ActionId
from desktop.gui.import_job import ImportJob
from desktop.gui.main_window import MainWindow
from desktop.gui.pending_writes import KeptChangesFailed
from desktop.models.annotations_model import Role
from tests.gui.files import SPEECH, good_file
from tests.gui.window_helpers import highlight_word, type_chinese

IMPORT_TIMEOUT_MS = 30000


@dataclass
class HeldImport:
    """An import's transaction that waits, lock taken, until ``release`` is set."""

    inside: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldImport]:
    """Every import's transaction stops before its report is written, until released."""
    hold = HeldImport()
    store_report = import_writer.store_report

    def held_store_report(*args: object) -> None:
        hold.inside.set()
        hold.release.wait(60)
        store_report(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(import_writer, "store_report", held_store_report)
    yield hold
    hold.release.set()  # never leave a worker waiting


def _start_held_import(
    qtbot: QtBot, window: MainWindow, hold: HeldImport, folder: Path, file: Path | None = None
) -> ImportJob:
    job = window.import_files([file or good_file(folder)])
    qtbot.waitUntil(hold.inside.is_set, timeout=IMPORT_TIMEOUT_MS)
    assert job.holds_write_lock()
    return job


def _dock_ids(window: MainWindow) -> set[str]:
    """The annotations the dock lists (the open speech's)."""
    proxy = window.annotations_dock.proxy
    return {proxy.index(row, 0).data(Role.ID) for row in range(proxy.rowCount())}


def _stored(library_path: Path) -> dict[str, object]:
    """What the library file holds (read on a connection of its own), by id."""
    with open_library(library_path, create=False, daily_backup=False) as library:
        return {a.id: a for a in library.annotations.annotations()}


def _finish(qtbot: QtBot, window: MainWindow, hold: HeldImport) -> None:
    with qtbot.waitSignal(window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        hold.release.set()


def test_a_highlight_and_a_note_made_during_an_import_are_saved_when_it_ends(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, library_path: Path, tmp_path: Path
) -> None:
    window = main_window
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    _start_held_import(qtbot, window, held, tmp_path)
    highlight = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    note = highlight_word(qtbot, window, "工作会", Qt.Key.Key_N)
    editor = window.annotations_dock.editor.note_edit
    qtbot.waitUntil(editor.hasFocus)
    with qtbot.waitSignal(window.session.annotation_changed, timeout=3000):
        type_chinese(editor, "开头可用")
    ticked = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > ticked)  # the window's loop runs on meanwhile
    shown = _dock_ids(window)
    assert {highlight, note} <= shown
    assert window.session.annotation(note).note == "开头可用"
    label = window.status.pending_label
    assert label.isVisibleTo(window)
    assert label.text().startswith("3 change")
    assert highlight not in _stored(library_path), "not written while the import holds it"
    _finish(qtbot, window, held)
    stored = _stored(library_path)
    assert stored[highlight].color == "yellow"
    assert stored[note].note == "开头可用"
    assert not label.isVisibleTo(window)
    timer.stop()


def test_undo_before_the_import_ends_changes_what_is_saved(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, library_path: Path, tmp_path: Path
) -> None:
    window = main_window
    _start_held_import(qtbot, window, held, tmp_path)
    kept = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    undone = highlight_word(qtbot, window, "工作会", Qt.Key.Key_2)
    window.session.change_color(kept, "green")
    undo = window.registry.action(ActionId.UNDO)
    undo.trigger()  # the colour
    undo.trigger()  # the second highlight
    assert undone not in _dock_ids(window)
    assert window.session.annotation(kept).color == "yellow"
    _finish(qtbot, window, held)
    stored = _stored(library_path)
    assert undone not in stored
    assert stored[kept].color == "yellow"
    window.registry.action(ActionId.REDO).trigger()  # written at once now
    assert _stored(library_path)[undone].color == "green"


def test_closing_with_changes_kept_waits_for_the_import_then_saves_them(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, library_path: Path, tmp_path: Path
) -> None:
    window = main_window
    _start_held_import(qtbot, window, held, tmp_path)
    highlight = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_3)
    window.close()
    assert window.isVisible(), "the window waits for the import rather than drop the change"
    assert "Saving your changes" in window.status.currentMessage()
    with qtbot.waitSignal(window.session.pending_count_changed, timeout=IMPORT_TIMEOUT_MS):
        held.release.set()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert highlight in _stored(library_path)


def test_quitting_during_an_import_stores_what_it_did_and_leaves_no_window_open(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, library_path: Path, tmp_path: Path
) -> None:
    window = main_window
    before = len(window.session.collections())
    _start_held_import(qtbot, window, held, tmp_path)
    held.release.set()  # its outcome is posted, not delivered: the loop runs after the close
    with qtbot.waitSignal(window.import_finished, timeout=IMPORT_TIMEOUT_MS) as finished:
        window.registry.action(ActionId.QUIT).trigger()
        assert not window.isVisible()
    shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    assert shown == [], "a report shown after Quit kept the app running, unseen"
    library = open_library(library_path, daily_backup=False)
    try:
        stored = len(library.store.collections())
    finally:
        library.close()
    assert stored == before + len(finished.args[0].imported) == before + 1


def test_changes_of_many_annotations_are_refused_at_once_while_the_import_holds_the_lock(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, tmp_path: Path
) -> None:
    window = main_window
    _start_held_import(qtbot, window, held, tmp_path)
    highlight = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    with pytest.raises(LibraryError) as refused:
        window.session.delete_annotations([highlight])
    assert refused.value.code == "import-saving"
    assert window.session.annotation(highlight).deleted is None
    _finish(qtbot, window, held)
    assert window.session.delete_annotations([highlight]) == 1


def test_a_kept_change_that_cannot_be_written_is_told_once_and_the_view_reloads(
    qtbot: QtBot,
    main_window: MainWindow,
    held: HeldImport,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window
    earlier = highlight_word(qtbot, window, "总结前阶段工作", Qt.Key.Key_2)  # a step before it
    _start_held_import(qtbot, window, held, tmp_path)
    first = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    second = highlight_word(qtbot, window, "再动员", Qt.Key.Key_3)
    store = window.session._library.annotations

    def refuse(_annotation: object, **_options: object) -> None:
        raise LibraryError("the disk is full", code="disk-full")

    monkeypatch.setattr(store, "add", refuse)
    with qtbot.waitSignal(window.session.kept_changes_failed, timeout=IMPORT_TIMEOUT_MS):
        held.release.set()
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert [box.objectName() for box in boxes] == ["kept_changes_failed"], "told once"
    box = boxes[0]
    assert box.text().startswith("2 change")
    assert "disk is full" in box.informativeText()
    assert "undo history was cleared" in box.informativeText()
    assert "“效能革命”" in box.detailedText()
    assert "“再动员”" in box.detailedText()
    box.close()
    assert {first, second}.isdisjoint(_dock_ids(window)), "the views show what is on disk"
    assert earlier in _dock_ids(window)
    assert window.session.undo_stack.count() == 0
    assert not window.registry.action(ActionId.UNDO).isEnabled()


def _all_ids(window: MainWindow) -> set[str]:
    """Every annotation the dock lists, under whatever group."""
    proxy = window.annotations_dock.proxy
    found: set[str] = set()
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            found.add(index.data(Role.ID))
            parents.append(index)
    return found - {None}


def test_a_highlight_on_a_speech_the_import_updates_is_written_at_its_words_in_the_new_text(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, library_path: Path, tmp_path: Path
) -> None:
    window = main_window
    path = good_file(tmp_path)
    held.release.set()
    with qtbot.waitSignal(window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        window.import_files([path], open_first=True)
    held.inside.clear()
    held.release.clear()
    assert "抓住关键环节" in window.current_speech().text
    # The new version says more before the passage: its old offsets mean other words now.
    added = "今年以来，全市上下共同努力，各项工作取得了新的成绩。\n"
    path.write_text(SPEECH.replace("同志们：\n", "同志们：\n" + added), encoding="utf-8")
    _start_held_import(qtbot, window, held, tmp_path, path)
    highlight = highlight_word(qtbot, window, "抓住关键环节", Qt.Key.Key_1)
    _finish(qtbot, window, held)
    stored = _stored(library_path)[highlight]
    new_text = window.session.speech_content(stored.speech_id).text
    assert stored.start is not None
    assert new_text[stored.start : stored.end] == "抓住关键环节"
    shown = window.session.annotation(highlight)
    assert (shown.start, shown.end) == (stored.start, stored.end)


def test_undo_of_a_step_the_queue_does_not_keep_is_refused_and_stays_on_the_stack(
    qtbot: QtBot,
    main_window: MainWindow,
    held: HeldImport,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window
    shown: list[LibraryError] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    highlight = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    window.session.delete_annotations([highlight])
    stack = window.session.undo_stack
    steps = stack.count()
    _start_held_import(qtbot, window, held, tmp_path)
    window.registry.action(ActionId.UNDO).trigger()
    assert [error.code for error in shown] == ["import-saving"]
    assert (stack.count(), stack.index()) == (steps, steps), "the step waits, undone later"
    assert window.session.annotation(highlight).deleted is not None
    _finish(qtbot, window, held)
    window.registry.action(ActionId.UNDO).trigger()
    assert window.session.annotation(highlight).deleted is None
    assert stack.index() == steps - 1


def test_all_speeches_lists_the_changes_kept_for_the_import(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, tmp_path: Path
) -> None:
    window = main_window
    _start_held_import(qtbot, window, held, tmp_path)
    highlight = highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)
    dock = window.annotations_dock
    button = dock.filter_bar.findChild(QToolButton, "scopeAllSpeeches")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.annotation_reads_running(), timeout=IMPORT_TIMEOUT_MS)
    assert highlight in _all_ids(window), "read from the file, which does not hold it yet"
    _finish(qtbot, window, held)
    assert highlight in _all_ids(window)


def test_closing_stays_open_when_a_kept_change_fails_so_its_message_is_seen(
    qtbot: QtBot,
    main_window: MainWindow,
    held: HeldImport,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window
    shown: list[KeptChangesFailed] = []
    window.session.kept_changes_failed.disconnect(window.show_kept_changes_failed)
    window.session.kept_changes_failed.connect(shown.append)
    _start_held_import(qtbot, window, held, tmp_path)
    highlight_word(qtbot, window, "效能革命", Qt.Key.Key_1)

    def refuse(_annotation: object, **_options: object) -> None:
        raise LibraryError("the disk is full", code="disk-full")

    monkeypatch.setattr(window.session._library.annotations, "add", refuse)
    window.close()
    _finish(qtbot, window, held)
    assert [failure.error.code for failure in shown] == ["disk-full"]
    assert window.isVisible(), "closing now would take the message away"
    assert window.session.pending_count() == 0


def _keep_two_highlights_while_a_reimport_rewrites_them(
    qtbot: QtBot, window: MainWindow, held: HeldImport, tmp_path: Path
) -> tuple[str, str]:
    """Import a file, then hold its re-import of an edited version while two highlights are
    made: one whose words stay (in new surroundings), one whose words go. Their ids."""
    path = good_file(tmp_path)
    held.release.set()
    with qtbot.waitSignal(window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        window.import_files([path], open_first=True)
    held.inside.clear()
    held.release.clear()
    # The words "关键环节" stay, everything around them is rewritten; a heading goes.
    edited = SPEECH.replace("一、统一思想，提高认识\n", "").replace(
        "二、突出重点，狠抓落实\n要抓住关键环节，确保各项任务落到实处。",
        "二、聚焦难点，务求实效\n必须抓关键环节，推动工作见到新成效。",
    )
    path.write_text(edited, encoding="utf-8")
    _start_held_import(qtbot, window, held, tmp_path, path)
    kept = highlight_word(qtbot, window, "关键环节", Qt.Key.Key_1)
    lost = highlight_word(qtbot, window, "统一思想", Qt.Key.Key_2)
    return kept, lost


def test_kept_highlights_follow_the_reimport_by_its_diff_and_the_status_bar_says_how(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, library_path: Path, tmp_path: Path
) -> None:
    window = main_window
    kept, lost = _keep_two_highlights_while_a_reimport_rewrites_them(qtbot, window, held, tmp_path)
    by_quote_alone = in_text(
        window.session.annotation(kept), _new_text_of(window.current_speech().text)
    )
    assert by_quote_alone.state == AnchorState.ORPHANED, "its context no longer agrees"
    signals = [window.session.kept_changes_reanchored, window.import_finished]
    with qtbot.waitSignals(signals, timeout=IMPORT_TIMEOUT_MS):
        held.release.set()
    stored = _stored(library_path)
    text = window.session.speech_content(stored[kept].speech_id).text
    assert text[stored[kept].start : stored[kept].end] == "关键环节"
    assert stored[lost].state == AnchorState.ORPHANED
    message = window.status.currentMessage()
    assert message.startswith("1 change")
    assert "placed where their words are in the new text" in message
    assert "The passage of 1 change" in message
    assert "not found" in message


def test_the_import_report_counts_the_changes_kept_during_it_where_they_landed(
    qtbot: QtBot, main_window: MainWindow, held: HeldImport, tmp_path: Path
) -> None:
    window = main_window
    _keep_two_highlights_while_a_reimport_rewrites_them(qtbot, window, held, tmp_path)
    _finish(qtbot, window, held)
    dialog = window.findChildren(ImportReportDialog)[-1]
    qtbot.waitUntil(dialog.isVisible)
    file_item = dialog.tree.topLevelItem(0)
    lines = [file_item.child(row).text(0) for row in range(file_item.childCount())]
    expected = "Changes made during the import: 1 found again in the new text, 1 not found"
    assert expected in lines
    assert "The passage of 1 annotation(s) was not found." in dialog.headline_text()
    # Gone once told: the next import's report does not count them again.
    held.release.set()
    with qtbot.waitSignal(window.import_finished, timeout=IMPORT_TIMEOUT_MS) as again:
        window.import_files([good_file(tmp_path)])
    assert again.args[0].kept_anchors == {}


def _new_text_of(old_text: str) -> str:
    """The text the re-import stores: the old one with the file's edits made to it."""
    return old_text.replace("一、统一思想，提高认识\n", "").replace(
        "二、突出重点，狠抓落实\n要抓住关键环节，确保各项任务落到实处。",
        "二、聚焦难点，务求实效\n必须抓关键环节，推动工作见到新成效。",
    )
