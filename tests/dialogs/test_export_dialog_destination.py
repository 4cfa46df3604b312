"""The export dialog's file name: what is written is what the name says."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.dialogs.export_dialog import ExportContext, ExportDialog, Named
from desktop.dialogs.export_settings import ExportSettings
from desktop.gui.workers import WorkerPool
from tests.core.export.stored_library import StoredLibrary, build_stored_library

WAIT_MS = 20_000


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[ExportDialog]:
    """The dialog on a stored library's first speech, its preview shown."""
    stored: StoredLibrary = build_stored_library(tmp_path / "stored")
    pool = WorkerPool()
    context = ExportContext(
        library_path=stored.path, current_speech=Named(stored.reform.id, stored.reform.title)
    )
    shown = ExportDialog(context, pool, ExportSettings())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.ui.summary.text() != "", timeout=WAIT_MS)
    yield shown
    pool.cancel_all()
    assert pool.wait(WAIT_MS)


def _choose_format(qtbot: QtBot, dialog: ExportDialog, name: str) -> None:
    combo = dialog.ui.format
    if combo.currentData() != name:
        with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
            combo.setCurrentIndex(combo.findData(name))


def _type_destination(qtbot: QtBot, dialog: ExportDialog, path: Path) -> None:
    field = dialog.ui.destination
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, str(path))


def _export(qtbot: QtBot, dialog: ExportDialog) -> Path:
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    return finished.args[0].path


def test_a_name_ending_in_another_formats_extension_gets_the_chosen_ones(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    _choose_format(qtbot, dialog, "md")
    _type_destination(qtbot, dialog, tmp_path / "notes.html")
    written = _export(qtbot, dialog)
    assert written == tmp_path / "notes.md"
    assert written.read_text(encoding="utf-8").startswith("---\n")
    assert not (tmp_path / "notes.html").exists()
    assert str(written) in dialog.ui.result.text()


@pytest.mark.parametrize("typed", ["notes.xhtml", "notes.HTM"])
def test_any_spelling_of_another_formats_extension_gets_the_chosen_one(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, typed: str
) -> None:
    _choose_format(qtbot, dialog, "md")
    _type_destination(qtbot, dialog, tmp_path / typed)
    assert _export(qtbot, dialog) == tmp_path / "notes.md"


@pytest.mark.parametrize(
    ("format_name", "typed", "kept"),
    [
        ("html", "notes.htm", "notes.htm"),
        ("md", "notes.markdown", "notes.markdown"),
        ("html", "notes.xhtml", "notes.xhtml"),
        ("md", "notes.mkd", "notes.mkd"),
    ],
)
def test_another_spelling_of_the_chosen_extension_is_kept(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, format_name: str, typed: str, kept: str
) -> None:
    _choose_format(qtbot, dialog, format_name)
    _type_destination(qtbot, dialog, tmp_path / typed)
    assert _export(qtbot, dialog) == tmp_path / kept


def test_a_dot_in_a_name_of_no_format_is_the_users(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    _choose_format(qtbot, dialog, "csv")
    _type_destination(qtbot, dialog, tmp_path / "notes v1.2")
    assert _export(qtbot, dialog) == tmp_path / "notes v1.2"


def test_the_notes_outline_and_annotated_text_in_word_do_not_replace_each_other(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    # The proposed name, not one typed: the dialog names each kind as the CLI does.
    _choose_format(qtbot, dialog, "docx")
    notes = _export(qtbot, dialog)
    _choose_format(qtbot, dialog, "annotated-docx")
    annotated = _export(qtbot, dialog)
    _choose_format(qtbot, dialog, "outline-docx")
    outline = _export(qtbot, dialog)
    assert len({notes, annotated, outline}) == 3
    assert annotated.name == notes.stem + "（批注本）.docx"
    assert outline.name == notes.stem + "提纲.docx"
    assert all(path.is_file() for path in (notes, annotated, outline))


def test_a_name_the_user_typed_keeps_its_stem_in_every_format(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    _choose_format(qtbot, dialog, "docx")
    _type_destination(qtbot, dialog, tmp_path / "speech-material.docx")
    _choose_format(qtbot, dialog, "annotated-docx")
    assert dialog.destination() == tmp_path / "speech-material.docx"
    _choose_format(qtbot, dialog, "pdf")
    assert dialog.destination() == tmp_path / "speech-material.pdf"
