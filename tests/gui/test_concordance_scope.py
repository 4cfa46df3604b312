"""A concordance opened from the terms panel keeps the panel's scope, says it, and can change it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.search_jobs import ScopeKind
from desktop.gui.segmenter_service import SegmenterService
from desktop.models.concordance_model import Role as ConcordanceRole
from tests.gui.language_fixtures import ready_segmenter  # noqa: F401 - fixture

WORD = "效能革命"
SPEECH = 4  # 篇4 quotes “效能革命” all through; the other speeches of the sample hold it too

# The concordance dialog is raised over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")


def _terms_of_this_speech(qtbot: QtBot, window: MainWindow, segmenter: Segmenter) -> None:
    window.open_speech(SPEECH)
    service = SegmenterService(segmenter, window)
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "ready"):
        window.start_segmenter(service)
    with qtbot.waitSignal(window.terms_dock().terms_shown, timeout=30_000):
        window.registry.action(ActionId.SHOW_TERMS).trigger()
    assert window.terms_dock().scope_kind() == ScopeKind.SPEECH


def _concordance_from_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.concordance_dialog()
    menu = window.terms_dock().entry_menu(WORD)
    concordance = next(a for a in menu.actions() if a.objectName() == "terms_concordance")
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        concordance.trigger()


def _speeches_of_lines(window: MainWindow) -> set[int]:
    model = window.concordance_dialog().model
    return {model.index(row, 0).data(ConcordanceRole.SPEECH_ID) for row in range(model.rowCount())}


def test_a_concordance_of_this_speechs_term_is_of_this_speech_and_says_so(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _terms_of_this_speech(qtbot, main_window, ready_segmenter)
    _concordance_from_the_panel(qtbot, main_window)
    dialog = main_window.concordance_dialog()
    text = main_window.current_speech().text
    title = main_window.current_speech().record.title
    assert _speeches_of_lines(main_window) == {SPEECH}, "the whole library's lines before"
    assert dialog.model.rowCount() == text.count(WORD)
    assert dialog.scope.scope().kind == ScopeKind.SPEECH
    assert title in dialog.scope_box.currentText()
    assert WORD in dialog.windowTitle()
    assert title in dialog.windowTitle()
    # Changeable: the whole library is one choice away, and the title follows.
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.scope_box.setCurrentIndex(dialog.scope_box.findText("Whole library"))
    assert len(_speeches_of_lines(main_window)) > 1
    assert "whole library" in dialog.windowTitle()
    assert title not in dialog.windowTitle()
    dialog.close()


def test_the_speech_scope_stays_with_its_speech_when_another_is_opened(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _terms_of_this_speech(qtbot, main_window, ready_segmenter)
    _concordance_from_the_panel(qtbot, main_window)
    dialog = main_window.concordance_dialog()
    chosen = dialog.scope_box.currentText()
    rows = dialog.model.rowCount()
    main_window.open_speech(1)
    assert dialog.scope_box.currentText() == chosen
    assert dialog.scope.scope().key == SPEECH
    assert dialog.model.rowCount() == rows
    # Once the library is chosen, the speech entry names the speech being read again.
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.scope_box.setCurrentIndex(0)
    main_window.open_speech(2)
    speech_item = dialog.scope_box.itemText(1)
    assert main_window.current_speech().record.title in speech_item
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)
    dialog.close()


def test_a_collection_scope_is_kept_too(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _terms_of_this_speech(qtbot, main_window, ready_segmenter)
    dock = main_window.terms_dock()
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.scope_box.setCurrentIndex(dock.scope_box.findData(ScopeKind.COLLECTION.value))
    _concordance_from_the_panel(qtbot, main_window)
    dialog = main_window.concordance_dialog()
    collection = main_window.current_speech().record.collection_id
    assert dialog.scope.scope().kind == ScopeKind.COLLECTION
    assert dialog.scope.scope().key == collection
    assert dialog.scope_box.currentText() in dialog.windowTitle()
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)
    dialog.close()


def test_its_export_is_named_by_the_term_and_the_scope(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _terms_of_this_speech(qtbot, main_window, ready_segmenter)
    _concordance_from_the_panel(qtbot, main_window)
    dialog = main_window.concordance_dialog()
    proposed: list[str] = []

    def answer(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        proposed.append(Path(suggested).name)
        return str(tmp_path / "lines.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    dialog.export_csv()
    title = main_window.current_speech().record.title
    assert proposed == [f"{WORD}_{title}.csv"], "it was 效能革命.csv in any scope"
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.scope_box.setCurrentIndex(dialog.scope_box.findText("Whole library"))
    dialog.export_csv()
    assert proposed[-1] == f"{WORD}_Whole_library.csv"
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)
    dialog.close()
