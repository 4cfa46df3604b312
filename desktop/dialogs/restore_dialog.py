"""File ▸ Library ▸ Restore from Backup…: the library's backups, newest first, to put one back.

The dialog only lists and asks: it emits ``restore_requested`` with the chosen backup's path and
the window confirms and restores (``library_restore``). With no backup yet it says so, and when
the first one will be made. Restore from File… asks for a copy kept anywhere (one that Back Up
Now… wrote, say) and emits ``file_chosen`` with it, for the window to check before it asks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app_paths import documents_folder
from desktop.core.storage.backup import BackupInfo, BackupKind
from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.text_size import text_size

PATH_ROLE = Qt.ItemDataRole.UserRole


def taken_text(info: BackupInfo) -> str:
    """When a backup was taken, as the UI language writes a date and time. A daily backup is
    named by its day alone: its time is not known, so only the day is shown (not midnight)."""
    if info.kind == BackupKind.DAILY:
        return QLocale().toString(QDate(info.taken.date()), QLocale.FormatType.ShortFormat)
    return QLocale().toString(QDateTime(info.taken), QLocale.FormatType.ShortFormat)


class RestoreDialog(QDialog):
    """A list of backups (when, kind, size) and a Restore button."""

    restore_requested = Signal(Path)
    """A listed backup is to be restored."""
    file_chosen = Signal(Path)
    """A file chosen with Restore from File… is to be checked, then restored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        resize_within_screen(self, text_size(self, 560, 360))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setObjectName("backup_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.itemSelectionChanged.connect(self._update_button)
        self.list.itemActivated.connect(lambda _item, _column: self._on_restore_clicked())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        name_standard_buttons(self.buttons)  # Alt+C, as beside Restore… (Alt+R)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.file_button = self.buttons.addButton(
            self.tr("Restore from &File…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.file_button.setObjectName("restore_file_button")
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def set_backups(self, backups: list[BackupInfo]) -> None:
        """Show ``backups`` (newest first, as listed); the newest is chosen."""
        self.list.clear()
        for info in sorted(backups, key=lambda b: b.taken, reverse=True):
            item = QTreeWidgetItem(
                [taken_text(info), self.kind_text(info.kind), self._size(info.size)]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(backups))
        if backups:
            self.intro.setText(
                self.tr("Choose a backup to replace the library with (newest first).")
            )
            self.list.setCurrentItem(self.list.topLevelItem(0))
            for column in range(self.list.columnCount()):
                self.list.resizeColumnToContents(column)
        else:
            self.intro.setText(
                self.tr(
                    "There is no backup of this library yet. Pizhu makes one each day you open the "
                    "library (the first one the next time you open it) and one before every "
                    "upgrade of the file."
                )
            )
        self._update_button()

    def kind_text(self, kind: str) -> str:
        """A backup's kind in words."""
        if kind == BackupKind.DAILY:
            return self.tr("Daily")
        if kind == BackupKind.PREMIGRATION:
            return self.tr("Before an upgrade")
        return self.tr("Manual")

    def chosen(self) -> Path | None:
        """The backup chosen in the list."""
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    def choose_file(self) -> QFileDialog:
        """Restore from File…: ask for a copy of the library kept anywhere (window-modal)."""
        dialog = QFileDialog(self, self.tr("Restore from a Copy of the Library"))
        dialog.setObjectName("restore_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Pizhu library (*.sqlite)"), self.tr("All files (*)")])
        # Where Back Up Now… proposes to write its copies.
        dialog.setDirectory(str(documents_folder()))
        dialog.fileSelected.connect(lambda name: self.file_chosen.emit(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @staticmethod
    def _size(size: int) -> str:
        return QLocale().formattedDataSize(size)

    @Slot()
    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    @Slot()
    def _on_file_button_clicked(self) -> None:
        self.choose_file()

    @Slot()
    def _on_restore_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.restore_requested.emit(chosen)
