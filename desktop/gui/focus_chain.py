"""Walking Qt's focus chain (Tab's order) from Python without breaking unrelated wrappers.

PySide records the widget ``nextInFocusChain`` returns as the Python child of the widget asked,
so deleting the one asked later (a line edit's clear button, a list's editor, a dialog's
button) marks the next one deleted too while it lives on (the search list's scroll bar, a
progress dialog's Cancel, the search panel's filter row). Every walk goes through here, which
asks each window walked for its widgets afterwards: that gives each wrapper its true parent back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def focus_chain(start: QWidget) -> list[QWidget]:
    """The widgets after ``start`` in Tab's chain, round to (not including) ``start``."""
    chain: list[QWidget] = []
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for window in {id(w.window()): w.window() for w in (start, *chain)}.values():
        window.findChildren(QWidget)  # each child back under its own parent
    return chain
