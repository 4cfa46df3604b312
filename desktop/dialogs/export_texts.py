"""Words of the export and import dialogs: format descriptions, outcomes and errors.

Core names formats and errors by code and says what went wrong in English (its line names the
file); here each code gets a sentence in the user's language alone, naming the file or folder
when core gave one. Core's English line stays for the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.core.annotation import AnchorState
from desktop.core.errors import DocumentError, ExportError, LibraryError, PizhuError
from desktop.core.export import ExportFormat
from desktop.core.text_templates import fill
from desktop.gui.messages import error_summary

if TYPE_CHECKING:
    # Types only: the annotation importer's module (~25 ms) was loaded with every dialog and
    # dock that says something of an export (the terms dock's Export…, the export dialog).
    from desktop.core.export.runner import ExportOutcome
    from desktop.core.storage.annotation_import import AnnotationImportReport

MAX_NAMED = 3
"""The speeches an annotation import's report names of those it lacks; more end in "…"."""

_FORMATS = {
    "md": QT_TRANSLATE_NOOP("ExportTexts", "Markdown for Obsidian and other note apps"),
    "html": QT_TRANSLATE_NOOP("ExportTexts", "A web page to read or print, with highlight colours"),
    "docx": QT_TRANSLATE_NOOP("ExportTexts", "A Word document, styled as an official document"),
    "csv": QT_TRANSLATE_NOOP("ExportTexts", "A table for Excel or WPS, one row per annotation"),
    "json": QT_TRANSLATE_NOOP(
        "ExportTexts", "W3C Web Annotation JSON: a full backup that can be imported again"
    ),
    "annotated-html": QT_TRANSLATE_NOOP(
        "ExportTexts", "The whole text with highlights and notes in place, as a web page"
    ),
    "annotated-docx": QT_TRANSLATE_NOOP(
        "ExportTexts", "The whole text with highlights and notes in place, as a Word document"
    ),
    "pdf": QT_TRANSLATE_NOOP(
        "ExportTexts", "The whole text with highlights and notes in place, as a PDF"
    ),
    "outline-md": QT_TRANSLATE_NOOP("ExportTexts", "The outline (提纲) as Markdown"),
    "outline-docx": QT_TRANSLATE_NOOP("ExportTexts", "The outline (提纲) as a Word document"),
}

_NAMES = {
    "md": QT_TRANSLATE_NOOP("ExportTexts", "Markdown"),
    "html": QT_TRANSLATE_NOOP("ExportTexts", "Web page (HTML)"),
    "docx": QT_TRANSLATE_NOOP("ExportTexts", "Word"),
    "csv": QT_TRANSLATE_NOOP("ExportTexts", "CSV table"),
    "json": QT_TRANSLATE_NOOP("ExportTexts", "JSON backup (W3C)"),
    "annotated-html": QT_TRANSLATE_NOOP("ExportTexts", "Annotated text, web page"),
    "annotated-docx": QT_TRANSLATE_NOOP("ExportTexts", "Annotated text, Word"),
    "pdf": QT_TRANSLATE_NOOP("ExportTexts", "Annotated text, PDF"),
    "outline-md": QT_TRANSLATE_NOOP("ExportTexts", "Outline, Markdown"),
    "outline-docx": QT_TRANSLATE_NOOP("ExportTexts", "Outline, Word"),
}

_ERRORS = {
    "not-writable": QT_TRANSLATE_NOOP(
        "ExportTexts", "The file cannot be written there. Choose another folder."
    ),
    "missing-folder": QT_TRANSLATE_NOOP("ExportTexts", "The folder does not exist."),
    "is-a-folder": QT_TRANSLATE_NOOP("ExportTexts", "That is a folder: give a file name."),
    "bad-destination": QT_TRANSLATE_NOOP("ExportTexts", "Give a file name to export to."),
    "disk-full": QT_TRANSLATE_NOOP(
        "ExportTexts", "The disk is full. Nothing was written; free some space and try again."
    ),
    "write-failed": QT_TRANSLATE_NOOP("ExportTexts", "The file could not be written."),
    "too-big": QT_TRANSLATE_NOOP(
        "ExportTexts",
        "The file was not written: it would exceed the system's file size limit (errno EFBIG). "
        "Choose a disk that allows files this large, or raise the limit (ulimit -f).",
    ),
    "nothing-to-export": QT_TRANSLATE_NOOP(
        "ExportTexts", "No annotation matches these choices: there is nothing to export."
    ),
    "bad-filter": QT_TRANSLATE_NOOP("ExportTexts", "The date range is not valid."),
    "empty": QT_TRANSLATE_NOOP("ExportTexts", "The file is empty."),
    "corrupt": QT_TRANSLATE_NOOP(
        "ExportTexts", "The file is not a valid annotation file (W3C Web Annotation JSON)."
    ),
    "mismatch": QT_TRANSLATE_NOOP(
        "ExportTexts", "The file is not a valid annotation file (W3C Web Annotation JSON)."
    ),
    "encoding": QT_TRANSLATE_NOOP("ExportTexts", "The file is not UTF-8 text."),
    "unreadable": QT_TRANSLATE_NOOP("ExportTexts", "The file cannot be read."),
    "too-large": QT_TRANSLATE_NOOP(
        "ExportTexts", "The file is too large to be an annotation file."
    ),
}

_FILE_ERRORS = {
    "empty": QT_TRANSLATE_NOOP("ExportTexts", "The file “%1” is empty."),
    "corrupt": QT_TRANSLATE_NOOP(
        "ExportTexts",
        "The file “%1” is damaged or is not an annotation file (W3C Web Annotation JSON).",
    ),
    "mismatch": QT_TRANSLATE_NOOP(
        "ExportTexts",
        "The file “%1” holds JSON, but not annotations (W3C Web Annotation JSON).",
    ),
    "encoding": QT_TRANSLATE_NOOP("ExportTexts", "The file “%1” is not UTF-8 text."),
    "unreadable": QT_TRANSLATE_NOOP("ExportTexts", "The file “%1” cannot be read."),
    "too-large": QT_TRANSLATE_NOOP(
        "ExportTexts", "The file “%1” is too large to be an annotation file."
    ),
}
"""What was wrong with a file read (annotations to import), naming it, by the error's code."""

_WRITE_ERRORS = {
    "not-writable": QT_TRANSLATE_NOOP(
        "ExportTexts", "The file “%1” cannot be written there. Choose another folder."
    ),
    "missing-folder": QT_TRANSLATE_NOOP("ExportTexts", "The folder “%1” does not exist."),
    "is-a-folder": QT_TRANSLATE_NOOP("ExportTexts", "“%1” is a folder: give a file name."),
    "disk-full": QT_TRANSLATE_NOOP(
        "ExportTexts",
        "The disk is full: “%1” was not written. Free some space and try again.",
    ),
    "write-failed": QT_TRANSLATE_NOOP("ExportTexts", "The file “%1” could not be written."),
    "too-big": QT_TRANSLATE_NOOP(
        "ExportTexts",
        "The file “%1” was not written: it would exceed the system's file size limit "
        "(errno EFBIG). Choose a disk that allows files this large, or raise the limit "
        "(ulimit -f).",
    ),
}
"""What kept a file from being written (an export), naming it, by the error's code."""


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP above, translated."""
    return QCoreApplication.translate("ExportTexts", text)


def format_name(spec: ExportFormat) -> str:
    """A format's short name for the format list."""
    return _tr(_NAMES.get(spec.name, spec.name))


def format_description(spec: ExportFormat) -> str:
    """One line saying what a format is for."""
    return _tr(_FORMATS.get(spec.name, spec.description))


def error_text(error: BaseException) -> str:
    """What went wrong, by the error's code, in the UI's language alone (naming the file).

    Only an error no sentence here knows falls back to core's English line.
    """
    if not isinstance(error, PizhuError):
        return _unforeseen(error)
    if isinstance(error, LibraryError):  # reading the library to export, by the window's words
        return error_summary(error)
    named = _named_error(error)
    if named is not None:
        return named
    summary = _ERRORS.get(error.code)
    return _tr(summary) if summary is not None else _unforeseen(error)


def _named_error(error: PizhuError) -> str | None:
    # By the error's kind too: a library's "disk-full" or "corrupt" is not the file's.
    if not error.path:
        return None
    if isinstance(error, ExportError) and error.code in _WRITE_ERRORS:
        # The folder that is missing is the one named, not the file meant to go in it.
        path = Path(error.path).parent if error.code == "missing-folder" else error.path
        return fill(_tr(_WRITE_ERRORS[error.code]), str(path))
    if isinstance(error, DocumentError) and error.code in _FILE_ERRORS:
        return fill(_tr(_FILE_ERRORS[error.code]), error.path)
    return None


def _unforeseen(error: BaseException) -> str:
    text = QCoreApplication.translate("ExportTexts", "Something went wrong: %1")
    return fill(text, str(error))


def success_text(outcome: ExportOutcome) -> str:
    """What an export wrote, and where."""
    return ExportTexts().exported(outcome)


def import_report_lines(report: AnnotationImportReport) -> list[str]:
    """An annotation import's report, line by line."""
    return ExportTexts().import_report(report)


class ExportTexts(QObject):
    """The counted texts of exports and annotation imports ("1 annotation", "3 annotations").

    They are here, in ``self.tr``, because lupdate marks a text as a plural (numerus) only
    there: ``translate(context, text, None, count)`` with the count in a name it files as a
    plain text, which no language can then give a singular and a plural. The class keeps the
    module's translation context, ``ExportTexts``.
    """

    def exported(self, outcome: ExportOutcome) -> str:
        """What an export wrote, and where."""
        if outcome.annotations:
            held = self.tr("%Ln annotation(s) exported to %1", "", outcome.annotations)
        else:
            held = self.tr("%Ln speech(es) exported to %1", "", outcome.speeches)
        return held.replace("%1", str(outcome.path))

    def import_report(self, report: AnnotationImportReport) -> list[str]:
        """An annotation import's report, line by line: only what happened, no "0 added"."""
        lines = [self._file_total(report), *self._counts(report)]
        if report.in_trash:
            # Counted above as already there, yet nowhere to be seen until restored.
            lines.append(
                self.tr(
                    "%Ln of them in the trash: File ▸ Trash… restores them", "", report.in_trash
                )
            )
        lines += self._anchoring(report)
        if report.unmatched:
            lines.append(self._unmatched(report))
        return lines

    def _counts(self, report: AnnotationImportReport) -> list[str]:
        """The lines of what became of the annotations the library could take, none for 0."""
        if report.unchanged and report.unchanged == report.total:
            return [self.tr("All of them are already in the library: nothing changed.")]
        counted = [
            (report.added, self.tr("%Ln added", "", report.added)),
            (report.updated, self.tr("%Ln updated with a newer copy", "", report.updated)),
            (report.unchanged, self.tr("%Ln already in the library", "", report.unchanged)),
            (report.kept, self.tr("%Ln kept: the library's copy is newer", "", report.kept)),
        ]
        return [line for count, line in counted if count]

    def _anchoring(self, report: AnnotationImportReport) -> list[str]:
        """The lines of the annotations placed by their words, orphans counted apart too."""
        placed = sum(report.anchors.values())
        orphaned = report.anchors.get(AnchorState.ORPHANED.value, 0)
        lines = []
        if placed:
            lines.append(self.tr("%Ln placed by their words in a changed text", "", placed))
        if orphaned:
            lines.append(self.tr("%Ln not found in the text, kept as orphans", "", orphaned))
        return lines

    def _unmatched(self, report: AnnotationImportReport) -> str:
        """One line for every annotation skipped: how many, and the speeches the library lacks."""
        names = [target.title or target.source for target in report.unmatched]
        named = [self.tr("“%1”").replace("%1", name) for name in names[:MAX_NAMED] if name]
        count = report.unmatched_count
        if not named:
            return self.tr("%Ln not imported: their speech is not in the library", "", count)
        listed = self.tr(", ", "between titles").join(named)
        if len(names) > MAX_NAMED:
            listed += self.tr("…")
        if len(names) == 1:
            text = self.tr("%Ln not imported: %1 is not in the library", "", count)
        else:
            text = self.tr("%Ln not imported: %1 are not in the library", "", count)
        return text.replace("%1", listed)

    def _file_total(self, report: AnnotationImportReport) -> str:
        # The file by name: the report comes a while after it was chosen, maybe of several.
        if not report.path:
            return self.tr("%Ln annotation(s) in the file:", "", report.total)
        text = self.tr("%Ln annotation(s) in %1:", "", report.total)
        return text.replace("%1", Path(report.path).name)
