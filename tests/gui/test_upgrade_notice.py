"""Tests for desktop/gui/upgrade_notice.py and app.open_start_library: an older library
upgraded at start says so while it is upgraded, and only then."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from desktop.core.storage import loose_hash
from desktop.core.storage.library import open_library
from desktop.core.storage.schema import LATEST_VERSION
from desktop.gui.app import open_start_library


def _notices() -> list[QProgressDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QProgressDialog)
        and widget.objectName() == "upgrade_notice"
        and widget.isVisible()
    ]


def _older_library(path: Path) -> None:
    """A library as version 12 left it (before the loose hash)."""
    open_library(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX speeches_by_loose_hash")
    conn.execute("ALTER TABLE speeches DROP COLUMN loose_hash")
    conn.execute("PRAGMA user_version = 12")
    conn.close()


def test_an_older_library_is_upgraded_under_a_notice_that_goes_once_it_is_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite"
    _older_library(path)
    seen: list[str] = []
    backfill = loose_hash.backfill_loose_hashes

    def watched(conn: sqlite3.Connection) -> None:
        seen.extend(notice.labelText() for notice in _notices())
        backfill(conn)

    monkeypatch.setattr(loose_hash, "backfill_loose_hashes", watched)
    library = open_start_library(path)
    try:
        assert library.db.user_version == LATEST_VERSION
    finally:
        library.close()
    assert len(seen) == 1, "shown while the upgrade ran"
    assert seen[0].startswith("Upgrading the library “library.sqlite”")
    qtbot.waitUntil(lambda: not _notices())


def test_a_library_of_this_version_opens_without_a_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite"
    open_library(path).close()
    import desktop.gui.upgrade_notice as notice_module

    def fail(_path: Path) -> QProgressDialog:
        raise AssertionError("no upgrade was due")

    monkeypatch.setattr(notice_module, "show_upgrade_notice", fail)
    open_start_library(path).close()
    open_start_library(tmp_path / "new.sqlite").close()  # a new one is made, not upgraded
