"""An older library opened at start is upgraded in a worker while a window says so.

Upgrading takes seconds for a large library (version 13 hashes every speech's words: ~2.5 s
for 10,000 speeches; version 15 re-indexes every note: ~10 s for 20,000), after a backup of the
file. The GUI thread never waits for it: the ``UpgradeWindow`` appears at once where the main
window will be, says what is happening ("step 2 of 4" and the step's words, under a bar that
fills as the upgrade reports its fraction: ``upgrade_steps``), and holds nothing that could
write to the library (the
main window and its actions do not exist yet; files named on the command line are imported
by the main window once it is open). The worker opens the library on its own connection, which
upgrades it in one transaction as ``Database.open`` always does (a process killed meanwhile
leaves the old library as it was, and the next start upgrades it again), and closes it; the
GUI thread then opens the upgraded library as a normal start does. Loaded only when an upgrade
is due (``app.open_if_current``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_DISPLAY_NAME
from desktop.core.errors import LibraryError
from desktop.core.storage.library import open_library
from desktop.core.text_templates import fill
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.workers import WorkerPool

if TYPE_CHECKING:
    from desktop.core.storage.library import Library
    from desktop.core.storage.upgrade_steps import UpgradeReport, UpgradeStep
    from desktop.gui.settings import Settings
    from desktop.gui.workers import Cancel, Progress

MAIN_WINDOW_NAME = "MainWindow"
"""The main window's objectName, under which its geometry is saved."""
FIRST_SIZE = QSize(1280, 820)
"""The main window's size at a first start (``window_state.FIRST_SIZE``)."""
COLUMN_WIDTH = 520
"""Pixels of the column that says what is happening (a comfortable line of Chinese)."""
STATUS_BAR_WIDTH = 160
"""Pixels of the bar in the status bar (as long-work bars are in the main window's)."""
BAR_STEPS = 1000
"""The bars' range: the upgrade's fraction in thousandths."""


def upgrade_library(library_path: Path, steps: UpgradeReport | None = None) -> None:
    """Open the library at ``library_path`` on this thread's own connection, which upgrades its
    schema (one transaction, after a backup; ``steps`` hears how far), and close it again."""
    open_library(library_path, create=False, daily_backup=False, upgrade_steps=steps).close()


def reporting_to(progress: Progress) -> UpgradeReport:
    """An upgrade's steps told to a worker's ``progress``: the fraction, and the step's words
    translated (on the worker's thread: Qt's translation is thread-safe)."""
    from desktop.gui.upgrade_words import step_text

    def report(step: UpgradeStep) -> None:
        progress(step.fraction, step_text(step))

    return report


def upgrading_text(library_path: Path) -> str:
    """The sentence that says an upgrade is running, naming the library."""
    text = QCoreApplication.translate(
        "StartUpgrade", "Upgrading the library “%1” for this version of Pizhu…"
    )
    return fill(text, library_path.name)


def upgrade_bar(name: str) -> QProgressBar:
    """A progress bar of the upgrade's fraction, empty until it reports one."""
    bar = QProgressBar()
    bar.setObjectName(name)
    bar.setRange(0, BAR_STEPS)
    bar.setValue(0)
    bar.setTextVisible(False)
    return bar


class UpgradeWindow(QMainWindow):
    """Where the main window will be: what is happening, how far, nothing that writes."""

    def __init__(self, library_path: Path) -> None:
        super().__init__()
        self.setObjectName("upgrade_window")
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.upgrading = True
        self.closing_asked = False
        self.headline = QLabel(upgrading_text(library_path))
        self.headline.setObjectName("upgrade_headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline.setFont(font)
        self.detail = QLabel(
            self.tr(
                "The library opens as soon as it is upgraded: a large one takes a few seconds. "
                "It is backed up first, and nothing in it changes until the upgrade is complete."
            )
        )
        self.detail.setObjectName("upgrade_detail")
        self.detail.setWordWrap(True)
        # The backup comes before the first step: it is what the user waits for until then.
        self.step = QLabel(self.tr("Backing up the library first…"))
        self.step.setObjectName("upgrade_step")
        self.step.setWordWrap(True)
        self.bar = upgrade_bar("upgrade_progress")
        self.setCentralWidget(self._body(self.bar))
        status = self.statusBar()
        status.setObjectName("upgrade_status")
        self.status_bar = upgrade_bar("upgrade_busy")
        self.status_bar.setMaximumWidth(STATUS_BAR_WIDTH)
        status.addPermanentWidget(self.status_bar)
        status.showMessage(self.tr("Upgrading the library…"))

    def show_step(self, fraction: float, words: str) -> None:
        """Say how far the upgrade is: the whole ``fraction`` and the step's ``words``."""
        if not self.upgrading:
            return  # stopped: nothing moves any more
        if words:  # first: the bar's move then shows with its step's words
            self.step.setText(words)
        value = round(fraction * BAR_STEPS)
        self.bar.setValue(value)
        self.status_bar.setValue(value)

    def show_stopped(self) -> None:
        """The upgrade failed: no bar stands part-filled (some styles animate it) as if the
        work went on behind the message, and the words say it stopped."""
        self.upgrading = False
        for bar in (self.bar, self.status_bar):
            bar.hide()
        self.step.setText(self.tr("The upgrade stopped."))
        self.statusBar().showMessage(self.tr("The upgrade could not be completed."))

    def _body(self, bar: QProgressBar) -> QWidget:
        # One column of a reading width in the middle: wrapped lines need a width to wrap at.
        column = QWidget()
        column.setObjectName("upgrade_column")
        column.setFixedWidth(COLUMN_WIDTH)
        lines = QVBoxLayout(column)
        lines.setSpacing(12)
        for widget in (self.headline, self.detail, bar, self.step):
            lines.addWidget(widget)
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(column)
        across.addStretch(1)
        body = QWidget()
        down = QVBoxLayout(body)
        down.addStretch(1)
        down.addLayout(across)
        down.addStretch(2)
        return body

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closed while upgrading: the upgrade, one transaction, finishes first, then Pizhu
        closes without opening the library."""
        if not self.upgrading:
            event.accept()
            return
        event.ignore()
        self.closing_asked = True
        self.statusBar().showMessage(
            self.tr("Pizhu closes once the upgrade is done: an upgrade is never left half done.")
        )


class StartUpgrade(QObject):
    """Upgrade the start's library in a worker under an ``UpgradeWindow``, then open it."""

    def __init__(
        self,
        library_path: Path,
        settings: Settings,
        open_window: Callable[[Library], None],
        error_exit: int,
    ) -> None:
        super().__init__()
        self.setObjectName("start_upgrade")
        self.library_path = library_path
        self.window = UpgradeWindow(library_path)
        self._settings = settings
        self._open_window = open_window
        self._error_exit = error_exit
        self.exit_code: int | None = None
        """What the process exits with if the upgrade failed (None: the event loop's)."""
        self.workers = WorkerPool(self, max_threads=1)

    def start(self) -> None:
        """Show the window where the main window was last, and start the upgrade."""
        if not self._settings.restore_geometry_as(self.window, MAIN_WINDOW_NAME):
            resize_within_screen(self.window, FIRST_SIZE)
        self.window.show()
        path = self.library_path

        def job(progress: Progress, _cancel: Cancel) -> None:
            upgrade_library(path, reporting_to(progress))

        task = self.workers.submit(job, "upgrade")
        task.progressed.connect(self.window.show_step)
        task.succeeded.connect(self._on_upgraded)
        task.failed.connect(self._on_failed)

    def wait(self) -> None:
        """Block until the upgrade's worker has finished (at the end of the event loop)."""
        self.workers.wait()

    def _on_upgraded(self, _none: object) -> None:
        self.window.upgrading = False
        if not self.window.closing_asked:
            try:
                library = open_library(self.library_path, create=False, daily_backup=False)
            except LibraryError as error:
                self._failed_to_open(error)
                return
            self._open_window(library)
        self._close_window()

    def _on_failed(self, error: object) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.gui.upgrade_words import failure_texts

        self.window.show_stopped()
        if not isinstance(error, LibraryError):
            error = LibraryError(f"the upgrade failed: {error}", path=self.library_path)
        # In the UI's language; core's English line (for a report) under Show Details.
        summary, kept = failure_texts(error, self.library_path)
        box = QMessageBox(QMessageBox.Icon.Critical, APP_DISPLAY_NAME, summary, parent=self.window)
        box.setInformativeText(kept)
        box.setDetailedText(str(error))
        box.exec()
        self.exit_code = self._error_exit
        self._close_window()

    def _failed_to_open(self, error: LibraryError) -> None:
        """Upgraded, the library could not be opened: said as any start says it."""
        from desktop.gui.app import show_library_error

        self.window.show_stopped()
        show_library_error(error, self.window)
        self.exit_code = self._error_exit
        self._close_window()

    def _close_window(self) -> None:
        self.window.close()
        self.window.deleteLater()
