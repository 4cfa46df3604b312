"""The concordance dialog's lines as a table to copy or export (``table_export.TableSource``).

The lines in the order the dialog shows them (by speech, by left or right context), with the
fields of ``core.chinese.concordance``: what ``concordance --csv`` writes too. Speeches are
named as the dialog names them (title, then number and collection), since several share a title.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.chinese.concordance import CSV_HEADER, concordance_table
from desktop.core.export.table import Table
from desktop.models.concordance_model import ConcordanceModel

_CONTEXT = "ConcordanceTables"
_TITLES = (
    QT_TRANSLATE_NOOP("ConcordanceTables", "Speech"),
    QT_TRANSLATE_NOOP("ConcordanceTables", "Start"),
    QT_TRANSLATE_NOOP("ConcordanceTables", "End"),
    QT_TRANSLATE_NOOP("ConcordanceTables", "Before"),
    QT_TRANSLATE_NOOP("ConcordanceTables", "Term"),
    QT_TRANSLATE_NOOP("ConcordanceTables", "After"),
)
assert len(_TITLES) == len(CSV_HEADER)


class ConcordanceTables:
    """The concordance shown, as a table."""

    def __init__(self, model: ConcordanceModel) -> None:
        self._model = model
        self.term = ""
        self.where = ""
        """Where the lines come from: a speech's or collection's title, or the library."""

    def export_table(self) -> Table:
        """The lines in the order shown."""
        return concordance_table(self._model.lines(), self._model.titles())

    def export_titles(self) -> Sequence[str]:
        """The fields' titles in the UI language."""
        return [QCoreApplication.translate(_CONTEXT, title) for title in _TITLES]

    def export_name(self) -> str:
        """The term and where its lines come from (a file name to propose)."""
        return f"{self.term.strip()} {self.where}".strip() or "concordance"
