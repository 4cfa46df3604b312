"""Tests for desktop/gui/button_texts.py: standard buttons keep their access keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.dialogs.concordance_dialog import ConcordanceDialog
from desktop.dialogs.tags_dialog import TagsDialog
from desktop.dialogs.term_dialog import TermDialog
from desktop.dialogs.trend_dialog import TrendDialog
from desktop.gui.i18n import Language, Translations


@pytest.mark.parametrize("kind", [TagsDialog, ConcordanceDialog, TrendDialog])
def test_a_kept_dialog_s_close_keeps_its_access_key_through_a_language_switch(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, kind: type[QDialog]
) -> None:
    # Dialogs the window keeps, translated again while they are open.
    dialog = TagsDialog() if kind is TagsDialog else kind(tmp_path / "l.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "&Close"
    english_title = dialog.windowTitle()
    saved = QLocale()
    translations = Translations(qapp, cache=tmp_path / "cache")
    try:
        assert translations.apply("zh_CN") == Language.CHINESE
        qtbot.waitUntil(lambda: dialog.windowTitle() != english_title)
        # Not Qt's own 关闭, which the box put back after the dialog had named it: no Alt+C.
        assert close.text() == "关闭(&C)"
    finally:
        translations.remove()
        QLocale.setDefault(saved)
    qtbot.waitUntil(lambda: dialog.windowTitle() == english_title)
    assert close.text() == "&Close"
    if isinstance(dialog, TermDialog):  # its worker's thread ends with it
        dialog.worker.shutdown()
