"""The compare window's Export Changes… and Copy Changes as a user drives them: the keys, the
file written in the format its extension names, the Markdown on the clipboard, a failure."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

from desktop.gui.compare_window import CompareWindow
from desktop.gui.i18n import Language, Translations
from tests.gui.compare_helpers import DRAFT, FINAL, import_two_versions, open_compare
from tests.gui.conftest import WindowFactory


@pytest.fixture
def compare(qtbot: QtBot, open_window: WindowFactory, library_path: Path) -> CompareWindow:
    """The compare window of a draft and its final version, its changes shown."""
    draft, final = import_two_versions(library_path)
    return open_compare(qtbot, open_window(), draft, final)


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = "") -> list[str]:
    """Answer the save dialog with ``path``; the names it proposed."""
    proposed: list[str] = []

    def answer(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        proposed.append(Path(suggested).name)
        proposed.append(filters)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return proposed


def test_ctrl_e_writes_the_changes_as_markdown(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = compare.changes_export.export_action
    assert action in compare.findChild(QToolBar, "compare_toolbar").actions()
    assert action.isEnabled()
    assert [key.toString() for key in action.shortcuts()] == ["Ctrl+E"]
    proposed = _answer(monkeypatch, tmp_path / "changes.md")
    with qtbot.waitSignal(compare.changes_export.exported) as written:
        qtbot.keyClick(compare.new_pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert written.args == [tmp_path / "changes.md"]
    assert proposed[0].endswith(".md")
    assert DRAFT in proposed[0]
    assert FINAL in proposed[0]
    text = (tmp_path / "changes.md").read_text(encoding="utf-8")
    assert text.splitlines()[0] == f"# Changes: {DRAFT} → {FINAL}"
    assert "**𠮷" in text  # the insertion before 𠮷's paragraph, in bold
    assert "~~" in text  # the paragraph deleted, struck through
    assert text.count("\n## ") == len(compare.comparison.hunks)


def test_a_csv_name_writes_csv_with_a_bom(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, tmp_path / "changes.csv")
    with qtbot.waitSignal(compare.changes_export.exported):
        compare.changes_export.export_action.trigger()
    data = (tmp_path / "changes.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["section", "kind", "old", "new", "old_offset", "new_offset"]
    assert len(rows) == len(compare.comparison.hunks) + 1


def test_a_name_without_extension_takes_the_chosen_filters(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, tmp_path / "changes", "Plain text (*.txt)")
    with qtbot.waitSignal(compare.changes_export.exported) as written:
        compare.changes_export.export_action.trigger()
    assert written.args == [tmp_path / "changes.txt"]
    text = (tmp_path / "changes.txt").read_text(encoding="utf-8")
    assert text.startswith("@@ 1/")
    assert "{+𠮷" in text


def test_ctrl_shift_c_copies_the_changes_as_markdown(qtbot: QtBot, compare: CompareWindow) -> None:
    QApplication.clipboard().clear()
    with qtbot.waitSignal(compare.changes_export.copied) as copied:
        qtbot.keyClick(
            compare.new_pane,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert copied.args == [len(compare.comparison.hunks)]
    text = QApplication.clipboard().text()
    assert text.startswith(f"# Changes: {DRAFT} → {FINAL}")


def test_a_file_that_cannot_be_written_is_one_warning(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, tmp_path / "no such folder" / "changes.md")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert compare.changes_export.export() is None
    assert len(warnings) == 1
    assert "no such folder" in warnings[0]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The Chinese catalogue, as most users read the app."""
    translations = Translations(qapp)
    assert translations.apply(Language.CHINESE) == Language.CHINESE
    yield
    translations.remove()


@pytest.mark.usefixtures("chinese")
def test_in_chinese_the_markdown_and_the_action_are_in_chinese(
    qtbot: QtBot, compare: CompareWindow
) -> None:
    action = compare.changes_export.copy_action
    assert action.text() == "复制改动(&C)"
    with qtbot.waitSignal(compare.changes_export.copied):
        action.trigger()
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0] == f"# 改动：{DRAFT} → {FINAL}"
    assert any(line.startswith("- 旧稿：") and "~~" in line for line in lines)
    assert "## 5. 删除" in lines  # the last paragraph: after every heading
    assert any(line.startswith("## ") and line.endswith("（新增）") for line in lines)
