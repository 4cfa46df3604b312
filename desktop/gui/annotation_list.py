"""The annotations dock's list and the page shown in its place when there is nothing to list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.app_theme import MutedLabel
from desktop.gui.keyboard_menu import is_menu_key, open_current_menu, take_keyboard_menu_event
from desktop.models.annotation_roles import Role

ORPHAN_GROUP = "orphans"
"""The key of the group of passages not found, among the speech ids of the other groups."""


_CHOOSING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
"""With these held, a click or a move chooses rows (one more, a range) rather than goes."""

_ENSURE_VISIBLE = QAbstractItemView.ScrollHint.EnsureVisible


class AnnotationListView(QTreeView):
    """The dock's list; it knows whether a selection change comes from a mouse press, and
    whether the press only chooses rows (Ctrl or Shift held)."""

    return_pressed = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.in_mouse_press = False
        self.choosing = False
        """The last press (a click, a key) held Ctrl or Shift: it chose rows, not a passage."""
        self.taking_focus = False
        """The keyboard is coming in (Qt may make the first row current: not a move)."""
        self._holding = False  # the left button is down on the list: its click is to come
        self._after: list[Callable[[], None]] = []

    def after_gesture(self, step: Callable[[], None]) -> None:
        """Call ``step`` once the press or key being handled is over: at the left button's
        release, else as soon as the event loop is back."""
        self._after.append(step)
        if not self._holding:
            QTimer.singleShot(0, self, self._gesture_over)

    def _gesture_over(self) -> None:
        if self._holding:
            return  # a press came first: its release calls again
        steps, self._after = self._after, []
        for step in steps:
            step()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Coming in by Tab or F6, the current row (Qt makes the first one current, and the
        dock shows its note) is chosen too: Delete, Ctrl+C or a colour then act on the row seen,
        not on nothing. The page stays where it is: Enter or a move goes to a passage."""
        self.taking_focus = True  # the row Qt makes current is not a move to its passage
        try:
            super().focusInEvent(event)
        finally:
            self.taking_focus = False
        current, selection = self.currentIndex(), self.selectionModel()
        if current.isValid() and selection is not None and not selection.hasSelection():
            flag = QItemSelectionModel.SelectionFlag
            selection.select(current, flag.ClearAndSelect | flag.Rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a row asks to go to its passage again; the Menu key and Shift+F10 open its
        context menu, at the row (F2, to edit its note, is the dock's Edit Note… action's)."""
        self.choosing = bool(event.modifiers() & _CHOOSING)
        current = self.currentIndex()
        if is_menu_key(event) and open_current_menu(self):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.return_pressed.emit(current)
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """A context menu asked for from the keyboard is the current row's, at the row."""
        return take_keyboard_menu_event(self, event) or super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A press selects; the click that follows asks for the jump (once)."""
        self.in_mouse_press = True
        self.choosing = bool(event.modifiers() & _CHOOSING)
        self._holding = event.button() == Qt.MouseButton.LeftButton
        try:
            super().mousePressEvent(event)
        finally:
            self.in_mouse_press = False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """The click is over (``clicked`` is said): what waited for it is done."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._holding:
            self._holding = False
            self._gesture_over()

    def scrollTo(
        self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = _ENSURE_VISIBLE
    ) -> None:
        """A row scrolled into view keeps its group's heading (its speech) above it in view.

        Scrolling up to a row, "ensure visible" stops with the row at the top and the
        heading saying whose passage it is cut off: shown from the heading instead when
        heading and row fit the list together (a short list, under other docks).
        """
        super().scrollTo(index, hint)
        group = index.parent()
        if hint != _ENSURE_VISIBLE or not group.isValid():
            return
        heading = self.visualRect(group)
        if heading.top() >= 0 or self.visualRect(index).bottom() - heading.top() >= (
            self.viewport().height()
        ):
            return
        super().scrollTo(group, QAbstractItemView.ScrollHint.PositionAtTop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rows re-wrap their quotes to the new width."""
        super().resizeEvent(event)
        # Rows of one height are folded headings (``GroupExpansion``), whose height no width
        # changes: laying out thousands of them again when the scroll bar came with them
        # doubled the stall of "all speeches" arriving.
        if event.size().width() != event.oldSize().width() and not self.uniformRowHeights():
            self.scheduleDelayedItemsLayout()


FOLD_ABOVE = 300
"""Past this many annotations shown, groups start folded: laying out every row of "all
speeches" (20,000 annotations of a big library) measured each for seconds."""


class GroupExpansion(QObject):
    """Groups unfold when they appear (folded when many), and the user's choices stay.

    The list is rebuilt or changed by every edit, scope switch and filter; the user's choice
    is kept by group (a speech, or the passages not found), not by row. While the list shows
    more than ``FOLD_ABOVE`` annotations, only the groups the user opened are unfolded, so the
    view lays out a heading per speech rather than every row.
    """

    def __init__(
        self,
        view: QTreeView,
        shows_more_than: Callable[[int], bool],
        group_index: Callable[[int | str], QModelIndex] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._shows_more_than = shows_more_than  # counting every match of a filter is not needed
        self._group_index = group_index
        """The view's row of a group by its key, when the model can say (else each is read)."""
        self._folded: set[int | str] = set()
        self._opened: set[int | str] = set()
        self._many = False
        self._restoring = False
        view.collapsed.connect(self._on_view_collapsed)
        view.expanded.connect(self._on_view_expanded)

    def restore(self, *, after_reset: bool = False) -> None:
        """Unfold the groups as the user left them: each one, or only those opened when many.

        One pass in C++ (``expandAll`` or ``collapseAll``: a group's rows have no children of
        their own), then only the exceptions are looked for: "all speeches" has thousands.
        ``after_reset``: the view has just forgotten every unfolding, so folding all is done
        (``collapseAll`` would lay out the thousands of headings once more, at once).
        """
        self._many = self._shows_more_than(FOLD_ABOVE)
        self._restoring = True  # expandAll says "expanded" of each group: not the user's doing
        try:
            if not self._many:
                self._view.expandAll()
            elif not after_reset:
                self._view.collapseAll()
        finally:
            self._restoring = False
        if self._opened if self._many else self._folded:
            self.restore_rows(0, self._view.model().rowCount() - 1, only_exceptions=True)
        self.update_row_heights()

    def update_row_heights(self) -> None:
        """Rows of one height while the list shows only folded group headings.

        The view then measures one heading rather than each of thousands (every "all speeches"
        layout); any open group, or annotations outside groups, need each row measured.
        """
        uniform = self._many and not self._opened and self._only_groups_at_top()
        if uniform != self._view.uniformRowHeights():
            self._view.setUniformRowHeights(uniform)
            self._view.scheduleDelayedItemsLayout()

    def _only_groups_at_top(self) -> bool:
        # Annotations outside groups (one speech's) come before the groups.
        first = self._view.model().index(0, 0)
        return not first.isValid() or bool(first.data(Role.IS_GROUP))

    def restore_rows(self, first: int, last: int, *, only_exceptions: bool = False) -> None:
        """Fold or unfold the top-level groups ``first``…``last`` as the user left them."""
        model = self._view.model()
        exceptions = self._opened if self._many else self._folded
        # Many and none opened: the new rows (a reveal gives the view thousands) come folded
        # already; asking each for its key went through the Python source model.
        rows = range(0) if self._many and not exceptions else range(first, last + 1)
        if self._many and self._group_index is not None and len(exceptions) < len(rows):
            # The few groups opened, found by key: a window of groups far down comes with each
            # annotation selected there, and reading each new row's key was ~5 ms of it.
            self._restore_opened(first, last)
            return
        is_group = getattr(model, "is_group", None)
        for row in rows:
            index = model.index(row, 0)
            if not (is_group(index) if is_group else index.data(Role.IS_GROUP)):
                continue
            key = group_key(index)
            if key in exceptions or not only_exceptions:
                self._restoring = True
                try:
                    self._view.setExpanded(index, self.is_open(key))
                finally:
                    self._restoring = False
        self.update_row_heights()

    def _restore_opened(self, first: int, last: int) -> None:
        """Unfold the groups opened among the top-level rows ``first``…``last`` (many shown: the
        others come folded)."""
        assert self._group_index is not None
        for key in self._opened:
            index = self._group_index(key)
            if index.isValid() and first <= index.row() <= last:
                self._restoring = True
                try:
                    self._view.setExpanded(index, True)
                finally:
                    self._restoring = False
        self.update_row_heights()

    def is_open(self, key: int | str) -> bool:
        """Whether the group ``key`` is to be unfolded, as the user left it."""
        return key in self._opened if self._many else key not in self._folded

    def is_folded(self, key: int | str) -> bool:
        """Whether the user folded the group ``key`` (a speech id or ``ORPHAN_GROUP``)."""
        return key in self._folded

    @Slot(QModelIndex)
    def _on_view_collapsed(self, index: QModelIndex) -> None:
        if not self._restoring:
            self._folded.add(group_key(index))
            self._opened.discard(group_key(index))
            self.update_row_heights()

    @Slot(QModelIndex)
    def _on_view_expanded(self, index: QModelIndex) -> None:
        if not self._restoring:
            self._folded.discard(group_key(index))
            self._opened.add(group_key(index))
            self.update_row_heights()


def group_key(index: QModelIndex) -> int | str:
    """What a group row stands for: its speech's id, or ``ORPHAN_GROUP``."""
    return ORPHAN_GROUP if index.data(Role.IS_ORPHAN_GROUP) else index.data(Role.SPEECH_ID)


class EmptyState(QWidget):
    """Why the list is empty and what to do: a title, a hint, maybe "clear filters"."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self._title = self._label("emptyTitle", 1.1)
        self._hint = self._label("emptyHint", 1.0, MutedLabel(self))
        self._clear = QPushButton(self)
        self._clear.setObjectName("clearFilters")
        self._clear.clicked.connect(self.clear_requested)
        layout.addWidget(self._title)
        layout.addWidget(self._hint)
        layout.addWidget(self._clear, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def _label(self, name: str, scale: float, label: QLabel | None = None) -> QLabel:
        label = label if label is not None else QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
        return label

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self._clear.setText(self.tr("Clear Filters"))

    def show_message(self, title: str, hint: str, offer_clear: bool) -> None:
        """Say ``title`` and ``hint``; offer to clear the filters when they hide everything."""
        self._title.setText(title)
        self._hint.setText(hint)
        # The list's last row gone (Delete), Qt gives this page the keyboard: a screen reader
        # says why the list is empty, not a nameless pane.
        self.setAccessibleName(title)
        self.setAccessibleDescription(hint)
        self._hint.setVisible(bool(hint))
        self._clear.setVisible(offer_clear)

    def changeEvent(self, event: QEvent) -> None:
        """Re-read the texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
