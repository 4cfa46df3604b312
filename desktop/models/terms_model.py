"""Keywords and formulations (提法) of a speech or collection as two tables for the terms panel.

Each row is a term with its figures; ``Role.TERM`` gives its text and ``Role.OCCURRENCES`` every
(source, start, end) it was counted at, which the panel marks in the reader. ``Role.SORT`` gives
numbers for the figure columns so a QSortFilterProxyModel sorts 9 before 10. The entries' core
modules (``core.chinese.terms``, which loads jieba's) load with the first entries and tables:
the panel's empty tables, shown before jieba is ready, do without them (~30 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)

from desktop.models import AnyIndex
from desktop.models.fullwidth_text import ShownTexts

if TYPE_CHECKING:
    from desktop.core.chinese.formulations import CollectionFormulation, FormulationKind
    from desktop.core.chinese.terms import KeywordEntry
    from desktop.core.export.table import Table

Entry = TypeVar("Entry", "KeywordEntry", "CollectionFormulation")
_CONTEXT = "TermsModel"


class Role(IntEnum):
    """Data roles beyond Qt's."""

    TERM = Qt.ItemDataRole.UserRole + 1
    OCCURRENCES = Qt.ItemDataRole.UserRole + 2
    SORT = Qt.ItemDataRole.UserRole + 3
    FOLLOWED_AS_WORD = Qt.ItemDataRole.UserRole + 4
    """True if a whole library's entry carries no places: its speeches are found as a word's
    (a keyword, a standing formulation)."""


@dataclass(frozen=True, slots=True)
class _Column(Generic[Entry]):
    title: str  # untranslated
    value: Callable[[Entry], Any]
    shown: Callable[[Entry], str]
    tip: str = ""  # untranslated


# The panel counts jieba words where the find bar, the library search and the concordance
# count substrings (革命 inside 效能革命): both are right, so the column says which it is.
_WHOLE_WORDS = QT_TRANSLATE_NOOP("TermsModel", "Whole words")
_WHOLE_WORDS_TIP = QT_TRANSLATE_NOOP(
    "TermsModel",
    "How often it occurs as a whole word of jieba's segmentation (革命 inside 效能革命 is not "
    "counted). The find bar, the library search and the concordance count every occurrence of "
    "its characters: double-click it or press Enter to search for it and compare the counts.",
)


def kind_name(kind: FormulationKind) -> str:
    """How a formulation was recognised, in the UI language (the kind column's text)."""
    from desktop.core.chinese.formulations import FormulationKind

    names = {
        FormulationKind.QUOTED: QT_TRANSLATE_NOOP("TermsModel", "quoted"),
        FormulationKind.NUMBERED: QT_TRANSLATE_NOOP("TermsModel", "numbered"),
        # One of the standing formulations (resources/dict/standing.txt) the text uses unmarked.
        FormulationKind.STANDING: QT_TRANSLATE_NOOP("TermsModel", "standing"),
    }
    return QCoreApplication.translate(_CONTEXT, names[kind])


def _figure(count: int) -> str:
    """A count as the UI's locale writes it (10,000 in English and Chinese; 10.000 in German)."""
    return QLocale().toString(count)


def _score(score: float) -> str:
    """A keyword's score to three significant figures and at least three decimals, with the UI
    locale's decimal point (0.300, 0.000425; 0,300 in German); ungrouped, as the measure it is,
    not a count."""
    from desktop.core.chinese.terms import score_decimals

    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(score, "f", score_decimals(score, 3))


KEYWORD_COLUMNS: tuple[_Column[KeywordEntry], ...] = (
    _Column(QT_TRANSLATE_NOOP("TermsModel", "Keyword"), lambda e: e.word, lambda e: e.word),
    _Column(_WHOLE_WORDS, lambda e: e.count, lambda e: _figure(e.count), _WHOLE_WORDS_TIP),
    _Column(QT_TRANSLATE_NOOP("TermsModel", "Score"), lambda e: e.score, lambda e: _score(e.score)),
)

FORMULATION_COLUMNS: tuple[_Column[CollectionFormulation], ...] = (
    _Column(QT_TRANSLATE_NOOP("TermsModel", "Formulation"), lambda e: e.text, lambda e: e.text),
    _Column(_WHOLE_WORDS, lambda e: e.count, lambda e: _figure(e.count), _WHOLE_WORDS_TIP),
    _Column(
        QT_TRANSLATE_NOOP("TermsModel", "Quoted"), lambda e: e.quoted, lambda e: _figure(e.quoted)
    ),
    _Column(
        QT_TRANSLATE_NOOP("TermsModel", "Kind"),
        lambda e: e.kind.value,
        lambda e: kind_name(e.kind),
    ),
)


class TermsTableModel(QAbstractTableModel, Generic[Entry]):
    """A list of keywords or of formulations, one per row; the first column is the term."""

    def __init__(
        self,
        columns: Sequence[_Column[Entry]],
        to_table: Callable[[Sequence[Entry]], Table],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._to_table = to_table
        self._entries: list[Entry] = []
        self._shown = ShownTexts(kept=20_000)  # terms as shown, converted once per setting

    def set_fullwidth_punctuation(self, enabled: bool) -> None:
        """Show the terms (a quoted formulation may hold a comma) with full-width punctuation
        in Chinese context, or not; what the rows copy, sort and mark keeps the term."""
        if not self._shown.set_fullwidth(enabled):
            return
        if self._entries:
            last = self.index(len(self._entries) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Show these entries (in the order given)."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        """The entries shown, in model order."""
        return list(self._entries)

    def table(self, rows: Sequence[int]) -> Table:
        """The entries of ``rows``, in that order, as ``core.chinese.terms`` tables them."""
        return self._to_table([self._entries[row] for row in rows])

    def row_of(self, term: str) -> int:
        """The row of the entry for ``term`` (-1 if none)."""
        return next((row for row, e in enumerate(self._entries) if self._term(e) == term), -1)

    def _term(self, entry: Entry) -> str:
        return self._columns[0].value(entry)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per entry."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The term and its figures."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, alignment, and the term, occurrences and sort key (``Role``)."""
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.shown(entry)
            return self._shown(text) if index.column() == 0 else text  # the term's column
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.SORT:
            return column.value(entry)
        if role == Role.TERM:
            return self._term(entry)
        if role == Role.OCCURRENCES:
            return list(entry.occurrences)
        if role == Role.FOLLOWED_AS_WORD:
            # A library's standing formulation has no places unless written apart.
            return not hasattr(entry, "kind") or (
                entry.kind.value == "standing" and not entry.occurrences
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles and what they count, in the UI language."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return QCoreApplication.translate(_CONTEXT, column.tip)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Selectable, not editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """The UI language changed: headers and the kind column read again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._entries:
            last = self.index(len(self._entries) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])


def keywords_model(parent: QObject | None = None) -> TermsTableModel[KeywordEntry]:
    """A table of keywords: word, count, score."""
    return TermsTableModel(KEYWORD_COLUMNS, _keyword_table, parent)


def formulations_model(parent: QObject | None = None) -> TermsTableModel[CollectionFormulation]:
    """A table of formulations: text, count, quoted, kind (in the UI language)."""
    return TermsTableModel(FORMULATION_COLUMNS, _formulation_table, parent)


def _keyword_table(entries: Sequence[KeywordEntry]) -> Table:
    from desktop.core.chinese.terms import keyword_table

    return keyword_table(entries)


def _formulation_table(entries: Sequence[CollectionFormulation]) -> Table:
    from desktop.core.chinese.terms import formulation_table

    return formulation_table(entries, kind_name)


__all__ = ["Role", "TermsTableModel", "formulations_model", "keywords_model"]
