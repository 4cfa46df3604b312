"""Tests for desktop/gui/window_annotations.py: a highlight clicked in the reader far down the
annotations dock's "all speeches" is shown there, selected (the dock gives its list the groups
around it, not every group above: ``models.annotations_window``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QToolButton
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models import annotations_fetch
from tests.gui.files import good_file
from tests.gui.reader.helpers import char_point

SPEECHES = 40


def _library_of_highlights(qtbot: QtBot, window: MainWindow, folder: Path) -> dict[int, str]:
    """Forty more speeches, a highlight at the start of each: the ids by speech."""
    paths = [good_file(folder, f"{n}.txt", f"第{n}次会议上的讲话") for n in range(SPEECHES)]
    with qtbot.waitSignal(window.import_finished, timeout=60_000):
        window.import_files(paths, keep_duplicates=True)
    for dialog in window.findChildren(QDialog):
        dialog.close()
    session = window.session
    return {sid: session.add_highlight(sid, 0, 4, "yellow").id for sid in window.speech_order()}


def _far_highlight_clicked(
    qtbot: QtBot, window: MainWindow, folder: Path
) -> tuple[dict[int, str], int]:
    """The library of highlights listed in "all speeches", and a speech far down opened with
    its highlight clicked in the reader (selected in the dock): the highlights and that speech."""
    highlights = _library_of_highlights(qtbot, window, folder)
    dock = window.annotations_dock
    button = dock.filter_bar.findChild(QToolButton, "scopeAllSpeeches")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.model.annotation_count() == len(highlights))
    far = window.speech_order()[-3]
    assert window.open_speech(far, 0)
    reader = window.reader
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, 1))
    qtbot.waitUntil(lambda: dock.selected_annotation_id() == highlights[far])
    return highlights, far


def test_a_highlight_far_down_clicked_in_the_reader_is_shown_selected_in_all_speeches(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", 3)  # far down: past a few batches
    window = open_window()
    highlights, far = _far_highlight_clicked(qtbot, window, tmp_path)
    dock = window.annotations_dock
    assert dock.model.has_earlier_groups(), "the groups around it, not every one above"
    view = dock.view
    current = view.currentIndex()
    assert view.selectionModel().isSelected(current)
    rect = view.visualRect(current)
    assert rect.top() >= 0
    assert rect.center().y() < view.viewport().height()
    assert view.visualRect(current.parent()).top() >= 0, "under its heading"


def test_a_highlight_far_down_trashed_undone_and_restored_is_never_lost(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: object,
) -> None:
    """Selected far down (the groups around it given), trashed, the trash undone, trashed
    again and restored from the trash: the highlight is back each time and the list whole."""
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", 3)
    window = open_window()
    highlights, far = _far_highlight_clicked(qtbot, window, tmp_path)
    dock = window.annotations_dock
    assert dock.model.has_earlier_groups()
    dock.view.setFocus()
    window.registry.action(ActionId.DELETE_ANNOTATION).trigger()
    qtbot.waitUntil(lambda: dock.model.annotation_count() == len(highlights) - 1)
    assert window.session.annotation(highlights[far]).deleted is not None
    window.registry.action(ActionId.UNDO).trigger()
    qtbot.waitUntil(lambda: dock.model.annotation_count() == len(highlights))
    assert window.session.annotation(highlights[far]).deleted is None
    qtmodeltester.check(dock.model)  # type: ignore[attr-defined]
    assert window.reader.annotations_at(1) == [highlights[far]]
    window.registry.action(ActionId.REDO).trigger()
    qtbot.waitUntil(lambda: dock.model.annotation_count() == len(highlights) - 1)
    window.registry.action(ActionId.TRASH).trigger()
    dialog = window.trash_dialog
    assert dialog is not None
    dialog.select_all()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: dock.model.annotation_count() == len(highlights))
    qtmodeltester.check(dock.model)  # type: ignore[attr-defined]
    assert window.reader.annotations_at(1) == [highlights[far]]
    assert all(window.session.annotation(i).deleted is None for i in highlights.values())
