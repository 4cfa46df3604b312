"""The breadcrumb above the reader: collection › speech › section › subsection at the position.

Each crumb after the collection is a flat button that jumps to where its part begins. The bar
takes the reader's page colours, so page and breadcrumb read as one surface. A screen reader
hears each crumb whole (the screen shows it cut short) and what a button does.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from desktop.gui.theme import Theme

MAX_CRUMB_CHARACTERS = 18
"""A crumb longer than this is cut with an ellipsis (its tooltip shows it whole)."""

MAX_CONTEXT_CHARACTERS = 10
"""The collection and speech crumbs, context rather than place, are cut shorter."""

SEPARATOR = "›"


# A NamedTuple, not a dataclass: start-up makes it (bench/README.md, "startup").
class Crumb(NamedTuple):
    """One part of the path: its text and where it starts (None: not a place to jump to)."""

    text: str
    offset: int | None = None


def elide(text: str, limit: int = MAX_CRUMB_CHARACTERS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Breadcrumb(QWidget):
    """A row of crumbs; clicking one asks to jump to its offset."""

    crumb_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breadcrumb")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(14, 5, 14, 5)
        self._layout.setSpacing(2)
        self._crumbs: list[Crumb] = []
        self.buttons: list[QToolButton] = []
        self._name()

    def _name(self) -> None:
        """The bar's and the buttons' words for a screen reader, in the UI's language."""
        self.setAccessibleName(self.tr("Place in the speech"))
        for button in self.buttons:
            button.setAccessibleDescription(self.tr("Go to where this part begins"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Say the words again in a new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def crumbs(self) -> list[Crumb]:
        """The path shown."""
        return list(self._crumbs)

    def set_path(self, crumbs: list[Crumb]) -> None:
        """Show ``crumbs`` (nothing changes if they are the ones shown)."""
        if crumbs == self._crumbs:
            return
        self._crumbs = list(crumbs)
        self._clear()
        for number, crumb in enumerate(crumbs):
            if number:
                separator = QLabel(SEPARATOR, self)
                separator.setObjectName("crumbSeparator")
                self._layout.addWidget(separator)
            last = number == len(crumbs) - 1
            limit = MAX_CRUMB_CHARACTERS if last or number > 1 else MAX_CONTEXT_CHARACTERS
            widget = self._crumb_widget(crumb, elide(crumb.text, limit), last=last)
            # Each crumb keeps the width of its (already shortened) text; Qt would otherwise
            # squeeze them unevenly, cutting some in the middle.
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            self._layout.addWidget(widget)
        self._layout.addStretch(1)

    def _crumb_widget(self, crumb: Crumb, text: str, *, last: bool) -> QWidget:
        if crumb.offset is None:
            label = QLabel(text, self)
            label.setObjectName("crumbLabel")
            label.setToolTip(crumb.text)
            label.setAccessibleName(crumb.text)  # whole, not as cut for the screen
            return label
        button = QToolButton(self)
        button.setObjectName("crumbCurrent" if last else "crumb")
        button.setText(text)
        button.setToolTip(crumb.text)
        button.setAccessibleName(crumb.text)
        button.setAccessibleDescription(self.tr("Go to where this part begins"))
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        offset = crumb.offset
        button.clicked.connect(lambda _checked=False: self.crumb_clicked.emit(offset))
        self.buttons.append(button)
        return button

    def _clear(self) -> None:
        self.buttons = []
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def apply_theme(self, colours: Theme) -> None:
        """Take the page's colours: background, muted separators, the current crumb stronger."""
        muted, heading = colours.color("muted").name(), colours.color("heading").name()
        self.setStyleSheet(
            f"""
            QWidget#breadcrumb {{
                background: {colours.background};
                border-bottom: 1px solid {_blend(muted, colours.background)};
            }}
            QLabel#crumbLabel, QLabel#crumbSeparator {{ color: {muted}; }}
            QToolButton#crumb, QToolButton#crumbCurrent {{
                color: {muted}; border: none; border-radius: 4px; padding: 2px 5px;
            }}
            QToolButton#crumbCurrent {{ color: {heading}; font-weight: 600; }}
            QToolButton#crumb:hover, QToolButton#crumbCurrent:hover {{
                background: {_blend(muted, colours.background, 0.16)};
                color: {heading};  /* the grey would fall to 4.2:1 on the hover's wash */
            }}
            """
        )


def _blend(colour: str, background: str, amount: float = 0.28) -> str:
    """``colour`` laid over ``background`` at ``amount`` opacity, as ``#rrggbb``."""
    fore = [int(colour.lstrip("#")[-6:][i : i + 2], 16) for i in (0, 2, 4)]
    back = [int(background.lstrip("#")[-6:][i : i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(f * amount + b * (1 - amount)) for f, b in zip(fore, back, strict=True)]
    return "#" + "".join(f"{value:02x}" for value in mixed)
