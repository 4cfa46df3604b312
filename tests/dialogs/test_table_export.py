"""Tests for desktop/dialogs/table_export.py: the panels' Copy Table and Export CSV… buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.export.table import Table
from desktop.dialogs.table_export import TableExport
from desktop.gui.i18n import Language


class _Source:
    def export_table(self) -> Table:
        return Table.of(["word"], [["效能革命"]])

    def export_titles(self) -> list[str]:
        return ["词"]

    def export_name(self) -> str:
        return "词表"


def test_the_buttons_promise_no_access_key_the_menus_keep_theirs(
    qtbot: QtBot, ui_language: Language
) -> None:
    """Qt drops only the "&" from a tool button's text: the Chinese buttons read 复制表格(C)
    and 导出 CSV(E), though Alt+C did nothing and Alt+E opened the Edit menu."""
    owner = QWidget()
    qtbot.addWidget(owner)
    export = TableExport(_Source(), owner)
    texts = []
    for action in (export.copy_action, export.export_action):
        button = QToolButton(owner)
        button.setDefaultAction(action)
        texts.append(button.text())
        assert "&" in action.text(), "the context menu's entry keeps its access key"
    if ui_language is Language.CHINESE:
        assert texts == ["复制表格", "导出 CSV"]
    else:
        assert texts == ["Copy Table", "Export CSV"]
