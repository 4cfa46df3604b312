"""Tests for desktop/gui/print_paged.py: a printer's pages are painted from the event loop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.gui import print_pdf_text
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.print_helpers import answer_dialog, pdf_pages


@pytest.fixture
def as_a_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF file printed as a printer device is (offscreen there is none): on the GUI
    thread, straight into its file."""
    monkeypatch.setattr(print_pdf_text, "printed_pdf_file", lambda _printer: None)


def _print_from_the_dialog(window: MainWindow, path: Path) -> None:
    def to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(window, QPrintDialog, to_file)


@pytest.mark.usefixtures("as_a_printer")
def test_a_printers_pages_are_painted_one_per_turn_of_the_event_loop(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """The window answers between pages (a long speech froze it until all were painted)."""
    path = tmp_path / "device.pdf"
    _print_from_the_dialog(main_window, path)
    job = main_window.paged_print
    assert job is not None
    assert job.pages == 0, "no page painted before the window has had its turn"
    turns: list[int] = []
    QTimer.singleShot(0, lambda: turns.append(job.pages))  # a turn of the event loop
    qtbot.waitUntil(lambda: job.done)
    assert turns
    assert turns[0] < job.pages, "the window had its turn with pages still to paint"
    assert job.pages == len(pdf_pages(path)) > 1
    assert main_window.status.currentMessage() == "Printed."
    assert main_window.printer().printRange() == QPrinter.PrintRange.AllPages


@pytest.mark.usefixtures("as_a_printer")
def test_cancel_stops_a_printer_before_its_next_page(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "device.pdf"
    _print_from_the_dialog(main_window, path)
    job = main_window.paged_print
    assert job is not None
    job.progressed.connect(job.cancel)  # Cancel pressed after the first page
    with qtbot.waitSignal(job.finished) as finished:
        pass
    assert finished.args == [None]
    assert job.pages == 1
    assert main_window.status.currentMessage() == "Printing cancelled."
    main_window.registry.action(ActionId.PRINT).trigger()  # the printer is free again
    answer_dialog(main_window, QPrintDialog, lambda _dialog: QDialog.DialogCode.Rejected)


@pytest.mark.usefixtures("as_a_printer")
def test_closing_the_window_aborts_a_printer_still_printing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """Nothing cancelled it: its pages went on painting after the window had closed."""
    path = tmp_path / "device.pdf"
    _print_from_the_dialog(main_window, path)
    job = main_window.paged_print
    assert job is not None
    qtbot.waitUntil(lambda: job.pages > 0)
    painted = job.pages
    outcomes: list[object] = []
    job.finished.connect(outcomes.append)
    assert main_window.close()
    assert outcomes == [None], "the job ended as the window closed"
    assert not main_window.printer().paintingActive(), "no painter left active on the printer"
    assert main_window.status.currentMessage() == "Printing cancelled."
    QTimer.singleShot(0, lambda: outcomes.append("turned"))
    qtbot.waitUntil(lambda: "turned" in outcomes)
    assert job.pages == painted, "no page painted after the close"


@pytest.mark.usefixtures("as_a_printer")
def test_a_close_while_a_page_is_told_ends_the_job_once(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """A modal progress dialog turns the event loop as it shows a page's progress: a close
    there must not start the next page (the job ended twice)."""
    _print_from_the_dialog(main_window, tmp_path / "device.pdf")
    job = main_window.paged_print
    assert job is not None
    outcomes: list[object] = []
    job.finished.connect(outcomes.append)
    job.progressed.connect(main_window.close)
    qtbot.waitUntil(lambda: bool(outcomes))
    QTimer.singleShot(0, lambda: outcomes.append("turned"))
    qtbot.waitUntil(lambda: "turned" in outcomes)
    assert outcomes == [None, "turned"]
    assert job.pages == 1


@pytest.fixture
def painter_ends(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each explicit ``QPainter.end()`` of a painter on a printer (True if it was active),
    not its destructor's."""
    ends: list[bool] = []
    end = QPainter.end

    def spy(painter: QPainter) -> bool:
        if isinstance(painter.device(), QPrinter):
            ends.append(painter.isActive())
        return end(painter)

    monkeypatch.setattr(QPainter, "end", spy)
    return ends


@pytest.mark.usefixtures("as_a_printer")
def test_a_cancel_before_the_first_page_ends_the_painter(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, painter_ends: list[bool]
) -> None:
    # Closing a generator that never started skips its finally: the painter begun on the
    # printer was left to QPainter's destructor.
    _print_from_the_dialog(main_window, tmp_path / "device.pdf")
    job = main_window.paged_print
    assert job is not None
    assert main_window.printer().paintingActive()
    job.cancel()  # Cancel pressed before the first page
    with qtbot.waitSignal(job.finished) as finished:
        pass
    assert finished.args == [None]
    assert job.pages == 0
    assert painter_ends == [True], "the painter ended, by the print"
    assert not main_window.printer().paintingActive()


@pytest.mark.usefixtures("as_a_printer")
def test_print_and_preview_during_a_print_say_a_print_is_under_way(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    # They did nothing at all while a printer printed: no dialog, no word why.
    _print_from_the_dialog(main_window, tmp_path / "device.pdf")
    job = main_window.paged_print
    assert job is not None
    busy = "A print is under way: wait until it has finished, or cancel it."
    dialogs = len(main_window.findChildren(QPrintDialog))
    for action_id in (ActionId.PRINT, ActionId.PRINT_PREVIEW):
        main_window.status.clearMessage()
        main_window.registry.action(action_id).trigger()
        assert main_window.status.currentMessage() == busy
        assert main_window.findChildren(QPrintPreviewDialog) == []
        assert len(main_window.findChildren(QPrintDialog)) == dialogs, "no dialog opened"
    qtbot.waitUntil(lambda: job.done)
