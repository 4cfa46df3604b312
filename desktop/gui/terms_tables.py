"""The terms panel's lists: their views, and their rows as tables to copy or export
(``dialogs.table_export.TableSource``).

The table holds the rows in the order the list shows them (sorted by a column or not), with
the fields of ``core.chinese.terms``: what ``keywords --csv`` and ``terms --csv`` write too.
Cells read as the list shows them (a formulation's kind in the UI language: 引号, not quoted);
a CSV file keeps the field names as its header, the same in every language, so a script reads
an export from the window as it reads one from the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QTableView, QTabWidget, QWidget

from desktop.gui.keyboard_menu import KeyboardMenuTableView
from desktop.gui.line_rows import LineRowsTableView
from desktop.gui.search_scope import ScopeKind, SearchScope
from desktop.models.terms_model import Role, TermsTableModel

if TYPE_CHECKING:
    from desktop.core.export.table import Table

_MEASURED_ROWS = 300


class TermsTableView(KeyboardMenuTableView, LineRowsTableView):
    """A list of terms whose rows are a line of text high, whatever the text size.

    The style's default row (30 px under a CJK font) left three rows visible in a panel
    sharing the right column of a 1366×768 screen.
    """


class TermsHeader(QHeaderView):
    """Column titles sized to their text, room for the sort arrow only where it is drawn.

    Qt widens every title of a sortable list by the arrow's room, shown or not: in English at
    1366 wide "Whole words", "Quoted" and "Kind" then took all but 55 pixels of the panel,
    the 提法 cut to "两集中…" and its own title to "ormulatio".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803 - Qt's name
        """The title's size, with the arrow's room only in the sorted column."""
        size = super().sectionSizeFromContents(logicalIndex)
        if self.isSortIndicatorShown() and logicalIndex != self.sortIndicatorSection():
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            size.setWidth(max(0, size.width() - size.height() - margin))
        return size


def terms_view(model: TermsTableModel, name: str, parent: QWidget) -> QTableView:
    """A sortable list of terms, one chosen at a time, its menu on right-click or Menu key."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Role.SORT)
    view = TermsTableView(parent)
    view.setObjectName(name)
    view.setHorizontalHeader(TermsHeader(view))
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the panel's order: best first
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    _fit_columns(view.horizontalHeader(), model.columnCount())
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # rows by the arrows; Tab leaves, as in every list
    return view


def follow_keys(view: QTableView, chosen: Callable[[QModelIndex], None]) -> None:
    """Call ``chosen`` with the row the arrow keys move to, as a click does: a keyboard user
    had no way to mark a term but Enter, which searches the library too. A mouse press is left
    to the click that follows it, and rows the program makes current (a new list) to it."""

    def moved(current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and view.hasFocus() and not QApplication.mouseButtons():
            chosen(current)

    view.selectionModel().currentRowChanged.connect(moved)


def _fit_columns(header: QHeaderView, columns: int) -> None:
    """The term takes the room the counts and the kind leave: in the narrow right dock (about
    330 pixels at 1366 wide) columns a hundred wide each hid the last behind a scroll bar."""
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # A whole library's list runs to thousands of rows: measuring a few hundred of them
    # bounds the cost of every refresh, and figures of a few digits differ little in width.
    header.setResizeContentsPrecision(_MEASURED_ROWS)


class TermsTables:
    """The list on the panel's current tab, as a table."""

    def __init__(
        self,
        tabs: QTabWidget,
        keywords: QTableView,
        formulations: QTableView,
        scope: Callable[[], SearchScope],
    ) -> None:
        self._tabs = tabs
        self._keywords = keywords
        self._formulations = formulations
        self._scope = scope
        self.titles = ("", "")
        """The titles of the speech being read and of its collection."""

    def _view(self) -> QTableView:
        shown = self._tabs.currentWidget()
        return self._formulations if shown is self._formulations else self._keywords

    def row_count(self) -> int:
        """How many rows the current list shows."""
        return self._view().model().rowCount()

    def export_table(self) -> Table:
        """The current list's rows in the order shown."""
        proxy = self._view().model()
        assert isinstance(proxy, QSortFilterProxyModel)
        source = proxy.sourceModel()
        assert isinstance(source, TermsTableModel)
        rows = [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())]
        return source.table(rows)

    def export_titles(self) -> Sequence[str]:
        """The list's column titles, then the number of speeches each term is in."""
        model = self._view().model()
        shown = [
            str(model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(model.columnCount())
        ]
        return [*shown, QCoreApplication.translate("TermsTables", "Speeches")]

    def export_name(self) -> str:
        """The tab's title and what the list is of (关键词 2009政府工作报告, 提法 整个文库): the
        lists of two speeches exported one after the other are two files, each named."""
        tab = self._tabs.tabText(self._tabs.currentIndex()).replace("&", "")
        speech, collection = self.titles
        kind = self._scope().kind
        if kind == ScopeKind.LIBRARY:
            where = QCoreApplication.translate("TermsTables", "Whole library")
        else:
            where = collection if kind == ScopeKind.COLLECTION and collection else speech
        return f"{tab} {where}".strip()
