"""The speeches to choose one from (Compare With…): a flat list kept to the words typed.

A big library holds 10,000 speeches: a ``QStandardItem`` each and a ``QSortFilterProxyModel``
asking Python about every row at each key cost the window ~130 ms to open the list and ~35 ms a
key. Here a row's words are folded once (``choice_words``, in the worker that reads the
choices), its text is made only when the view asks for it (the rows in sight), and a filter
keeps the rows holding every word typed in one pass over plain strings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.annotation_match import fold
from desktop.core.source_names import shared_title_names, title_key
from desktop.core.storage.speech_choices import SpeechChoice
from desktop.models.fullwidth_text import ShownTexts

SPEECH_ID = Qt.ItemDataRole.UserRole + 1
"""The role of a row's speech id."""

_Index = QModelIndex | QPersistentModelIndex


def choice_words(choice: SpeechChoice) -> str:
    """What the filter looks in for a speech: its title, speaker and collection, folded."""
    return fold(f"{choice.title} {choice.speaker or ''} {choice.collection_title}")


SourceNames = Mapping[tuple[str, str | None], str]
"""The names of the files under titles that two files bear, by ``(title_key, source)``."""


def source_names(choices: Sequence[SpeechChoice]) -> SourceNames:
    """The names of the files that speeches of one title come from (two versions of one
    report), as the compare window names them (``source_names``): their rows name them too.
    A compilation repeats titles in one file: its numbers tell."""
    return shared_title_names((choice.title, choice.source) for choice in choices)


class SpeechChoicesModel(QAbstractListModel):
    """The speeches offered, newest first, kept to those whose words hold every word typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: Sequence[SpeechChoice] = ()
        self._words: Sequence[str] = ()  # each choice's, folded (``choice_words``)
        self._typed: list[str] = []
        self._rows: list[int] = []  # the choices kept, by their place in ``_choices``
        self._sources: SourceNames = {}  # the files named under titles two files bear
        self._shown = ShownTexts(kept=1_000)  # titles as the page shows them, once each

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Show titles with the page's full-width punctuation, or as stored (the filter
        reads the stored ones, folded: （ and ( find the same)."""
        if self._shown.set_fullwidth(enabled) and self._rows:
            roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), roles)

    def set_choices(
        self,
        choices: Sequence[SpeechChoice],
        words: Sequence[str] | None = None,
        sources: SourceNames | None = None,
    ) -> None:
        """Offer ``choices``; ``words`` are their ``choice_words`` if already made, ``sources``
        their ``source_names`` (with the speech left out of them: it reads the same)."""
        self.beginResetModel()
        self._choices = choices
        self._words = words if words is not None else [choice_words(c) for c in choices]
        self._sources = sources if sources is not None else source_names(choices)
        self._rows = self._kept()
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        """Keep the speeches holding every word of ``text`` (split at spaces, in any order)."""
        typed = fold(text).split()
        if typed == self._typed:
            return
        self.beginResetModel()
        self._typed = typed
        self._rows = self._kept()
        self.endResetModel()

    def _kept(self) -> list[int]:
        typed = self._typed
        if not typed:
            return list(range(len(self._choices)))
        return [row for row, words in enumerate(self._words) if all(t in words for t in typed)]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        """The speeches kept."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A row's title over its details, its title as a tooltip, its speech id."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        choice = self._choices[self._rows[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            # Two versions of a report read the same: their files tell them apart.
            source = self._sources.get((title_key(choice.title), choice.source), "")
            title, details = self._shown(choice.title), _details(choice, self._shown, source)
            return f"{title}\n{details}" if details else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._shown(choice.title)
        if role == SPEECH_ID:
            return choice.speech_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Rows are chosen, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )


def _details(choice: SpeechChoice, shown: Callable[[str], str], source: str = "") -> str:
    """The line under a title: its number in a compilation, date (the file's marked so),
    speaker, collection (its title as ``shown`` gives it), and ``source``, its file's name
    when another file's speech bears its title."""
    number = None
    if choice.collection_size > 1:  # a compilation's speeches often share one title
        number = QCoreApplication.translate("SpeechChooser", "No. %1").replace(
            "%1", str(choice.index)
        )
    # A file of one speech is a collection of the same title: named once, not twice.
    collection = choice.collection_title
    if fold(collection) == fold(choice.title):
        collection = ""
    date = choice.date
    if date and choice.file_dated:  # not the speech's own: Counts by Year calls it undated
        date = QCoreApplication.translate("SpeechChooser", "%1 (file)").replace("%1", date)
    if source:
        source = QCoreApplication.translate("SpeechChooser", "Source: %1").replace("%1", source)
    parts = (number, date, choice.speaker, shown(collection), source)
    return " · ".join(part for part in parts if part)
