"""Tests for desktop/dialogs/getting_started.py: the guide a new user finds under Help."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.dialogs.getting_started import GettingStartedDialog
from desktop.gui.actions import ActionRegistry
from desktop.gui.i18n import Language


def test_the_guide_answers_how_to_import_highlight_note_search_and_export(
    qtbot: QtBot, ui_language: Language
) -> None:
    registry = ActionRegistry()
    dialog = GettingStartedDialog(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.browser.toPlainText()
    # The keys the menus show, read from the actions: Import, Note, Undo, Find, Search, Export.
    for keys in ("Ctrl+O", "Ctrl+Z", "Ctrl+F", "Ctrl+Shift+F", "Ctrl+E", "Ctrl+/"):
        assert keys in text
    assert "%" not in text, "every place filled"
    if ui_language == Language.CHINESE:
        assert "按 1 到 5" in text, "the colour keys"
        assert "按 N 为所选文字写批注" in text
        for words in ("导入", "拖到窗口", "小工具栏", "搜索", "导出", "示例文集"):
            assert words in text
        assert "点一条，或选中后按 Enter 键，即可跳到原文所在处" in text  # the keyboard's way too
    else:
        assert "press 1 to 5" in text
        assert "Press N to write a note" in text
        assert "click one, or choose it and press Enter, to go to its place" in text
    with qtbot.waitSignal(dialog.rejected):
        dialog.findChild(QDialogButtonBox).buttons()[0].click()
