"""The search panel's hits as a table to copy or export (``dialogs.table_export.TableSource``).

Every hit of the search in the order the results show them (speeches and their lines as sorted
by a column, or in library order as ``search --csv`` writes them; a speech not expanded counts
too), each with its speech, section and context, its collection, date and speaker last: the
fields of ``core.storage.search_table``; a speech the results list as found by its title (a 篇N
speech's) has its title's row before its hits.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.export.table import Table
from desktop.core.storage.search_result import Hit
from desktop.core.storage.search_table import SEARCH_HEADER, SpeechCells, search_table
from desktop.core.storage.search_titles import TitleHit
from desktop.models.search_nodes import SearchOutcome
from desktop.models.search_results_model import SearchResultsModel

_CONTEXT = "SearchTables"
_TITLES = (
    QT_TRANSLATE_NOOP("SearchTables", "Speech ID"),  # the library's, as `list` prints it
    QT_TRANSLATE_NOOP("SearchTables", "Speech"),
    QT_TRANSLATE_NOOP("SearchTables", "Section"),
    QT_TRANSLATE_NOOP("SearchTables", "Start"),
    QT_TRANSLATE_NOOP("SearchTables", "End"),
    QT_TRANSLATE_NOOP("SearchTables", "Before"),
    QT_TRANSLATE_NOOP("SearchTables", "Hit"),
    QT_TRANSLATE_NOOP("SearchTables", "After"),
    QT_TRANSLATE_NOOP("SearchTables", "Annotation"),
    QT_TRANSLATE_NOOP("SearchTables", "Where"),  # text, note or title: codes for scripts
    QT_TRANSLATE_NOOP("SearchTables", "Collection"),
    QT_TRANSLATE_NOOP("SearchTables", "Date"),
    QT_TRANSLATE_NOOP("SearchTables", "Speaker"),
)
assert len(_TITLES) == len(SEARCH_HEADER)


class SearchTables:
    """The hits of the search shown, as a table."""

    def __init__(self, model: SearchResultsModel, query: str = "") -> None:
        self._model = model
        self.query = query

    def hit_count(self) -> int:
        """How many rows (hits, and titles holding the query) the table would hold."""
        outcome = self._model.outcome()
        return len(outcome.hits) + len(_titles(outcome)) if outcome is not None else 0

    def export_table(self) -> Table:
        """Every hit, in the order shown."""
        outcome = self._model.outcome()
        if outcome is None:
            return Table.of(SEARCH_HEADER, [])
        speeches = outcome.speeches

        def cells(speech_id: int) -> SpeechCells:
            info = speeches.get(speech_id)
            if info is None:
                return SpeechCells("")
            return SpeechCells(info.title, info.collection_title, info.date, info.speaker)

        return search_table(outcome.result, self._rows_shown(outcome), cells)

    def _rows_shown(self, outcome: SearchOutcome) -> list[Hit | TitleHit]:
        """The hits in the order shown, a speech found by its title led by its title's row."""
        hits = self._model.hits_shown()
        titles = {hit.speech_id: hit for hit in _titles(outcome)}
        if not titles:
            return list(hits)
        rows: list[Hit | TitleHit] = []
        taken = 0
        for speech_id, count in self._model.speech_counts():
            if speech_id in titles:
                rows.append(titles[speech_id])
            rows.extend(hits[taken : taken + count])
            taken += count
        return rows

    def export_titles(self) -> Sequence[str]:
        """The fields' titles in the UI language."""
        return [QCoreApplication.translate(_CONTEXT, title) for title in _TITLES]

    def export_name(self) -> str:
        """The query."""
        return self.query


def _titles(outcome: SearchOutcome) -> Sequence[TitleHit]:
    """The title hits the results list (none when searching notes)."""
    return () if outcome.notes_only else outcome.result.title_hits
