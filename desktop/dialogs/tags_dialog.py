"""Manage Tags: every tag with its count, to rename (or merge), and to delete everywhere.

The dialog holds no reference to the library: a rename typed in the list (F2, a double-click or
Rename) emits ``rename_requested`` with a name ``tag_name`` accepts (else it says why), Delete
emits ``delete_requested``; the window makes the change as one undo step and gives the new
counts (``set_counts``). Sorting by either column, and a filter of the names. With no tags at
all, the list gives way to a hint saying how tags are made, as the Trash says it is empty.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import LibraryError
from desktop.core.storage.tag_edits import tag_name
from desktop.core.text_templates import fill
from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.text_size import text_size
from desktop.models.tags_model import Column, Role, TagsModel


class TagTexts(QObject):
    """What the dialog says after a change, in ``self.tr`` (plurals filed by lupdate)."""

    def renamed(self, old: str, new: str, count: int, merged: bool) -> str:
        """ "Renamed “金句” to “好句” on 3 annotations." (or "Merged … into …")."""
        if merged:
            text = self.tr("Merged “%1” into “%2” on %Ln annotation(s).", "", count)
        else:
            text = self.tr("Renamed “%1” to “%2” on %Ln annotation(s).", "", count)
        return fill(text, old, new)

    def deleted(self, tag: str, count: int) -> str:
        """ "Removed “金句” from 3 annotations; they stay." """
        text = self.tr("Removed “%1” from %Ln annotation(s); the annotations stay.", "", count)
        return text.replace("%1", tag)


class TagsDialog(QDialog):
    """Lists the tags with their counts; asks to rename or delete one."""

    rename_requested = Signal(str, str)  # the tag, its new name (as ``tag_name`` gives it)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tags_dialog")
        resize_within_screen(self, text_size(self, 440, 480))
        self.model = TagsModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setSortRole(Role.SORT)
        self._proxy.setFilterKeyColumn(Column.NAME)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self._connect()
        self._retranslate()
        self.set_counts({})

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("tagsFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self._filter_label = QLabel(self)
        self._filter_label.setBuddy(self.filter_edit)
        row.addWidget(self._filter_label)
        row.addWidget(self.filter_edit, 1)
        layout.addLayout(row)
        self.view = self._build_view()
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("tagsEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # greyed, as the Trash says it is empty
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty_hint)
        layout.addWidget(self._stack, 1)
        self.message = QLabel(self)
        self.message.setObjectName("tagsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())
        self._rename_action = self._action(QKeySequence(Qt.Key.Key_F2), self.start_rename, self)
        self._delete_action = self._action(
            QKeySequence(QKeySequence.StandardKey.Delete), self._request_delete, self.view
        )

    def _build_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("tags_list")
        view.setModel(self._proxy)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAllColumnsShowFocus(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # F2 is the dialog's own shortcut (it works from the filter too).
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        view.setSortingEnabled(True)
        view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self._buttons = box
        self.rename_button = QPushButton(self)
        self.rename_button.setObjectName("renameTagButton")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteTagButton")
        box.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        # Enter belongs to the list's editor and the filter: it must never close or delete.
        for button in (self.rename_button, self.delete_button, close):
            button.setAutoDefault(False)
            button.setDefault(False)
        close.clicked.connect(self.close)
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button.clicked.connect(self._request_delete)
        return box

    def _action(self, keys: QKeySequence, slot: object, owner: QWidget) -> QAction:
        action = QAction(owner)
        action.setShortcut(keys)
        action.setShortcutContext(
            Qt.ShortcutContext.WindowShortcut
            if owner is self
            else Qt.ShortcutContext.WidgetShortcut
        )
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        # Queued: the rename replaces the rows, which must not happen inside the editor's commit.
        self.model.rename_requested.connect(
            self._on_model_rename_requested, Qt.ConnectionType.QueuedConnection
        )
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Manage Tags"))
        self._filter_label.setText(self.tr("&Filter:"))
        self.filter_edit.setPlaceholderText(self.tr("Type to show only matching tags"))
        self.view.setAccessibleName(self.tr("Tags"))
        self.rename_button.setText(self.tr("&Rename"))
        self.rename_button.setToolTip(
            self.tr("Rename the tag everywhere (F2); renaming it to an existing tag merges the two")
        )
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(
            self.tr("Remove the tag from every annotation (the annotations are kept)")
        )
        name_standard_buttons(self._buttons)
        self.empty_hint.setText(
            self.tr("No tags yet: select an annotation and add tags to it in the Annotations pane.")
        )

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes: the window keeps this dialog."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # Public API ----------------------------------------------------------------------------

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Show these tags and counts, keeping the chosen tag (or its row) chosen."""
        chosen, row = self.current_tag(), self.view.currentIndex().row()
        self.model.set_counts(counts)
        if chosen is None or not self.select_tag(chosen):
            self._select_row(min(max(row, 0), self._proxy.rowCount() - 1))
        self._stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty_hint)
        self._update_buttons()

    def current_tag(self) -> str | None:
        """The tag of the current row."""
        index = self.view.currentIndex()
        return index.data(Role.TAG) if index.isValid() else None

    def select_tag(self, tag: str) -> bool:
        """Make ``tag``'s row current, if it shows."""
        row = self.model.row_of(tag)
        index = self._proxy.mapFromSource(self.model.index(row, Column.NAME)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self._select_row(index.row())
        return True

    def has_tag(self, name: str) -> bool:
        """Whether a tag of that name (without case) is listed."""
        return self.model.row_of(name) >= 0

    def show_message(self, text: str) -> None:
        """Say what the last change did, or why it was not made."""
        self.message.setText(text)

    @Slot()
    def start_rename(self) -> None:
        """Edit the current tag's name in place."""
        index = self.view.currentIndex()
        if index.isValid():
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.view.edit(index.siblingAtColumn(Column.NAME))

    # Internals -----------------------------------------------------------------------------

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self._proxy.index(row, Column.NAME)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _update_buttons(self) -> None:
        chosen = self.view.currentIndex().isValid()
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _invalid_message(self, typed: str) -> str:
        if not typed.split():
            return self.tr("A tag needs a name.")
        return self.tr("A tag name cannot contain a comma, 、 or semicolon: they separate tags.")

    # Slots ---------------------------------------------------------------------------------

    @Slot(str, str)
    def _on_model_rename_requested(self, tag: str, typed: str) -> None:
        try:
            name = tag_name(typed)
        except LibraryError:
            self.show_message(self._invalid_message(typed))
            return
        if name != tag:
            self.rename_requested.emit(tag, name)

    @Slot()
    def _request_delete(self) -> None:
        tag = self.current_tag()
        if tag is not None:
            self.delete_requested.emit(tag)

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        if not self.view.currentIndex().isValid():
            self._select_row(0 if self._proxy.rowCount() else -1)
        self._update_buttons()

    @Slot()
    def _on_filter_edit_return_pressed(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QModelIndex, QModelIndex)
    def _on_view_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
