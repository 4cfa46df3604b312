"""The window's state and the reader's preferences, kept in QSettings (an INI file).

UI state only; the user's data lives in the library. The file sits in Qt's config location
(``~/.config/Pizhu/Pizhu.ini`` on Linux), found through QStandardPaths each time so that tests
pointing ``XDG_CONFIG_HOME`` at a temporary folder get a file of their own. Widget state is keyed
by the widget's ``objectName``; a settings version is written from the first day, so a later
release can tell what an older file means.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop import APP_NAME, ORGANIZATION_NAME
from desktop.gui.theme import DEFAULT_FONT_SIZE, DEFAULT_THEME, ThemeName

SETTINGS_VERSION = 1
"""Bump when a key changes meaning, and teach ``_upgrade`` to convert the old one."""

LANGUAGES = ("system", "zh_CN", "en")
"""The UI language choices: follow the system's, or one of ours."""

_VERSION_KEY = "settings/version"
_THEME_KEY = "reader/theme"
_FONT_SIZE_KEY = "reader/font_size"
_FULLWIDTH_KEY = "reader/fullwidth_punctuation"
_LANGUAGE_KEY = "ui/language"
_LIBRARY_SORT_KEY = "library/sort"
_LIBRARY_SORTS = ("imported", "date", "title")
_SEARCH_HISTORY_KEY = "search/history"
_SEARCH_FILTER_KEY = "search/filter"
_TOOL_DOCKS_KEY = "ui/open_tool_docks"
_ANNOTATIONS_SCOPE_KEY = "annotations_dock/all_speeches"
_PRINT_ANNOTATIONS_KEY = "print/with_annotations"
_PRINT_OFFICIAL_NUMBERS_KEY = "print/official_page_numbers"
_OPEN_FOLDER_KEY = "files/open_folder"
_DOCK_WIDTHS_KEY = "ui/dock_widths"
_UNSAVED_NOTES_KEY = "notes/unsaved_notes_files"
_REFUSED_NOTES_KEY = "notes/refused_notes_files"


def settings_path() -> Path:
    """Where the settings file lives: ``<config>/Pizhu/Pizhu.ini``, as QSettings would put it."""
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    folder = Path(QStandardPaths.writableLocation(location))
    return folder / ORGANIZATION_NAME / f"{APP_NAME}.ini"


class Settings:
    """Typed access to the app's QSettings: window state by objectName, and preferences."""

    def __init__(self, path: Path | None = None) -> None:
        """Open the settings file at ``path`` (default: ``settings_path()``)."""
        self.path = path if path is not None else settings_path()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        stored = self._store.value(_VERSION_KEY)
        if stored is None:
            self._store.setValue(_VERSION_KEY, SETTINGS_VERSION)
        # A newer version's file is read as far as we understand it and left as it is.

    @property
    def version(self) -> int:
        """The settings version the file was written with."""
        return int(self._store.value(_VERSION_KEY, SETTINGS_VERSION))

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._store.sync()

    # Widget state, keyed by objectName ------------------------------------------------------

    def save_window(self, window: QMainWindow) -> None:
        """Remember a main window's geometry and the layout of its docks and toolbars."""
        name = _name(window)
        self._store.setValue(f"{name}/geometry", window.saveGeometry())
        self._store.setValue(f"{name}/state", window.saveState(SETTINGS_VERSION))

    def restore_window(self, window: QMainWindow) -> bool:
        """Put a main window back as it was saved; False if nothing was saved yet."""
        name = _name(window)
        geometry = self._bytes(f"{name}/geometry")
        state = self._bytes(f"{name}/state")
        restored = geometry is not None and window.restoreGeometry(geometry)
        if state is not None:
            restored = window.restoreState(state, SETTINGS_VERSION) and restored
        return restored

    def restore_geometry_as(self, window: QWidget, name: str) -> bool:
        """Give ``window`` the geometry saved for the main window named ``name`` (a window
        shown in its place meanwhile); False if none was saved."""
        geometry = self._bytes(f"{name}/geometry")
        return geometry is not None and window.restoreGeometry(geometry)

    def save_splitter(self, splitter: QSplitter) -> None:
        """Remember a splitter's sizes."""
        self._store.setValue(f"{_name(splitter)}/state", splitter.saveState())

    def restore_splitter(self, splitter: QSplitter) -> bool:
        """Put a splitter's sizes back; False if nothing was saved yet."""
        state = self._bytes(f"{_name(splitter)}/state")
        return state is not None and splitter.restoreState(state)

    @property
    def dock_widths(self) -> dict[str, int]:
        """The side docks' widths the user gave (``left``, ``right``): the saved layout holds
        the ones a narrow window made of them (``ReaderRoom``)."""
        value = self._store.value(_DOCK_WIDTHS_KEY, {})
        if not isinstance(value, dict):
            return {}
        widths = {}
        for side, width in value.items():
            try:
                widths[str(side)] = int(width)
            except (TypeError, ValueError):
                continue  # a hand-edited file: that side falls back to the layout's width
        return widths

    @dock_widths.setter
    def dock_widths(self, widths: dict[str, int]) -> None:
        self._store.setValue(_DOCK_WIDTHS_KEY, dict(widths))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # Preferences ------------------------------------------------------------------------------

    @property
    def theme(self) -> str:
        """The reader theme's name (``light``, ``sepia`` or ``dark``)."""
        value = str(self._store.value(_THEME_KEY, DEFAULT_THEME.value))
        return value if value in {name.value for name in ThemeName} else DEFAULT_THEME.value

    @theme.setter
    def theme(self, name: str) -> None:
        self._store.setValue(_THEME_KEY, name)

    @property
    def font_size(self) -> float:
        """The reader's body font size in points."""
        try:
            return float(self._store.value(_FONT_SIZE_KEY, DEFAULT_FONT_SIZE))
        except (TypeError, ValueError):
            return float(DEFAULT_FONT_SIZE)

    @font_size.setter
    def font_size(self, size: float) -> None:
        self._store.setValue(_FONT_SIZE_KEY, float(size))

    @property
    def fullwidth_punctuation(self) -> bool:
        """Whether the reader shows Latin punctuation in Chinese text as full-width."""
        return _to_bool(self._store.value(_FULLWIDTH_KEY, False))

    @fullwidth_punctuation.setter
    def fullwidth_punctuation(self, enabled: bool) -> None:
        self._store.setValue(_FULLWIDTH_KEY, bool(enabled))

    @property
    def library_sort(self) -> str:
        """The order of the library's collections: ``imported``, ``date`` or ``title``."""
        value = str(self._store.value(_LIBRARY_SORT_KEY, "imported"))
        return value if value in _LIBRARY_SORTS else "imported"

    @library_sort.setter
    def library_sort(self, sort: str) -> None:
        self._store.setValue(_LIBRARY_SORT_KEY, sort)

    @property
    def language(self) -> str:
        """The UI language setting: ``system``, ``zh_CN`` or ``en``."""
        value = str(self._store.value(_LANGUAGE_KEY, "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, language: str) -> None:
        self._store.setValue(_LANGUAGE_KEY, language if language in LANGUAGES else "system")

    @property
    def search_history(self) -> list[str]:
        """The library search's remembered queries, latest first."""
        return _strings(self._store.value(_SEARCH_HISTORY_KEY, []))

    @search_history.setter
    def search_history(self, queries: list[str]) -> None:
        self._store.setValue(_SEARCH_HISTORY_KEY, list(queries))

    @property
    def search_filter(self) -> dict[str, Any]:
        """The library search's filter row: whether it is open, and its years and speakers
        (``SearchFilterRow.state``); empty when never saved or unreadable."""
        import json  # read with the search panel, not at start-up (test_app counts modules)

        try:
            value = json.loads(str(self._store.value(_SEARCH_FILTER_KEY, "{}")))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    @search_filter.setter
    def search_filter(self, state: dict[str, Any]) -> None:
        import json

        self._store.setValue(_SEARCH_FILTER_KEY, json.dumps(state, ensure_ascii=False))

    @property
    def open_tool_docks(self) -> list[str]:
        """The objectNames of the docks built on demand that were open at the last close."""
        return _strings(self._store.value(_TOOL_DOCKS_KEY, []))

    @open_tool_docks.setter
    def open_tool_docks(self, names: list[str]) -> None:
        self._store.setValue(_TOOL_DOCKS_KEY, list(names))

    @property
    def annotations_all_speeches(self) -> bool:
        """Whether the annotations dock shows every speech's annotations (else the open one's)."""
        return _to_bool(self._store.value(_ANNOTATIONS_SCOPE_KEY, False))

    @annotations_all_speeches.setter
    def annotations_all_speeches(self, enabled: bool) -> None:
        self._store.setValue(_ANNOTATIONS_SCOPE_KEY, bool(enabled))

    @property
    def print_annotations(self) -> bool:
        """Whether File ▸ Print prints the highlights and notes (else the text only)."""
        return _to_bool(self._store.value(_PRINT_ANNOTATIONS_KEY, True))

    @print_annotations.setter
    def print_annotations(self, enabled: bool) -> None:
        self._store.setValue(_PRINT_ANNOTATIONS_KEY, bool(enabled))

    @property
    def print_official_page_numbers(self) -> bool:
        """Whether printed pages are numbered as GB/T 9704 sets official documents."""
        return _to_bool(self._store.value(_PRINT_OFFICIAL_NUMBERS_KEY, False))

    @print_official_page_numbers.setter
    def print_official_page_numbers(self, enabled: bool) -> None:
        self._store.setValue(_PRINT_OFFICIAL_NUMBERS_KEY, bool(enabled))

    def open_folder(self) -> Path:
        """Where File ▸ Import… and Import Annotations… start: the folder a file was last
        chosen from if it is still there, else the user's Documents folder (never the folder
        the app happened to be started in)."""
        from desktop.app_paths import documents_folder

        folder = str(self._store.value(_OPEN_FOLDER_KEY, "") or "")
        return Path(folder) if folder and Path(folder).is_dir() else documents_folder()

    def remember_open_folder(self, folder: Path) -> None:
        """Start the next choice of a file to import in ``folder``."""
        self._store.setValue(_OPEN_FOLDER_KEY, str(folder))

    # Files of refused notes recorded here by versions before ``notes_records`` -------------
    # (each process rewrote the whole list: two at once dropped each other's entry). Only read
    # and forgotten now, so that a file an older version recorded is still told of once.

    @property
    def unsaved_notes_files(self) -> list[Path]:
        """The files refused notes were written to at a close nobody attended (SIGTERM), as
        an older version recorded them, not yet told of at a start."""
        self._store.sync()
        return [Path(name) for name in _strings(self._store.value(_UNSAVED_NOTES_KEY, []))]

    def forget_unsaved_notes(self) -> None:
        """The files were told of (or are gone): not again."""
        self._store.remove(_UNSAVED_NOTES_KEY)
        self._store.sync()

    @property
    def refused_notes_files(self) -> list[tuple[Path, int]]:
        """Each window's file of refused notes as an older version recorded it, with its
        process's id (a file left by a process that ended is told of at a start)."""
        self._store.sync()
        found = []
        for entry in _strings(self._store.value(_REFUSED_NOTES_KEY, [])):
            pid, _, name = entry.partition(":")  # the id first: a path may hold a colon
            if pid.isdigit() and name:
                found.append((Path(name), int(pid)))
        return found

    def forget_refused_notes(self, path: Path) -> None:
        """``path``, recorded by an older version, was told of (or is gone): not again."""
        kept = [f"{owner}:{name}" for name, owner in self.refused_notes_files if name != path]
        if kept:
            self._store.setValue(_REFUSED_NOTES_KEY, kept)
        else:
            self._store.remove(_REFUSED_NOTES_KEY)
        self._store.sync()


def _strings(value: object) -> list[str]:
    """A list of strings from an INI value (QSettings gives one string for a one-item list)."""
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list):
        return [str(item) for item in value if str(item)]
    return []


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    if not name:
        raise ValueError(f"a {type(widget).__name__} needs an objectName to keep its state")
    return name


def _to_bool(value: object) -> bool:
    """An INI value as a bool: QSettings gives back ``"true"``/``"false"`` strings."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "on"}
    return bool(value)
