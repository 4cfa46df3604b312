"""The search results' lines as the full-width punctuation option shows them.

A mixin of ``SearchResultsModel``. A line's section and context are converted when the row is
first shown with the option on and kept on the row with the setting they were made for: a
repaint reads them, a change of the option makes them again (``models.fullwidth_text``).
A speech row's title (and its collection's) is converted once a row too, kept on the row.
Sorting, copying and exporting read the canonical snippet and titles, never these. Hits in
notes are shown as written: a note is the user's words, which the note editor shows as typed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.models.fullwidth_text import shown_parts, shown_text
from desktop.models.search_nodes import Column, LineNode, SpeechInfo, SpeechNode

if TYPE_CHECKING:
    from desktop.models.search_results_model import SearchResultsModel

    _Base = SearchResultsModel
else:
    _Base = object

_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]


class ShownTextsMixin(_Base):
    """Lines shown with or without full-width punctuation, converted once per row."""

    _fullwidth = False

    def fullwidth_punctuation(self) -> bool:
        """Whether lines show Latin punctuation in Chinese context as full-width."""
        return self._fullwidth

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Show the lines with (or without) full-width punctuation; the rows made repaint."""
        if enabled == self._fullwidth:
            return
        self._fullwidth = enabled
        last = len(Column) - 1
        if self._speeches:  # their titles
            bottom = self.index(len(self._speeches) - 1, Column.WHERE)
            self.dataChanged.emit(self.index(0, Column.WHERE), bottom, _ROLES)
        for speech in self._speeches:
            if speech.lines:  # only fetched lines are rows
                parent = self.createIndex(speech.row, 0, speech)
                bottom = self.index(len(speech.lines) - 1, last, parent)
                self.dataChanged.emit(self.index(0, 0, parent), bottom, _ROLES)

    def _shown_info(self, speech: SpeechNode) -> SpeechInfo:
        """What names ``speech``'s row now: its titles as the option shows them."""
        info = speech.info
        if not self._fullwidth:
            return info
        if speech.shown is None or speech.shown[0] is not info:
            title, collection = (shown_text(text, True) for text in (info.title, info.collection))
            speech.shown = (info, replace(info, title=title, collection=collection))
        return speech.shown[1]

    def _shown(self, line: LineNode) -> tuple[str, str, str, str]:
        """(section, left, hit, right) as shown now."""
        fullwidth = self._fullwidth and not (self._outcome and self._outcome.notes_only)
        shown = line.shown
        if shown is None or shown[0] != fullwidth:
            snippet = self._snippet(line)
            parts = shown_parts((snippet.left, snippet.match, snippet.right), fullwidth)
            section = shown_text(self._section(line), fullwidth)
            shown = line.shown = (fullwidth, section, *parts)  # type: ignore[assignment]
        return shown[1:]  # type: ignore[return-value]

    def _shown_text(self, line: LineNode, column: int) -> str:
        return self._shown(line)[column]

    def _shown_tip(self, line: LineNode) -> str:
        section, left, match, right = self._shown(line)
        return f"{section}\n{left}{match}{right}" if section else f"{left}{match}{right}"
