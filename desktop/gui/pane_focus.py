"""F6 and Shift+F6: the keyboard goes from pane to pane, as in an IDE or a mail client.

The panes are the window's large areas (library, page, search results, annotations, terms),
visited in a fixed order; those hidden or not built yet are skipped. Coming back to a pane puts
the keyboard where F6 took it from (the filter box, a row of the list), else in the pane's main
view, else on its first widget that takes the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

Pane = tuple[QWidget | None, QWidget | None]
"""A pane (None: not built yet) and its main view, which the keyboard goes to first."""
PaneList = Callable[[], list[Pane]]
"""The window's panes in visiting order."""


class PaneFocus(QObject):
    """Moves the keyboard to the next or previous visible pane, remembering where it was."""

    def __init__(self, panes: PaneList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes = panes
        self._last: dict[int, QWidget] = {}

    def next_pane(self) -> None:
        """Put the keyboard in the pane after the one that has it."""
        self._step(1)

    def previous_pane(self) -> None:
        """Put the keyboard in the pane before the one that has it."""
        self._step(-1)

    def order_tabs(self) -> None:
        """Tab goes through the panes in the order F6 does (a dock built later takes its place)."""
        from desktop.gui.pane_tab_order import follow_panes  # after the first frame only

        follow_panes(pane for pane, _main in self._panes() if pane is not None)

    def show_or_hide(self, pane: QWidget, shown: bool, page: QWidget) -> None:
        """Show ``pane`` (in front of its tabbed siblings) with the keyboard in it, or hide it,
        giving the keyboard to ``page`` if it was in the pane: its key is how the keyboard
        reaches a pane, and hiding one must not leave the keyboard nowhere."""
        focused = QApplication.focusWidget()
        if not shown and focused is not None and pane.isAncestorOf(focused):
            self._last[id(pane)] = focused  # showing it again returns here
            # Before hiding: else Qt first hands the keyboard to the next widget of the chain
            # (the library's filter box, the search box), which a screen reader says.
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        pane.setVisible(shown)
        if shown:
            pane.raise_()
            self.enter(pane)

    def enter(self, pane: QWidget) -> None:
        """Put the keyboard in ``pane``: where it was, else its main view, else its first
        widget that Tab reaches."""
        widget = self._focus_target(pane)
        if widget is not None:
            widget.window().activateWindow()  # a floating dock is a window of its own
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _visible(self) -> list[QWidget]:
        return [pane for pane, _main in self._panes() if pane is not None and pane.isVisible()]

    def _main_view(self, pane: QWidget) -> QWidget | None:
        return next((main for known, main in self._panes() if known is pane), None)

    def _pane_of(self, widget: QWidget | None, panes: list[QWidget]) -> int | None:
        for index, pane in enumerate(panes):
            if widget is not None and (widget is pane or pane.isAncestorOf(widget)):
                return index
        return None

    def _step(self, direction: int) -> None:
        panes = self._visible()
        if not panes:
            return
        focused = QApplication.focusWidget()
        current = self._pane_of(focused, panes)
        if current is None:
            current = -1 if direction > 0 else 0
        else:
            self._last[id(panes[current])] = focused  # coming back returns here
        self.enter(panes[(current + direction) % len(panes)])

    def _focus_target(self, pane: QWidget) -> QWidget | None:
        """Where the keyboard was in ``pane``, else its main view, else the first of its
        widgets that Tab reaches."""
        remembered = self._last.get(id(pane))
        known = remembered is not None and isValid(remembered)
        if known and pane.isAncestorOf(remembered) and _takes_focus(remembered):
            return remembered
        main = self._main_view(pane)
        if main is not None and _takes_focus(main):
            return main
        if _takes_focus(pane):
            return pane
        from desktop.gui.focus_chain import walk_focus_chain  # a pane without a main view only

        def in_pane(widget: QWidget) -> bool:
            return pane.isAncestorOf(widget) and _takes_focus(widget)

        chain = walk_focus_chain(pane, in_pane)
        return chain[-1] if chain and in_pane(chain[-1]) else None


def _takes_focus(widget: QWidget) -> bool:
    """Whether Tab could reach ``widget`` now: shown, enabled, and taking Tab focus."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )
