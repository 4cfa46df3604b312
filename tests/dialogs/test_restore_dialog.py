"""Tests for desktop/dialogs/restore_dialog.py: the list of backups and the Restore request."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.storage.backup import BackupInfo
from desktop.dialogs.restore_dialog import RestoreDialog


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
    assert kinds == ["Before an upgrade", "Made on request", "Daily"]
    assert dialog.chosen() == Path("/backups/b.sqlite")
    with qtbot.waitSignal(dialog.restore_requested) as requested:
        dialog.restore_button.click()
    assert requested.args == [Path("/backups/b.sqlite")]
