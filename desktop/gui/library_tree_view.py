"""The library's tree view: clicks that only select, the keyboard's menu, type-ahead.

Ctrl+click and Shift+click add speeches to the selection (for an export, say) without opening
them; Enter opens the current row and ``read_on_requested`` asks for the keyboard to go on to
the page (arrow keys only move through the rows); the Menu key and Shift+F10 open its context
menu at the row.
Typed letters go to ``type_ahead`` (the pane's ``TreeTypeAhead``), which, unlike Qt's own
search, finds speeches in folded collections.
A collection that leaves the tree unfolded (to the trash) comes back unfolded when the window
says it returned (``unfold_returned``): its row is a new one, which Qt would show folded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desktop.gui.keyboard_menu import is_menu_key, open_current_menu, take_keyboard_menu_event
from desktop.models.library_tree import Role, TreeKind

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LibraryTreeView(QTreeView):
    """A QTreeView for the library pane: ``selecting_click`` tells the pane's clicked and
    activated slots whether to open the row; ``select_row`` brings a row wholly into view.

    It scrolls by pixel, since its rows are of two heights (a speech's two lines over a
    section's one), and it holds no reference to the pane: ``type_ahead`` is a callable.
    """

    SELECTING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    read_on_requested = Signal()
    """Enter opened a speech or a section: the keyboard goes to the page (Zotero, Calibre)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # By pixel: by item, Qt reckons how many rows a page holds from the list's end, so with
        # speeches' two-line rows above one-line sections it took a row cut by the bottom edge
        # for one in view, and the section being read stayed half hidden.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.selecting_click = False
        self.type_ahead: Callable[[str], object] | None = None
        """What typed letters (keys or the input method's text) do instead of Qt's search."""
        self._left_unfolded: set[int] = set()
        """The collections whose rows left the tree unfolded (kept by their ids)."""

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``, noting which collections' rows leave it unfolded."""
        old = self.model()
        if old is not None:
            old.rowsAboutToBeRemoved.disconnect(self._on_model_rows_about_to_be_removed)
            old.modelAboutToBeReset.disconnect(self._on_model_about_to_be_reset)
        self._left_unfolded.clear()
        super().setModel(model)
        if model is not None:
            model.rowsAboutToBeRemoved.connect(self._on_model_rows_about_to_be_removed)
            model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)

    @Slot()
    def _on_model_about_to_be_reset(self) -> None:
        self._left_unfolded.clear()  # another library's ids, maybe

    @Slot(QModelIndex, int, int)
    def _on_model_rows_about_to_be_removed(
        self, parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        if parent.isValid():
            return  # a speech or a section: only collections are remembered
        model = self.model()
        for row in range(first, last + 1):
            index = model.index(row, 0)
            if index.data(Role.KIND) != TreeKind.COLLECTION:
                continue
            if self.isExpanded(index):
                self._left_unfolded.add(index.data(Role.KEY))
            else:  # folded by the user since it last left unfolded
                self._left_unfolded.discard(index.data(Role.KEY))

    def unfold_returned(self, collection_id: int) -> None:
        """Unfold a collection come back (from the trash) if it left unfolded, its speeches
        read now so that the speech read in it can be marked at once."""
        if collection_id not in self._left_unfolded:
            return
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            kind, key = index.data(Role.KIND), index.data(Role.KEY)
            if kind == TreeKind.COLLECTION and key == collection_id:
                self._left_unfolded.discard(collection_id)
                if model.canFetchMore(index):
                    model.fetchMore(index)
                self.expand(index)
                return

    def keyboardSearch(self, search: str) -> None:
        """Type-ahead: Qt's only finds rows that show; ``type_ahead`` finds folded ones too."""
        if self.type_ahead is None:
            super().keyboardSearch(search)
        else:
            self.type_ahead(search)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember whether the press holds Ctrl or Shift."""
        self.selecting_click = bool(event.modifiers() & self.SELECTING)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current row whatever the last click was; the Menu key and
        Shift+F10 open its context menu, at the row."""
        self.selecting_click = False
        if is_menu_key(event) and open_current_menu(self):
            event.accept()
            return
        kind = self.currentIndex().data(Role.KIND)
        opens = event.key() in _ENTER and kind not in (None, TreeKind.COLLECTION)
        super().keyPressEvent(event)
        if opens:
            self.read_on_requested.emit()

    def event(self, event: QEvent) -> bool:
        """A context menu asked for from the keyboard is the current row's, at the row."""
        return take_keyboard_menu_event(self, event) or super().event(event)

    def select_row(self, index: QModelIndex) -> None:
        """Make ``index`` the current row, the only one selected, and scroll it into view."""
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.show_whole_row(index)

    def show_whole_row(self, index: QModelIndex) -> None:
        """Scroll so that the row of ``index`` is wholly in view (its parents unfolded)."""
        # Rows just unfolded are laid out later; scrolling before would reckon without them.
        self.executeDelayedItemsLayout()
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        # Qt's own scroll can leave the row's last pixel under the bottom edge.
        row, page, bar = self.visualRect(index), self.viewport().rect(), self.verticalScrollBar()
        if row.bottom() > page.bottom():
            bar.setValue(bar.value() + row.bottom() - page.bottom())
        if row.top() < page.top():
            bar.setValue(bar.value() + row.top() - page.top())
