"""Copy and Export… for a table a panel shows (the terms, the search hits).

Copy puts the table on the clipboard as tab-separated text, which Word, Excel and WPS paste as a
table; Export… asks where and writes it as CSV through the app's table writer (UTF-8 with a
BOM, atomically), saying in the UI's language what went wrong if it could not. The panel gives
the table and its column titles (``TableSource``; one that takes long to make, as the search's,
makes it in the background: ``BackgroundTableSource``); ``TableExport`` holds the two actions, for
its buttons, its context menus and Ctrl+C on its view. The writers and the export settings load
when the user copies or exports: a panel showing a table opens without them (~25 ms).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.errors import PizhuError
from desktop.gui.button_texts import without_access_key
from desktop.gui.focus_return import focus_kept

if TYPE_CHECKING:
    from desktop.core.export.table import Table

_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


class TableSource(Protocol):
    """What a panel tells ``TableExport``: the table it shows, its titles, a file name."""

    def export_table(self) -> Table:
        """The rows shown, in the order shown, with field names for scripts."""
        ...

    def export_titles(self) -> Sequence[str]:
        """The table's column titles in the UI language (the clipboard's header)."""
        ...

    def export_name(self) -> str:
        """A file name to propose, without its extension."""
        ...


@runtime_checkable
class BackgroundTableSource(TableSource, Protocol):
    """A source whose table takes long to make (the search's: every hit's speech is read):
    it makes it off the GUI thread and hands it to ``done`` on it, or ``failed`` the error."""

    def build_table(
        self, done: Callable[[Table], None], failed: Callable[[Exception], None]
    ) -> None:
        """Make the table in the background; ``done(table)`` or ``failed(error)`` follows."""
        ...


class TableExport(QObject):
    """The Copy and Export… actions of a panel's table."""

    copied = Signal(int)
    """(rows): the table is on the clipboard."""
    exported = Signal(Path)

    def __init__(self, source: TableSource, owner: QWidget) -> None:
        super().__init__(owner)
        self._source = source
        self._owner = owner
        self.copy_action = QAction(owner)
        self.copy_action.setObjectName("table_copy")
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.export_action = QAction(owner)
        self.export_action.setObjectName("table_export")
        self.copy_action.triggered.connect(self._on_copy_action_triggered)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.set_enabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.copy_action.setText(self.tr("&Copy Table"))
        self.copy_action.setToolTip(self.tr("Copy the table, to paste into Word, Excel or WPS"))
        self.export_action.setText(self.tr("&Export CSV…"))
        self.export_action.setToolTip(self.tr("Save the table as a CSV file for Excel or WPS"))
        # The panels' buttons show these without an access key: their menus have one.
        for action in (self.copy_action, self.export_action):
            action.setIconText(without_access_key(action.text()).rstrip("…"))

    def set_enabled(self, enabled: bool) -> None:
        """Offer both actions only while the table has rows."""
        self.copy_action.setEnabled(enabled)
        self.export_action.setEnabled(enabled)

    def watch(self, view: QWidget) -> None:
        """Let Ctrl+C on ``view`` copy the table."""
        view.addAction(self.copy_action)

    def copy(self) -> None:
        """Put the table on the clipboard as tab-separated text (once made, for a source that
        makes it in the background)."""
        self._with_table(self._copy_table, self.copy_action.iconText())

    def _copy_table(self, table: Table) -> None:
        from desktop.core.export.table import to_tsv

        QGuiApplication.clipboard().setText(to_tsv(table, self._source.export_titles()))
        self.copied.emit(len(table.rows))

    def export(self) -> Path | None:
        """Ask where, then write the table as CSV; returns the path written (None when not
        written, or not yet: a source making its table in the background)."""
        from desktop.dialogs.export_settings import ExportSettings

        settings = ExportSettings()
        name = _UNSAFE_IN_NAMES.sub("_", self._source.export_name()).strip("_.") or "table"
        title = self.tr("Export CSV")
        with focus_kept():  # cancelled too, the keyboard goes back to the table or its button
            chosen, _filter = QFileDialog.getSaveFileName(
                self._owner,
                title,
                str(settings.export_folder() / f"{name}.csv"),
                self.tr("CSV files (*.csv)"),
            )
        if not chosen:
            return None
        written: list[Path] = []

        def write(table: Table) -> None:
            path = self._write(table, Path(chosen), title)
            if path is not None:
                settings.remember_folder(path.parent)
                written.append(path)
                self.exported.emit(path)

        self._with_table(write, title)
        return written[0] if written else None

    def _write(self, table: Table, target: Path, title: str) -> Path | None:
        from desktop.core.export.table import write_csv

        try:
            return write_csv(table, target)
        except PizhuError as error:
            self._warn(title, error)
            return None

    def _with_table(self, use: Callable[[Table], None], title: str) -> None:
        """``use`` the source's table: now, or once a background source has made it."""
        if not isinstance(self._source, BackgroundTableSource):
            use(self._source.export_table())
            return

        def failed(error: Exception) -> None:
            if not isinstance(error, PizhuError):
                raise error  # a bug, not the user's doing: the app's handler reports it
            self._warn(title, error)

        self._source.build_table(use, failed)

    def _warn(self, title: str, error: PizhuError) -> None:
        from desktop.dialogs import export_texts

        with focus_kept():
            QMessageBox.warning(self._owner, title, export_texts.error_text(error))

    @Slot()
    def _on_copy_action_triggered(self) -> None:
        self.copy()

    @Slot()
    def _on_export_action_triggered(self) -> None:
        self.export()
