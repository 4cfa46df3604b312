"""Walking Qt's focus chain (Tab's order) from Python without breaking unrelated wrappers.

PySide records the widget ``nextInFocusChain`` returns as the Python child of the widget asked,
so deleting the one asked later (a speaker chip, a list's editor, a dialog's button) marks the
next one deleted too while it lives on (the search list's scroll bar, a progress dialog's
Cancel, the speaker box's note), and asking the chain's last widget for the window makes the
window itself that widget's child. Every walk goes through here: it stops as soon as it has
what it wants, steps over the window, then asks each window walked for its widgets, which
gives each wrapper its true parent back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def walk_focus_chain(start: QWidget, stop: Callable[[QWidget], bool]) -> list[QWidget]:
    """The widgets after ``start`` in Tab's chain up to the first that ``stop`` is true of
    (the last one returned), else round to (not including) ``start``."""
    window = start.window()
    # The chain goes round through the window: asked of its last widget, the window would
    # become that widget's child. Asked of the window instead, the last widget becomes the
    # window's (a child's child: put back below), and the walk steps over the window.
    last = window.previousInFocusChain()

    def after(widget: QWidget) -> QWidget | None:
        if widget is last:
            return None if start is window else window.nextInFocusChain()
        return widget.nextInFocusChain()

    chain: list[QWidget] = []
    widget = after(start)
    while widget is not None and widget is not start and widget is not window:
        chain.append(widget)
        if stop(widget):
            break
        widget = after(widget)
    for window in {id(w.window()): w.window() for w in (start, *chain)}.values():
        window.findChildren(QWidget)  # each child back under its own parent
    return chain
