"""Tests for desktop/gui/start_upgrade.py and app.open_if_current: an older library opened at
start is upgraded in a worker while a window says so, and the main window opens on it after."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressBar
from pytestqt.qtbot import QtBot

import desktop.gui.app as app_module
from desktop.core.storage import loose_hash, search_index
from desktop.core.storage.library import open_library
from desktop.core.storage.schema import LATEST_VERSION
from desktop.core.storage.upgrade_steps import KINDS, Fraction
from desktop.core.storage.upgrade_steps import OTHER as OTHER_KIND
from desktop.gui.i18n import Translations
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from desktop.gui.start_upgrade import BAR_STEPS, UpgradeWindow
from desktop.gui.upgrade_words import OTHER, WORDS
from tests.core.storage.version_12 import (
    stored,
    version_12_library,
    version_12_library_with_notes,
)

GATE_TIMEOUT_S = 60.0


def new_main_windows(earlier: set[int]) -> list[MainWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and id(w) not in earlier and w.isVisible()
    ]


def upgrade_windows() -> list[UpgradeWindow]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeWindow) and w.isVisible()
    ]


def held_backfill(monkeypatch: pytest.MonkeyPatch, gate: threading.Event) -> list[str]:
    """The upgrade's backfill waits (in its worker) until the test lets it go; says its thread."""
    threads: list[str] = []
    backfill = loose_hash.backfill_loose_hashes

    def held(conn: sqlite3.Connection, report: Fraction | None = None) -> None:
        threads.append(threading.current_thread().name)
        assert gate.wait(GATE_TIMEOUT_S), "the test let the upgrade go"
        backfill(conn, report)

    monkeypatch.setattr(loose_hash, "backfill_loose_hashes", held)
    return threads


def close_when_shown(monkeypatch: pytest.MonkeyPatch, opened: list[MainWindow]) -> None:
    """The main window, once painted, is recorded and closed (the run ends); deleted, as the
    ending process would take it, so no later test's events reach its closed session."""

    def after_show(window: MainWindow, _files: list[Path]) -> None:
        opened.append(window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QTimer.singleShot(0, window.close)

    monkeypatch.setattr(app_module, "after_show", after_show)


def close_when_shown_rows(window: MainWindow, rows: list[int]) -> None:
    """Record how many collections the painted window's tree shows, then close it."""
    rows.append(window.tree_model.rowCount())
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QTimer.singleShot(0, window.close)


def test_an_older_library_is_left_untouched_for_the_worker_and_a_current_one_opens(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite"
    version_12_library(path)
    before = stored(path)
    assert app_module.open_if_current(path) is None
    assert stored(path) == before
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())
    current = tmp_path / "current.sqlite"
    open_library(current, daily_backup=False).close()
    library = app_module.open_if_current(current)
    assert library is not None
    library.close()
    new = app_module.open_if_current(tmp_path / "new.sqlite")  # made at once: it is quick
    assert new is not None
    new.close()


def test_the_window_appears_at_once_and_the_library_opens_once_upgraded(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Settings().language = "zh_CN"
    path = tmp_path / "library.sqlite"
    version_12_library(path)
    _version, speeches = stored(path)
    gate = threading.Event()
    threads = held_backfill(monkeypatch, gate)
    opened: list[int] = []
    handed: list[list[Path]] = []

    def after_show(window: MainWindow, files: list[Path]) -> None:
        handed.append(files)
        close_when_shown_rows(window, opened)

    monkeypatch.setattr(app_module, "after_show", after_show)
    earlier = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}
    seen: dict[str, object] = {}

    def look() -> None:
        (window,) = upgrade_windows()
        seen["headline"] = window.headline.text()
        seen["status"] = window.statusBar().currentMessage()
        bar = window.findChild(QProgressBar, "upgrade_busy")
        seen["bar"] = bar is not None and bar.isVisible() and bar.maximum() == BAR_STEPS
        qtbot.waitUntil(lambda: window.step.text().startswith("第1步"))  # held in step 1
        seen["step"] = window.step.text()
        seen["main windows"] = new_main_windows(earlier)
        seen["stored"] = stored(path)[0]
        gate.set()

    QTimer.singleShot(0, look)
    named = tmp_path / "讲话.txt"  # named on the command line: imported once the window is open
    assert app_module.run_gui(path, [named]) == 0
    assert handed == [[named]]
    assert seen["headline"] == "正在为新版批注 Pizhu 升级文库“library.sqlite”……"
    assert seen["status"] == "正在升级文库……"
    assert seen["bar"] is True
    assert seen["step"] == "第1步（共 5 步）：正在查找其他文件中的相同讲话"
    assert seen["main windows"] == [], "nothing that could write exists during the upgrade"
    assert seen["stored"] == 12
    assert threads != [threading.main_thread().name], "upgraded off the GUI thread"
    assert len(threads) == 1
    (collections,) = opened
    assert collections > 0, "the tree showed the library"
    assert upgrade_windows() == []
    assert stored(path) == (LATEST_VERSION, speeches)


def test_the_window_says_each_step_in_words_and_its_bar_fills(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Settings().language = "zh_CN"
    path = tmp_path / "library.sqlite"
    version_12_library_with_notes(path, 300)
    gate, held = threading.Event(), threading.Event()
    index_note = search_index.index_note
    indexed: list[str] = []

    def indexing(conn: sqlite3.Connection, annotation_id: str, *rest: object) -> None:
        indexed.append(annotation_id)
        if len(indexed) == 150:  # half the notes re-indexed: the worker waits for the test
            held.set()
            assert gate.wait(GATE_TIMEOUT_S), "the test let the upgrade go"
        index_note(conn, annotation_id, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(search_index, "index_note", indexing)
    opened: list[MainWindow] = []
    close_when_shown(monkeypatch, opened)
    shown: list[tuple[int, str]] = []
    notes = "第3步（共 5 步）：正在为搜索重新索引批注"
    show_step = UpgradeWindow.show_step

    def showing(window: UpgradeWindow, fraction: float, words: str) -> None:
        show_step(window, fraction, words)  # what the window shows after each report
        shown.append((window.bar.value(), window.step.text()))

    # Watched from the window's first report on: a fast worker may report before look() runs.
    monkeypatch.setattr(UpgradeWindow, "show_step", showing)

    def look() -> None:
        # While the worker holds halfway through the notes, the bar has moved within the step.
        qtbot.waitUntil(lambda: held.is_set() and len({v for v, s in shown if s == notes}) > 3)
        shown.append((-1, "held"))
        gate.set()

    QTimer.singleShot(0, look)
    assert app_module.run_gui(path) == 0
    assert len(opened) == 1, "the library opened once upgraded"
    moves = [value for value, _words in shown if value >= 0]
    assert moves == sorted(moves), "the bar only fills"
    assert moves[-1] == BAR_STEPS, "full when the upgrade is done"
    words = [words for _value, words in shown]
    assert words.index(notes) < words.index("held")
    assert words[-1] == "第5步（共 5 步）：正在为关键词和提法重新统计词语"
    assert stored(path)[0] == LATEST_VERSION


def test_the_translations_are_brought_up_to_date_before_the_upgrade_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An upgrade follows an update of the app: the words of its steps, new in it, showed in
    # English from the .qm built before the update until the background rebuild, after it.
    path = tmp_path / "library.sqlite"
    version_12_library(path)
    events: list[str] = []
    monkeypatch.setattr(
        Translations, "bring_up_to_date", lambda _self: events.append("translations")
    )
    shown = UpgradeWindow.show

    def show(window: UpgradeWindow) -> None:
        events.append("upgrade window")
        shown(window)

    monkeypatch.setattr(UpgradeWindow, "show", show)
    opened: list[MainWindow] = []
    close_when_shown(monkeypatch, opened)
    assert app_module.run_gui(path) == 0
    assert events[:2] == ["translations", "upgrade window"]
    assert len(opened) == 1


def test_closing_during_the_upgrade_waits_for_it_then_quits_without_opening(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Settings().language = "en"
    path = tmp_path / "library.sqlite"
    version_12_library(path)
    gate = threading.Event()
    held_backfill(monkeypatch, gate)
    opened: list[MainWindow] = []
    close_when_shown(monkeypatch, opened)
    said: list[str] = []

    def close() -> None:
        (window,) = upgrade_windows()
        window.close()
        said.append(window.statusBar().currentMessage())
        said.append("visible" if window.isVisible() else "hidden")
        gate.set()

    QTimer.singleShot(0, close)
    assert app_module.run_gui(path) == 0
    assert said == [
        "Pizhu closes once the upgrade is done: an upgrade is never left half done.",
        "visible",
    ]
    assert opened == []
    assert stored(path)[0] == LATEST_VERSION, "the upgrade was completed, not cut"


def _failing_backfill(monkeypatch: pytest.MonkeyPatch) -> None:
    backfill = loose_hash.backfill_loose_hashes

    def failing(conn: sqlite3.Connection, report: Fraction | None = None) -> None:
        backfill(conn, report)  # the work done, not yet committed
        raise OSError("the disk went away")

    monkeypatch.setattr(loose_hash, "backfill_loose_hashes", failing)


def test_a_failed_upgrade_is_named_and_leaves_the_library_as_it_was(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite"
    version_12_library(path)
    before = stored(path)
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    _failing_backfill(monkeypatch)
    opened: list[MainWindow] = []
    close_when_shown(monkeypatch, opened)
    assert app_module.run_gui(path) == app_module.EXIT_LIBRARY_ERROR
    (message,) = shown
    assert str(path) in message
    assert "the disk went away" in message, "what went wrong, under Show Details"
    assert opened == []
    assert upgrade_windows() == []
    assert stored(path) == before, "rolled back: the version-12 library as it was"
    monkeypatch.undo()  # the next start upgrades it again
    library = open_library(path, create=False, daily_backup=False)
    library.close()
    assert stored(path)[0] == LATEST_VERSION


def test_an_upgrade_the_full_disk_refuses_is_said_in_the_ui_s_language_the_bar_stopped(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk stopped the upgrade: the Chinese window's message was core's English line
    ("the change was not saved", of a change she never made), and the bar behind it still
    stood part-filled under "Upgrading the library…", as if the work went on."""
    Settings().language = "zh_CN"
    path = tmp_path / "library.sqlite"
    version_12_library(path)
    before = stored(path)
    backfill = loose_hash.backfill_loose_hashes

    def disk_full(conn: sqlite3.Connection, report: Fraction | None = None) -> None:
        # No page more than the file has: SQLite's own "database or disk is full" (SQLITE_FULL).
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
        conn.execute("CREATE TABLE filling (words TEXT)")
        conn.execute("INSERT INTO filling VALUES (?)", ("字" * 100_000,))
        backfill(conn, report)

    monkeypatch.setattr(loose_hash, "backfill_loose_hashes", disk_full)
    seen: list[dict[str, object]] = []

    def record(box: QMessageBox) -> int:
        (window,) = upgrade_windows()
        seen.append(
            {
                "text": box.text(),
                "informative": box.informativeText(),
                "detailed": box.detailedText(),
                "bars": [bar.isVisible() for bar in window.findChildren(QProgressBar)],
                "step": window.step.text(),
                "status": window.statusBar().currentMessage(),
            }
        )
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    opened: list[MainWindow] = []
    close_when_shown(monkeypatch, opened)
    assert app_module.run_gui(path) == app_module.EXIT_LIBRARY_ERROR
    (said,) = seen
    assert said["text"] == "文库未能升级：磁盘已满。请腾出空间，然后重新启动批注 Pizhu。"
    assert said["informative"] == (
        f"文库未做任何改动，仍是升级前的样子；下次启动时会再次尝试升级。\n\n{path}"
    )
    assert "the change was not saved" in str(said["detailed"]), "core's line, for a report"
    assert said["bars"] == [False, False], "no bar left standing as if the work went on"
    assert said["step"] == "升级已停止。"
    assert said["status"] == "升级未能完成。"
    assert opened == []
    assert stored(path) == before, "rolled back: the version-12 library as it was"


def test_the_upgrade_window_stands_where_the_main_window_was(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite"
    version_12_library(path)
    gate = threading.Event()
    held_backfill(monkeypatch, gate)
    opened: list[MainWindow] = []
    close_when_shown(monkeypatch, opened)
    geometry: list[tuple[int, int]] = []
    host = UpgradeWindow(path)  # any top-level window: its geometry is saved as the main one's
    qtbot.addWidget(host)
    host.setObjectName("MainWindow")
    host.resize(700, 500)
    Settings().save_window(host)

    def look() -> None:
        (window,) = upgrade_windows()
        geometry.append((window.width(), window.height()))
        gate.set()

    QTimer.singleShot(0, look)
    assert app_module.run_gui(path) == 0
    assert geometry == [(700, 500)]


def test_every_step_has_words_to_translate_the_same_as_the_command_lines() -> None:
    assert {code: kind.words for code, kind in KINDS.items()} == WORDS
    assert OTHER_KIND.words == OTHER
