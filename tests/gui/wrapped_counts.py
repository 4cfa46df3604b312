"""Where a summary label's counts fall when its text wraps, for the tests of the panels and
dialogs that count: a wrap belongs between counts, never inside one ("…Speeches:⏎5")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel


def wrapped_lines(label: QLabel, width: int) -> list[str]:
    """The label's lines as it wraps them at ``width`` (words kept whole)."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption(Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def counts_split(label: QLabel) -> list[list[str]]:
    """Each wrapping of the label, from one line down to a few characters wide, where a line
    starts with a figure (its words left on the line before) or a figure's word does."""
    metrics = label.fontMetrics()
    widest, step = metrics.horizontalAdvance(label.text()), metrics.averageCharWidth()
    split = []
    for width in range(widest, step * 6, -step):
        lines = [line.strip() for line in wrapped_lines(label, width)]
        pairs = zip(lines, lines[1:], strict=False)
        if any(b[:1].isdigit() or a[-1:].isdigit() and b[:1] != "·" for a, b in pairs):
            split.append(lines)
    return split


def at_one_and_a_half(label: QLabel) -> None:
    """The label's font as at 1.5× (its text wraps sooner)."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    label.setFont(font)


def as_read(label: QLabel) -> str:
    """The label's text as read: its non-breaking spaces (a count kept whole) as spaces."""
    return label.text().replace("\u00a0", " ")
