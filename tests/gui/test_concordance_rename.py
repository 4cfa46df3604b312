"""The concordance follows a speech renamed in the library tree while it is open.

Renamed (the tree's Rename) while the concordance (Ctrl+Shift+K) looked in it, or listed lines
of it, the dialog went on naming the speech by its old title: in its "In:" box, its window's
title and the speech column of its lines.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.search_jobs import ScopeKind
from desktop.models.concordance_model import Column, Role
from tests.gui.language_fixtures import type_text
from tests.gui.window_helpers import tree_row

pytestmark = pytest.mark.qt_log_ignore("does not support raise")

WORD = "效能革命"
NEW = "开篇讲话"
WAIT_MS = 30_000


def _rename_speech(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, speech_id: int
) -> None:
    """Rename ``speech_id`` NEW through the tree's context menu, as a user does."""
    pane = window.library_pane
    monkeypatch.setattr(pane, "ask_title", lambda _parent, _label, _current: NEW)
    index = tree_row(window, speech_id)
    pane.tree.scrollTo(index)
    menu = pane.build_context_menu(pane.tree.visualRect(index).center())
    assert menu is not None
    name = f"action_{ActionId.RENAME.name.lower()}"
    (rename,) = [action for action in menu.actions() if action.objectName() == name]
    with qtbot.waitSignal(window.session.speech_renamed):
        rename.trigger()


def _concordance(qtbot: QtBot, window: MainWindow, scope: ScopeKind):  # noqa: ANN202
    """Ctrl+Shift+K's dialog, WORD typed and found in ``scope`` chosen in its "In:" box."""
    window.registry.action(ActionId.CONCORDANCE).trigger()
    dialog = window.concordance_dialog()
    box = dialog.scope_box
    key = "library" if scope == ScopeKind.LIBRARY else f"speech:{window.current_speech_id()}"
    box.setCurrentIndex(box.findData(key))
    with qtbot.waitSignal(dialog.shown, timeout=WAIT_MS):
        type_text(qtbot, dialog.term_edit, WORD)
        qtbot.keyClick(dialog.term_edit, Qt.Key.Key_Return)
    assert dialog.model.rowCount() > 0
    return dialog


def _speech_cells(dialog, speech_id: int) -> set[str]:  # noqa: ANN001 - a ConcordanceDialog
    model = dialog.model
    return {
        model.index(row, Column.SPEECH).data()
        for row in range(model.rowCount())
        if model.index(row, 0).data(Role.SPEECH_ID) == speech_id
    }


def test_the_speech_looked_in_is_named_anew_in_the_box_the_title_and_the_lines(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    old = main_window.session.speech(speech_id).title
    dialog = _concordance(qtbot, main_window, ScopeKind.SPEECH)
    assert old in dialog.scope_box.currentText()
    assert old in dialog.windowTitle()
    with qtbot.waitSignal(dialog.shown, timeout=WAIT_MS):
        _rename_speech(qtbot, main_window, monkeypatch, speech_id)
    assert dialog.scope_box.currentText() == f"This speech: {NEW}"
    assert dialog.scope.scope().key == speech_id, "still looking in it"
    assert NEW in dialog.windowTitle()
    assert old not in dialog.windowTitle()
    cells = _speech_cells(dialog, speech_id)
    assert cells
    assert all(NEW in cell and old not in cell for cell in cells), cells
    dialog.close()


def test_lines_of_a_renamed_speech_in_the_whole_library_name_it_anew(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    old = main_window.session.speech(speech_id).title
    dialog = _concordance(qtbot, main_window, ScopeKind.LIBRARY)
    rows = dialog.model.rowCount()
    assert _speech_cells(dialog, speech_id)
    with qtbot.waitSignal(dialog.shown, timeout=WAIT_MS):
        _rename_speech(qtbot, main_window, monkeypatch, speech_id)
    cells = _speech_cells(dialog, speech_id)
    assert all(NEW in cell and old not in cell for cell in cells), cells
    assert dialog.model.rowCount() == rows
    assert dialog.scope_box.currentText() == "Whole library"
    this = dialog.scope_box.findData(f"speech:{speech_id}")
    assert dialog.scope_box.itemText(this) == f"This speech: {NEW}", "the item for the reader"
    dialog.close()
