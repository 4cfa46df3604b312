"""SIGTERM and SIGHUP close the window as Quit does, so the note being typed is saved.

A session that ends (logout or shutdown: systemd sends SIGTERM), ``kill PID``, or the closing
of the terminal Pizhu was started from (SIGHUP) ended the process on the spot: the last words
of a note, still waiting for the pause in typing that saves them, were lost, and so was the
place being read. Now the window closes as File ▸ Quit closes it (``closeEvent`` saves both).

Python runs a signal handler only when the interpreter runs, and Qt's event loop waits in C++;
so the signal's wake-up byte goes to a socket the loop watches (``signal.set_wakeup_fd``),
which wakes it, and the handler then asks the window to close from the loop (its modal
dialogs first: a dialog's own loop would outlive the window). A signal that finds the window
closed already ends the application: nothing is left to save, and what still shows would keep
the process alive.
"""

from __future__ import annotations

import signal
import socket
from contextlib import suppress
from functools import partial
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class CloseOnTermination(QObject):
    """While installed, SIGTERM and SIGHUP close ``window`` (the app quits with it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

        # A plain function, not a bound method: Python shows the handler it replaces (repr), and
        # a method of this object may outlive its C++ side.
        def on_signal(number: int, frame: FrameType | None) -> None:
            self._on_signal(number, frame)

        # A signal already ignored stays so: ``nohup pizhu`` must outlive its terminal.
        previous = {
            number: signal.signal(number, on_signal)
            for number in _SIGNALS
            if signal.getsignal(number) is signal.SIG_DFL
        }
        sockets = (self._reader, self._writer)
        self._give_back = partial(_give_back, previous, self._previous_fd, *sockets)
        # Deleted with the window (the app ending), a late signal must act as if nothing were
        # installed, not call into deleted objects.
        self.destroyed.connect(self._give_back)

    def uninstall(self) -> None:
        """Give the signals back to what handled them before."""
        self.destroyed.disconnect(self._give_back)
        self._notifier.setEnabled(False)
        self._give_back()

    def _on_signal(self, _number: int, _frame: FrameType | None) -> None:
        # From the event loop, not from inside whatever Python code the signal interrupted.
        QTimer.singleShot(0, self._window, self._close)

    def _close(self) -> None:
        """Close the modal dialogs first: one shown by ``exec()`` (Preferences, a message box)
        runs a loop of its own that would keep the process alive after the window closed."""
        while (modal := QApplication.activeModalWidget()) is not None and modal is not self._window:
            modal.close()
            if QApplication.activeModalWidget() is modal:
                break  # it would not close: the window's close still saves what it can
        if self._window.isVisible():
            # Nobody is there to answer a question the close would ask (notes the library
            # refuses): asked, it would be closed by the next signal, and asked again.
            getattr(self._window, "close_unattended", self._window.close)()
            return
        # The window closed already (it saved then), yet the process runs on: something shown
        # after it kept it. It all closes, and the application quits (every loop, nested too).
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        QApplication.quit()

    @Slot()
    def _on_notifier_activated(self) -> None:
        with suppress(BlockingIOError):
            self._reader.recv(64)  # the wake-up bytes; the handler itself runs on its own


def _give_back(
    previous: dict[int, Any], wakeup_fd: int, reader: socket.socket, writer: socket.socket
) -> None:
    """The signals' handlers and wake-up descriptor as they were before; the sockets closed."""
    for number, handler in previous.items():
        signal.signal(number, handler)
    signal.set_wakeup_fd(wakeup_fd)
    reader.close()
    writer.close()
