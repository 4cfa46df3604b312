"""Tests for desktop/dialogs/import_progress.py: shown only for slow imports, with Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.dialogs.import_progress import ImportProgressDialog
from desktop.gui.i18n import Language
from tests.gui.access_keys import window_problems


class FakeJob(QObject):
    """An import the test drives by hand: it progresses and finishes when told."""

    progressed = Signal(float, str)
    finished = Signal(object)

    def __init__(self, count: int) -> None:
        super().__init__()
        self.paths = tuple(Path(f"{n}.txt") for n in range(count))
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


def test_a_quick_import_never_shows_the_dialog(qtbot: QtBot) -> None:
    job = FakeJob(1)
    dialog = ImportProgressDialog(job)
    qtbot.addWidget(dialog)
    assert dialog.is_pending()
    job.progressed.emit(1.0, "0.txt")
    job.finished.emit(None)
    assert not dialog.is_pending()
    assert not dialog.isVisible()


def test_a_slow_import_shows_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    job = FakeJob(4)
    dialog = ImportProgressDialog(job, delay_ms=50)
    qtbot.addWidget(dialog)
    job.progressed.emit(0.30, "1.txt")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.fraction == 0.3
    assert dialog.findChild(QLabel, "progressLabel").text() == "Importing “1.txt”…"
    assert dialog.findChild(QLabel, "progressCount").text() == "File 2 of 4"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert job.cancelled
    assert not dialog.cancel_button.isEnabled()
    assert dialog.isVisible()  # until the job has really stopped
    job.finished.emit(None)
    assert not dialog.isVisible()


def test_escape_cancels_instead_of_hiding_a_running_import(qtbot: QtBot) -> None:
    job = FakeJob(1)
    dialog = ImportProgressDialog(job, delay_ms=0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert job.cancelled
    assert dialog.isVisible()
    job.finished.emit(None)
    assert not dialog.isVisible()


def test_a_tracked_dialog_goes_away_with_its_job(qtbot: QtBot) -> None:
    job = FakeJob(1)
    dialog = ImportProgressDialog.track(job)
    with qtbot.waitSignal(dialog.destroyed):
        job.finished.emit(None)


def test_cancel_has_an_access_key_and_the_focus(qtbot: QtBot, ui_language: Language) -> None:
    job = FakeJob(2)
    dialog = ImportProgressDialog(job, delay_ms=0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    assert window_problems(dialog) == []
    assert dialog.focusWidget() is dialog.cancel_button
    job.finished.emit(None)


def test_the_delay_ending_after_the_window_closed_shows_nothing(qtbot: QtBot) -> None:
    """Quit during a slow import: the import ends unseen, no progress opens on its own."""
    window = QWidget()
    qtbot.addWidget(window)
    window.has_closed = True  # type: ignore[attr-defined] - as MainWindow's, after Quit
    job = FakeJob(4)
    dialog = ImportProgressDialog(job, window, delay_ms=0)
    qtbot.waitUntil(lambda: not dialog.is_pending())
    assert not dialog.isVisible()
    job.finished.emit(None)
