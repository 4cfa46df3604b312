"""The real main window on a library in tmp_path, built and checked as the app builds it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.library_session import LibrarySession
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings, settings_path
from tests.gui.menu_spy import MenuSpy
from tests.gui.ui_languages import locale_default

__all__ = ["locale_default"]

WindowFactory = Callable[[], MainWindow]
LAPTOP_SIZE = QSize(1280, 720)
ShowDocked = Callable[[QDockWidget], QMainWindow]


@pytest.fixture(autouse=True)
def _locale_put_back(locale_default: None) -> None:
    """Every GUI test leaves the default QLocale as it found it.

    The window sets it with the UI's language (a test's translations, Preferences, run_gui)
    and nothing puts it back: a later test would write its figures as this one's language.
    """


@pytest.fixture(autouse=True)
def _mouse_buttons_released(qapp: QApplication) -> None:
    """Every GUI test starts with no mouse button held.

    QTest's double-click leaves Qt believing the button still down (offscreen), and a later
    test's arrow keys in a list that tells a key's move from a press's by the buttons held
    (``terms_tables.follow_keys``) would be taken for a press.
    """
    held = QApplication.mouseButtons()
    if held == Qt.MouseButton.NoButton:
        return
    widget = QWidget()
    widget.show()
    for button in (
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.RightButton,
        Qt.MouseButton.MiddleButton,
    ):
        if held & button:
            QTest.mouseRelease(widget, button)
    widget.close()
    assert QApplication.mouseButtons() == Qt.MouseButton.NoButton


@pytest.fixture(scope="session")
def sample_library_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library made once with the sample collection, copied for each test that wants one."""
    path = tmp_path_factory.mktemp("template") / "library.sqlite"
    open_library(path, daily_backup=False).close()
    return path


@pytest.fixture
def library_path(tmp_path: Path, sample_library_template: Path) -> Path:
    """This test's library: a fresh copy of the sample library."""
    path = tmp_path / "library.sqlite"
    shutil.copyfile(sample_library_template, path)
    return path


@pytest.fixture
def open_window(qtbot: QtBot, library_path: Path) -> Iterator[WindowFactory]:
    """Builds shown windows on the test's library, closing each (and its session) at the end.

    Closing a window checks what a user's quitting would: no worker is left running.
    """
    built: list[MainWindow] = []

    def build() -> MainWindow:
        session = LibrarySession(open_library(library_path, create=False, daily_backup=False))
        first_start = not _saved_geometry()
        window = MainWindow(session, Settings())
        if first_start:
            # A laptop's room, wider than the offscreen screen's 800 px: room for the page and
            # both docks, as most users have (narrow windows are tested in test_reader_room).
            window.resize(LAPTOP_SIZE)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # As a user finds it: the first frame, then the docks built right after it.
        qtbot.waitUntil(lambda: window.first_paint_done)
        built.append(window)
        return window

    yield build
    for window in built:
        close_window(window)
        # Gone for good, not left to a later test's event loop: a window whose library is
        # closed must not receive that test's palette or language changes.
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _saved_geometry() -> bool:
    """Whether a window closed earlier in the test saved its geometry (it is restored)."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat).contains(
        "MainWindow/geometry"
    )


def close_window(window: MainWindow) -> None:
    """Close as the user does, then check that nothing runs on and release the library."""
    if window.isVisible():
        window.close()
    assert not window.running_work(), "a worker outlived the window"
    if not window.session.closed:
        window.session.close()


@pytest.fixture
def main_window(open_window: WindowFactory) -> MainWindow:
    """The real main window on a copy of the sample library, shown."""
    return open_window()


@pytest.fixture
def show_docked(qtbot: QtBot) -> Iterator[ShowDocked]:
    """Shows a dock as the app does: on the right of a bare main window (800 × 640, an empty
    centre), the window shown and active (keys go to it); returns the window.

    The windows live until the test ends (qtbot alone would let them be collected).
    """
    hosts: list[QMainWindow] = []

    def show(dock: QDockWidget) -> QMainWindow:
        host = QMainWindow()
        qtbot.addWidget(host)
        host.setCentralWidget(QWidget(host))
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        host.resize(800, 640)
        host.show()
        host.activateWindow()
        qtbot.waitActive(host)
        hosts.append(host)
        return host

    yield show
    for host in hosts:
        host.close()


@pytest.fixture
def menus() -> Iterator[MenuSpy]:
    """Records and closes the context menus that open while the test runs."""
    spy = MenuSpy()
    yield spy
    spy.deleteLater()
