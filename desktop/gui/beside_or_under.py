"""A line of text and its buttons: on one row where the text fits beside them, else the text
across the panel and the buttons under it.

A panel's counts ("命中 145 处 · 涉及 4 篇讲话") beside Copy Table and Export CSV read well in
a dock along the bottom of the window, but a dock at the side (some 300 px at 1366 wide)
squeezed them into a tall column of a few characters a line. A fixed layout cannot do both,
so the row turns into a column when the text no longer fits, and back when it does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.gui.row_or_column import RowOrColumn


class BesideOrUnder(RowOrColumn):
    """``label`` with ``buttons`` at its right, or above them when it would have to wrap."""

    def __init__(self, label: QLabel, buttons: Sequence[QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self._layout.addWidget(label, 1)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)  # at the right, under the text as beside it
        for button in buttons:
            button.setParent(self)
            self._buttons.addWidget(button)
        self._layout.addLayout(self._buttons)

    def needed_width(self) -> int:
        """The text on one line beside the buttons' width."""
        text = "" if self.label.isHidden() else self.label.text()
        needed = self.label.fontMetrics().horizontalAdvance(text)
        return needed + self._layout.spacing() + self._buttons.sizeHint().width()
