"""The occurrences of the term chosen in the terms panel: marked in the reader, stepped through.

The panel hands over the chosen term and its occurrences (``Occurrence``: source, start, end);
``TermStepper`` asks for the marks of those in the speech being read (``marks_requested``) and
moves through all of them with the panel's arrows, asking for another speech of the collection
when the next occurrence is there (``open_hit_requested``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QToolButton

from desktop.core.chinese.terms import Occurrence


class TermStepper(QObject):
    """The chosen term's occurrences, the current one, and the arrows that move through them."""

    marks_requested = Signal(list, int)
    """(ranges in the speech being read, index of the current one or -1)."""
    open_hit_requested = Signal(int, int, int)
    """(speech id, start, end): show this occurrence (in another speech of the collection)."""

    def __init__(self, previous: QToolButton, following: QToolButton, label: QLabel) -> None:
        super().__init__(label)
        self._previous = previous
        self._next = following
        self._label = label
        self._chosen: tuple[str, tuple[Occurrence, ...]] | None = None
        self._step = -1
        self.speech_id: int | None = None
        """The speech being read: its occurrences are the ones marked."""
        previous.clicked.connect(self.previous_occurrence)
        following.clicked.connect(self.next_occurrence)

    def term(self) -> str | None:
        """The chosen term, if any."""
        return self._chosen[0] if self._chosen else None

    def choose(self, term: str, occurrences: Sequence[Occurrence]) -> None:
        """Mark ``term``'s occurrences, none of them current yet."""
        self._chosen = (term, tuple(occurrences))
        self._step = -1
        self.mark(keep_step=False)

    def forget(self) -> None:
        """No term is chosen any more (the lists changed); the marks stay until replaced."""
        self._chosen = None

    def mark(self, keep_step: bool) -> None:
        """Ask for the marks of the chosen term in the speech being read."""
        if self._chosen is None:
            return
        occurrences = self._chosen[1]
        here = [(start, end) for source, start, end in occurrences if source == self.speech_id]
        if not keep_step:
            self._step = -1
        current = -1
        if 0 <= self._step < len(occurrences):
            source, start, end = occurrences[self._step]
            current = here.index((start, end)) if source == self.speech_id else -1
        self.marks_requested.emit(here, current)
        self._update()

    @Slot()
    def next_occurrence(self) -> None:
        """Show the chosen term's next occurrence (wrapping; maybe in another speech)."""
        self._move(1)

    @Slot()
    def previous_occurrence(self) -> None:
        """Show the chosen term's previous occurrence."""
        self._move(-1)

    def _move(self, direction: int) -> None:
        if not self._chosen or not self._chosen[1]:
            return
        occurrences = self._chosen[1]
        self._step = (self._step + direction) % len(occurrences)
        source, start, end = occurrences[self._step]
        if source == self.speech_id:
            self.mark(keep_step=True)
        else:
            self._update()
            self.open_hit_requested.emit(int(source), start, end)

    def _update(self) -> None:
        total = len(self._chosen[1]) if self._chosen else 0
        self._previous.setEnabled(total > 0)
        self._next.setEnabled(total > 0)
        self._label.setText(f"{self._step + 1}/{total}" if total else "")
