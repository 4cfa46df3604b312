"""Library search results as a tree: speeches with their hit counts → keyword-in-context lines.

A search of a common character finds millions of hits; the model never makes a row, a snippet or
a section path for a hit nobody looks at. Speech rows are given to the view a batch at a time
(``search_batches``); a speech's lines are fetched when it is expanded, a batch at a time
(``canFetchMore`` / ``fetchMore``), and each line's snippet and section are computed when first
shown.

Sorting (``sort``) orders every speech found by library order (Where) or by hit count (Found),
and the lines inside each speech by position (Where), by left context read backwards from the hit
(Before: the words just before the hit line up), by right context (After) or by the hit itself.
A speech's lines are sorted when it is fetched, so sorting costs nothing for speeches nobody
opened (``search_sorting``).

A row is named across runs of a query by its speech's id and its hit's offset (``row_place``,
``place_index`` in ``search_places``): the panel keeps its place when the library changes.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.core.storage.search_index import Hit, Snippet
from desktop.models import AnyIndex
from desktop.models.search_batches import SpeechBatchesMixin, SpeechRun, given_runs
from desktop.models.search_nodes import (
    CONTEXT_WIDTH,
    Column,
    LineNode,
    SearchOutcome,
    SpeechInfo,
    SpeechNode,
    release_lines,
    speech_row_text,
    speech_row_tip,
)
from desktop.models.search_places import RowPlace, RowPlacesMixin
from desktop.models.search_shown import ShownTextsMixin
from desktop.models.search_sorting import SortingMixin

__all__ = [
    "CONTEXT_WIDTH",
    "Column",
    "Role",
    "RowPlace",
    "SearchOutcome",
    "SearchResultsModel",
    "SpeechInfo",
]

BATCH = 200
"""Lines fetched at a time when a speech is expanded or scrolled to its end."""

translate = QCoreApplication.translate


class Role(IntEnum):
    """Data roles beyond Qt's."""

    SPEECH_ID = Qt.ItemDataRole.UserRole + 1
    START = Qt.ItemDataRole.UserRole + 2
    END = Qt.ItemDataRole.UserRole + 3
    ANNOTATION_ID = Qt.ItemDataRole.UserRole + 4
    HIT_COUNT = Qt.ItemDataRole.UserRole + 5
    IS_SPEECH = Qt.ItemDataRole.UserRole + 6
    IN_TITLE = Qt.ItemDataRole.UserRole + 7
    """A speech row's: its title, apart from its text (a 篇N speech's), holds the query."""


_COLUMNS = len(Column)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
"""Every row's flags, made once: the view asks each row it lays out."""


class SearchResultsModel(
    ShownTextsMixin, RowPlacesMixin, SortingMixin, SpeechBatchesMixin, QAbstractItemModel
):
    """The hits of one search, grouped by speech, fetched and described lazily."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcome: SearchOutcome | None = None
        self._titled: frozenset[int] = frozenset()  # speeches whose title holds the query
        self._runs: list[SpeechRun] = []
        self._speeches: list[SpeechNode] = []
        self._sort: tuple[int, Qt.SortOrder] = (Column.WHERE, Qt.SortOrder.AscendingOrder)

    # Content --------------------------------------------------------------------------------

    def set_outcome(self, outcome: SearchOutcome | None) -> None:
        """Show a new search's hits (None: nothing)."""
        self.beginResetModel()
        replaced = self._speeches
        self._outcome = outcome
        # Made once: every role asked of a speech row's cells asks it (a repaint, hundreds).
        self._titled = outcome.titled if outcome is not None else frozenset()
        self._runs = given_runs(outcome)
        self._order_runs(in_library_order=outcome is not None and outcome.runs is not None)
        self._speeches = self._first_rows()
        self.endResetModel()
        release_lines(replaced)

    def outcome(self) -> SearchOutcome | None:
        """The search shown."""
        return self._outcome

    def hits_shown(self) -> list[Hit]:
        """Every hit in the order the rows show them (or would, once fetched): speeches in
        their sorted order, each one's lines in theirs."""
        if self._outcome is None:
            return []
        hits = self._outcome.hits
        orders = {node.speech_id: node.order for node in self._speeches if node.order is not None}
        return [
            hits[index]
            for speech_id, first, count, _info in self._runs
            for index in orders.get(speech_id) or self._line_order(first, count)
        ]

    def hit(self, index: AnyIndex) -> Hit | None:
        """The hit of a line row (None for a speech row or an invalid index)."""
        line = self._line(index)
        if line is None or self._outcome is None:
            return None
        return self._outcome.hits[line.hit_index]

    # Structure ------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a speech row (top level) or a line row (under its speech)."""
        # Bounds checked here, not by hasIndex(): the view asks this of every row it lays out,
        # and hasIndex() calls rowCount() and columnCount() back through Python.
        if not 0 <= column < _COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            rows = self._speeches
        elif parent.column() == 0 and isinstance(speech := parent.internalPointer(), SpeechNode):
            rows = speech.lines
        else:
            return QModelIndex()
        return self.createIndex(row, column, rows[row]) if row < len(rows) else QModelIndex()

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """A line's speech row; nothing above a speech row."""
        if not child.isValid():
            return QModelIndex()
        node = child.internalPointer()
        if isinstance(node, LineNode):
            return self.createIndex(node.speech.row, 0, node.speech)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Speeches at the top; a speech's fetched lines under it."""
        if not parent.isValid():
            return len(self._speeches)
        if parent.column() != 0:
            return 0
        node = parent.internalPointer()
        return len(node.lines) if isinstance(node, SpeechNode) else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Where, left context, hit, right context."""
        return len(Column)

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """A speech row has lines (maybe not fetched yet), but one found by its title alone."""
        if not parent.isValid():
            return bool(self._speeches)
        node = parent.internalPointer()
        return parent.column() == 0 and isinstance(node, SpeechNode) and node.count > 0

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """A speech has more lines than it has rows yet."""
        speech = self._speech(parent)
        return speech is not None and len(speech.lines) < speech.count

    def fetchMore(self, parent: AnyIndex) -> None:
        """Make the next batch of a speech's line rows."""
        speech = self._speech(parent)
        if speech is None or len(speech.lines) >= speech.count:
            return
        if speech.order is None and self._sort != (Column.WHERE, Qt.SortOrder.AscendingOrder):
            speech.order = self._line_order(speech.first, speech.count)
        start = len(speech.lines)
        end = min(start + BATCH, speech.count)
        self.beginInsertRows(self.createIndex(speech.row, 0, speech), start, end - 1)
        speech.lines.extend(
            LineNode(speech, row, self._hit_index(speech, row)) for row in range(start, end)
        )
        self.endInsertRows()

    def fetch_all(self, parent: AnyIndex) -> None:
        """Make every line row of a speech (for tests and "expand all" of small results)."""
        while self.canFetchMore(parent):
            self.fetchMore(parent)

    # Data -----------------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, alignment, fonts, tooltips and the hit's facts (``Role``)."""
        if not index.isValid():
            return None
        node = index.internalPointer()
        if isinstance(node, SpeechNode):
            return self._speech_data(node, index.column(), role)
        return self._line_data(node, index.column(), role)

    def _speech_data(self, speech: SpeechNode, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == Column.WHERE:
            return speech_row_text(speech, self._in_title(speech), self._shown_info(speech))
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.WHERE:
            return speech_row_tip(speech, self._in_title(speech), self._shown_info(speech))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return {
            Role.SPEECH_ID: speech.speech_id,
            Role.HIT_COUNT: speech.count,
            Role.IS_SPEECH: True,
            Role.IN_TITLE: self._in_title(speech),
        }.get(role)

    def _in_title(self, speech: SpeechNode) -> bool:
        return speech.speech_id in self._titled

    def _line_data(self, line: LineNode, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line_text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == Column.HIT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self._fullwidth:
            return self._shown_tip(line)
        if role == Qt.ItemDataRole.ToolTipRole:
            snippet = self._snippet(line)
            section = self._section(line)
            return f"{section}\n{snippet.line('')}" if section else snippet.line("")
        return self._line_fact(line, role)

    def _line_text(self, line: LineNode, column: int) -> str:
        if self._fullwidth:
            return self._shown_text(line, column)
        if column == Column.WHERE:
            return self._section(line)
        snippet = self._snippet(line)
        return {Column.LEFT: snippet.left, Column.HIT: snippet.match, Column.RIGHT: snippet.right}[
            Column(column)
        ]

    def _line_fact(self, line: LineNode, role: int) -> Any:
        if role not in (Role.SPEECH_ID, Role.START, Role.END, Role.ANNOTATION_ID, Role.IS_SPEECH):
            return None
        assert self._outcome is not None
        hit = self._outcome.hits[line.hit_index]
        return {
            Role.SPEECH_ID: hit.speech_id,
            Role.START: hit.start,
            Role.END: hit.end,
            Role.ANNOTATION_ID: hit.annotation_id,
            Role.IS_SPEECH: False,
        }[Role(role)]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.WHERE: translate("SearchResultsModel", "Speech / Section"),
            Column.LEFT: translate("SearchResultsModel", "Before"),
            Column.HIT: translate("SearchResultsModel", "Found"),
            Column.RIGHT: translate("SearchResultsModel", "After"),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows are selectable, never editable."""
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _snippet(self, line: LineNode) -> Snippet:
        if line.snippet is None:
            assert self._outcome is not None
            hit = self._outcome.hits[line.hit_index]
            line.snippet = self._outcome.result.snippet(hit, CONTEXT_WIDTH)
        return line.snippet

    def _section(self, line: LineNode) -> str:
        if line.section is None:
            assert self._outcome is not None
            hit = self._outcome.hits[line.hit_index]
            note = hit.annotation_id is not None
            line.section = (
                translate("SearchResultsModel", "Note")
                if note
                else self._outcome.result.section(hit)
            )
        return line.section

    # Helpers --------------------------------------------------------------------------------

    def _speech(self, index: AnyIndex) -> SpeechNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, SpeechNode) else None

    def _line(self, index: AnyIndex) -> LineNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, LineNode) else None
