"""Tests for desktop/gui/window_export.py: File ▸ Export…, Import Annotations…, Print…."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QTextBlock, QTextCharFormat
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QCheckBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.export.runner import ExportRequest, run_export
from desktop.core.export.selection import ExportScope, LibraryReader
from desktop.core.storage.library import open_library
from desktop.dialogs.export_settings import ScopeKind
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.core.export.readback import docx_text
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.print_helpers import pdf_pages, pdf_printer
from tests.gui.window_helpers import click_row, focus_reader, menu_action, tree_row

WAIT_MS = 30_000


def test_export_is_in_the_file_menu_on_ctrl_e(main_window: MainWindow) -> None:
    action = main_window.registry.action(ActionId.EXPORT)
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert menu_action(main_window, "&File", action.objectName()) is action
    importing = main_window.registry.action(ActionId.IMPORT_ANNOTATIONS)
    assert menu_action(main_window, "&File", importing.objectName()) is importing


def test_export_the_speech_being_read_to_word(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命")
    main_window.session.add_highlight(speech.record.id, start, start + 4, "green")
    main_window.registry.action(ActionId.EXPORT).trigger()
    dialog = main_window.export_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.ui.scope_kind() == ScopeKind.CURRENT_SPEECH
    assert speech.record.title in dialog.ui.scope_buttons[ScopeKind.CURRENT_SPEECH].text()
    qtbot.waitUntil(lambda: "1 annotation(s)" in dialog.ui.summary.text(), timeout=WAIT_MS)
    dialog.ui.destination.setText(str(tmp_path / "摘录.docx"))
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert "效能革命" in docx_text(finished.args[0].path.read_bytes())
    assert str(tmp_path / "摘录.docx") in main_window.status.currentMessage()
    dialog.close()
    assert main_window.export_dialog is None
    main_window.registry.action(ActionId.EXPORT).trigger()  # again, a new dialog
    again = main_window.export_dialog
    assert again is not None
    assert again.isVisible()
    assert again.format_name() == "docx"  # the last choice
    assert Path(again.ui.destination.text()).parent == tmp_path
    again.close()


def test_the_collection_chosen_in_the_library_is_offered(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    collection_id = main_window.current_speech().record.collection_id
    click_row(qtbot, main_window, tree_row(main_window, main_window.current_speech_id()))
    dialog = main_window.show_export_dialog()
    button = dialog.ui.scope_buttons[ScopeKind.COLLECTION]
    assert button.isEnabled()
    assert main_window.session.collection(collection_id).title in button.text()
    assert dialog.ui.scope_buttons[ScopeKind.SELECTED_SPEECHES].isEnabled()
    assert dialog.scope() == ExportScope(speech_ids=(main_window.current_speech_id(),))
    record = main_window.current_speech().record
    this_speech = dialog.ui.scope_buttons[ScopeKind.CURRENT_SPEECH].text()
    assert this_speech.endswith(f": No. {record.index} · {record.title}")
    dialog.close()


def test_imported_annotations_appear_with_a_report(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    speech_id = main_window.current_speech_id()
    backup = tmp_path / "backup.json"
    # Another copy of the app made a note and backed it up; this library never had it.
    with open_library(library_path, create=False, daily_backup=False) as other:
        text = other.store.speech_text(speech_id)
        start = text.index("效能革命")
        note = other.annotations.create(speech_id, "note", start, start + 4, note="别处的批注")
        scope = ExportScope(speech_ids=(speech_id,))
        run_export(LibraryReader(other), ExportRequest("json", backup, scope))
        other.annotations.purge(note.id)
    main_window.pick_annotation_file = lambda _parent: str(backup)
    with qtbot.waitSignal(main_window.session.library_changed, timeout=WAIT_MS):
        main_window.registry.action(ActionId.IMPORT_ANNOTATIONS).trigger()
    importer = main_window.annotation_importer
    assert importer is not None
    ids = [a.id for a in main_window.session.annotations(speech_id)]
    assert note.id in ids
    assert importer.message is not None
    assert "1 added" in importer.message.informativeText()
    importer.message.button(QMessageBox.StandardButton.Ok).click()


def _notes_from_elsewhere(library_path: Path, speech_id: int, folder: Path) -> dict[str, int]:
    """A backup of two notes another copy of the app made on the speech: their ids and starts.

    This library never had them.
    """
    with open_library(library_path, create=False, daily_backup=False) as other:
        text = other.store.speech_text(speech_id)
        made = {}
        for words in ("效能革命", "工作会"):
            start = text.index(words)
            note = other.annotations.create(
                speech_id, "note", start, start + len(words), note=f"别处的批注：{words}"
            )
            made[note.id] = start
        scope = ExportScope(speech_ids=(speech_id,))
        run_export(LibraryReader(other), ExportRequest("json", folder / "backup.json", scope))
        for annotation_id in made:
            other.annotations.purge(annotation_id)
    return made


def _import_by_menu(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """File ▸ Import Annotations… on ``path``, then OK on its report."""
    window.pick_annotation_file = lambda _parent: str(path)
    window.registry.action(ActionId.IMPORT_ANNOTATIONS).trigger()
    importer = window.annotation_importer
    assert importer is not None
    qtbot.waitUntil(lambda: not importer.is_running(), timeout=WAIT_MS)
    assert importer.message is not None
    importer.message.button(QMessageBox.StandardButton.Ok).click()


def _shown(window: MainWindow, made: dict[str, int]) -> list[bool]:
    """Whether the dock lists each note and the reader paints it."""
    dock = window.annotations_dock
    return [
        dock.model.annotation(key) is not None and key in window.reader.annotations_at(start)
        for key, start in made.items()
    ]


def test_an_import_is_undone_to_the_trash_and_redone_with_the_keyboard(
    qtbot: QtBot,
    open_window: WindowFactory,
    main_window: MainWindow,
    library_path: Path,
    tmp_path: Path,
) -> None:
    made = _notes_from_elsewhere(library_path, main_window.current_speech_id(), tmp_path)
    session = main_window.session
    with qtbot.waitSignal(session.library_changed, timeout=WAIT_MS):
        _import_by_menu(qtbot, main_window, tmp_path / "backup.json")
    assert _shown(main_window, made) == [True, True]
    assert "Ctrl+Z" in main_window.status.currentMessage()
    undo = main_window.registry.action(ActionId.UNDO)
    assert undo.text() == "&Undo Import 2 Annotation(s)"
    assert menu_action(main_window, "&Edit", undo.objectName()) is undo
    focus_reader(qtbot, main_window)
    with qtbot.waitSignal(session.library_changed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _shown(main_window, made) == [False, False]
    assert {a.id for a in session.trash()} == set(made)
    redo = main_window.registry.action(ActionId.REDO)
    assert redo.text() == "&Redo Import 2 Annotation(s)"
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(session.library_changed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_Z, shift)
    assert _shown(main_window, made) == [True, True]
    assert session.trash() == []
    with qtbot.waitSignal(session.library_changed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    close_window(main_window)
    reopened = open_window()
    assert {a.id for a in reopened.session.trash()} == set(made)
    assert _shown(reopened, made) == [False, False]


def test_importing_the_same_file_again_adds_no_undo_step(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    _notes_from_elsewhere(library_path, main_window.current_speech_id(), tmp_path)
    _import_by_menu(qtbot, main_window, tmp_path / "backup.json")
    stack = main_window.session.undo_stack
    assert stack.count() == 1
    _import_by_menu(qtbot, main_window, tmp_path / "backup.json")
    assert stack.count() == 1
    assert main_window.registry.action(ActionId.UNDO).text() == "&Undo Import 2 Annotation(s)"


# Printing ----------------------------------------------------------------------------------


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


def test_print_to_a_pdf_printer(main_window: MainWindow, tmp_path: Path) -> None:
    body, note = _noted_speech(main_window)
    path = tmp_path / "printed.pdf"
    pages = main_window.print_to(pdf_printer(path))
    text = pdf_pages(path)
    assert pages == len(text) > 1
    title = main_window.current_speech().record.title
    assert text[0].startswith(unicodedata.normalize("NFKC", title))
    assert unicodedata.normalize("NFKC", body) in text[0]
    assert text[0].endswith("Page1")
    assert f"[1]{note}" in "".join(text)  # in the endnotes


def test_text_only_prints_no_notes(main_window: MainWindow, tmp_path: Path) -> None:
    _body, note = _noted_speech(main_window)
    main_window.settings.print_annotations = False
    path = tmp_path / "plain.pdf"
    main_window.print_to(pdf_printer(path))
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
    main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
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

    monkeypatch.setattr(QPrintDialog, "exec", choose_the_selection)
    main_window.registry.action(ActionId.PRINT).trigger()
    assert shown == [True]
    (page,) = pdf_pages(path)
    assert page == unicodedata.normalize("NFKC", words) + "Page1"
    assert main_window.printer().printRange() == QPrinter.PrintRange.AllPages


def test_the_preview_offers_text_only(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main_window.settings.print_annotations

    def untick(dialog: QPrintPreviewDialog) -> int:
        box = dialog.findChild(QCheckBox, "printAnnotations")
        assert box is not None
        assert box.isChecked()
        box.setChecked(False)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", untick)
    main_window.registry.action(ActionId.PRINT_PREVIEW).trigger()
    assert not main_window.settings.print_annotations
