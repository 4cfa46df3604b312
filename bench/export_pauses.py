"""Exporting every annotation of a big library as the export dialog does, timing what a user feels.

``python bench/export_pauses.py LIBRARY [FORMAT…]`` runs each format's export job in the
window's ``WorkerPool`` while a 5 ms heartbeat timer ticks in the GUI thread, and prints per
format (medians of three runs): the export's time, how many progress reports arrived, the
longest pause of the GUI thread (the largest gap between two ticks; the worst run's too), the
preview's time, and how long Cancel took to be answered when pressed 60 % of the way into
another export, while it renders (and whether it left a file). Run it offscreen
(``QT_QPA_PLATFORM=offscreen``) on a copy of ``big_library``'s library: bench/README.md records
the figures.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from desktop.core.export.model import ExportFilter  # noqa: E402
from desktop.core.export.runner import ExportRequest  # noqa: E402
from desktop.core.export.selection import ExportScope  # noqa: E402
from desktop.dialogs.export_jobs import export_job, preview_job  # noqa: E402
from desktop.gui.workers import WorkerPool, WorkerTask  # noqa: E402

HEARTBEAT_MS = 5
CANCEL_AT = 0.6  # of the export's time: while the writer renders, not while it loads
DEFAULT_FORMATS = ("md", "html", "csv", "json", "docx")


class Heartbeat:
    """A 5 ms timer in the GUI thread that remembers the longest gap between its ticks."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start ticking; the longest gap starts at zero."""
        self.longest_ms = 0.0
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        """Stop ticking."""
        self._timer.stop()

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()


def wait_for(task: WorkerTask) -> str:
    """Run the event loop until the task ends; how it ended."""
    loop = QEventLoop()
    ended: list[str] = []
    task.succeeded.connect(lambda _result: ended.append("succeeded"))
    task.failed.connect(lambda error: ended.append(f"failed: {error}"))
    task.cancelled.connect(lambda: ended.append("cancelled"))
    task.finished.connect(loop.quit)
    loop.exec()
    return ended[0]


REPEATS = 3


def measure(pool: WorkerPool, library: Path, name: str, folder: Path) -> str:
    """One format's line of figures: medians of ``REPEATS`` runs, and the worst pause."""
    runs = sorted(
        (measure_once(pool, library, name, folder) for _ in range(REPEATS)), key=lambda r: r[0]
    )
    export_s, reports, _pause, preview_s, cancel_s, left = runs[len(runs) // 2]
    pauses = sorted(run[2] for run in runs)
    pause, worst = pauses[len(pauses) // 2], pauses[-1]
    return (
        f"{name:5} export {export_s:5.2f} s, {reports:4} progress reports, longest GUI pause "
        f"{pause:4.0f} ms (worst {worst:4.0f}), preview {preview_s:4.2f} s, "
        f"cancel answered in {cancel_s * 1000:4.0f} ms{' LEFT A FILE' if left else ''}"
    )


def measure_once(
    pool: WorkerPool, library: Path, name: str, folder: Path
) -> tuple[float, int, float, float, float, bool]:
    """Export time, progress reports, longest GUI pause, preview time, cancel latency, a file
    left by the cancelled export."""
    beat = Heartbeat()
    preview_start = time.perf_counter()
    job = preview_job(
        library, name, ExportScope(), ExportFilter(), include_points=True, language="zh_CN"
    )
    wait_for(pool.submit(job, "preview"))
    preview_s = time.perf_counter() - preview_start
    destination = folder / f"all.{name}"
    task = pool.submit(export_job(library, ExportRequest(name, destination)), "export")
    reports: list[float] = []
    task.progressed.connect(lambda fraction, _stage: reports.append(fraction))
    beat.start()
    start = time.perf_counter()
    ended = wait_for(task)
    export_s = time.perf_counter() - start
    beat.stop()
    if ended != "succeeded":
        raise RuntimeError(f"the {name} export {ended}")
    cancel_s, left = cancel_latency(pool, library, name, folder, CANCEL_AT * export_s)
    return export_s, len(reports), beat.longest_ms, preview_s, cancel_s, left


def cancel_latency(
    pool: WorkerPool, library: Path, name: str, folder: Path, after_s: float
) -> tuple[float, bool]:
    """Seconds from Cancel, pressed ``after_s`` into an export, to its end; was a file left?"""
    destination = folder / f"cancelled.{name}"
    task = pool.submit(export_job(library, ExportRequest(name, destination)), "export")
    pressed: list[float] = []

    def press() -> None:
        pressed.append(time.perf_counter())
        task.cancel()

    QTimer.singleShot(int(after_s * 1000), press)
    ended = wait_for(task)
    answered = time.perf_counter() - pressed[0] if pressed else 0.0
    # An export that ended before Cancel was pressed wrote its file, as it should.
    return answered, ended == "cancelled" and destination.exists()


def idle_pause(seconds: float = 3.0) -> float:
    """The longest gap between heartbeats with nothing running: what other programs cost."""
    beat = Heartbeat()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    beat.start()
    loop.exec()
    beat.stop()
    return beat.longest_ms


def main() -> None:
    """Measure the formats named on the command line (the five notes formats by default)."""
    library = Path(sys.argv[1])
    formats = sys.argv[2:] or DEFAULT_FORMATS
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    pool = WorkerPool(app)
    print(f"idle  longest GUI pause {idle_pause():4.0f} ms (the machine's noise floor)", flush=True)
    with tempfile.TemporaryDirectory(prefix="pizhu-export-pauses-") as folder:
        for name in formats:
            print(measure(pool, library, name, Path(folder)), flush=True)
    pool.wait()


if __name__ == "__main__":
    main()
