"""The terms panel's export names what its list is of: two speeches' lists, two files."""

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
from tests.gui.language_fixtures import ready_segmenter  # noqa: F401 - fixture


def _proposed_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The file name the panel's Export CSV… proposes (the dialog is answered with a path)."""
    proposed: list[str] = []

    def answer(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        proposed.append(Path(suggested).name)
        return str(tmp_path / f"{len(proposed)}.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    dock = window.terms_dock()
    with qtbot.waitSignal(dock.table_export.exported):
        dock.table_export.export_action.trigger()
    return proposed[-1]


def test_the_lists_of_two_speeches_and_of_the_library_export_under_their_own_names(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    main_window.open_speech(3)
    service = SegmenterService(ready_segmenter, main_window)
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "ready"):
        main_window.start_segmenter(service)
    dock = main_window.terms_dock()
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        main_window.registry.action(ActionId.SHOW_TERMS).trigger()
    first = _proposed_name(qtbot, main_window, tmp_path, monkeypatch)
    assert first == "Keywords_在全市文艺工作会议上的讲话.csv", "it was Keywords.csv for every one"
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        main_window.open_speech(4)
    second = _proposed_name(qtbot, main_window, tmp_path, monkeypatch)
    title = main_window.current_speech().record.title
    assert second == f"Keywords_{title}.csv"
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.scope_box.setCurrentIndex(dock.scope_box.findData(ScopeKind.LIBRARY.value))
    # The library's words are counted first: its list comes when they are.
    qtbot.waitUntil(lambda: dock.tables.row_count() > 0, timeout=30_000)
    assert _proposed_name(qtbot, main_window, tmp_path, monkeypatch) == (
        "Keywords_Whole_library.csv"
    )
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)
