"""The library's tree view: clicks that only select, the keyboard's menu, type-ahead.

Ctrl+click and Shift+click add speeches to the selection (for an export, say) without opening
them; Enter opens the current row and ``read_on_requested`` asks for the keyboard to go on to
the page (arrow keys only move through the rows); the Menu key and Shift+F10 open its context
menu at the row.
Typed letters go to ``type_ahead`` (the pane's ``TreeTypeAhead``), which, unlike Qt's own
search, finds speeches in folded collections.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
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
