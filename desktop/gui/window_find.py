"""The main window's find bar: Ctrl+F, F3 and Shift+F3 in the speech being read, its hits marked.

A mixin of ``MainWindow`` through ``window_search.SearchToolsMixin`` (its base), kept apart so
that file stays about the library's search tools (it was at the 400-line limit). The mixin loads
with the window; the bar itself (``find_bar``) is built, and its module loaded, at the first Ctrl+F:
the first frame counts its modules (tests/gui/test_app.py) and shows no find bar.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from desktop.gui.actions import ActionId

if TYPE_CHECKING:
    from desktop.gui.find_bar import FindBar
    from desktop.gui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class FindBarMixin(_Base):
    """Find in the speech: the bar under the reader, built on first use."""

    def _build_find_bar(self) -> None:
        """Bind Find, Find Next and Find Previous; the bar itself waits for its first use."""
        self._find_bar: FindBar | None = None
        registry = self.registry
        registry.bind(ActionId.FIND, self.open_find_bar)
        registry.bind(ActionId.FIND_NEXT, lambda: self.find_bar.find_next())
        registry.bind(ActionId.FIND_PREVIOUS, lambda: self.find_bar.find_previous())

    @property
    def find_bar(self) -> FindBar:
        """The find bar under the reader, built on first use."""
        if self._find_bar is None:
            from desktop.gui.find_bar import FindBar  # with Ctrl+F, not at the first frame

            bar = FindBar(self)
            self.centralWidget().layout().addWidget(bar)
            # Tab goes from the page to the bar under it, not round the docks first.
            chain = [self.reader, bar.edit, bar.previous_button, bar.next_button, bar.close_button]
            for before, after in itertools.pairwise(chain):
                QWidget.setTabOrder(before, after)
            bar.matches_changed.connect(self._on_find_bar_matches_changed)
            bar.closed.connect(self._on_find_bar_closed)
            bar.left_on.connect(self.reader.select_range)
            speech = self.current_speech()
            bar.set_text(speech.text if speech is not None else "")
            self.take_file_drops(bar)  # a file dropped on its box is imported, not typed in
            self._find_bar = bar
        return self._find_bar

    def _selected_words(self) -> str | None:
        """The words selected in the reader if a few are (one line, at most 100 characters):
        what Find and Search Library start from."""
        selected = self.reader.selected_range()
        speech = self.current_speech()
        if selected is None or speech is None:
            return None
        words = speech.text[selected[0] : selected[1]].strip()
        return words if words and "\n" not in words and len(words) <= 100 else None

    def open_find_bar(self) -> None:
        """Ctrl+F: the find bar, holding the selected words if a few are selected."""
        self.find_bar.open_bar(self.reader.current_offset(), self._selected_words())

    @Slot(list, int)
    def _on_find_bar_matches_changed(self, ranges: list[tuple[int, int]], current: int) -> None:
        from desktop.gui.find_bar import LAYER as FIND_LAYER

        self.reader.set_marks(FIND_LAYER, ranges, current if current >= 0 else None)
        if current >= 0:
            self.reader.reveal_offset(ranges[current][0])

    @Slot()
    def _on_find_bar_closed(self) -> None:
        from desktop.gui.find_bar import LAYER as FIND_LAYER

        self.reader.clear_marks(FIND_LAYER)
        self.reader.setFocus()
