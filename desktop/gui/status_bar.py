"""The window's status bar: the speech's length and reading time, the position, jieba's state,
and notices of what happened to the user's changes (kept during an import, the undo history).

Length counts characters as Chinese word processors count 字数 (spaces and line breaks left
out); reading time assumes about 300 字 a minute, a steady reading pace for official prose,
and for a text mostly in Latin letters (an English translation) about 230 words a minute.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from math import ceil

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.core.annotation import AnchorState
from desktop.core.text_templates import fill
from desktop.gui.reader.document import paragraph_starts
from desktop.gui.undo import UndoCleared

CHARACTERS_PER_MINUTE = 300
WORDS_PER_MINUTE = 230
_LATIN_RUN = re.compile(r"[A-Za-z]+")  # ASCII only: cheap to compile at the first frame

# How long a message stays in the status bar: long enough to read it, a longer sentence or one
# at the end of long work (an export, a print, an import the user may have looked away from)
# longer.
MESSAGE_BRIEF_MS = 4000
"""A state come about that asks nothing of the user (the word dictionary ready)."""
MESSAGE_SHORT_MS = 5000
"""A short sentence on a change just made (moved to the trash, copied)."""
MESSAGE_MS = 6000
"""A sentence with more to say (a collection trashed with its notes, a hint, a reload)."""
MESSAGE_LONG_MS = 8000
"""What a long piece of work did (exported, imported, printed)."""

_WHITESPACE_RUN = re.compile(r"\s+")
"""``\\s`` on ``str`` is exactly ``str.isspace``; runs found in C, not a Python loop per
character (~100 ms for a 500,000-character compilation, paid at every opening)."""


def character_count(text: str) -> int:
    """字数: every character but whitespace."""
    return len(text) - sum(map(len, _WHITESPACE_RUN.findall(text)))


def reading_minutes(characters: int) -> int:
    """Whole minutes to read ``characters`` at CHARACTERS_PER_MINUTE (at least one)."""
    return max(1, ceil(characters / CHARACTERS_PER_MINUTE)) if characters else 0


def text_reading_minutes(text: str, characters: int) -> int:
    """Whole minutes to read ``text`` of ``characters`` 字: by its words at WORDS_PER_MINUTE
    when it holds more Latin letters than characters beyond ASCII (an English word is several
    characters: counted as 字 it read four times too fast), else by its characters."""
    # Chinese text is mostly beyond ASCII (Han, full-width marks), English text hardly at all:
    # counted in C, without the importer's character classes (not loaded at the first frame).
    # Where half the text is beyond ASCII, Latin letters cannot outnumber it: no scan for them
    # (a long Chinese report opens ~4 ms sooner).
    beyond_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if 2 * beyond_ascii >= len(text) or sum(map(len, _LATIN_RUN.findall(text))) <= beyond_ascii:
        return reading_minutes(characters)
    words = len(text.split())
    return max(1, ceil(words / WORDS_PER_MINUTE)) if words else 0


READ_ONLY_MIN_WIDTH = 40
"""The read-only notice's least width: at its text's, the window could not be narrower than
about 620 pixels."""


class ReadingStatusBar(QStatusBar):
    """Permanent fields for the open speech, and transient messages on the left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_bar")
        self.read_only_label = self._field("readOnlyStatus")
        self.read_only_label.setMinimumWidth(READ_ONLY_MIN_WIDTH)  # cut short in a narrow window
        self.read_only_label.hide()
        self.segmenter_label = self._field("segmenterStatus")
        self.pending_label = self._field("pendingStatus")
        self.pending_label.hide()
        self.position_label = self._field("positionStatus")
        self.length_label = self._field("lengthStatus")
        self._starts: list[int] = [0]
        self._length = 0
        self._notice = ""

    def _field(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 8, 0)
        self.addPermanentWidget(label)
        return label

    def show_speech(self, text: str | None) -> None:
        """Show the length and reading time of the open speech (nothing without one)."""
        if text is None:
            self._starts, self._length = [0], 0
            self.length_label.clear()
            self.position_label.clear()
            return
        self._starts, self._length = paragraph_starts(text), len(text)
        count = character_count(text)
        locale = QLocale()
        self.length_label.setText(
            fill(
                self.tr("%1 characters · %2"),
                locale.toString(count),
                self.reading_time_text(text_reading_minutes(text, count)),
            )
        )

    def reading_time_text(self, minutes: int) -> str:
        """ "about 25 min", or past an hour "about 2 h 30 min" (9,001 minutes said nothing)."""
        locale = QLocale()
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.tr("about %1 min").replace("%1", locale.toString(minutes))
        if not rest:
            return self.tr("about %1 h").replace("%1", locale.toString(hours))
        return fill(self.tr("about %1 h %2 min"), locale.toString(hours), str(rest))

    def show_position(self, offset: int, *, at_end: bool = False) -> None:
        """Show which paragraph the reading position is in, and how far through the speech
        (all of it once its last line is ``at_end``: in sight, as a browser's reader says)."""
        if not self._length:
            self.position_label.clear()
            return
        paragraph = bisect_right(self._starts, offset)
        percent = 100 if at_end else round(100 * min(max(offset, 0), self._length) / self._length)
        locale = QLocale()
        self.position_label.setText(
            fill(
                self.tr("Paragraph %1 of %2 · %3%"),
                locale.toString(paragraph),
                locale.toString(len(self._starts)),
                str(percent),
            )
        )

    def show_segmenter_state(self, state: str) -> None:
        """Say whether word selection by jieba is there yet."""
        texts = {
            "loading": self.tr("Loading the word dictionary…"),
            "failed": self.tr("Word dictionary unavailable"),
        }
        text = texts.get(state, "")
        self.segmenter_label.setText(text)
        self.segmenter_label.setVisible(bool(text))
        if state == "ready":
            ready = self.tr("Word dictionary ready: double-click selects whole words")
            self.showMessage(ready, MESSAGE_BRIEF_MS)

    def show_read_only(self, read_only: bool) -> None:
        """Say, as long as it holds, that the library is read-only and what that means."""
        # Told at start and kept in sight: a message box at the first scroll was the news.
        text = self.tr(
            "This library is read-only: you can read, but not save notes, highlights or your place"
        )
        self.read_only_label.setText(text if read_only else "")
        self.read_only_label.setToolTip(text if read_only else "")  # the whole, when cut
        self.read_only_label.setVisible(read_only)

    def show_pending(self, count: int) -> None:
        """Say how many changes wait for an import to be written (nothing when none)."""
        self.pending_label.setText(
            self.tr("%Ln change(s) saved when the import finishes", "", count) if count else ""
        )
        self.pending_label.setVisible(count > 0)

    def show_notice(self, text: str) -> None:
        """Show ``text`` until the next message; a notice still shown stays, before it."""
        current = self.currentMessage()
        if self._notice and current == self._notice:
            text = f"{current}  {text}"
        self._notice = text
        self.showMessage(text)

    def show_kept_changes_reanchored(self, states: dict[str, int]) -> None:
        """Say where changes made during an import landed in the re-imported text."""
        lost = states.get(AnchorState.ORPHANED, 0)
        found = sum(states.values()) - lost
        parts = []
        if found:
            parts.append(
                self.tr(
                    "%Ln change(s) made during the import were placed where their words are in the "
                    "new text.",
                    "",
                    found,
                )
            )
        if lost:
            parts.append(
                self.tr(
                    "The passage of %Ln change(s) made during the import was not found: kept with "
                    "the quote and note, under “Passage not found” in the Annotations pane.",
                    "",
                    lost,
                )
            )
        self.show_notice(" ".join(parts))

    def show_undo_cleared(self, reason: str) -> None:
        """Say that the undo history was cleared, and why."""
        reasons = {
            UndoCleared.REIMPORTED: self.tr(
                "The undo history was cleared: the re-import moved or removed what its steps "
                "refer to."
            ),
            UndoCleared.TRASH_EMPTIED: self.tr(
                "The undo history was cleared: what its steps could bring back was deleted "
                "for good."
            ),
            UndoCleared.CHANGED_ELSEWHERE: self.tr(
                "The library was changed by another program: the undo history was cleared, "
                "as its steps may no longer apply."
            ),
        }
        self.show_notice(reasons.get(reason, self.tr("The undo history was cleared.")))
