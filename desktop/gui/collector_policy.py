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

The collector's passes run on the GUI thread only (``GuiThreadCollection``). Left to itself it
runs in whichever thread allocates when a threshold is crossed: a worker (the dock's matcher, a
search, jieba's load) would then free what died in a cycle there, and a Qt object of the GUI
thread in such a cycle (a closed dialog held by its own slot's closure) would be destroyed from
the wrong thread: a crash (a test run saw one in the matcher's thread). Automatic collection
stays off; a timer on the GUI thread makes the passes it would have made.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication

from desktop.core.collector import (
    collect_due,
    collect_everything,
    keep_long_lived,
    set_freezing,
)

CHECK_INTERVAL_MS = 250
"""How often the GUI thread makes the passes that came due: often enough that the young
generation stays small (a pass over it is short), rarely enough to cost nothing when idle."""

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


class GuiThreadCollection(QObject):
    """The collector's automatic passes, made by the GUI thread on a timer (never a worker's)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.passes = 0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    @Slot()
    def collect_due(self) -> int | None:
        """The passes due now (``core.collector.collect_due``); the generation collected."""
        generation = collect_due()
        self.passes += generation is not None
        return generation


def start_collecting(app: QGuiApplication) -> AwayCollection:
    """From the first frame: freeze what start-up built, collect on the GUI thread only (the
    automatic collector stays off), and make a full pass when the user goes away."""
    set_freezing(True)
    keep_long_lived()
    gc.disable()
    GuiThreadCollection(app)
    return AwayCollection(app)
