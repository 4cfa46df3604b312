"""A line of text and its buttons: on one row where the text fits beside them, else the text
across the panel and the buttons under it.

A panel's counts ("命中 145 处 · 涉及 4 篇讲话") beside Copy Table and Export CSV read well in
a dock along the bottom of the window, but a dock at the side (some 300 px at 1366 wide)
squeezed them into a tall column of a few characters a line. A fixed layout cannot do both,
so the row turns into a column when the text no longer fits, and back when it does. A link
after the text (the search's "批注中 2 处") follows it on its line, or goes under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.gui.row_or_column import RowOrColumn

# A space before a figure, or between a figure and its word ("Speeches: 5", "命中 145 处"):
# made non-breaking so a wrap falls at the " · " between counts, never inside one.
_INSIDE_A_COUNT = re.compile(r"(?<=\S) (?=\d)|(?<=\d) (?=[^\s·])")


def keep_counts_whole(text: str) -> str:
    """``text`` with each count kept on one line with its words (non-breaking spaces)."""
    return _INSIDE_A_COUNT.sub("\u00a0", text)


class LineLabel(QLabel):
    """A wrapping label that asks for its text's width on one line (a wrapping QLabel's hint
    is a guess at a pleasing shape, narrower), and wraps only when given less."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The text on one line, as high as it is then."""
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
        width += 2 * self.margin() + 1  # a pixel against rounding, which would wrap its end
        return QSize(width, self.heightForWidth(width))


class BesideOrUnder(RowOrColumn):
    """``label`` with ``buttons`` at its right, or above them when it would have to wrap;
    ``link`` (shown or hidden) right after the label's text, or under it."""

    def __init__(
        self,
        label: QLabel,
        buttons: Sequence[QWidget],
        parent: QWidget,
        link: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.link = link
        label.setParent(self)
        # Beside a link the label takes its text's width (``LineLabel``), the link at its
        # end; beside nothing it takes the room.
        self._layout.addWidget(label, 0 if link is not None else 1)
        if link is not None:
            link.setParent(self)
            self._layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)  # at the right, under the text as beside it
        for button in buttons:
            button.setParent(self)
            self._buttons.addWidget(button)
        self._layout.addLayout(self._buttons, 1 if link is not None else 0)

    def needed_width(self) -> int:
        """The text on one line, its link, beside the buttons' width."""
        text = "" if self.label.isHidden() else self.label.text()
        needed = self.label.fontMetrics().horizontalAdvance(text)
        if self.link is not None and not self.link.isHidden():
            needed += self._layout.spacing() + self.link.sizeHint().width()
        return needed + self._layout.spacing() + self._buttons.sizeHint().width()
