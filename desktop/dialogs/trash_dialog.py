"""The trash: what the user deleted, to restore, or to delete for good.

The dialog lists generic ``TrashRow`` values (annotations, and collections or anything else the
library can trash), so it holds no reference to storage: Restore (Enter) emits
``restore_requested`` with the chosen rows' (kind, key) pairs; Delete for Good (Delete, or a
row's context menu, which offers both) emits ``delete_requested`` with them and Empty Trash
``empty_requested``, each after a confirmation that says it cannot be undone. The window does
the work and calls ``set_rows`` again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotation import Annotation, AnnotationKind
from desktop.gui.actions import SWATCHES, swatch_icon
from desktop.gui.button_texts import name_message_buttons, name_standard_buttons
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.text_size import text_size
from desktop.models.annotation_text import format_full_time, note_preview, short_quote

translate = QCoreApplication.translate

ANNOTATION = "annotation"
COLLECTION = "collection"

ITEM, FROM, DELETED = range(3)
"""The list's columns: what was deleted, where from (a speech's label), and when."""
FROM_SHARE = 0.4
"""The widest share of the list that "From" takes to show its labels whole; the quote gets
the rest, and a longer label is elided in the middle (its tooltip shows it whole)."""
DEFAULT_SIZE = QSize(860, 480)
MINIMUM_SIZE = QSize(560, 320)


@dataclass(frozen=True, slots=True)
class TrashRow:
    """One thing in the trash: its kind and key (to restore it), what it is and where from."""

    kind: str
    key: str
    title: str
    detail: str = ""
    deleted: str = ""  # ISO 8601 UTC
    color: str | None = None


def annotation_rows(
    annotations: Iterable[Annotation],
    speech_titles: Mapping[int, str],
    shown: Callable[[str], str] | None = None,
) -> list[TrashRow]:
    """Trash rows for trashed annotations: the quote (or the note), and the speech's title;
    ``shown`` gives a quote as the page shows its words (the full-width option's)."""
    rows = []
    for annotation in annotations:
        quote = shown(annotation.quote.exact) if shown else annotation.quote.exact
        title = short_quote(quote, 80) or note_preview(annotation.note)
        if annotation.kind == AnnotationKind.SPEECH_NOTE and not title:
            title = translate("TrashDialog", "Note on the whole speech")
        rows.append(
            TrashRow(
                ANNOTATION,
                annotation.id,
                title,
                speech_titles.get(annotation.speech_id, ""),
                annotation.deleted or "",
                annotation.color,
            )
        )
    return rows


def collection_row(
    collection_id: int, title: str, speech_count: int, deleted: str = ""
) -> TrashRow:
    """The trash row of a deleted collection (an imported file and its speeches)."""
    detail = TrashTexts().collection_detail(speech_count)
    return TrashRow(COLLECTION, str(collection_id), title, detail, deleted)


class TrashTexts(QObject):
    """The trash's counted texts, in ``self.tr``: the one call lupdate files as a plural."""

    def collection_detail(self, speech_count: int) -> str:
        """ "Collection of 1 speech", "Collection of 12 speeches"."""
        return self.tr("Collection of %Ln speech(es)", "", speech_count)


class TrashDialog(QDialog):
    """Lists the trash; asks to restore the chosen rows or to empty it."""

    restore_requested = Signal(list)  # [(kind, key), …]
    delete_requested = Signal(list)  # [(kind, key), …]: deleted for good
    empty_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_dialog")
        self.setMinimumSize(MINIMUM_SIZE)
        resize_within_screen(self, text_size(self, DEFAULT_SIZE.width(), DEFAULT_SIZE.height()))
        self._rows: list[TrashRow] = []
        self._confirmation: QMessageBox | None = None
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self._stack = QStackedWidget(self)
        self._list = self._build_list()
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setEnabled(False)
        self._stack.addWidget(self._list)
        self._stack.addWidget(self._empty)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self._build_buttons())
        self._retranslate()
        self.set_rows([])

    def _build_list(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setObjectName("trash_list")
        tree.setColumnCount(3)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = tree.header()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FROM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DELETED, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        tree.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        # Delete and a right-click act on the rows chosen, as in a file manager's trash.
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("trash_restore")
        self.restore_action.triggered.connect(self._on_restore_clicked)
        self.delete_action = QAction(self)
        self.delete_action.setObjectName("trash_delete")
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # The dialog's, not the list's: the focus a confirmation leaves need not be in the list.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.delete_action.triggered.connect(self._on_delete_triggered)
        self.addAction(self.delete_action)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._on_list_menu_requested)
        return tree

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self._buttons = box
        self._restore = QPushButton(self)
        self._restore.setObjectName("restoreButton")
        self._empty_trash = QPushButton(self)
        self._empty_trash.setObjectName("emptyTrashButton")
        self._delete = QPushButton(self)
        self._delete.setObjectName("deleteForGoodButton")
        box.addButton(self._restore, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self._empty_trash, QDialogButtonBox.ButtonRole.DestructiveRole)
        box.addButton(self._delete, QDialogButtonBox.ButtonRole.DestructiveRole)
        # Enter restores what is chosen; it must never be the way to delete for good.
        self._restore.setDefault(True)
        self._empty_trash.setAutoDefault(False)
        self._delete.setAutoDefault(False)
        self._delete.clicked.connect(self._on_delete_triggered)
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        self._close = close
        self._restore.clicked.connect(self._on_restore_clicked)
        self._empty_trash.clicked.connect(self._on_empty_trash_clicked)
        return box

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trash"))
        self._intro.setText(
            self.tr("Deleted items stay here until you delete them for good or empty the trash.")
        )
        self._list.setHeaderLabels([self.tr("Item"), self.tr("From"), self.tr("Deleted")])
        self._empty.setText(self.tr("The trash is empty."))
        self._restore.setText(self.tr("&Restore"))
        self._empty_trash.setText(self.tr("&Empty Trash…"))
        self._delete.setText(self.tr("&Delete for Good…"))
        self.restore_action.setText(self._restore.text())
        self.delete_action.setText(self._delete.text())
        name_standard_buttons(self._buttons)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes: the window keeps this dialog."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Public API ----------------------------------------------------------------------------

    @property
    def list(self) -> QTreeWidget:
        """The list of trashed things."""
        return self._list

    @property
    def restore_button(self) -> QPushButton:
        """Restores the selected rows."""
        return self._restore

    @property
    def delete_button(self) -> QPushButton:
        """Asks to delete the selected rows for good."""
        return self._delete

    @property
    def empty_button(self) -> QPushButton:
        """Asks to empty the trash."""
        return self._empty_trash

    @property
    def confirmation(self) -> QMessageBox | None:
        """The open "empty the trash?" or "delete for good?" question, if any."""
        return self._confirmation

    def rows(self) -> list[TrashRow]:
        """The rows shown."""
        return list(self._rows)

    def set_rows(self, rows: Iterable[TrashRow]) -> None:
        """Show these rows (most recently deleted first, as given)."""
        self._rows = list(rows)
        self._list.clear()
        for row in self._rows:
            self._list.addTopLevelItem(self._item(row))
        self._stack.setCurrentIndex(0 if self._rows else 1)
        self._fit_from_column()
        self._empty_trash.setEnabled(bool(self._rows))
        self._on_list_item_selection_changed()
        if self._rows:
            # The first row current and chosen: arrows, Enter and Restore act on it at once.
            self._list.setCurrentItem(self._list.topLevelItem(0))
            self._list.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not _can_type_into(self.focusWidget()):
            # The list that had the keyboard is hidden, the buttons beside it are disabled:
            # restoring the last row left no widget with it. Close is what is left to do.
            self._close.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_all(self) -> None:
        """Choose every row."""
        self._list.selectAll()

    def _fit_from_column(self) -> None:
        """ "From" as wide as its labels, up to ``FROM_SHARE`` of the list."""
        header = self._list.header()
        gap = self._list.fontMetrics().horizontalAdvance("\u3000")  # air before "Deleted"
        wanted = max(self._list.sizeHintForColumn(FROM) + gap, header.sectionSizeHint(FROM))
        limit = int(self._list.viewport().width() * FROM_SHARE)
        self._list.setColumnWidth(FROM, max(header.minimumSectionSize(), min(wanted, limit)))

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the columns to the list's width on screen (unknown before it is shown)."""
        super().showEvent(event)
        self._fit_from_column()

    def _item(self, row: TrashRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([row.title, row.detail, format_full_time(row.deleted)])
        item.setData(ITEM, Qt.ItemDataRole.UserRole, (row.kind, row.key))
        item.setToolTip(ITEM, row.title)
        item.setToolTip(FROM, row.detail)
        icon = self._icon(row)
        if icon is not None:
            item.setIcon(ITEM, icon)
        return item

    def _icon(self, row: TrashRow) -> QIcon | None:
        if row.color in SWATCHES:
            return swatch_icon(SWATCHES[row.color])
        if row.kind == COLLECTION:
            return self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        return None

    # Slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_list_item_selection_changed(self) -> None:
        chosen = bool(self._list.selectedItems())
        for control in (self._restore, self._delete, self.restore_action, self.delete_action):
            control.setEnabled(chosen)

    def _chosen(self) -> list[tuple[str, str]]:
        return [
            tuple(item.data(0, Qt.ItemDataRole.UserRole)) for item in self._list.selectedItems()
        ]

    @Slot()
    def _on_restore_clicked(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.restore_requested.emit(chosen)

    @Slot(QPoint)
    def _on_list_menu_requested(self, point: QPoint) -> None:
        if self._list.itemAt(point) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.restore_action)
        menu.addAction(self.delete_action)
        menu.exec(self._list.viewport().mapToGlobal(point))
        menu.deleteLater()

    @Slot()
    def _on_delete_triggered(self) -> None:
        chosen = self._chosen()
        if not chosen:
            return
        text = self.tr("Delete the %Ln chosen item(s) for good?", "", len(chosen))
        title, button = self.tr("Delete for Good"), self.tr("&Delete for Good")
        self._ask(title, text, button, lambda: self.delete_requested.emit(chosen))

    @Slot()
    def _on_empty_trash_clicked(self) -> None:
        if not self._rows:
            return
        text = self.tr("Delete the %Ln item(s) in the trash for good?", "", len(self._rows))
        title, button = self.tr("Empty Trash"), self.tr("&Empty Trash")
        self._ask(title, text, button, self.empty_requested.emit)

    def _ask(self, title: str, text: str, button: str, confirmed: Callable[[], None]) -> None:
        """Ask before deleting for good, Cancel the default (Enter must not delete)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("trashConfirmation")  # emptying, or deleting rows
        box.setInformativeText(self.tr("This cannot be undone."))
        delete = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        name_message_buttons(box)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda clicked: self._on_confirmation_clicked(clicked, delete, confirmed)
        )
        box.finished.connect(box.deleteLater)
        self._confirmation = box
        box.open()  # window-modal, without a nested event loop

    def _on_confirmation_clicked(
        self, button: QAbstractButton, delete: QAbstractButton, confirmed: Callable[[], None]
    ) -> None:
        self._confirmation = None
        if button is delete:
            confirmed()


def _can_type_into(widget: QWidget | None) -> bool:
    """Whether ``widget`` is there to take keys: shown and enabled."""
    return widget is not None and widget.isVisible() and widget.isEnabled()
