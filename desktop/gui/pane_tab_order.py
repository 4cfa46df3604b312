"""Tab's order between the window's panes: the order F6 visits them, whichever was built first.

Qt puts a widget in Tab's chain when it is made, so a dock built on demand joined the chain after
every dock built before it (page → annotations → search → terms, while F6 and the screen go page
→ search → annotations → terms). Relinking the panes' own stops in F6's order, each pane keeping
its inner order, makes one order for both keys; a hidden or tabbed-away dock is skipped by Tab
as by F6, and a floating one is a window of its own, with its own Tab.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def follow_panes(panes: Iterable[QWidget]) -> None:
    """Link Tab's chain through ``panes`` in the order given, each pane's stops in their order."""
    previous: QWidget | None = None
    window: QWidget | None = None
    for pane in panes:
        if pane.isWindow():  # floating: Tab goes round it alone
            continue
        window = pane.window()
        for widget in _tab_stops(pane):
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
    if window is not None:
        # PySide makes the widget ``nextInFocusChain`` returns the Python child of the one
        # asked, so that deleting the one asked (a list's editor, a dialog's button) marks the
        # next one deleted too, in use or not (the search list's scroll bar, a progress
        # dialog's Cancel). Asking each widget's parent for it gives each its true parent back.
        window.findChildren(QWidget)


def _tab_stops(pane: QWidget) -> list[QWidget]:
    """The widgets in ``pane`` that take the keyboard, in Tab's order now."""
    window = pane.window()
    wanted = {
        widget
        for widget in pane.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.window() is window
    }
    stops: list[QWidget] = []
    widget = pane.nextInFocusChain()  # the pane was made before its widgets
    while wanted and widget is not None and widget is not pane:
        if widget in wanted:
            wanted.discard(widget)
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops
