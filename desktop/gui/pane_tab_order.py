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

from desktop.gui.focus_chain import walk_focus_chain


def follow_panes(panes: Iterable[QWidget]) -> None:
    """Link Tab's chain through ``panes`` in the order given, each pane's stops in their order."""
    previous: QWidget | None = None
    for pane in panes:
        if pane.isWindow():  # floating: Tab goes round it alone
            continue
        for widget in _tab_stops(pane):
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget


def _tab_stops(pane: QWidget) -> list[QWidget]:
    """The widgets in ``pane`` that take the keyboard, in Tab's order now."""
    window = pane.window()
    wanted = {
        widget
        for widget in pane.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.window() is window
    }
    remaining = set(wanted)

    def found_all(widget: QWidget) -> bool:
        remaining.discard(widget)
        return not remaining

    # The pane was made before its widgets: they follow it in the chain.
    return [widget for widget in walk_focus_chain(pane, found_all) if widget in wanted]
