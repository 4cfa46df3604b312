"""The cyclic collector in the window's process: long-lived objects frozen, full passes when away.

On a library of 10,000 speeches a full pass of the collector over the window's objects took
100-300 ms of the GUI thread, and any step making a few thousand objects set one off (QA saw
searches, trashing, the trash dialog and imports freeze the window for as long). From the first
frame on, what start-up built is frozen (``core.collector.keep_long_lived``), and so is each big
structure built to stay (the annotations dock's "all speeches" rows): later passes walk only what
was made since. Structures replaced later break their own cycles so that reference counting
frees them; anything else a freeze kept that has died since is reclaimed by one full pass over
everything when the user goes to another application (``AwayCollection``), at most once a
minute, where a pause is not seen.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QGuiApplication

from desktop.core.collector import collect_everything, keep_long_lived, set_freezing

AWAY_INTERVAL_S = 60.0
"""At least this long between two full passes when the user goes away (each walks everything)."""

_log = logging.getLogger(__name__)


class AwayCollection(QObject):
    """A full pass of the collector, frozen objects included, when the application goes inactive."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._last = time.monotonic()
        self.passes = 0
        app.applicationStateChanged.connect(self._on_app_application_state_changed)

    @Slot(Qt.ApplicationState)
    def _on_app_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            return
        if time.monotonic() - self._last < AWAY_INTERVAL_S:
            return
        self.collect()

    def collect(self) -> int:
        """The full pass now; how many objects it freed."""
        self._last = time.monotonic()
        self.passes += 1
        freed = collect_everything()
        _log.debug("collector: %d freed while away, %d frozen", freed, gc.get_freeze_count())
        return freed


def start_collecting(app: QGuiApplication) -> AwayCollection:
    """From the first frame: freeze what start-up built, switch the collector on, watch for away."""
    set_freezing(True)
    keep_long_lived()
    gc.enable()
    return AwayCollection(app)
