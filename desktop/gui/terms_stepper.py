"""The occurrences of the term chosen in the terms panel: marked in the reader, stepped through.

The panel hands over the chosen term and its occurrences (``Occurrence``: source, start, end);
``TermStepper`` asks for the marks of those in the speech being read (``marks_requested``) and
moves through all of them with the panel's arrows, asking for another speech of the collection
when the next occurrence is there (``open_hit_requested``). A whole-library keyword comes with no
occurrences (``choose_word``): its ``WordSteps`` finds the speeches holding it and the places in
each as the arrows reach them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from desktop.gui.terms_word_steps import WordSteps

if TYPE_CHECKING:
    from desktop.core.chinese.terms import Occurrence


def step_button(parent: QWidget, name: str, text: str) -> QToolButton:
    """One of the panel's small buttons by the steps (↑, ↓, ×): off until a term is chosen."""
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    button.setAutoRaise(True)
    button.setEnabled(False)
    return button


class TermStepper(QObject):
    """The chosen term's occurrences, the current one, and the arrows that move through them."""

    marks_requested = Signal(list, int)
    """(ranges in the speech being read, index of the current one or -1)."""
    open_hit_requested = Signal(int, int, int)
    """(speech id, start, end): show this occurrence (in another speech of the collection)."""

    def __init__(
        self,
        previous: QToolButton,
        following: QToolButton,
        label: QLabel,
        library_path: Path,
    ) -> None:
        super().__init__(label)
        self._previous = previous
        self._next = following
        self._label = label
        self._chosen: tuple[str, tuple[Occurrence, ...]] | None = None
        self._step = -1
        self.speech_id: int | None = None
        """The speech being read: its occurrences are the ones marked."""
        self.words = WordSteps(library_path, self)
        """Finds a whole-library keyword's places."""
        self._following_word = False
        self.words.marks_requested.connect(self.marks_requested)
        self.words.open_hit_requested.connect(self.open_hit_requested)
        self.words.changed.connect(self._update)
        previous.clicked.connect(self.previous_occurrence)
        following.clicked.connect(self.next_occurrence)

    def term(self) -> str | None:
        """The chosen term, if any."""
        return self._chosen[0] if self._chosen else None

    def choose(self, term: str, occurrences: Sequence[Occurrence]) -> None:
        """Mark ``term``'s occurrences, none of them current yet."""
        self._stop_following()
        self._chosen = (term, tuple(occurrences))
        self._step = -1
        self.mark(keep_step=False)

    def choose_word(self, word: str) -> None:
        """Follow a whole-library keyword, its places found as they are needed."""
        self._chosen = (word, ())
        self._step = -1
        self._following_word = True
        self.words.choose(word, self.speech_id)

    def following_word(self) -> WordSteps | None:
        """The whole-library keyword's steps, if one is chosen."""
        return self.words if self._following_word else None

    def forget(self) -> None:
        """No term is chosen any more (the lists changed); the marks stay until replaced."""
        self._stop_following()
        self._chosen = None
        self._step = -1
        self._update()  # no count, no arrows: a term the new lists lack showed "0/11" still

    def library_changed(self) -> None:
        """Speeches came, went or changed: places found in their texts are not kept."""
        self.words.library_changed()

    def _stop_following(self) -> None:
        if self._following_word:
            self.words.forget()
        self._following_word = False

    def mark(self, keep_step: bool) -> None:
        """Ask for the marks of the chosen term in the speech being read."""
        if self._chosen is None:
            return
        if self._following_word:
            self.words.mark(self.speech_id)
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
        if self._following_word:
            self.words.move(direction)
            return
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

    @Slot()
    def _update(self) -> None:
        total = len(self._chosen[1]) if self._chosen else 0
        step = self._step + 1
        if self._following_word:
            step, total = self.words.position()
        # While a keyword's holders load, presses are kept for when they are known.
        usable = total > 0 or (self._following_word and self.words.speeches() is None)
        self._previous.setEnabled(usable)
        self._next.setEnabled(usable)
        self._label.setText(f"{step}/{total}" if total else "")
