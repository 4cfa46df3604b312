"""The terms panel's lists as tables: copied (menu, Ctrl+C) and exported as CSV, the kind
of a 提法 in the UI language."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.gui.i18n import Language
from desktop.gui.terms_dock import TermsDock
from desktop.models.terms_model import Role
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    ready_segmenter,
    sample_library,
    sample_template,
)
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.terms_dock_fixtures import dock, ready_terms, row_of
from tests.gui.ui_languages import ui_language  # noqa: F401 - fixture
from tests.gui.window_helpers import right_click

__all__ = ["dock"]  # the fixture


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel and WPS read the Chinese right
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@MENU_ON_OFFSCREEN
def test_the_menu_copies_the_list_shown_as_a_table(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    menus: MenuSpy,
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the copy follows the order shown
    QGuiApplication.clipboard().clear()
    menus.chosen = "table_copy"
    with qtbot.waitSignal(dock.table_export.copied):
        right_click(view.viewport(), view.visualRect(view.model().index(2, 0)).center())
    ((_point, names),) = menus.opened
    assert names[-2:] == ["table_copy", "table_export"]
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Formulation", "Whole words", "Quoted", "Kind", "Speeches"]
    model = view.model()
    assert [line.split("\t")[0] for line in lines[1:]] == [
        model.index(row, 0).data() for row in range(model.rowCount())
    ]
    revolution = next(line.split("\t") for line in lines if line.startswith("效能革命\t"))
    entry = next(e for e in dock.formulations.entries() if e.text == "效能革命")
    assert revolution[1:] == [str(entry.count), str(entry.quoted), "quoted", "1"]


def test_ctrl_c_on_the_keywords_copies_them(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    view = dock.keyword_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(dock.table_export.copied) as copied:
        qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert copied.args == [len(dock.keywords.entries())]
    assert lines[0].split("\t") == ["Keyword", "Whole words", "Score", "Speeches"]
    assert [line.split("\t")[0] for line in lines[1:]] == [e.word for e in dock.keywords.entries()]


def test_export_writes_the_list_as_csv_and_says_why_it_could_not(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    target = tmp_path / "keywords.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    button = next(
        b
        for b in dock.findChildren(QToolButton)
        if b.defaultAction() is dock.table_export.export_action
    )
    with qtbot.waitSignal(dock.table_export.exported):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    rows = _read_csv(target)
    assert rows[0] == ["keyword", "count", "score", "texts"]
    assert [row[0] for row in rows[1:]] == [e.word for e in dock.keywords.entries()]
    assert [int(row[1]) for row in rows[1:]] == [e.count for e in dock.keywords.entries()]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    missing = tmp_path / "gone" / "keywords.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(missing), ""))
    assert dock.table_export.export() is None
    assert shown == [f"The folder “{missing.parent}” does not exist."]
    assert not missing.parent.exists()


def test_nothing_to_copy_before_the_terms_are_listed(dock: TermsDock) -> None:
    assert not dock.table_export.copy_action.isEnabled()
    assert not dock.table_export.export_action.isEnabled()


def test_the_kind_is_copied_and_exported_in_the_ui_language(
    qtbot: QtBot,
    ui_language: Language,  # noqa: F811
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quoted = {Language.ENGLISH: "quoted", Language.CHINESE: "引号式"}[ui_language]
    ready_terms(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row_of(view, "效能革命"), 0))
    with qtbot.waitSignal(dock.table_export.copied):
        qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert next(line for line in lines if line.startswith("效能革命\t")).split("\t")[3] == quoted
    target = tmp_path / "formulations.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.waitSignal(dock.table_export.exported):
        dock.table_export.export_action.trigger()
    rows = _read_csv(target)
    assert rows[0] == ["formulation", "count", "quoted", "kind", "texts"]  # field names
    assert next(row for row in rows if row[0] == "效能革命")[3] == quoted


def test_a_standing_formulation_is_told_apart_sorted_by_kind_and_exported(
    qtbot: QtBot,
    ui_language: Language,  # noqa: F811
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """立说立行, which 篇4 says without quotes, is listed among its 提法 as a standing one."""
    names = {
        Language.ENGLISH: ("quoted", "standing"),
        Language.CHINESE: ("引号式", "规范提法"),
    }[ui_language]
    ready_terms(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    model = view.model()
    row = row_of(view, "立说立行")
    assert [model.index(row, column).data() for column in range(4)] == [
        "立说立行",
        "1",
        "0",
        names[1],
    ]
    assert model.index(row_of(view, "效能革命"), 3).data() == names[0]
    header = view.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(3) + 4, header.height() // 2),
    )
    kinds = [model.index(r, 3).data(Role.SORT) for r in range(model.rowCount())]
    assert kinds == sorted(kinds)
    assert {"quoted", "standing"} <= set(kinds)
    target = tmp_path / "formulations.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    with qtbot.waitSignal(dock.table_export.exported):
        dock.table_export.export_action.trigger()
    rows = _read_csv(target)
    assert ["立说立行", "1", "0", names[1], "1"] in rows
    assert [row[3] for row in rows[1:]] == [
        model.index(r, 3).data() for r in range(model.rowCount())
    ]
