"""The texts Qt's own dialogs and menus show, read from their widgets, for the language tests.

Every text a user can read is taken: window titles, labels, buttons (and their tooltips), group
boxes, tabs, combo box items, list headers and the actions of menus and tool bars, hidden
widgets included (a page of the dialog not shown yet still shows later).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

NAMES_AND_UNITS = frozenset({"PDF", "ANSI", "JIS", "DL", "CC", "DD", "in", "mm", "pt"})
"""Latin letters that are no English word: the format, paper standards and units, which Qt's
Chinese catalogue keeps as they are (纸张 "JIS B5", "10 x 11 in")."""

_SHORTCUT = re.compile(r"\t.*$")
_ACCESS_KEY = re.compile(r"\(&.\)|&(?=\S)")
_GLOSS = re.compile(r"\([^()]*\)")  # Qt's Chinese glosses a name: 美国信纸 (Letter)
_WORD = re.compile(r"[A-Za-z]{2,}")


def widget_texts(widget: QWidget) -> list[str]:
    """Every text ``widget`` and the widgets and actions inside it show."""
    found = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        found += _own_texts(child)
    for action in widget.findChildren(QAction):
        found += [action.text(), action.toolTip()]
    return [text for text in found if text]


def _own_texts(child: QWidget) -> list[str]:
    texts = [action.text() for action in child.actions()]
    if isinstance(child, QLabel):
        texts.append(child.text())
    if isinstance(child, QAbstractButton):
        texts += [child.text(), child.toolTip()]
    if isinstance(child, QGroupBox):
        texts.append(child.title())
    if isinstance(child, QTabWidget):
        texts += [child.tabText(index) for index in range(child.count())]
    if isinstance(child, QComboBox):
        texts += [child.itemText(index) for index in range(child.count())]
    if isinstance(child, QLineEdit):
        texts.append(child.placeholderText())
    if isinstance(child, QAbstractItemView) and child.model() is not None:
        model = child.model()
        horizontal = Qt.Orientation.Horizontal
        texts += [str(model.headerData(c, horizontal)) for c in range(model.columnCount())]
    return texts


def english_words(text: str) -> list[str]:
    """The English words of a text meant to be Chinese (names, units and paths aside)."""
    if text.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", text):
        return []  # a folder: the user's own names
    plain = _GLOSS.sub("", _ACCESS_KEY.sub("", _SHORTCUT.sub("", text)))
    return [word for word in _WORD.findall(plain) if word not in NAMES_AND_UNITS]


def english_texts(texts: list[str]) -> list[str]:
    """The texts holding an English word, each once, sorted."""
    return sorted({text for text in texts if english_words(text)})
