"""Tests for desktop/dialogs/job_progress.py: one progress dialog for long jobs, worded by each
kind of job (desktop/dialogs/print_progress.py here; the import's in test_import_progress.py)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.dialogs.import_progress import ImportProgressDialog
from desktop.dialogs.job_progress import JobProgressDialog
from desktop.dialogs.print_progress import PrintProgressDialog
from desktop.gui.i18n import Language

DIALOGS = Path(__file__).resolve().parents[2] / "desktop" / "dialogs"


class FakePrint(QObject):
    """A print into a PDF file that the test drives by hand."""

    progressed = Signal(float, str)
    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.paths = (Path("讲话.pdf"),)
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


def _label(dialog: JobProgressDialog, name: str) -> str:
    return dialog.findChild(QLabel, name).text()


def test_a_print_s_progress_says_the_print_not_an_import(
    qtbot: QtBot, ui_language: Language
) -> None:
    job = FakePrint()
    dialog = PrintProgressDialog(job, delay_ms=0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    chinese = ui_language is Language.CHINESE
    assert dialog.windowTitle() == ("正在打印" if chinese else "Printing")
    printing = "正在打印“讲话.pdf”……" if chinese else "Printing “讲话.pdf”…"
    assert _label(dialog, "progressLabel") == printing
    job.progressed.emit(0.5, "page 3")
    assert dialog.fraction == 0.5
    assert _label(dialog, "progressLabel") == printing, "a page is no file read"
    assert _label(dialog, "progressCount") == "", "nor one of several files"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert job.cancelled
    assert _label(dialog, "progressLabel") == ("正在取消……" if chinese else "Cancelling…")
    job.finished.emit(None)
    assert not dialog.isVisible()


def test_a_print_s_dialog_is_not_taken_for_an_import_s(qtbot: QtBot) -> None:
    # It was an ImportProgressDialog worded otherwise: whoever looks for the import's
    # progress (findChild, isinstance) found a print's.
    dialog = PrintProgressDialog.track(FakePrint())
    qtbot.addWidget(dialog)
    assert isinstance(dialog, JobProgressDialog)
    assert not isinstance(dialog, ImportProgressDialog)


def _protected_read_but_not_made(path: Path) -> set[str]:
    """The ``self._name`` a module reads that it neither assigns nor defines."""
    made: set[str] = set()
    read: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            made.add(node.name)
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        ):
            if isinstance(node.ctx, ast.Store):
                made.add(node.attr)
            elif node.attr.startswith("_") and not node.attr.startswith("__"):
                read.add(node.attr)
    return read - made


def test_no_dialog_reads_another_dialog_s_protected_members() -> None:
    # The print's progress read the import dialog's _job, _label and _bar: a change of the
    # import's insides broke the print.
    found = {
        path.name: sorted(names)
        for path in sorted(DIALOGS.glob("*.py"))
        if (names := _protected_read_but_not_made(path))
    }
    assert found == {}
