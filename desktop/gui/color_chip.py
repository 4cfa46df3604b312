"""A colour chip: the flat, checkable swatch button that filters by a highlight colour.

The annotations dock's filter bar and the export dialog's filters both show one per colour,
in a row that Tab enters once (``ChipRow``). Its swatch follows a theme change by itself
(``swatch_icon``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.core.annotation import Color
from desktop.gui.actions import SWATCHES, swatch_icon


def color_chip(color: Color, object_name: str, icon_px: int, parent: QWidget) -> QToolButton:
    """A checkable chip showing ``color``'s swatch at ``icon_px`` pixels."""
    chip = QToolButton(parent)
    chip.setObjectName(object_name)
    chip.setIcon(swatch_icon(SWATCHES[color]))
    chip.setCheckable(True)
    chip.setAutoRaise(True)
    chip.setIconSize(QSize(icon_px, icon_px))
    return chip


_STEPS = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
}


class ChipRow(QObject):
    """One Tab stop for a row of chips, as a toolbar is: the arrows (Home, End) move between
    them and Space presses one. Five chips in the Tab chain made the keyboard pass every
    colour to reach the list below them."""

    def __init__(self, chips: Sequence[QToolButton], parent: QObject) -> None:
        """Chain ``chips``; the first is the row's Tab stop until another takes the focus."""
        super().__init__(parent)
        self._chips = list(chips)
        for chip in self._chips:
            chip.installEventFilter(self)
        self._make_stop(self._chips[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Arrows move along the row; the chip that has the focus becomes its Tab stop."""
        if watched not in self._chips:
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._make_stop(watched)  # type: ignore[arg-type]
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            target = self._target(self._chips.index(watched), event)  # type: ignore[arg-type]
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    def _target(self, index: int, event: QKeyEvent) -> QToolButton | None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        key = event.key()
        if key == Qt.Key.Key_Home:
            return self._chips[0]
        if key == Qt.Key.Key_End:
            return self._chips[-1]
        step = _STEPS.get(key)
        if step is None:
            return None
        return self._chips[(index + step) % len(self._chips)]

    def _make_stop(self, stop: QToolButton) -> None:
        for chip in self._chips:
            chip.setFocusPolicy(Qt.FocusPolicy.TabFocus if chip is stop else Qt.FocusPolicy.NoFocus)
