"""Tests for desktop/gui/window_print.py: File ▸ Print… and Print Preview…."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QTextBlock, QTextCharFormat
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.errors import ExportError
from desktop.gui import print_pdf_job
from desktop.gui.actions import ActionId
from desktop.gui.i18n import Language, Translations
from desktop.gui.main_window import MainWindow
from tests.gui.print_helpers import answer_dialog, pdf_pages, print_pdf, wait_for_pdf
from tests.gui.window_helpers import menu_action

DATED_SPEECH = 3
"""The sample's speech with a date: 在全市文艺工作会议上的讲话 of 2016-04-15."""


def _noted_speech(window: MainWindow) -> tuple[str, str]:
    """Highlight 效能革命 in the open speech with a note; its body words and the note."""
    speech = window.current_speech()
    start = speech.text.index("效能革命", speech.text.index("\n"))
    highlight = window.session.add_highlight(speech.record.id, start, start + 4, "yellow")
    window.session.edit_note(highlight.id, "打印时的批注")
    body = speech.text.splitlines()[1][:12]
    return body, "打印时的批注"


def test_print_and_preview_are_in_the_file_menu_and_need_a_speech(main_window: MainWindow) -> None:
    printing = main_window.registry.action(ActionId.PRINT)
    preview = main_window.registry.action(ActionId.PRINT_PREVIEW)
    assert printing.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert printing.shortcut() == QKeySequence("Ctrl+P")
    assert menu_action(main_window, "&File", printing.objectName()) is printing
    assert menu_action(main_window, "&File", preview.objectName()) is preview
    assert printing.isEnabled()
    assert preview.isEnabled()
    speech_id = main_window.current_speech_id()
    main_window.close_speech()
    assert not printing.isEnabled()
    assert not preview.isEnabled()
    main_window.open_speech(speech_id)
    assert printing.isEnabled()


@pytest.mark.parametrize(
    ("action_id", "dialog_class"),
    [(ActionId.PRINT, QPrintDialog), (ActionId.PRINT_PREVIEW, QPrintPreviewDialog)],
)
def test_the_print_dialogs_open_window_modally_without_a_nested_event_loop(
    qtbot: QtBot,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    action_id: ActionId,
    dialog_class: type[QDialog],
) -> None:
    """As the window's other dialogs: ``exec`` would run a loop of its own inside the action,
    under which the window's timers and workers' signals run re-entrantly."""
    nested: list[QDialog] = []

    def refuse(dialog: QDialog) -> int:
        nested.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_class, "exec", refuse)
    reader = main_window.reader
    reader.setFocus()
    main_window.registry.action(action_id).trigger()
    assert nested == []
    answer_dialog(main_window, dialog_class, lambda _dialog: QDialog.DialogCode.Rejected)
    qtbot.waitUntil(reader.hasFocus)  # the keyboard back in the page
    assert not any(d.isVisible() for d in main_window.findChildren(dialog_class))


def test_print_to_a_pdf_printer(qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    body, note = _noted_speech(main_window)
    path = tmp_path / "printed.pdf"
    pages = print_pdf(qtbot, main_window, path)
    text = pdf_pages(path)
    assert pages == len(text) > 1
    title = main_window.current_speech().record.title
    assert text[0].startswith(unicodedata.normalize("NFKC", title))
    assert unicodedata.normalize("NFKC", body) in text[0]
    assert text[0].endswith("Page1")
    assert f"[A1]{note}" in "".join(text)  # in the endnotes, marked in the English UI's way


def test_a_print_cut_short_leaves_the_earlier_pdf_of_that_name_whole(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt writes the PDF as it paints: a kill midway left a truncated file in place of the
    earlier one (walked under Xvfb: kill -9 20 ms after Print left 43 KB of 176). A failure
    midway is said once, naming the file; the earlier file stays whole."""
    folder = tmp_path / "prints"
    folder.mkdir()
    path = folder / "printed.pdf"
    earlier = b"%PDF-1.4 an earlier print, whole\n%%EOF\n"
    path.write_bytes(earlier)
    killed = folder / ".printed.pdf.printing-99999999"  # no such process: a print killed
    killed.write_bytes(b"%PDF-1.4 half")

    def cut_short(printer: QPrinter, *_args: object, **_kwargs: object) -> int:
        painter = QPainter()
        assert painter.begin(printer)
        painter.drawText(100, 100, "半页")
        painter.end()  # what Qt wrote so far is on disk
        raise ExportError("the disk is full", code="unwritable")

    monkeypatch.setattr(print_pdf_job, "paint_document", cut_short)
    assert print_pdf(qtbot, main_window, path) == 0
    assert path.read_bytes() == earlier
    assert [p.name for p in folder.iterdir()] == ["printed.pdf"], "nothing left aside"
    box = main_window.findChild(QMessageBox, "pdfPrintFailedMessage")
    qtbot.waitUntil(box.isVisible)
    assert str(path) in box.text()
    assert "the disk is full" in box.detailedText()
    box.close()


def test_a_tagged_highlight_prints_the_words_it_marks_in_its_endnote(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命", speech.text.index("\n"))
    highlight = main_window.session.add_highlight(speech.record.id, start, start + 4, "yellow")
    main_window.session.set_tags(highlight.id, ["tifa"])
    path = tmp_path / "printed.pdf"
    print_pdf(qtbot, main_window, path)
    printed = "".join(pdf_pages(path))
    notes = printed[printed.rindex("Notes") :]
    assert "[A1]「效能革命」#tifa" in notes.replace(" ", "")


def test_a_note_s_list_and_quote_print_drawn_not_as_typed(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命", speech.text.index("\n"))
    highlight = main_window.session.add_highlight(speech.record.id, start, start + 4, "yellow")
    note = "三个层次：\n\n- 定调\n- 部署任务\n\n3. 先讲挑战\n4. 再讲机遇\n\n> 极不平凡"
    main_window.session.edit_note(highlight.id, note)
    path = tmp_path / "printed.pdf"
    print_pdf(qtbot, main_window, path)
    printed = "".join(pdf_pages(path))
    notes = re.sub(r"Page\d+", "", printed[printed.rindex("Notes") :])  # the pages' feet
    assert "[A1]三个层次:定调部署任务3.先讲挑战4.再讲机遇极不平凡" in notes  # NFKC: ：is :
    assert "-定调" not in notes
    assert ">极不平凡" not in notes


def test_text_only_prints_no_notes(qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    _body, note = _noted_speech(main_window)
    main_window.settings.print_annotations = False
    path = tmp_path / "plain.pdf"
    print_pdf(qtbot, main_window, path)
    assert note not in "".join(pdf_pages(path))


def test_the_printout_is_black_on_white_in_the_dark_theme(main_window: MainWindow) -> None:
    main_window.set_theme("dark")
    document = main_window.print_document()
    assert document is not None
    muted = QColor("#404040")  # the date and speaker lines: a dark grey
    block = document.firstBlock()
    while block.isValid():
        for fragment_format in _formats(block):
            assert fragment_format.foreground().color() in (QColor("#000000"), muted)
        block = block.next()
    body = document.findBlockByNumber(document.blockCount() // 2)
    assert _formats(body)[0].foreground().color() == QColor("#000000")


def _formats(block: QTextBlock) -> list[QTextCharFormat]:
    found = []
    iterator = block.begin()
    while not iterator.atEnd():
        found.append(iterator.fragment().charFormat())
        iterator += 1
    return found


def test_the_print_dialog_chooses_the_printer_and_may_print_the_selection(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    speech = main_window.current_speech()
    words = speech.text.splitlines()[1][:10]
    start = speech.text.index(words)
    main_window.reader.select_range(start, start + len(words))
    path = tmp_path / "selection.pdf"
    shown: list[bool] = []

    def choose_the_selection(dialog: QPrintDialog) -> int:
        shown.append(dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection))
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        dialog.printer().setPrintRange(QPrinter.PrintRange.Selection)
        return QDialog.DialogCode.Accepted

    main_window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(main_window, QPrintDialog, choose_the_selection)
    assert wait_for_pdf(qtbot, main_window) == 1
    assert shown == [True]
    (page,) = pdf_pages(path)
    title = unicodedata.normalize("NFKC", speech.record.title)
    assert page == unicodedata.normalize("NFKC", words) + f"(《{title}》)Page1"
    assert main_window.printer().printRange() == QPrinter.PrintRange.AllPages


def test_the_preview_offers_text_only(main_window: MainWindow) -> None:
    assert main_window.settings.print_annotations

    def untick_and_print(dialog: QPrintPreviewDialog) -> int:
        box = dialog.findChild(QCheckBox, "printAnnotations")
        assert box is not None
        assert box.isChecked()
        box.setChecked(False)
        return QDialog.DialogCode.Accepted  # the preview's Print button prints, then accepts

    main_window.registry.action(ActionId.PRINT_PREVIEW).trigger()
    answer_dialog(main_window, QPrintPreviewDialog, untick_and_print)
    assert not main_window.settings.print_annotations


def test_cancelling_the_print_dialog_keeps_the_saved_choice(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    _body, note = _noted_speech(main_window)
    speech = main_window.current_speech()
    start = speech.text.index(speech.text.splitlines()[1][:10])
    main_window.reader.select_range(start, start + 10)

    def untick_and_cancel(dialog: QPrintDialog) -> int:
        dialog.findChild(QCheckBox, "printAnnotations").setChecked(False)
        dialog.printer().setPrintRange(QPrinter.PrintRange.Selection)
        return QDialog.DialogCode.Rejected

    main_window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(main_window, QPrintDialog, untick_and_cancel)
    assert main_window.settings.print_annotations
    assert main_window.printer().printRange() == QPrinter.PrintRange.AllPages
    path = tmp_path / "after_cancel.pdf"
    print_pdf(qtbot, main_window, path)
    assert note in "".join(pdf_pages(path))


def test_printing_from_the_dialog_saves_the_choice(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    _body, note = _noted_speech(main_window)
    path = tmp_path / "text_only.pdf"

    def untick_and_print(dialog: QPrintDialog) -> int:
        dialog.findChild(QCheckBox, "printAnnotations").setChecked(False)
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    main_window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(main_window, QPrintDialog, untick_and_print)
    wait_for_pdf(qtbot, main_window)
    assert note not in "".join(pdf_pages(path))
    assert not main_window.settings.print_annotations


def test_closing_the_preview_without_printing_keeps_the_saved_choice(
    main_window: MainWindow,
) -> None:
    _body, note = _noted_speech(main_window)
    previewed: list[str] = []

    def untick_and_close(dialog: QPrintPreviewDialog) -> int:
        dialog.findChild(QCheckBox, "printAnnotations").setChecked(False)
        document = main_window.print_document()
        previewed.append(document.toPlainText())
        document.deleteLater()
        return QDialog.DialogCode.Rejected

    main_window.registry.action(ActionId.PRINT_PREVIEW).trigger()
    answer_dialog(main_window, QPrintPreviewDialog, untick_and_close)
    assert note not in previewed[0]  # the preview showed the text only
    assert main_window.settings.print_annotations


def test_the_print_dialog_offers_official_document_page_numbers(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    assert not main_window.settings.print_official_page_numbers
    path = tmp_path / "official.pdf"

    def tick_and_print(dialog: QPrintDialog) -> int:
        box = dialog.findChild(QCheckBox, "printOfficialPageNumbers")
        assert not box.isChecked()
        box.setChecked(True)
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    main_window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(main_window, QPrintDialog, tick_and_print)
    wait_for_pdf(qtbot, main_window)
    pages = pdf_pages(path)
    assert len(pages) > 1
    for number, text in enumerate(pages, 1):
        assert text.endswith(f"\N{EM DASH}{number}\N{EM DASH}")
        assert "Page" not in text
    assert main_window.settings.print_official_page_numbers
    plain = tmp_path / "plain.pdf"
    main_window.settings.print_official_page_numbers = False
    print_pdf(qtbot, main_window, plain)
    assert pdf_pages(plain)[0].endswith("Page1")


def test_the_preview_shows_official_page_numbers_when_ticked(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "previewed.pdf"

    def tick_and_look(dialog: QPrintPreviewDialog) -> int:
        dialog.findChild(QCheckBox, "printOfficialPageNumbers").setChecked(True)
        print_pdf(qtbot, main_window, path)  # what the preview paints now
        return QDialog.DialogCode.Rejected

    main_window.registry.action(ActionId.PRINT_PREVIEW).trigger()
    answer_dialog(main_window, QPrintPreviewDialog, tick_and_look)
    assert pdf_pages(path)[0].endswith("\N{EM DASH}1\N{EM DASH}")
    assert not main_window.settings.print_official_page_numbers, "closed without printing"


def test_the_preview_s_choices_stay_in_sight_in_a_narrow_preview(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """On a 1366-pixel screen the choices were out of sight in the toolbar's overflow menu."""
    seen: dict[str, bool] = {}

    def look(dialog: QPrintPreviewDialog) -> int:
        assert dialog.width() >= 700  # not Qt's small default: room to read a page
        dialog.resize(700, 600)
        qtbot.waitExposed(dialog)
        for name in ("printAnnotations", "printOfficialPageNumbers"):
            box = dialog.findChild(QCheckBox, name)
            qtbot.waitUntil(lambda box=box: box.isVisible() and box.width() > 0)
            seen[name] = box.isVisible()
        return QDialog.DialogCode.Rejected

    main_window.registry.action(ActionId.PRINT_PREVIEW).trigger()
    answer_dialog(main_window, QPrintPreviewDialog, look)
    assert seen == {"printAnnotations": True, "printOfficialPageNumbers": True}


@pytest.fixture(params=[Language.ENGLISH, Language.CHINESE], ids=["en", "zh_CN"])
def translated_window(
    request: pytest.FixtureRequest, qapp: QApplication, main_window: MainWindow
) -> Iterator[MainWindow]:
    """The main window with its UI in each language, as the app gives it its translations."""
    translations = Translations(qapp)
    assert translations.apply(request.param) == request.param
    main_window.translations = translations
    yield main_window
    translations.remove()


def _print_the_selection(qtbot: QtBot, window: MainWindow, path: Path) -> str:
    """File ▸ Print… with "Selection" chosen in the dialog, to a PDF; its one page's text."""

    def choose_the_selection(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        dialog.printer().setPrintRange(QPrinter.PrintRange.Selection)
        return QDialog.DialogCode.Accepted

    window.registry.action(ActionId.PRINT).trigger()
    answer_dialog(window, QPrintDialog, choose_the_selection)
    wait_for_pdf(qtbot, window)
    (page,) = pdf_pages(path)
    return page


def test_a_printed_selection_names_its_speech_in_the_ui_language(
    qtbot: QtBot,
    translated_window: MainWindow,
    tmp_path: Path,
) -> None:
    window = translated_window
    window.open_speech(DATED_SPEECH)
    qtbot.waitUntil(lambda: window.current_speech_id() == DATED_SPEECH)
    speech = window.current_speech()
    start = speech.text.index("文艺事业")
    window.reader.select_range(start, start + 10)
    page = _print_the_selection(qtbot, window, tmp_path / "cited.pdf")
    words = unicodedata.normalize("NFKC", speech.text[start : start + 10])
    assert page.startswith(words + unicodedata.normalize("NFKC", f"(《{speech.record.title}》"))
    document = window.print_document(selection_only=True)
    assert document is not None
    source = document.lastBlock()
    expected = {
        Language.ENGLISH: f"(《{speech.record.title}》, 15 April 2016)",
        Language.CHINESE: f"（《{speech.record.title}》，2016年4月15日）",
    }
    assert source.text() == expected[window.translations.language]
    assert source.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight


def test_a_selection_from_mid_paragraph_prints_without_a_first_line_indent(
    main_window: MainWindow,
) -> None:
    speech = main_window.current_speech()
    paragraph = speech.text.index("\n") + 1
    main_window.reader.select_range(paragraph + 5, paragraph + 30)
    mid = main_window.print_document(selection_only=True)
    assert mid is not None
    assert mid.firstBlock().text() == speech.text[paragraph + 5 : paragraph + 30]
    assert mid.firstBlock().blockFormat().textIndent() == 0
    main_window.reader.select_range(paragraph, paragraph + 30)
    whole = main_window.print_document(selection_only=True)
    assert whole is not None
    assert whole.firstBlock().blockFormat().textIndent() > 0, "a paragraph's start keeps it"


@pytest.mark.parametrize(
    ("action_id", "dialog_class"),
    [(ActionId.PRINT, QPrintDialog), (ActionId.PRINT_PREVIEW, QPrintPreviewDialog)],
)
def test_the_print_job_is_named_after_the_speech(
    main_window: MainWindow, action_id: ActionId, dialog_class: type[QDialog]
) -> None:
    """The printer's queue and a PDF printout are named by the speech (Qt proposed print.pdf
    for every one, and listed the job nameless), the next speech by its own."""
    titles = []
    for speech_id in (1, DATED_SPEECH):
        main_window.open_speech(speech_id)

        def seen(dialog: QDialog) -> int:
            titles.append(dialog.printer().docName())
            return QDialog.DialogCode.Rejected

        main_window.registry.action(action_id).trigger()
        answer_dialog(main_window, dialog_class, seen)
    assert titles == ["在全市效能革命工作会上的讲话", "在全市文艺工作会议上的讲话"]
