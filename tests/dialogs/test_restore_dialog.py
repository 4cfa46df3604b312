"""Tests for desktop/dialogs/restore_dialog.py: the list of backups and the Restore request."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core.storage.backup import BackupInfo
from desktop.dialogs.restore_dialog import RestoreDialog
from desktop.gui.i18n import Language
from desktop.gui.screen_fit import available_size
from tests.gui.access_keys import activate, press_access_key, window_problems


def _info(name: str, kind: str, taken: datetime) -> BackupInfo:
    return BackupInfo(Path("/backups") / name, kind, taken, 2048)


def test_backups_are_listed_newest_first_with_their_kind_and_the_newest_chosen(
    qtbot: QtBot,
) -> None:
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.set_backups(
        [
            _info("a.sqlite", "daily", datetime(2026, 11, 20)),
            _info("b.sqlite", "premigration", datetime(2026, 11, 26, 9, 30)),
            _info("c.sqlite", "manual", datetime(2026, 11, 22, 18, 0)),
        ]
    )
    kinds = [dialog.list.topLevelItem(i).text(1) for i in range(3)]
    assert kinds == ["Before an upgrade", "Manual", "Daily"]
    # a daily backup is named by its day: no time of day is made up for it (midnight)
    daily = dialog.list.topLevelItem(2).text(0)
    assert daily == QLocale().toString(QDate(2026, 11, 20), QLocale.FormatType.ShortFormat)
    assert ":" in dialog.list.topLevelItem(0).text(0)
    assert dialog.chosen() == Path("/backups/b.sqlite")
    with qtbot.waitSignal(dialog.restore_requested) as requested:
        dialog.restore_button.click()
    assert requested.args == [Path("/backups/b.sqlite")]


def test_restore_from_file_asks_for_a_copy_and_hands_it_on(qtbot: QtBot, tmp_path: Path) -> None:
    copy = tmp_path / "mine.sqlite"
    copy.write_bytes(b"")
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.set_backups([])
    dialog.show()
    assert dialog.file_button.isEnabled(), "a copy can be restored with no backup listed"
    dialog.file_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QFileDialog, "restore_file_dialog") is not None)
    chooser = dialog.findChild(QFileDialog, "restore_file_dialog")
    assert isinstance(chooser, QFileDialog)
    assert chooser.isVisible()
    chooser.selectFile(str(copy))
    with qtbot.waitSignal(dialog.file_chosen) as chosen:
        chooser.accept()
    assert chosen.args == [copy]


def test_first_size_grows_with_large_text_and_fits_the_screen(
    qtbot: QtBot, qapp: QApplication
) -> None:
    usual = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(usual.pointSizeF() * 2)
    qapp.setFont(larger)
    try:
        dialog = RestoreDialog()
        qtbot.addWidget(dialog)
    finally:
        qapp.setFont(usual)
    assert dialog.width() > 560  # the size drawn for the usual font
    room = available_size(dialog)
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height()


def test_every_button_has_an_access_key_and_alt_c_closes(
    qtbot: QtBot, ui_language: Language
) -> None:
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.set_backups([_info("a.sqlite", "daily", datetime(2026, 11, 20))])
    dialog.show()
    qtbot.waitExposed(dialog)
    assert window_problems(dialog) == []
    activate(qtbot, dialog)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    press_access_key(qtbot, dialog, close.text())
    qtbot.waitUntil(lambda: not dialog.isVisible())
