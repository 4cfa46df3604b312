"""The small floating toolbar that appears over a selection: five colours, note, copy, cite.

It is a child of the reader's viewport (not a popup window), so it never takes focus from the
text, moves with the page and needs no window-manager help. Its buttons show the registry's
actions, so they do exactly what the keys and the context menu do.

While a modal dialog blocks its window (a message box, the app's dialogs, a file dialog: Qt
tells the window with WindowBlocked) it hides: left over the page with 检查文库's result box
up (the QA walk), it looked usable while nothing could be clicked. When the window is usable
again it asks to be offered again (``modal_closed``): the reader shows it if the selection is
still there. Menus block nothing: they are popups drawn above it, and it stays.

``ToolbarPlacement``, a mixin of ``ReaderView``, makes it on first use and shows it by the
selection, follows the selection as the page scrolls or resizes, and hides it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from desktop.gui.actions import HIGHLIGHT_COLORS, ActionId
from desktop.gui.theme import ThemeName

if TYPE_CHECKING:
    from desktop.gui.reader.view import ReaderView

    _Base = ReaderView
else:
    _Base = object

GAP = 8
"""Pixels between the selection and the toolbar."""

_STYLE = """
QFrame#selectionToolbar {{
    background: {background};
    border: 1px solid {border};
    border-radius: 9px;
}}
QFrame#selectionToolbar QToolButton {{
    color: {text};
    background: transparent;
    border: none;
    border-radius: 6px;
    padding: 3px 7px;
}}
QFrame#selectionToolbar QToolButton:hover {{ background: {hover}; }}
QFrame#selectionToolbar QToolButton:pressed {{ background: {pressed}; }}
QFrame#selectionToolbar QFrame#separator {{ background: {border}; }}
"""


class SelectionToolbar(QFrame):
    """A row of buttons for the given colour actions and command actions."""

    modal_closed = Signal()
    """The modal dialog that hid the toolbar has closed: offer it again if there is a selection."""

    def __init__(
        self, colour_actions: list[QAction], command_actions: list[QAction], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(5, 4, 5, 4)
        layout.setSpacing(1)
        self.buttons: dict[str, QToolButton] = {}
        for action in colour_actions:
            self._add_button(layout, action, Qt.ToolButtonStyle.ToolButtonIconOnly)
        separator = QFrame(self)
        separator.setObjectName("separator")
        separator.setFixedSize(1, 18)
        layout.addWidget(separator)
        for action in command_actions:
            self._add_button(layout, action, Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.set_dark(False)
        self.hide()
        self._blocked = False  # a modal dialog blocks the window
        self._wanted = False  # shown when the modal dialog came: offer it again after
        self._watched: QWidget | None = None
        self._watch_window()

    def _add_button(self, layout: QHBoxLayout, action: QAction, style: Qt.ToolButtonStyle) -> None:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(style)
        button.setIconSize(QSize(18, 18))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        layout.addWidget(button)
        self.buttons[action.objectName()] = button

    def set_dark(self, page_is_dark: bool) -> None:
        """Contrast with the page: a dark bubble over light pages, a lighter one over dark."""
        colours = (
            {"background": "#45474d", "border": "#5c5f66", "text": "#f2f2f2"}
            if page_is_dark
            else {"background": "#2c2c2e", "border": "#1c1c1e", "text": "#f5f5f5"}
        )
        self.setStyleSheet(
            _STYLE.format(
                hover="rgba(255,255,255,0.16)", pressed="rgba(255,255,255,0.28)", **colours
            )
        )

    def dismiss(self) -> None:
        """Hide, and stay hidden after a modal dialog (the selection went, or the user said so)."""
        self._wanted = False
        self.hide()

    def _watch_window(self) -> None:
        """Listen to the top-level window for WindowBlocked (it comes to windows only)."""
        window = self.window()
        if window is self._watched:
            return
        if self._watched is not None:
            self._watched.removeEventFilter(self)
        self._watched = window
        self._blocked = False  # a new window: its own WindowBlocked will say
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Hide while a modal dialog blocks the window; ask to come back when it closes."""
        kind = event.type()
        if kind == QEvent.Type.WindowBlocked:
            self._blocked = True
            if self.isVisible():
                self._wanted = True
                self.hide()
        elif kind == QEvent.Type.WindowUnblocked:
            self._blocked = False
            if self._wanted:
                self._wanted = False
                self.modal_closed.emit()
        return super().eventFilter(watched, event)

    def show_near(self, selection: QRect) -> None:
        """Show centred above ``selection`` (viewport coordinates), or below it without room;
        while a modal dialog blocks the window, only once it closes."""
        self._watch_window()
        if self._blocked:
            self._wanted = True
            return
        self.adjustSize()
        area = self.parentWidget().rect()
        size = self.sizeHint()
        x = selection.center().x() - size.width() // 2
        y = selection.top() - size.height() - GAP
        if y < area.top():
            y = selection.bottom() + GAP
        if y + size.height() > area.bottom():
            y = max(area.top(), min(selection.top(), area.bottom()) - size.height() - GAP)
        x = max(area.left() + GAP, min(x, area.right() - size.width() - GAP))
        self.setGeometry(x, y, size.width(), size.height())
        self.show()
        self.raise_()


class ToolbarPlacement(_Base):
    """The reader's side of the floating toolbar: made on first use, shown by the selection,
    moved with it, hidden."""

    @property
    def _toolbar(self) -> SelectionToolbar:
        """The floating toolbar, made on first use (its style sheet is not start-up work)."""
        if self._toolbar_widget is None:
            self._toolbar_widget = SelectionToolbar(
                self._registry.actions(list(HIGHLIGHT_COLORS)),
                self._registry.actions(
                    [ActionId.ADD_NOTE, ActionId.COPY, ActionId.COPY_WITH_CITATION]
                ),
                self.viewport(),
            )
            self._toolbar_widget.set_dark(self._style.theme.name == ThemeName.DARK)
            self._toolbar_widget.modal_closed.connect(self.offer_selection_toolbar)
        return self._toolbar_widget

    def _toolbar_shown(self) -> bool:
        return self._toolbar_widget is not None and self._toolbar_widget.isVisible()

    def _hide_toolbar(self) -> None:
        if self._toolbar_widget is not None:
            self._toolbar_widget.dismiss()

    def hide_selection_toolbar(self) -> None:
        """Hide the floating toolbar, if it shows."""
        self._hide_toolbar()

    def offer_selection_toolbar(self) -> None:
        """Show the floating toolbar by the text's selection, if it has one."""
        if self.textCursor().hasSelection():
            self._show_toolbar()

    def _show_toolbar(self) -> None:
        rect = self._selection_rect()
        if rect is None:
            self._hide_toolbar()
        else:
            self._toolbar.show_near(rect)

    def _reposition_toolbar(self) -> None:
        if self._toolbar_shown():
            self._show_toolbar()

    def _selection_rect(self) -> QRect | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.cursorRect(self._cursor_at_position(cursor.selectionStart()))
        end = self.cursorRect(self._cursor_at_position(cursor.selectionEnd()))
        if end.bottom() < 0 or start.top() > self.viewport().height():
            return None
        same_line = start.top() == end.top()
        centre = (start.left() + end.left()) // 2 if same_line else self.viewport().width() // 2
        rect = QRect(centre - 1, start.top(), 2, end.bottom() - start.top())
        return rect if self._plate_mouse is None else self._plate_mouse.selection_rect(rect)

    @property
    def selection_toolbar(self) -> SelectionToolbar:
        """The floating toolbar (for the window's tests and tours)."""
        return self._toolbar
