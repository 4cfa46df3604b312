"""The progress of an import, with Cancel; it only appears when the import is not quick.

An import of one small file takes a fraction of a second: a dialog flashing up and away would
only distract, so it shows after ``SHOW_DELAY_MS`` if the job is still running, and closes when
the job finishes. It follows any job with ``progressed(fraction, name)``, ``finished`` and
``cancel()`` (an ``ImportJob``).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text_templates import fill
from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.late_dialogs import window_has_closed
from desktop.gui.text_size import text_px

SHOW_DELAY_MS = 300
"""An import finished within this time shows no progress dialog at all."""

_STEPS = 1000


class ProgressJob(Protocol):
    """What the dialog follows: an ``ImportJob`` or anything with the same signals."""

    progressed: Signal
    finished: Signal
    paths: tuple

    def cancel(self) -> None:
        """Ask the job to stop."""


class ImportProgressDialog(QDialog):
    """A progress bar, the file being read, and Cancel."""

    def __init__(
        self, job: ProgressJob, parent: QWidget | None = None, delay_ms: int = SHOW_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_progress")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(text_px(self, 420))
        self._job = job
        self._total = max(len(job.paths), 1)
        self._done = False
        self._build()
        self._retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(self._on_job_finished)
        self._timer.start()

    @classmethod
    def track(cls, job: ProgressJob, parent: QWidget | None = None) -> ImportProgressDialog:
        """Follow ``job`` (call before starting it); the dialog deletes itself when done."""
        dialog = cls(job, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self._label = QLabel(self)
        self._label.setObjectName("progressLabel")
        self._label.setWordWrap(True)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, _STEPS)
        self._bar.setTextVisible(False)
        self._count = QLabel(self)
        self._count.setObjectName("progressCount")
        self._count.setEnabled(False)  # the muted colour of secondary text
        buttons = QDialogButtonBox(self)
        self._buttons = buttons
        self._cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.clicked.connect(self._on_cancel_clicked)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        layout.addWidget(self._count)
        layout.addWidget(buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Importing"))
        self._label.setText(self.tr("Preparing the import…"))
        name_standard_buttons(self._buttons)

    @property
    def cancel_button(self) -> QPushButton:
        """Stops the import."""
        return self._cancel

    def is_pending(self) -> bool:
        """Whether the dialog will still appear (the job is running and the delay not over)."""
        return self._timer.isActive()

    @property
    def fraction(self) -> float:
        """How far the import got (0 to 1)."""
        return self._bar.value() / _STEPS

    @Slot(float, str)
    def _on_job_progressed(self, fraction: float, name: str) -> None:
        self._bar.setValue(round(fraction * _STEPS))
        if self._cancel.isEnabled() and name:
            self._label.setText(self.tr("Importing “%1”…").replace("%1", name))
            number = min(int(fraction * self._total) + 1, self._total)
            self._count.setText(fill(self.tr("File %1 of %2"), str(number), str(self._total)))

    @Slot(object)
    def _on_job_finished(self, _result: object) -> None:
        self._done = True
        self._timer.stop()
        self.close()

    @Slot()
    def _on_timer_timeout(self) -> None:
        # Not after Quit: the import ends then unseen (a dialog would keep the app running).
        if not self._done and not window_has_closed(self.parentWidget()):
            self.show()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self._cancel.setEnabled(False)
        self._label.setText(self.tr("Cancelling…"))
        self._job.cancel()

    def reject(self) -> None:
        """Escape or the close button cancels the import; the dialog waits for it to stop."""
        if self._done:
            super().reject()
        elif self._cancel.isEnabled():
            self._on_cancel_clicked()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window while importing cancels; the job's end closes the dialog."""
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()
            self.reject()
