"""Room for the page when the window narrows: the docks give way before the reader does.

The reader is what the user came for, so the window keeps its page at least
``READABLE_CHARACTERS`` characters wide at the current font. As the window narrows, the side
docks shrink first (each side down to a floor of its own); when even that leaves the page too
narrow, the right column steps aside (hidden), then, on a very narrow window, the library. A dock
the window hid comes back once the window is wide enough for it again; a dock the user hid is
never shown by the window, and one the user shows again while the window is narrow stays. The
widths the user gave the docks by dragging their separators are kept, and given back as the
window widens. A saved layout restored on a smaller screen fits the same way. When the window
closes, the docks it hid are shown again first, so the saved layout is the user's, not the
narrow window's; and the widths the user gave (``preferred_widths``) are saved beside it, since
the layout holds the narrowed ones: a window quit narrow gives them back when next widened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle

from desktop.gui.reader import ReaderView

READABLE_CHARACTERS = 20
"""The fewest characters a line of the page keeps (CJK characters are one em wide)."""

DOCK_FLOOR = 180
"""The narrowest a side dock is made before it is hidden instead: a tree or list narrower
shows little more than its icons."""

WINDOW_MINIMUM = 480
"""The window's own minimum width, set explicitly so that Qt never widens the window past its
screen to make room for the docks' minimums (the docks step aside instead)."""

RETURN_MARGIN = 16
"""Pixels of room beyond the need before a hidden dock comes back: a window resized back and
forth near the threshold does not make it blink."""

_Area = Qt.DockWidgetArea
_SIDES = (_Area.LeftDockWidgetArea, _Area.RightDockWidgetArea)
_SIDE_NAMES = {_Area.LeftDockWidgetArea: "left", _Area.RightDockWidgetArea: "right"}
_YIELD_ORDER = (_Area.RightDockWidgetArea, _Area.LeftDockWidgetArea)
"""The annotations and tools step aside before the library (which is how one reaches a page)."""


class ReaderRoom(QObject):
    """Keeps a main window's page readable as the window narrows (see the module)."""

    def __init__(
        self, window: QMainWindow, reader: ReaderView, preferred: dict[str, int] | None = None
    ) -> None:
        """Follow ``window``; ``preferred``: the sides' widths the user gave (``preferred_widths``
        of an earlier window), else the widths the docks have now."""
        super().__init__(window)
        self._window = window
        self._reader = reader
        self._yielded: dict[_Area, list[QDockWidget]] = {}
        self._insisted: set[_Area] = set()
        self._preferred: dict[_Area, int] = {}
        self._watched: set[QDockWidget] = set()
        self._fitting = False
        self._stopped = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        window.setMinimumWidth(WINDOW_MINIMUM)
        window.installEventFilter(self)
        reader.font_size_changed.connect(self._on_reader_font_size_changed)
        self._remember_widths()
        for area in _SIDES:  # the user's widths, where the layout restored narrowed ones
            width = (preferred or {}).get(_SIDE_NAMES[area])
            if width is not None and width > 0:
                self._preferred[area] = width
        self.fit()

    def preferred_widths(self) -> dict[str, int]:
        """The sides' widths the user gave (``left``, ``right``), to keep for the next window."""
        return {_SIDE_NAMES[area]: width for area, width in self._preferred.items()}

    @property
    def fit_pending(self) -> bool:
        """A fit is due at the next turn of the event loop (the window was resized)."""
        return self._later.isActive()

    # Measures ---------------------------------------------------------------------------------

    def reader_minimum(self) -> int:
        """The narrowest the reader's viewport (the text and its page margins) is made."""
        document = self._reader.document()
        return round(self._reader.em * READABLE_CHARACTERS + 2 * document.documentMargin())

    def _centre_minimum(self) -> int:
        """The centre's width that leaves the reader's viewport ``reader_minimum``."""
        reader = self._reader
        chrome = 2 * reader.frameWidth() + reader.verticalScrollBar().sizeHint().width()
        return self.reader_minimum() + chrome

    def _floor(self, docks: list[QDockWidget]) -> int:
        """The narrowest a side holding ``docks`` is made, with its separator."""
        own = max(max(d.minimumSizeHint().width(), d.minimumWidth()) for d in docks)
        separator = self._window.style().pixelMetric(
            QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, self._window
        )
        return max(own, DOCK_FLOOR) + separator

    def _shown_in(self, area: _Area) -> list[QDockWidget]:
        """The docks shown (not floating, not hidden) in ``area``."""
        docks = self._window.findChildren(
            QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        return [
            dock
            for dock in docks
            if not dock.isHidden()
            and not dock.isFloating()
            and self._window.dockWidgetArea(dock) == area
        ]

    def _room_needed(self, also: _Area | None = None) -> int:
        """The width that keeps the page readable beside the shown sides (and ``also``'s docks)."""
        need = self._centre_minimum()
        for area in _SIDES:
            docks = self._shown_in(area) or (self._yielded.get(area, []) if area == also else [])
            if docks:
                need += self._floor(docks)
        return need

    # Fitting ----------------------------------------------------------------------------------

    @Slot()
    def fit(self) -> None:
        """Hide or give back docks, and share the width, for the window's width now."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._watch_docks()
            self._forget_reopened()
            self._give_back_where_room()
            self._yield_where_narrow()
            self._share_width()
        finally:
            self._fitting = False

    def give_back(self) -> None:
        """The window is closing: show every dock it hid (its layout is saved next), and stop
        following it (its widgets are torn down after, and must not be fitted then)."""
        if self._stopped:
            return
        self._stopped = True
        for watched in (self._window, *self._watched):
            watched.removeEventFilter(self)
        self._watched.clear()
        self._later.stop()
        self._reader.font_size_changed.disconnect(self._on_reader_font_size_changed)
        for docks in self._yielded.values():
            for dock in docks:
                dock.show()
        self._yielded.clear()

    def _forget_reopened(self) -> None:
        """A dock the window hid that the user showed again is theirs: it stays, here, until
        the window has been wide enough for it."""
        for area, docks in list(self._yielded.items()):
            hidden = [dock for dock in docks if dock.isHidden()]
            if len(hidden) < len(docks):
                self._insisted.add(area)
            self._yielded[area] = hidden
            if not hidden:
                del self._yielded[area]
        if self._room_needed() <= self._window.width():
            self._insisted.clear()

    def _give_back_where_room(self) -> None:
        width = self._window.width()
        for area in reversed(_YIELD_ORDER):
            docks = self._yielded.get(area)
            if docks and self._room_needed(also=area) + RETURN_MARGIN <= width:
                del self._yielded[area]
                for dock in docks:
                    dock.show()

    def _yield_where_narrow(self) -> None:
        width = self._window.width()
        for area in _YIELD_ORDER:
            if self._room_needed() <= width:
                return
            docks = self._shown_in(area)
            if docks and area not in self._insisted:
                self._yielded.setdefault(area, []).extend(docks)
                for dock in docks:
                    dock.hide()

    def _share_width(self) -> None:
        """Each side its preferred width, less what the page needs, down to the sides' floors."""
        sides = [(area, docks) for area in _SIDES if (docks := self._shown_in(area))]
        floors = [self._floor(docks) for _, docks in sides]
        wanted = [self._preferred.get(area, docks[0].width()) for area, docks in sides]
        width = self._window.width()
        centre = self._window.centralWidget()
        centre.setMinimumWidth(max(0, min(self._centre_minimum(), width - sum(floors))))
        targets = shared_widths(wanted, floors, width - self._centre_minimum())
        firsts = [docks[0] for _, docks in sides]
        if any(abs(d.width() - t) > 1 for d, t in zip(firsts, targets, strict=True)):
            self._window.resizeDocks(firsts, targets, Qt.Orientation.Horizontal)

    # Following the window ---------------------------------------------------------------------

    def _remember_widths(self) -> None:
        """The side docks' widths as they are now are the ones the user wants."""
        for area in _SIDES:
            if docks := self._shown_in(area):
                self._preferred[area] = docks[0].width()

    def _watch_docks(self) -> None:
        """Docks built since (a tool dock opened later) are followed as they show and hide."""
        for dock in self._window.findChildren(QDockWidget):
            if dock not in self._watched:
                self._watched.add(dock)
                dock.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit as the window resizes, a dock shows or hides, or a separator is let go."""
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Resize:
            self.fit()  # a dock that must step aside does before this width is laid out
            self._later.start()  # and the widths shared again once the layout has it
        elif watched is self._window and kind == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self, self._remember_widths)  # after the drag's last move
        elif kind in (QEvent.Type.Show, QEvent.Type.Hide) and not self._fitting:
            self._later.start()  # a dock shown or hidden (the user's, or one built since)
        return False

    @Slot(float)
    def _on_reader_font_size_changed(self, _size: float) -> None:
        self._later.start()


def shared_widths(wanted: list[int], floors: list[int], room: int) -> list[int]:
    """The sides' widths: each as ``wanted`` (at least its floor) where ``room`` allows, else
    each given up in proportion to what it has above its floor, down to that floor."""
    wanted = [max(want, floor) for want, floor in zip(wanted, floors, strict=True)]
    slacks = [want - floor for want, floor in zip(wanted, floors, strict=True)]
    cut = min(sum(wanted) - room, sum(slacks))
    if cut <= 0:
        return wanted
    cuts = [cut * slack // sum(slacks) for slack in slacks]
    for index, slack in enumerate(slacks):  # the pixels rounding left, where there is slack
        extra = min(cut - sum(cuts), slack - cuts[index])
        cuts[index] += extra
    return [want - given for want, given in zip(wanted, cuts, strict=True)]
