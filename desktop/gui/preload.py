"""Loading the modules of the dialogs a user soon opens, in a worker, once start-up is over.

None of them is start-up work (tests/gui/test_app.py keeps them out of the first frame), but
loaded on first use they stalled the GUI thread: the export dialog's modules (the exporters'
model, the runner, the annotation import's parser) ~20–50 ms on its first opening, the import's
progress and report dialogs a few ms more while an import already competes for the interpreter.
A while after the first frame a pool thread imports them instead; the window's thread, idle by
then, only waits for the interpreter in turns. A module the user opens first meanwhile is simply
imported by whichever thread comes first (Python's import lock makes the other wait).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence

from PySide6.QtCore import QRunnable, QThreadPool, QTimer

PRELOADED = (
    "desktop.dialogs.export_dialog",
    "desktop.dialogs.import_progress",
    "desktop.gui.import_job",
    "desktop.dialogs.import_report",
)
"""What the first opening of File ▸ Export… and File ▸ Import… would otherwise load."""

PRELOAD_DELAY_MS = 3000
"""After the first frame: jieba's load and the day's backup, also in workers, go first."""

_log = logging.getLogger(__name__)


class ModulePreload(QRunnable):
    """Imports modules in a pool thread; one that fails is logged and left to its first use."""

    def __init__(self, names: Sequence[str]) -> None:
        super().__init__()
        self.names = tuple(names)

    def run(self) -> None:
        """Import each module, in order."""
        for name in self.names:
            try:
                importlib.import_module(name)
            except Exception as error:  # its first use raises it again, where it shows
                _log.warning("preloading %s failed: %s", name, error)


def preload_later(
    names: Sequence[str] = PRELOADED,
    delay_ms: int = PRELOAD_DELAY_MS,
    pool: QThreadPool | None = None,
) -> None:
    """Import ``names`` in ``pool`` (the global one when None) ``delay_ms`` from now."""
    target = pool or QThreadPool.globalInstance()
    QTimer.singleShot(delay_ms, lambda: target.start(ModulePreload(names)))
