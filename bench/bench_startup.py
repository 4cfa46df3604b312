"""Start-up: process start to the first painted window showing the sample speech.

Baseline: a bare PySide6 program, a separate process too, that shows the same text in a
``QTextBrowser`` (``setPlainText``) and reports its first paint the same way. Both run with the
offscreen platform, alternately in the same run. ``python main.py`` is started on a library
that already holds the sample (the state of any start after the first), with
``PIZHU_STARTUP_PROBE=exit``: the app prints its first-paint time and ends there. Each timing
covers the whole process: interpreter start, imports, library, window, first paint.
Target ratio (issue 4): ≤ 1.5.

    python bench/run.py [--quick] startup
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.harness import Benchmark  # noqa: E402

SIZE = (1280, 820)
"""The window's size on a first start without saved geometry; the baseline uses the same."""

BARE_WINDOW = f"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

app = QApplication(sys.argv[:1])
view = QTextBrowser()
with open(sys.argv[1], encoding="utf-8") as handle:
    view.setPlainText(handle.read())
view.resize(*{SIZE!r})

def report():
    print(f"first-paint {{time.time():.6f}}", flush=True)
    os._exit(0)

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

probe = Probe()
view.viewport().installEventFilter(probe)
view.show()
app.exec()
"""


@dataclass
class StartupInput:
    """A folder with a library holding the sample, the first speech's text, and the env."""

    folder: tempfile.TemporaryDirectory[str]
    text_path: Path
    env: dict[str, str]


def setup(quick: bool) -> StartupInput:
    """A library with the sample (made before timing), and private config/data/cache folders."""
    from desktop.core.storage.library import open_library

    folder = tempfile.TemporaryDirectory(prefix="pizhu-bench-startup-")
    base = Path(folder.name)
    library_path = base / "library.sqlite"
    with open_library(library_path, daily_backup=False) as library:
        first = library.store.speeches(library.store.collections()[0].id)[0]
        text_path = base / "speech.txt"
        text_path.write_text(library.store.speech_text(first.id), encoding="utf-8")
    env = dict(os.environ)
    # An installed app runs from compiled bytecode; keep it in the bench's folder, not the
    # checkout (the warm-up run compiles, the timed runs load).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(base / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        PIZHU_LIBRARY=str(library_path),
        PIZHU_STARTUP_PROBE="exit",
        XDG_CONFIG_HOME=str(base / "config"),
        XDG_DATA_HOME=str(base / "data"),
        XDG_CACHE_HOME=str(base / "cache"),
    )
    return StartupInput(folder, text_path, env)


def _run(command: list[str], data: StartupInput) -> None:
    completed = subprocess.run(
        command, env=data.env, cwd=ROOT, capture_output=True, text=True, check=False, timeout=60
    )
    if "first-paint" not in completed.stdout:
        raise RuntimeError(f"{command[1]} never painted: {completed.stderr.strip()[-500:]}")


def start_app(data: StartupInput) -> None:
    """``python main.py`` until its window has painted the speech."""
    _run([sys.executable, str(ROOT / "main.py")], data)


def start_bare_window(data: StartupInput) -> None:
    """A bare PySide6 QTextBrowser showing the same text, until it has painted."""
    _run([sys.executable, "-c", BARE_WINDOW, str(data.text_path)], data)


BENCHMARK = Benchmark(
    name="startup",
    setup=setup,
    run=start_app,
    baseline=start_bare_window,
    target_ratio=1.5,
    description="python main.py to the first painted speech vs a bare PySide6 QTextBrowser",
    repeats=9,
    quick_repeats=3,
)
