"""The import report's rows that stand apart from one section: the order files are listed in,
which sections start open, and the speeches an import left out as already in the library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from desktop.core.annotation import AnchorState
from desktop.core.storage.import_report import ImportReport
from desktop.core.storage.library_store import ImportStatus
from desktop.core.text_templates import fill
from desktop.gui.import_job import FileOutcome, FileStatus, ImportResult
from desktop.models.speech_labels import speech_label

translate = QCoreApplication.translate
EXPAND = Qt.ItemDataRole.UserRole + 1  # marks a section that starts expanded
FINE = 2  # the rank (``attention``) of a file imported with nothing for the user to do


def child(parent: QTreeWidgetItem, text: str) -> QTreeWidgetItem:
    """A row under ``parent``, its text whole in its tooltip."""
    item = QTreeWidgetItem(parent, [text])
    item.setToolTip(0, text)
    return item


def attention(outcome: FileOutcome) -> int:
    """How soon the report lists ``outcome``: a failure first, then a file whose annotations
    lost their passage, whose reading needs checking (a guessed encoding) or whose speeches
    were left out as already in the library, then the files imported well, then those the
    import never reached."""
    if outcome.status == FileStatus.FAILED:
        return 0
    if outcome.status == FileStatus.SKIPPED:
        return FINE + 1
    report = outcome.report
    orphaned = report is not None and report.anchors.get(AnchorState.ORPHANED, 0)
    held = report is not None and report.duplicates
    return 1 if orphaned or held or outcome.notices else FINE


def expand_marked(item: QTreeWidgetItem) -> None:
    """Expand the sections marked to start open (once in the tree)."""
    if item.data(0, EXPAND):
        item.setExpanded(True)
    for row in range(item.childCount()):
        expand_marked(item.child(row))


def orphaned(result: ImportResult) -> int:
    """How many annotations the re-imports of ``result`` left without their passage."""
    reports = (outcome.report for outcome in result.imported if outcome.report is not None)
    own = sum(report.anchors.get(AnchorState.ORPHANED, 0) for report in reports)
    kept = sum(states.get(AnchorState.ORPHANED, 0) for states in result.kept_anchors.values())
    return own + kept


def unchanged(outcome: FileOutcome) -> bool:
    """Whether the file was in the library already, unchanged."""
    return outcome.report is not None and outcome.report.status == ImportStatus.UNCHANGED


def all_held(outcome: FileOutcome) -> bool:
    """Whether the library held every speech of the file already: none was added."""
    return outcome.report is not None and outcome.report.status == ImportStatus.DUPLICATE


def held_speeches(result: ImportResult) -> int:
    """How many speeches the import left out as already in the library."""
    return sum(len(o.report.duplicates) for o in result.imported if o.report is not None)


def files_with_held_speeches(result: ImportResult) -> list[Path]:
    """The files some of whose speeches were left out (what Import Anyway imports again)."""
    return [o.path for o in result.imported if o.report is not None and o.report.duplicates]


def add_held_speeches(item: QTreeWidgetItem, report: ImportReport) -> None:
    """Under a file's section: each speech left out, and where the library has it."""
    if not report.duplicates:
        return
    heading = translate("ImportReportDialog", "Already in the library, not imported: %1")
    group = child(item, fill(heading, QLocale().toString(len(report.duplicates))))
    group.setData(0, EXPAND, True)
    numbered = report.speeches > 1
    for found in report.duplicates:
        text = fill(
            _slightly_different() if found.differs else _same(),
            speech_label(found.title, found.index if numbered else 0),
            found.speech_title,
            found.collection_title,
        )
        child(group, text)


def _same() -> str:
    return translate("ImportReportDialog", "%1 is already in the library as “%2” in “%3”")


def _slightly_different() -> str:
    # Found by its loose hash: the same words, written with other punctuation, spaces or wraps.
    return translate(
        "ImportReportDialog",
        "%1 is already in the library as “%2” in “%3”; the two texts differ slightly"
        " (punctuation, spaces or line breaks)",
    )


def held_status_text() -> str:
    """The status line of a file whose every speech the library holds already."""
    return translate(
        "ImportReportDialog", "Not imported: every speech in it is already in the library"
    )
