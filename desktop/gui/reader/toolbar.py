"""The small floating toolbar that appears over a selection: five colours, note, copy, cite.

It is a child of the reader's viewport (not a popup window), so it never takes focus from the
text, moves with the page and needs no window-manager help. Its buttons show the registry's
actions, so they do exactly what the keys and the context menu do.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

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

    def show_near(self, selection: QRect) -> None:
        """Show centred above ``selection`` (viewport coordinates), or below it without room."""
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
