"""The export dialog's last choice, kept in the app's QSettings file under ``export/``.

It is UI state, like the window's geometry: the same INI file the window's settings use (found
the same way, through QStandardPaths, so tests pointing ``XDG_CONFIG_HOME`` elsewhere get their
own). Values read back are checked: a format, colour or kind that no longer exists is dropped.
The folder of the last export is shared by every export the app writes; the first goes to the
user's Documents folder (the home folder when there is none).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from desktop import APP_NAME, ORGANIZATION_NAME
from desktop.app_paths import documents_folder
from desktop.core.annotation import AnnotationKind, Color
from desktop.core.export import FORMATS
from desktop.core.export.model import DateField

_GROUP = "export"
DEFAULT_FORMAT = "docx"


class ScopeKind(StrEnum):
    """What the dialog exports: the speech being read, the speeches selected, and so on."""

    CURRENT_SPEECH = "current-speech"
    SELECTED_SPEECHES = "selected-speeches"
    COLLECTION = "collection"
    LIBRARY = "library"


@dataclass(slots=True)
class ExportChoice:
    """Everything the dialog remembers between two exports."""

    format: str = DEFAULT_FORMAT
    scope: ScopeKind = ScopeKind.CURRENT_SPEECH
    colors: frozenset[str] = frozenset()
    tags: tuple[str, ...] = ()
    kinds: frozenset[str] = frozenset()
    date_field: DateField = DateField.CREATED
    include_orphans: bool = True
    include_points: bool = True
    folder: str = ""


def settings_file() -> Path:
    """Where the app's settings live: ``<config>/Pizhu/Pizhu.ini``, as the window keeps them."""
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    return Path(QStandardPaths.writableLocation(location)) / ORGANIZATION_NAME / f"{APP_NAME}.ini"


class ExportSettings:
    """Reads and writes the last ``ExportChoice``, and the folder of the last file exported."""

    def __init__(self, path: Path | None = None) -> None:
        """Use the settings file at ``path`` (default: ``settings_file()``)."""
        self.path = path if path is not None else settings_file()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def load(self) -> ExportChoice:
        """The last choice saved, or the defaults."""
        store, default = self._store, ExportChoice()
        store.beginGroup(_GROUP)
        try:
            name = str(store.value("format", default.format))
            scope = str(store.value("scope", default.scope.value))
            return ExportChoice(
                format=name if name in FORMATS else default.format,
                scope=ScopeKind(scope) if scope in set(ScopeKind) else default.scope,
                colors=frozenset(_known(_strings(store.value("colors")), Color)),
                tags=tuple(_strings(store.value("tags"))),
                kinds=frozenset(_known(_strings(store.value("kinds")), AnnotationKind)),
                date_field=_date_field(store.value("date_field")),
                include_orphans=_to_bool(store.value("include_orphans", True)),
                include_points=_to_bool(store.value("include_points", True)),
                folder=str(store.value("folder", "")),
            )
        finally:
            store.endGroup()

    def export_folder(self) -> Path:
        """The folder the last export (of any kind) went to, if it is still there, else
        ``documents_folder()``."""
        folder = self.load().folder
        return Path(folder) if folder and Path(folder).is_dir() else documents_folder()

    def remember_folder(self, folder: Path) -> None:
        """Propose ``folder`` to the next export (the concordance's CSV, the Export dialog)."""
        self._store.setValue(f"{_GROUP}/folder", str(folder))
        self._store.sync()

    def save(self, choice: ExportChoice) -> None:
        """Remember ``choice`` (written to disk at once: an export is a rare event)."""
        store = self._store
        store.beginGroup(_GROUP)
        store.setValue("format", choice.format)
        store.setValue("scope", choice.scope.value)
        store.setValue("colors", sorted(choice.colors))
        store.setValue("tags", list(choice.tags))
        store.setValue("kinds", sorted(choice.kinds))
        store.setValue("date_field", choice.date_field.value)
        store.setValue("include_orphans", choice.include_orphans)
        store.setValue("include_points", choice.include_points)
        store.setValue("folder", choice.folder)
        store.endGroup()
        store.sync()


def _strings(value: object) -> list[str]:
    """A list setting as strings: INI gives back a string for one item, None for none."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(item) for item in items if str(item)]


def _known(values: list[str], enum: type[StrEnum]) -> list[str]:
    allowed = {member.value for member in enum}
    return [value for value in values if value in allowed]


def _date_field(value: object) -> DateField:
    try:
        return DateField(str(value))
    except ValueError:
        return DateField.CREATED


def _to_bool(value: object) -> bool:
    """An INI value as a bool: QSettings gives back ``"true"``/``"false"`` strings."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes", "on"}
    return bool(value)
