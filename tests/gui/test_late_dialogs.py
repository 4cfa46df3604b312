"""Tests for desktop/gui/late_dialogs.py: a job whose outcome arrives after Quit opens nothing.

Quit waits for the window's workers, so a job running then delivers its outcome after the
window closed. Each test starts the job, quits (or sends SIGTERM) before the outcome is
delivered, lets the outcome arrive, and checks no window of the app is left showing (the
application, which quits when its last window closes, would run on unseen) and that what the
job wrote is kept, or that the library is as it was.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.export.reading import LibraryReader
from desktop.core.export.runner import ExportRequest, run_export
from desktop.core.export.selection import ExportScope
from desktop.core.storage.backup import verify_backup
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.background_writer import BackgroundWriter
from desktop.gui.late_dialogs import open_unless_closed, window_has_closed
from desktop.gui.main_window import MainWindow
from desktop.gui.termination import CloseOnTermination
from desktop.gui.workers import WorkerTask

OUTCOME_TIMEOUT_MS = 30_000


@pytest.fixture
def terminating(main_window: MainWindow) -> Iterator[CloseOnTermination]:
    """SIGTERM handled as the app handles it after its first frame; given back at the end."""
    before = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    handler = CloseOnTermination(main_window)
    yield handler
    handler.uninstall()
    signal.signal(signal.SIGTERM, before)


def _shown() -> list[str]:
    """The app's windows on screen, by class and object name."""
    return [
        f"{type(widget).__name__}:{widget.objectName()}"
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible()
    ]


def _quit_before_outcome(qtbot: QtBot, window: MainWindow, task: WorkerTask) -> None:
    """File ▸ Quit while ``task`` runs; its outcome is delivered after the close."""
    with qtbot.waitSignal(task.finished, timeout=OUTCOME_TIMEOUT_MS):
        window.registry.action(ActionId.QUIT).trigger()
        assert not window.isVisible()
        assert window.has_closed
    assert QApplication.quitOnLastWindowClosed()
    assert _shown() == [], "a message shown after Quit kept the app running, unseen"


def _titles(path: Path) -> list[str]:
    with open_library(path, create=False, daily_backup=False) as library:
        return [library.store.speech(s).title for s in library.store.speech_order()]


def test_a_backup_ending_after_quit_is_written_and_says_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite"
    _quit_before_outcome(qtbot, main_window, main_window.back_up_to(target))
    verify_backup(target)
    assert _titles(target) == _titles(main_window.session.library_path)


def test_a_backup_failing_after_quit_writes_nothing_and_says_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the folder should be")
    before = sorted(tmp_path.rglob("*"))
    _quit_before_outcome(qtbot, main_window, main_window.back_up_to(blocker / "copy.sqlite"))
    assert sorted(tmp_path.rglob("*")) == before


def test_a_library_check_ending_after_quit_says_nothing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _quit_before_outcome(qtbot, main_window, main_window.check_library())


def test_a_copy_checked_for_restoring_after_quit_asks_nothing_and_changes_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = main_window.session.library_path
    copy = tmp_path / "elsewhere.sqlite"
    main_window.back_up_to(copy)
    qtbot.waitUntil(copy.exists, timeout=OUTCOME_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not main_window.workers.active(), timeout=OUTCOME_TIMEOUT_MS)
    for box in main_window.findChildren(QMessageBox):
        box.close()
    before = path.read_bytes()
    task = main_window._library_restore().check_file(copy)
    _quit_before_outcome(qtbot, main_window, task)
    assert not list(path.parent.glob(f"{path.name}.replaced-*"))
    assert _titles(path) == _titles(copy)
    assert len(path.read_bytes()) == len(before)


def test_annotations_imported_when_quitting_are_stored_and_unreported(
    qtbot: QtBot,
    main_window: MainWindow,
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    committed, release = threading.Event(), threading.Event()
    storing = BackgroundWriter.storing

    def held_after_commit(writer: BackgroundWriter, held: bool) -> None:
        if not held:  # its transaction is over: Quit's cancel comes too late to undo it
            committed.set()
            release.wait(60)
        storing(writer, held)

    monkeypatch.setattr(BackgroundWriter, "storing", held_after_commit)
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    backup = tmp_path / "backup.json"
    with open_library(library_path, create=False, daily_backup=False) as other:
        start = other.store.speech_text(speech_id).index("效能革命")
        note = other.annotations.create(speech_id, "note", start, start + 4, note="别处的批注")
        scope = ExportScope(speech_ids=(speech_id,))
        run_export(LibraryReader(other), ExportRequest("json", backup, scope))
        other.annotations.purge(note.id)
    importer = main_window.import_annotations(backup)
    task = importer._task
    assert task is not None
    qtbot.waitUntil(committed.is_set, timeout=OUTCOME_TIMEOUT_MS)
    release.set()
    with qtbot.waitSignal(task.succeeded, timeout=OUTCOME_TIMEOUT_MS):
        _quit_before_outcome(qtbot, main_window, task)
    assert importer.message is None
    with open_library(library_path, create=False, daily_backup=False) as library:
        stored = {a.id: a.note for a in library.annotations.annotations()}
    assert stored[note.id] == "别处的批注"


def test_sigterm_while_a_backup_runs_closes_everything_and_the_copy_is_written(
    qtbot: QtBot, main_window: MainWindow, terminating: CloseOnTermination, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite"
    task = main_window.back_up_to(target)
    with qtbot.waitSignal(task.finished, timeout=OUTCOME_TIMEOUT_MS):
        os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: main_window.has_closed)
    assert _shown() == []
    verify_backup(target)


def test_sigterm_during_a_restore_leaves_the_restored_file_and_nothing_showing(
    qtbot: QtBot, main_window: MainWindow, terminating: CloseOnTermination
) -> None:
    session = main_window.session
    path = session.library_path
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    with open_library(path, create=False, daily_backup=False) as library:
        saved = library.db.backup()
    later = session.add_highlight(speech_id, 3, 5, "blue")
    task = main_window._library_restore().restore_from(saved.path)
    with qtbot.waitSignal(task.finished, timeout=OUTCOME_TIMEOUT_MS):
        os.kill(os.getpid(), signal.SIGTERM)  # the progress is modal: Quit is out of reach
    qtbot.waitUntil(lambda: main_window.has_closed)
    assert _shown() == []
    assert len(list(path.parent.glob(f"{path.name}.replaced-*"))) == 1, "the old one kept aside"
    with open_library(path, create=False, daily_backup=False) as library:
        assert later.id not in {a.id for a in library.annotations.annotations()}


def test_a_second_sigterm_closes_what_showed_after_the_window_closed(
    qtbot: QtBot, main_window: MainWindow, terminating: CloseOnTermination
) -> None:
    main_window.registry.action(ActionId.QUIT).trigger()
    # What a path not yet guarded would show (not modal, as a report is): the process would
    # run on, unseen, and a SIGTERM that only closes the window again would change nothing.
    stray = QDialog(main_window)
    stray.setObjectName("stray_report")
    stray.show()
    assert _shown() == ["QDialog:stray_report"]
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: not stray.isVisible())
    assert _shown() == []


def test_an_error_told_after_the_window_closed_opens_nothing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.registry.action(ActionId.QUIT).trigger()
    main_window.show_error(LibraryError("the disk went away", code="io-error"))
    assert _shown() == []


def test_open_unless_closed_opens_while_the_window_is_open(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    inner = QDialog(window)
    nested = QDialog(inner)
    assert not window_has_closed(nested)
    assert open_unless_closed(inner)
    assert inner.isVisible()
    inner.close()
    window.has_closed = True  # type: ignore[attr-defined]
    assert window_has_closed(nested)
    with qtbot.waitSignal(nested.destroyed):
        assert not open_unless_closed(nested)
    assert not inner.isVisible()


def test_the_concordance_left_open_closes_with_the_window(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.show_concordance_of("效能", None)
    dialog = main_window.concordance_dialog()
    assert dialog.isVisible()
    main_window.registry.action(ActionId.QUIT).trigger()
    assert _shown() == [], "its search's outcome would arrive in a window shown alone"


def test_sigterm_during_an_export_leaves_nothing_showing_and_no_partial_file(
    qtbot: QtBot, main_window: MainWindow, terminating: CloseOnTermination, tmp_path: Path
) -> None:
    dialog = main_window.show_export_dialog()  # window-modal: Quit is out of reach
    target = tmp_path / "exported" / "speech.docx"
    target.parent.mkdir()
    dialog.ui.destination.setText(str(target))
    dialog.start_export()
    task = dialog._export_task
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=OUTCOME_TIMEOUT_MS):
        os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: main_window.has_closed)
    assert _shown() == []
    written = list(target.parent.iterdir())
    assert written in ([], [target]), "the whole file or nothing"
