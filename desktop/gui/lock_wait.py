"""``LockWait``: edits refused because another program held the library's write lock, sent
again as soon as it lets go, the status bar saying they wait.

A lock is not a full disk: nothing the user does frees it, and it usually goes within seconds
(a sync tool, a second Pizhu, a script writing the file). So the window looks for it on a timer,
at once (``LibrarySession.write_lock_free``: never waiting out SQLite's busy timeout on the GUI
thread), more and more seldom (``FIRST_MS`` doubling up to ``LONGEST_MS``), and sends the edits
again the moment the lock is free. Meanwhile they stay in the editor, shown as not saved, and a
pause in typing does not try them (each try would hold the window a moment, to be refused).
The first refusal itself comes at once: a note's write waits for the lock only a moment
(``LibrarySession.waiting_briefly``), not SQLite's whole busy timeout.
The status bar's words follow a change of the UI language while they wait.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

FIRST_MS = 250
"""The first look at the lock after a refusal."""

LONGEST_MS = 8000
"""The longest wait between two looks (the back-off stops doubling there)."""


class LockWait(QObject):
    """Looks for the library's write lock to go, then calls ``resend`` (the refused edits)."""

    def __init__(self, window: MainWindow, resend: Callable[[], None]) -> None:
        super().__init__(window)
        self.setObjectName("lock_wait")
        self._window = window
        self._resend = resend
        self._interval = FIRST_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._said = ""  # the status bar's words, while they are still shown

    def is_waiting(self) -> bool:
        """Whether refused edits wait for the lock to go."""
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        """How long the next wait for the lock is (doubling at each look, up to LONGEST_MS)."""
        return self._interval

    def holds_off(self) -> bool:
        """Whether a save now would meet the lock still held (so it is kept, not tried)."""
        return self.is_waiting() and not self._window.session.write_lock_free()

    def wait(self) -> None:
        """A save was refused for the lock: look for it to go (the back-off going on)."""
        self._say_waiting()
        if not self._timer.isActive():
            self._timer.start(self._interval)
        self._window.installEventFilter(self)  # its LanguageChange: the words said anew

    def stop(self) -> None:
        """Nothing waits for the lock any more (saved, or refused for another cause)."""
        self._timer.stop()
        self._interval = FIRST_MS
        self._window.removeEventFilter(self)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._window.session.closed:
            self.stop()
            return
        self._interval = min(self._interval * 2, LONGEST_MS)
        if self._window.session.write_lock_free():
            self._resend()  # saved: the owner stops this; refused again: ``wait`` goes on
            return
        self._say_waiting()
        self._timer.start(self._interval)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A change of the UI language while the edits wait: say so in the new one."""
        if (
            event.type() == QEvent.Type.LanguageChange
            and self.is_waiting()
            and self._window.status.currentMessage() == self._said
        ):
            self._say_waiting()  # only if not replaced by another message meanwhile
        return False

    def _say_waiting(self) -> None:
        text = self.tr(
            "The library is in use by another program: your changes are kept, and saved as "
            "soon as it lets go."
        )
        self._said = text
        self._window.status.showMessage(text)  # until saved ("Note saved.") or another message
