"""Where the library lives: ``--library PATH``, else ``$PIZHU_LIBRARY``, else Qt's AppDataLocation.

The command line and the window use this one function so they open the same library by
default. It sits outside ``desktop.core`` because it asks Qt for the platform's data folder
(``~/.local/share/Pizhu/Pizhu`` on Linux, ``~/Library/Application Support/Pizhu/Pizhu`` on
macOS, ``%APPDATA%/Pizhu/Pizhu`` on Windows).

Who holds a library is settled here too, for both: the window takes ``<library>.lock`` before it
opens the library (``desktop.gui.app``), and the command line's restore takes the same lock or
refuses (``desktop.cli.window_lock``). One function names the lock, so the two cannot drift apart.
(Here, not in a module of its own: the window's start loads this one anyway, and
tests/gui/test_app.py counts the modules the first frame loads.)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import APP_NAME, ORGANIZATION_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

LIBRARY_ENV = "PIZHU_LIBRARY"
LIBRARY_FILE_NAME = "library.sqlite"


def library_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The library to use: the ``--library`` option if given, else the environment, else default."""
    if option:
        return Path(option).expanduser()
    from_env = os.environ.get(LIBRARY_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_library_path()


def claim_library(library_path: Path, *, make_folder: bool = False) -> QLockFile | None:
    """Take ``<library>.lock``: locked if this process now holds the library.

    Not locked: another live process holds it (``getLockInfo`` names it). None: the lock cannot
    be made at all (a read-only or missing folder), and the caller goes on without the guard.
    ``make_folder`` makes the library's folder first (a first start creates the library there).
    A crashed process's lock is taken over: with no stale time, Qt judges a lock by whether its
    process still runs.
    """
    from PySide6.QtCore import QLockFile

    path = library_path.expanduser().resolve()  # one lock whatever links lead to the file
    if make_folder:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
    lock = QLockFile(f"{path}.lock")
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    return lock if lock.error() == QLockFile.LockError.LockFailedError else None


USER_DICTIONARY_FILE_NAME = "user_dict.txt"


def default_library_path() -> Path:
    """The library file in the platform's application data folder."""
    return _app_folder("AppDataLocation") / LIBRARY_FILE_NAME


def user_dictionary_path() -> Path:
    """The user's own jieba dictionary, beside the default library."""
    return _app_folder("AppDataLocation") / USER_DICTIONARY_FILE_NAME


def cache_folder() -> Path:
    """The app's cache folder (jieba's dictionary cache, built translations)."""
    return _app_folder("CacheLocation")


def documents_folder() -> Path:
    """The user's Documents folder, else the home folder: where exports and backups go first."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # An empty answer (no such location) is not Path(""), the folder the app was started in.
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _app_folder(location_name: str) -> Path:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # Without these names Qt falls back to the executable's name, and the CLI (python) and
    # the GUI would disagree on the folder. The GUI sets the same names.
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = getattr(QStandardPaths.StandardLocation, location_name)
    return Path(QStandardPaths.writableLocation(location))
