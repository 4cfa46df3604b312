"""The full-width punctuation option given to the lists that show the speeches' words.

The search results, the concordance and the annotations list take the option through a
``set_fullwidth_punctuation`` of their model or delegate (``models.fullwidth_text``). The window
gives it to every one built (when the option changes) and to each as it is built: the panes
are made on demand and hold no reference to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import QAbstractItemDelegate


def show_fullwidth_punctuation(root: QObject, enabled: bool) -> None:
    """Set the option on every model and delegate under ``root`` that takes it."""
    parts: list[QObject] = [*root.findChildren(QAbstractItemModel)]
    parts += root.findChildren(QAbstractItemDelegate)
    for part in parts:
        setter = getattr(part, "set_fullwidth_punctuation", None)
        if setter is not None:
            setter(enabled)
