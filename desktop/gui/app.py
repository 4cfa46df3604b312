"""Start the window: ``run_gui(library_path, files)``.

The start-up path does only what the first painted frame shows: the application, the settings, the
library (created with the sample on first run), the window with the library tree and the last
speech. What it does not show waits for that frame (``MainWindow.first_painted``): a light start's
menu style (``app_theme.complete_start_theme``), the annotations dock and docks left open, then the
day's backup in a worker, an out-of-date translation rebuilt, files given on the command line
imported through the import worker, jieba in a worker once those docks have painted
(``SEGMENTER_DELAY_MS``), and a few seconds later the export and import dialogs' modules loaded in
a worker (``preload``). Nothing before the first frame imports jieba, python-docx, reportlab, bs4
or lxml, and few of our own modules (tests/gui/test_app.py counts them); bench/README.md says where
the rest of the time goes.

A library of an older schema is not upgraded on this path: ``open_if_current`` leaves it as it
is, and ``start_upgrade`` upgrades it in a worker under a window that says so, then builds the
main window on it (``show_window``) as here; the common start checks only the version it reads
anyway.

``PIZHU_STARTUP_PROBE=1`` prints ``first-paint <unix time>`` once the reader has painted the
speech (``=exit`` also ends the process there): how bench/bench_startup.py times start-up.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

# The storage layer (plain Python, with sqlite3, json, datetime and dataclasses) loads before
# PySide: PySide's import hook reads the source of every module imported after PySide itself,
# looking for ``from __feature__`` (some 4 ms for these). tests/gui/test_app.py holds the order.
from desktop.core.errors import LibraryError
from desktop.core.storage import library as storage_library

# isort: split
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_DISPLAY_NAME, APP_NAME, ORGANIZATION_NAME, __version__
from desktop.app_paths import claim_library
from desktop.gui.first_paint import AfterFirstPaint
from desktop.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from desktop.core.storage.library import Library
    from desktop.gui.i18n import Translations
    from desktop.gui.library_session import LibrarySession
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import Settings

PROBE_ENV = "PIZHU_STARTUP_PROBE"
SEGMENTER_DELAY_MS = 300
"""After the first frame: the docks it did without are laid out and painted first. Importing
jieba in a worker beside that work stretched ~10 ms of it to 35–140 ms (each of the many
returns from Qt into Python waits for the interpreter's turn); beside an idle window the
import costs the window nothing it would notice."""
SWITCH_INTERVAL_S = 0.0005
"""How long a thread running Python keeps the interpreter from another that asks for it. At
Python's default (5 ms) a worker running Python (jieba, a search) made the GUI thread wait up
to 5 ms at each of its calls into our Python code (a delegate's paint, a widget's event): the
window switching themes beside a busy Python thread took 3.5-6.8 s at 5 ms, 0.16-1.0 s at
0.5 ms (bench/README.md, "A researcher's walk through the big library")."""
EXIT_LIBRARY_ERROR = 2
EXIT_ALREADY_OPEN = 2

_log = logging.getLogger(__name__)


def run_gui(library_path: Path, files: Sequence[Path] = ()) -> int:
    """Show the window on the library at ``library_path``; import and open ``files``."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)  # the GUI thread never waits long for workers
    app = make_application()
    from desktop.gui.i18n import Translations
    from desktop.gui.settings import Settings

    settings = Settings()
    translations = Translations(app)
    translations.apply(settings.language)
    lock = claim_library(library_path, make_folder=True)
    try:
        if lock is not None and not lock.isLocked():
            return hand_over_to_holder(library_path, files, lock)
        return _run_window(app, settings, translations, library_path, files)
    finally:
        if lock is not None:
            lock.unlock()
        translations.remove()  # the application may outlive this call (tests, embedding)


def hand_over_to_holder(library_path: Path, files: Sequence[Path], lock: QLockFile) -> int:
    """Give ``files`` to the process that has the library open; say so if it does not answer."""
    from desktop.gui.single_instance import hand_over, say_already_open

    if hand_over(library_path, files):
        return 0
    pid, _host, _app = lock.getLockInfo()  # PySide returns what C++ passes out
    say_already_open(pid, library_path)
    return EXIT_ALREADY_OPEN


class UpgradeDue(Exception):
    """Raised where an older library would be upgraded: nothing of it was written yet."""


def _refuse_upgrade() -> None:
    raise UpgradeDue


def open_if_current(library_path: Path, *, create: bool = True) -> Library | None:
    """The library at ``library_path``, or None (untouched) if its schema must be upgraded
    first: the upgrade takes seconds for a large library and runs in a worker
    (``start_upgrade``). A new library is made here: it is quick to make."""
    try:
        # Through the module: the restore's reopening goes this way too, and tests stand in
        # for the library module's function.
        return storage_library.open_library(
            library_path, create=create, daily_backup=False, upgrading=_refuse_upgrade
        )
    except UpgradeDue:
        return None


def _run_window(
    app: QApplication,
    settings: Settings,
    translations: Translations,
    library_path: Path,
    files: Sequence[Path],
) -> int:
    try:
        library = open_if_current(library_path)
    except LibraryError as error:
        show_library_error(error)  # and no window: nothing may write to a damaged library
        return EXIT_LIBRARY_ERROR
    sessions: list[LibrarySession] = []

    def open_window(opened: Library) -> None:
        sessions.append(show_window(app, settings, translations, opened, files))

    upgrade = None
    if library is None:
        from desktop.gui.start_upgrade import StartUpgrade  # only when one is due

        # An upgrade follows an update of the app: its words are new, the .qm maybe older.
        translations.bring_up_to_date()
        # The window the user sees at once; the real one opens once the library is upgraded.
        upgrade = StartUpgrade(library_path, settings, open_window, EXIT_LIBRARY_ERROR)
        upgrade.start()
    else:
        open_window(library)
    try:
        code = app.exec()
        failed = upgrade.exit_code if upgrade is not None else None
        return code if failed is None else failed
    finally:
        if upgrade is not None:
            upgrade.wait()
        QThreadPool.globalInstance().waitForDone()
        for session in sessions:
            session.close()


def show_window(
    app: QApplication,
    settings: Settings,
    translations: Translations,
    library: Library,
    files: Sequence[Path],
) -> LibrarySession:
    """Build and show the window on ``library``; its session, which the caller closes."""
    from desktop.gui.app_theme import apply_start_theme, ink_start_glyphs
    from desktop.gui.library_session import LibrarySession
    from desktop.gui.main_window import MainWindow

    # The window's colours before its widgets exist: a dark palette set afterwards would reach
    # each of them again (and draw every icon twice).
    apply_start_theme(settings.theme)
    session = LibrarySession(library)
    window = MainWindow(session, settings, translations=translations)
    ink_start_glyphs(window)  # a dark start's, drawn as its style (after the frame) draws them
    # The collector, which start-up paused (gui_command), makes its passes again from the first
    # frame on, on the GUI thread only, start-up's objects frozen out of them (collector_policy);
    # jieba's load holds the interpreter for a while: only once the window is complete.
    window.first_painted.connect(lambda: start_collector(app))
    window.first_painted.connect(lambda: after_show(window, list(files)))
    probe = os.environ.get(PROBE_ENV)
    if probe:
        # Made after the window's own, so called first: the time is taken at the first frame.
        AfterFirstPaint(window.reader.viewport(), lambda: report_first_paint(probe == "exit"))
    window.show()
    return session


def start_collector(app: QApplication) -> None:
    """The cyclic collector's policy for the window's process (``collector_policy``)."""
    from desktop.gui.collector_policy import start_collecting

    start_collecting(app)


def make_application() -> QApplication:
    """The QApplication with the app's names, icon and high-DPI behaviour."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pizhu")
    app.setWindowIcon(QIcon(str(resource_path("icons", "pizhu.svg"))))
    return app


def show_library_error(
    error: LibraryError, parent: QWidget | None = None, postscript: str = ""
) -> None:
    """The library cannot be opened: say so, naming the file and how to restore a backup.

    ``postscript`` follows core's message (what else the user must know: a file kept aside).
    """
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.messages import opening_summary

    box = QMessageBox(
        QMessageBox.Icon.Critical, APP_DISPLAY_NAME, opening_summary(error), parent=parent
    )
    # Core's message names the file and, for a damaged library, the latest backup and the
    # command that restores it; nothing is written to the library meanwhile.
    box.setInformativeText(f"{error}\n\n{postscript}".strip())
    box.exec()


def after_show(window: object, files: list[Path]) -> None:
    """The slow start-up work, once the window is complete: a piece per turn of the event loop
    (``InTurns``), as the window completed itself (each brings modules of its own: the
    instance server's QtNetwork ~7–25 ms); dropped if the window closes meanwhile."""
    from desktop.gui.in_turns import InTurns
    from desktop.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    steps = [
        partial(_start_background_work, window),
        partial(listen_for_other_instances, window),
        partial(_finish_start, window, files),
    ]
    InTurns(steps, window, cancelled=lambda: window.has_closed).start()


def _start_background_work(window: MainWindow) -> None:
    """jieba after a while, a stale translation rebuilt, the day's backup in a worker."""
    QTimer.singleShot(
        SEGMENTER_DELAY_MS, window, lambda: window.start_segmenter(make_segmenter_service(window))
    )
    if window.translations is not None:
        window.translations.refresh_stale()
    from desktop.gui.daily_backup import start_daily_backup

    start_daily_backup(window)


def _finish_start(window: MainWindow, files: list[Path]) -> None:
    """Closing on SIGTERM as Quit does, the dialogs' modules later, the files given imported."""
    from desktop.gui.termination import CloseOnTermination

    CloseOnTermination(window)  # the window's child: SIGTERM/SIGHUP close it as Quit does
    from desktop.gui.preload import preload_later

    preload_later()
    if files:
        window.import_files(files, open_first=True)


def listen_for_other_instances(window: object) -> object:
    """Take the files of Pizhu processes started later on this library: import, come forward."""
    from desktop.gui.main_window import MainWindow
    from desktop.gui.single_instance import InstanceServer

    assert isinstance(window, MainWindow)
    server = InstanceServer(window.session.library_path, window)
    server.files_received.connect(window.take_files_from_another_start)
    server.listen()
    return server


def make_segmenter_service(parent: QObject) -> object:
    """jieba with its cache in CacheLocation and the user's dictionary in AppDataLocation."""
    from desktop.app_paths import cache_folder, user_dictionary_path
    from desktop.core.chinese.segmenter import Segmenter
    from desktop.gui.segmenter_service import SegmenterService

    segmenter = Segmenter.for_app(cache_folder() / "jieba", user_dictionary_path())
    return SegmenterService(segmenter, parent)


def report_first_paint(exit_after: bool) -> None:
    """The probe's line for bench/bench_startup.py; a benchmark run ends right there."""
    print(f"first-paint {time.time():.6f}", flush=True)
    if exit_after:
        os._exit(0)  # the time is taken: skip the orderly shutdown
