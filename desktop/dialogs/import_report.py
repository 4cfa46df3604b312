"""The import report: per file, the speeches found, the noise removed, problems, re-anchoring.

A headline says in one sentence how the import went; below it each file is a section of an
expandable list: what happened to its collection, its speeches' titles, the noise the importer
took out grouped by kind (each piece of text listed under its kind), how the annotations of a
changed speech were found again, or, for a file that could not be imported, why. The files
that need the user come first; in a batch of many files only theirs start open.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.annotation import AnchorState
from desktop.core.imported import Removal
from desktop.core.storage.import_report import ImportReport
from desktop.core.storage.library_store import ImportStatus
from desktop.core.text_templates import fill
from desktop.dialogs.import_report_rows import (
    EXPAND,
    FINE,
    add_held_speeches,
    all_held,
    attention,
    child,
    expand_marked,
    files_with_held_speeches,
    held_speeches,
    held_status_text,
    orphaned,
    unchanged,
)
from desktop.gui.app_theme import accent_colour, warning_colour
from desktop.gui.button_texts import name_standard_buttons
from desktop.gui.import_job import FileOutcome, FileStatus, ImportResult
from desktop.gui.import_texts import (
    error_text,
    notice_text,
    problem_and_advice,
    removal_kind_text,
)
from desktop.gui.late_dialogs import open_unless_closed
from desktop.gui.screen_fit import resize_within_screen
from desktop.gui.text_size import text_size
from desktop.gui.wrapped_rows import KEEP_ONE_LINE, WrappedRowsDelegate
from desktop.models.annotation_text import short_quote
from desktop.models.speech_labels import speech_label

translate = QCoreApplication.translate
_LATER = Qt.ItemDataRole.UserRole + 2  # a noise kind whose pieces are listed once it opens
_ALL_OPEN = 10  # a report of up to this many files opens every file's section


def visible_text(text: str) -> str:
    """Removed text as it can be read in a list: spaces and line breaks made visible."""
    if text.strip():
        return short_quote(text, 100)
    return text.replace("\r\n", "↵").replace("\n", "↵").replace(" ", "␣").replace("\t", "⇥")


class ImportReportDialog(QDialog):
    """What an import did, file by file."""

    open_collection_requested = Signal(int)
    import_anyway_requested = Signal(list)
    """Import these files again with the speeches left out as already in the library."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_report")
        self.setWindowTitle(self.tr("Import Report"))
        resize_within_screen(self, text_size(self, 620, 480))
        self._result = result
        self._later: list[list[Removal]] = []  # each noise kind's pieces, until it is opened
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_headline())
        self._tree = QTreeWidget(self)
        self._tree.setObjectName("report_tree")
        self._tree.setHeaderHidden(True)
        self._tree.setAccessibleName(self.tr("Imported files"))
        # A problem's advice is read whole, not cut at the dialog's width ("What to do: …").
        WrappedRowsDelegate(self._tree)
        self._tree.itemExpanded.connect(self._on_tree_item_expanded)
        layout.addWidget(self._tree, 1)
        layout.addWidget(self._build_buttons())
        # What needs the user comes first (failures, then annotations left without their
        # passage), and in a big batch only that starts open: nine failures among 150 files
        # are not found by scrolling past 700 lines of files that went well.
        outcomes = sorted(result.outcomes, key=attention)
        for outcome in outcomes:
            item = self._file_item(outcome)
            if len(outcomes) <= _ALL_OPEN or attention(outcome) < FINE:
                item.setData(0, EXPAND, True)
            self._tree.addTopLevelItem(item)
            expand_marked(item)
        self._tree.setFocus()  # the arrows read the report; Enter opens, Escape closes

    @classmethod
    def present(cls, result: ImportResult, parent: QWidget | None = None) -> ImportReportDialog:
        """Show the report without blocking; it deletes itself when closed."""
        dialog = cls(result, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_unless_closed(dialog)
        return dialog

    @property
    def tree(self) -> QTreeWidget:
        """The expandable list of files."""
        return self._tree

    def headline_text(self) -> str:
        """The sentence at the top."""
        return self._headline.text()

    def _build_headline(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel(self)
        icon.setObjectName("headlineIcon")
        result = self._result
        # Annotations left without their passage need the user: as much a warning as a failure.
        warn = result.failed or result.cancelled or result.stopped_by or orphaned(result)
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warn
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self._headline = QLabel(self._headline_text(), self)
        self._headline.setObjectName("headline")
        self._headline.setWordWrap(True)
        font = self._headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._headline.setFont(font)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._headline, 1)
        return row

    def _headline_text(self) -> str:
        """One or two sentences on how the import went."""
        result = self._result
        if result.stopped_by is not None:
            reason = error_text(result.stopped_by.kind, result.stopped_by.code)
            return self.tr("The import stopped: %1").replace("%1", reason)
        failed = len(result.failed)
        # A file already in the library and unchanged added nothing: it is not counted as
        # imported, or dropping a folder again would claim every file was taken in anew.
        # Nor is a file whose every speech the library held already.
        same = sum(1 for outcome in result.imported if unchanged(outcome))
        held_files = sum(1 for outcome in result.imported if all_held(outcome))
        imported = len(result.imported) - same - held_files
        sentences = [self.tr("The import was cancelled.")] if result.cancelled else []
        if imported or not (same or held_files or failed):
            sentences.append(self.tr("%Ln file(s) imported.", "", imported))
        if same:
            sentences.append(self.tr("%Ln file(s) already in the library and unchanged.", "", same))
        if failed:
            sentences.append(self.tr("%Ln file(s) could not be imported.", "", failed))
        held = held_speeches(result)
        if held:
            sentences.append(
                self.tr(
                    "%Ln speech(es) already in the library were not imported.",
                    "",
                    held,
                )
            )
        lost = orphaned(result)
        if lost:
            sentences.append(self.tr("The passage of %Ln annotation(s) was not found.", "", lost))
        return self._sentences(sentences)

    def _sentences(self, sentences: list[str]) -> str:
        # Chinese runs sentences together; English puts a space between them.
        text = sentences[0]
        for sentence in sentences[1:]:
            text = fill(self.tr("%1 %2"), text, sentence)
        return text

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        name_standard_buttons(box)
        self._open: QPushButton | None = None
        if self._result.first_collection_id is not None:
            self._open = box.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
            self._open.setDefault(True)
            self._open.clicked.connect(self._on_open_clicked)
        self._anyway: QPushButton | None = None
        if files_with_held_speeches(self._result):
            self._anyway = box.addButton(
                self.tr("Import &Anyway"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self._anyway.setToolTip(
                self.tr("Import the speeches already in the library as well, as new copies")
            )
            self._anyway.clicked.connect(self._on_anyway_clicked)
        return box

    @property
    def import_anyway_button(self) -> QPushButton | None:
        """Imports again the speeches left out as already in the library (None: there were none)."""
        return self._anyway

    @Slot()
    def _on_anyway_clicked(self) -> None:
        self.import_anyway_requested.emit(files_with_held_speeches(self._result))
        self.accept()

    @property
    def open_button(self) -> QPushButton | None:
        """Opens the first imported collection (None when nothing was imported)."""
        return self._open

    @Slot()
    def _on_open_clicked(self) -> None:
        collection_id = self._result.first_collection_id
        if collection_id is not None:
            self.open_collection_requested.emit(collection_id)
        self.accept()

    # Items ---------------------------------------------------------------------------------

    def _file_item(self, outcome: FileOutcome) -> QTreeWidgetItem:
        item = QTreeWidgetItem([outcome.path.name])
        item.setToolTip(0, str(outcome.path))
        font = QFont(self._tree.font())
        font.setBold(True)
        item.setFont(0, font)
        icons = {
            FileStatus.IMPORTED: QStyle.StandardPixmap.SP_DialogApplyButton,
            FileStatus.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
            FileStatus.SKIPPED: QStyle.StandardPixmap.SP_MessageBoxWarning,
        }
        item.setIcon(0, self.style().standardIcon(icons[outcome.status]))
        if outcome.report is not None and outcome.report.status == ImportStatus.DUPLICATE:
            item.setIcon(
                0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            )
        if outcome.status == FileStatus.IMPORTED and outcome.report is not None:
            self._add_imported(item, outcome, outcome.report)
        elif outcome.status == FileStatus.FAILED and outcome.error is not None:
            said, advice = problem_and_advice(outcome.error, outcome.path.suffix)
            problem = child(item, self.tr("Problem: %1").replace("%1", said))
            problem.setForeground(0, accent_colour(self.palette()))
            # What to do about it, in the UI's language (core's English line is the CLI's),
            # shown, not hidden in a tooltip: it is what the user needs next.
            child(item, self.tr("What to do: %1").replace("%1", advice))
        else:
            reason = (
                self.tr("Not imported: the import was cancelled.")
                if self._result.cancelled
                else self.tr("Not imported: the import stopped.")
            )
            child(item, reason)
        return item

    def _add_imported(
        self, item: QTreeWidgetItem, outcome: FileOutcome, report: ImportReport
    ) -> None:
        child(item, self._status_text(report))
        for notice in outcome.notices:  # how the file was read, before what it held
            note = notice_text(notice, outcome.path.suffix)
            child(item, self.tr("Note: %1").replace("%1", note)).setForeground(
                0, warning_colour(self.palette())
            )
        add_held_speeches(item, report)
        speeches = child(item, self.tr("Speeches found: %Ln", "", len(outcome.speech_titles)))
        numbered = len(outcome.speech_titles) > 1  # a compilation's titles often repeat
        for number, title in enumerate(outcome.speech_titles, 1):
            child(speeches, speech_label(title, number if numbered else 0))
        if len(outcome.speech_titles) <= 12:
            speeches.setData(0, EXPAND, True)
        self._add_removals(item, outcome.removals)
        if sum(report.anchors.values()) or report.trashed_orphaned:
            self._add_anchors(item, report)
        kept = self._result.kept_anchors.get(report.collection_id, {})
        if kept:
            self._add_kept_anchors(item, kept)

    def _status_text(self, report: ImportReport) -> str:
        if report.status == ImportStatus.CREATED:
            return self.tr("Added as a new collection: “%1”").replace("%1", report.title)
        if report.status == ImportStatus.DUPLICATE:
            return held_status_text()
        if report.status == ImportStatus.UNCHANGED:
            return self.tr("Already in the library and unchanged: “%1”").replace("%1", report.title)
        changes = [
            self.tr("%Ln speech(es) added", "", report.speeches_added),
            self.tr("%Ln changed", "", report.speeches_changed),
            self.tr("%Ln removed", "", report.speeches_removed),
        ]
        if report.speeches_missing:
            changes.append(
                self.tr(
                    "%Ln kept: no longer in the file, but annotated",
                    "",
                    report.speeches_missing,
                )
            )
        updated = self.tr("Updated the collection “%1”").replace("%1", report.title)
        return updated + self.tr(": ") + self.tr(", ").join(changes)

    def _add_removals(self, item: QTreeWidgetItem, removals: tuple[Removal, ...]) -> None:
        if not removals:
            child(item, self.tr("No noise found"))
            return
        group = child(item, self.tr("Noise removed: %Ln", "", len(removals)))
        by_kind: defaultdict[str, list[Removal]] = defaultdict(list)
        for removal in removals:
            by_kind[removal.kind].append(removal)
        counts = Counter({kind: len(found) for kind, found in by_kind.items()})
        for kind, count in counts.most_common():
            label = fill(self.tr("%1: %2"), removal_kind_text(kind), QLocale().toString(count))
            # Listed when opened: a compilation's thousands of page numbers were ~25 ms of items
            # (two tooltips each) made on the window's thread for a list seldom opened.
            kind_item = child(group, label)
            kind_item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            kind_item.setData(0, _LATER, len(self._later))
            self._later.append(by_kind[kind])

    @Slot(QTreeWidgetItem)
    def _on_tree_item_expanded(self, item: QTreeWidgetItem) -> None:
        later = item.data(0, _LATER)
        if later is None:
            return
        item.setData(0, _LATER, None)
        item.setChildIndicatorPolicy(
            QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless
        )
        for removal in self._later[later]:
            piece = child(item, visible_text(removal.text))
            piece.setToolTip(0, removal.text)
            piece.setData(
                0, KEEP_ONE_LINE, True
            )  # hundreds of quotes: one line each, whole in the tip
        self._later[later] = []

    def _add_anchors(self, item: QTreeWidgetItem, report: ImportReport) -> None:
        anchors = report.anchors
        locale = QLocale()
        states = (AnchorState.ANCHORED, AnchorState.MOVED, AnchorState.FUZZY, AnchorState.ORPHANED)
        text = fill(
            self.tr("Annotations found again: %1 in place, %2 moved, %3 approximate, %4 not found"),
            *(locale.toString(anchors.get(state, 0)) for state in states),
        )
        anchored = child(item, text)
        if anchors.get(AnchorState.ORPHANED, 0):
            self._warn_orphaned(anchored)
        if report.trashed_orphaned:
            trashed = self.tr(
                "The passage of %Ln annotation(s) in the trash was not found either.",
                "",
                report.trashed_orphaned,
            )
            child(anchored, trashed)

    def _add_kept_anchors(self, item: QTreeWidgetItem, kept: dict[str, int]) -> None:
        """How the changes made in the window during the import were found in its new text."""
        lost = kept.get(AnchorState.ORPHANED, 0)
        text = fill(
            self.tr("Changes made during the import: %1 found again in the new text, %2 not found"),
            QLocale().toString(sum(kept.values()) - lost),
            QLocale().toString(lost),
        )
        line = child(item, text)
        if lost:
            self._warn_orphaned(line)

    def _warn_orphaned(self, line: QTreeWidgetItem) -> None:
        line.setForeground(0, warning_colour(self.palette()))
        hint = self.tr(
            "Annotations whose passage was not found keep their quote and note; they are listed "
            "under “Passage not found” in the Annotations pane."
        )
        line.setToolTip(0, hint)
        child(line, hint)
