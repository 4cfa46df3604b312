"""``JobProgressDialog``: a long job's progress bar, a line saying what it does, and Cancel.

A job of a fraction of a second would only flash a dialog up and away, so it shows after
``SHOW_DELAY_MS`` if the job is still running, and closes when the job finishes. It follows any
job with ``progressed(fraction, message)``, ``finished`` and ``cancel()`` (``ProgressJob``).
Each kind of job words it in a subclass of its own (``ImportProgressDialog``,
``PrintProgressDialog``) through ``retranslate`` and ``show_progress`` and the setters here.
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

from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.late_dialogs import window_has_closed
from desktop.gui.text_size import text_px

SHOW_DELAY_MS = 300
"""A job finished within this time shows no progress dialog at all."""

_STEPS = 1000


class ProgressJob(Protocol):
    """What the dialog follows: an ``ImportJob``, a print, anything with the same signals."""

    progressed: Signal
    finished: Signal
    paths: tuple

    def cancel(self) -> None:
        """Ask the job to stop."""


class JobProgressDialog(QDialog):
    """A progress bar, a status line, a muted detail line, and Cancel, following one job."""

    def __init__(
        self, job: ProgressJob, parent: QWidget | None = None, delay_ms: int = SHOW_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(text_px(self, 420))
        self._job = job
        self._done = False
        self._build()
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        job.progressed.connect(self.show_progress)
        job.finished.connect(self._on_job_finished)
        self._timer.start()

    @classmethod
    def track(cls, job: ProgressJob, parent: QWidget | None = None) -> JobProgressDialog:
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
        self._buttons = QDialogButtonBox(self)
        self._cancel = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.clicked.connect(self._on_cancel_clicked)
        for widget in (self._label, self._bar, self._count, self._buttons):
            layout.addWidget(widget)

    # What a kind of job words (overridden, each calling this one first) ----------------------

    def retranslate(self) -> None:
        """Give the texts in the UI language: the buttons here, the title and status in each
        kind of job's dialog."""
        name_standard_buttons(self._buttons)

    @Slot(float, str)
    def show_progress(self, fraction: float, _message: str) -> None:
        """Show how far the job got (0 to 1); ``_message`` is the job's word on it."""
        self._bar.setValue(round(fraction * _STEPS))

    # What it shows ---------------------------------------------------------------------------

    @property
    def job(self) -> ProgressJob:
        """The job followed."""
        return self._job

    def set_status(self, text: str) -> None:
        """Say what the job is doing (the line above the bar)."""
        self._label.setText(text)

    def set_detail(self, text: str) -> None:
        """Say how far it is in the job's own terms (the muted line below the bar)."""
        self._count.setText(text)

    def is_cancelling(self) -> bool:
        """Whether Cancel was chosen (the job is stopping)."""
        return not self._cancel.isEnabled()

    @property
    def cancel_button(self) -> QPushButton:
        """Stops the job."""
        return self._cancel

    def is_pending(self) -> bool:
        """Whether the dialog will still appear (the job is running and the delay not over)."""
        return self._timer.isActive()

    @property
    def fraction(self) -> float:
        """How far the job got (0 to 1)."""
        return self._bar.value() / _STEPS

    # How it follows the job ------------------------------------------------------------------

    @Slot(object)
    def _on_job_finished(self, _result: object) -> None:
        self._done = True
        self._timer.stop()
        self.close()

    @Slot()
    def _on_timer_timeout(self) -> None:
        # Not after Quit: the job ends then unseen (a dialog would keep the app running).
        if not self._done and not window_has_closed(self.parentWidget()):
            self.show()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self._cancel.setEnabled(False)
        self.set_status(self.tr("Cancelling…"))
        self._job.cancel()

    def reject(self) -> None:
        """Escape or the close button cancels the job; the dialog waits for it to stop."""
        if self._done:
            super().reject()
        elif self._cancel.isEnabled():
            self._on_cancel_clicked()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window while the job runs cancels; the job's end closes the dialog."""
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()
            self.reject()
