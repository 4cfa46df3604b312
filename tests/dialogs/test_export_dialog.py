"""The export dialog end to end: choose, preview, export in a worker, read the file back."""

from __future__ import annotations

import errno
import gc
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from desktop.core import fileio
from desktop.core.errors import CancelledError
from desktop.core.export.model import DateField
from desktop.core.export.runner import ExportRequest
from desktop.core.export.times import display_time
from desktop.dialogs import export_jobs
from desktop.dialogs.export_dialog import ExportContext, ExportDialog, Named, file_name_for
from desktop.dialogs.export_settings import ExportSettings, ScopeKind
from desktop.gui import screen_fit
from desktop.gui.i18n import Language
from desktop.gui.workers import Cancel, Job, Progress, WorkerPool
from tests.core.export.readback import docx_text, read_csv
from tests.core.export.stored_library import StoredLibrary, build_stored_library
from tests.gui.access_keys import access_key, activate, press_access_key, window_problems
from tests.gui.typing import commit_text
from tests.machine_zone import machine_zone

WAIT_MS = 20_000


@pytest.fixture
def stored(tmp_path: Path) -> StoredLibrary:
    """Two imported speeches with annotations of every kind, and a true orphan."""
    return build_stored_library(tmp_path / "stored")


@pytest.fixture
def pool(qtbot: QtBot) -> Iterator[WorkerPool]:
    """The worker pool; no job may outlive the test."""
    runner = WorkerPool()
    yield runner
    runner.cancel_all()
    assert runner.wait(WAIT_MS)


def _context(stored: StoredLibrary, selected: tuple[int, ...] = ()) -> ExportContext:
    return ExportContext(
        library_path=stored.path,
        current_speech=Named(stored.reform.id, stored.reform.title),
        selected_speeches=selected or (stored.reform.id,),
        collection=Named(stored.style.collection_id, "作风建设讲话"),
        tags=("提法", "数据", "金句", "范文", "政务"),
    )


def _open(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, selected: tuple[int, ...] = ()
) -> ExportDialog:
    dialog = ExportDialog(_context(stored, selected), pool, ExportSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.summary.text() != "", timeout=WAIT_MS)
    return dialog


def _choose_scope(qtbot: QtBot, dialog: ExportDialog, kind: ScopeKind) -> None:
    button = dialog.ui.scope_buttons[kind]
    # On the round indicator: the button is wider than its label, whose end is not clickable.
    where = QPoint(button.iconSize().width() // 2 + 2, button.height() // 2)
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)
    assert button.isChecked()


def _choose_format(qtbot: QtBot, dialog: ExportDialog, name: str) -> None:
    combo = dialog.ui.format
    if combo.currentData() == name:
        return
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData(name))


def _export(qtbot: QtBot, dialog: ExportDialog) -> Path:
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    return finished.args[0].path


def test_export_a_filtered_collection_to_csv(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, tmp_path: Path
) -> None:
    dialog = _open(qtbot, stored, pool)
    _choose_format(qtbot, dialog, "csv")
    _choose_scope(qtbot, dialog, ScopeKind.LIBRARY)
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        commit_text(dialog.ui.filters.tags, "金句，数据")
    assert "2 annotation(s) in 2 speech(es)" in dialog.ui.summary.text()
    assert "一锤接着一锤敲" in dialog.ui.preview.toPlainText()
    target = tmp_path / "摘录.csv"
    dialog.ui.destination.clear()
    commit_text(dialog.ui.destination, str(target))
    written = _export(qtbot, dialog)
    assert written == target
    header, *rows = read_csv(target.read_bytes())
    assert sorted(row[header.index("quote")] for row in rows) == [
        "一锤接着一锤敲",
        "政务服务中心建设",
    ]
    assert dialog.ui.open_file.isVisible()
    assert str(target) in dialog.ui.result.text()


def _shown_in(qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, language: str) -> ExportDialog:
    """The export dialog shown in ``language``, its summary written."""
    dialog = ExportDialog(replace(_context(stored), language=language), pool, ExportSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.summary.text() != "", timeout=WAIT_MS)
    return dialog


@pytest.mark.parametrize(
    ("language", "name"),
    [("zh_CN", "标签为“金句”的黄色批注.docx"), ("en", "Yellow Annotations Tagged #金句.docx")],
)
def test_an_export_by_a_tag_and_a_colour_is_named_by_both(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, language: str, name: str
) -> None:
    dialog = _shown_in(qtbot, stored, pool, language)
    _choose_format(qtbot, dialog, "docx")
    _choose_scope(qtbot, dialog, ScopeKind.LIBRARY)
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        commit_text(dialog.ui.filters.tags, "金句，")  # the tag ended: no completions pop up
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ui.filters.colors["yellow"], Qt.MouseButton.LeftButton)
    assert Path(dialog.ui.destination.text()).name == name


@pytest.mark.parametrize(
    ("language", "name"), [("zh_CN", "含“GDP”的批注.md"), ("en", "Annotations Containing “GDP”.md")]
)
def test_an_export_by_words_is_named_by_them_as_typed(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, language: str, name: str
) -> None:
    """Typing GDP names the file by GDP, not by the folded gdp it is matched as."""
    dialog = _shown_in(qtbot, stored, pool, language)
    _choose_format(qtbot, dialog, "md")
    _choose_scope(qtbot, dialog, ScopeKind.LIBRARY)
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        qtbot.keyClicks(dialog.ui.filters.words, "GDP")
    assert Path(dialog.ui.destination.text()).name == name


def test_a_word_export_with_nothing_to_export_says_so_not_only_no_preview(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool
) -> None:
    dialog = _open(qtbot, stored, pool)
    _choose_format(qtbot, dialog, "docx")
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        commit_text(dialog.ui.filters.tags, "没有这个标签")
    assert not dialog.ui.export_button.isEnabled()
    # Why Export cannot be pressed, where a text format would say it too.
    assert dialog.ui.preview.toPlainText().startswith("Nothing to export")


def test_filters_remembered_from_another_export_that_leave_nothing_are_cleared_in_one_click(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool
) -> None:
    """Last week's #tag on a speech that has none: the empty preview offers to clear them."""
    dialog = _open(qtbot, stored, pool)
    assert dialog.ui.clear_filters.isHidden(), "nothing filtered, nothing to clear"
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        commit_text(dialog.ui.filters.tags, "没有这个标签")
    assert not dialog.ui.export_button.isEnabled()
    assert dialog.ui.clear_filters.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ui.clear_filters, Qt.MouseButton.LeftButton)
    assert dialog.ui.filters.tags.text() == ""
    assert not dialog.ui.filters.narrows()
    assert dialog.ui.export_button.isEnabled()
    assert dialog.ui.clear_filters.isHidden()


def test_several_speeches_chosen_in_the_library_are_the_scope(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool
) -> None:
    both = (stored.reform.id, stored.style.id)
    dialog = _open(qtbot, stored, pool, selected=both)
    assert dialog.ui.scope_buttons[ScopeKind.SELECTED_SPEECHES].isChecked()
    assert dialog.scope().speech_ids == both
    assert "2 selected" in dialog.ui.scope_buttons[ScopeKind.SELECTED_SPEECHES].text().replace(
        "&", ""
    )


def test_export_the_current_speech_to_word_by_colour(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, tmp_path: Path
) -> None:
    dialog = _open(qtbot, stored, pool)
    _choose_format(qtbot, dialog, "docx")
    assert dialog.ui.scope_buttons[ScopeKind.CURRENT_SPEECH].isChecked()
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ui.filters.colors["green"], Qt.MouseButton.LeftButton)
    assert "No preview" in dialog.ui.preview.toPlainText()
    assert "1 annotation(s) in 1 speech(es)" in dialog.ui.summary.text()
    destination = Path(dialog.ui.destination.text())
    # Its green annotations, not all its annotations: the name says which.
    assert destination.name == file_name_for(f"《{stored.reform.title}》中的绿色批注", ".docx")
    dialog.ui.destination.setText(str(tmp_path / destination.name))
    text = docx_text(_export(qtbot, dialog).read_bytes())
    assert "效能是发展的保障" in text
    assert "金句，可作开头" in text
    assert "两集中、两到位" not in text


def test_the_last_choice_is_remembered(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, tmp_path: Path
) -> None:
    dialog = _open(qtbot, stored, pool)
    _choose_format(qtbot, dialog, "md")
    _choose_scope(qtbot, dialog, ScopeKind.COLLECTION)
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        dialog.ui.filters.orphans.setChecked(False)
    dialog.ui.filters.kinds["highlight"].setChecked(True)
    dialog.ui.filters.date_field.setCurrentIndex(
        dialog.ui.filters.date_field.findData(DateField.SPEECH.value)
    )
    dialog.ui.destination.setText(str(tmp_path / "作风.md"))
    _export(qtbot, dialog)
    choice = ExportSettings().load()
    assert (choice.format, choice.scope) == ("md", ScopeKind.COLLECTION)
    assert choice.kinds == {"highlight"}
    assert not choice.include_orphans
    assert choice.date_field == DateField.SPEECH
    assert choice.folder == str(tmp_path)
    again = _open(qtbot, stored, pool)
    assert again.format_name() == "md"
    assert again.ui.scope_kind() == ScopeKind.COLLECTION
    assert not again.ui.filters.orphans.isChecked()
    assert Path(again.ui.destination.text()).parent == tmp_path


def test_an_unwritable_destination_shows_the_error(
    qtbot: QtBot, ui_language: Language, stored: StoredLibrary, pool: WorkerPool, tmp_path: Path
) -> None:
    dialog = _open(qtbot, stored, pool)
    missing = tmp_path / "缺少的文件夹"
    dialog.ui.destination.setText(str(missing / "x.docx"))
    with qtbot.waitSignal(dialog.export_failed, timeout=WAIT_MS) as failed:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert failed.args[0].code == "missing-folder"
    shown = {Language.ENGLISH: f"The folder “{missing}” does not exist."}
    shown[Language.CHINESE] = f"文件夹“{missing}”不存在。"
    assert dialog.ui.result.text() == shown[ui_language], "core's English is the command line's"
    assert not dialog.ui.open_file.isVisible()
    assert dialog.ui.export_button.isEnabled()


def test_a_file_past_the_systems_size_limit_is_said_so_in_plain_words(
    qtbot: QtBot,
    ui_language: Language,
    stored: StoredLibrary,
    pool: WorkerPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """EFBIG (a FAT32 stick's 4 GB, ``ulimit -f``), faked: not the OS's "File too large"."""
    dialog = _open(qtbot, stored, pool)
    folder = tmp_path / "U盘"
    folder.mkdir()
    target = folder / "摘录.docx"
    dialog.ui.destination.setText(str(target))

    def too_big(_descriptor: int) -> None:
        raise OSError(errno.EFBIG, "File too large")

    monkeypatch.setattr(fileio.os, "fsync", too_big)
    with qtbot.waitSignal(dialog.export_failed, timeout=WAIT_MS) as failed:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    monkeypatch.undo()
    assert failed.args[0].code == "too-big"
    shown = {
        Language.ENGLISH: f"The file “{target}” was not written: it would exceed the system's "
        "file size limit (errno EFBIG). Choose a disk that allows files this large, or raise "
        "the limit (ulimit -f).",
        Language.CHINESE: f"文件“{target}”会超出系统对单个文件大小的限制（errno EFBIG），"
        "未写入：请选择能存放这么大文件的磁盘，或提高该限制（ulimit -f）。",
    }
    assert dialog.ui.result.text() == shown[ui_language]
    assert list(folder.iterdir()) == [], "nothing half-written left"


def test_cancel_stops_a_running_export_and_writes_nothing(
    qtbot: QtBot,
    stored: StoredLibrary,
    pool: WorkerPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cancel_clicked = threading.Event()

    def held_export_job(library_path: Path, request: ExportRequest) -> Job:
        real = export_jobs.export_job(library_path, request)

        def job(progress: Progress, cancel: Cancel) -> object:
            cancel_clicked.wait(WAIT_MS / 1000)  # the export is under way when Cancel comes
            return real(progress, cancel)

        return job

    monkeypatch.setattr("desktop.dialogs.export_dialog.export_job", held_export_job)
    dialog = _open(qtbot, stored, pool)
    dialog.ui.destination.setText(str(tmp_path / "x.docx"))
    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.cancel_button.isVisible()
    assert not dialog.ui.export_button.isEnabled()
    qtbot.mouseClick(dialog.ui.cancel_button, Qt.MouseButton.LeftButton)
    cancel_clicked.set()
    qtbot.waitUntil(lambda: dialog.ui.export_button.isEnabled(), timeout=WAIT_MS)
    assert "cancelled" in dialog.ui.result.text()
    assert list(tmp_path.glob("*.docx")) == []


def test_outline_formats_offer_points_and_no_filters(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool
) -> None:
    dialog = _open(qtbot, stored, pool)
    _choose_format(qtbot, dialog, "outline-md")
    assert not dialog.ui.points.isHidden()
    assert not dialog.ui.filters.isEnabled()
    assert "outline holds no annotations" in dialog.ui.filters.toolTip()
    assert "一是要改进作风" in dialog.ui.preview.toPlainText()
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        dialog.ui.points.setChecked(False)
    assert "一是要改进作风" not in dialog.ui.preview.toPlainText()
    assert Path(dialog.ui.destination.text()).suffix == ".md"


def test_formats_of_annotations_offer_no_points_and_every_filter(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool
) -> None:
    # A greyed, ticked "Include the points" beside Markdown read as if the points were in it.
    dialog = _open(qtbot, stored, pool)
    _choose_format(qtbot, dialog, "outline-md")
    _choose_format(qtbot, dialog, "md")
    assert dialog.ui.points.isHidden()
    assert dialog.ui.filters.isEnabled()
    assert dialog.ui.filters.toolTip() == ""


def test_open_file_and_show_folder_after_an_export(
    qtbot: QtBot,
    stored: StoredLibrary,
    pool: WorkerPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = _open(qtbot, stored, pool)
    dialog.ui.destination.setText(str(tmp_path / "notes"))  # the extension is added
    written = _export(qtbot, dialog)
    assert written.suffix == ".docx"
    qtbot.mouseClick(dialog.ui.open_file, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.show_folder, Qt.MouseButton.LeftButton)
    assert opened == [str(written), str(tmp_path)]
    assert QUrl.fromLocalFile(str(written)).isLocalFile()


def test_file_names_lose_characters_file_systems_refuse() -> None:
    assert file_name_for('在"效能"会上: 讲话/稿?', ".md") == "在 效能 会上 讲话 稿.md"
    assert file_name_for("   ", ".csv") == "批注.csv"


def test_every_button_and_field_label_has_its_own_access_key(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool
) -> None:
    dialog = _open(qtbot, stored, pool)
    assert window_problems(dialog) == []
    assert dialog.ui.destination_label.buddy() is dialog.ui.destination


def test_previews_and_exports_show_the_machines_local_time(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, tmp_path: Path
) -> None:
    created = stored.notes[0].annotation.created
    with machine_zone():  # UTC+08:00
        dialog = _open(qtbot, stored, pool)
        _choose_format(qtbot, dialog, "md")
        preview = dialog.ui.preview.toPlainText()
        assert "UTC+08:00" in preview
        target = tmp_path / "摘录.md"
        dialog.ui.destination.clear()
        commit_text(dialog.ui.destination, str(target))
        text = _export(qtbot, dialog).read_text(encoding="utf-8")
    assert 'timezone: "UTC+08:00"' in text
    assert display_time(created, timezone(timedelta(hours=8))) in text


def test_cancel_of_a_running_export_has_its_own_access_key(
    qtbot: QtBot,
    ui_language: Language,
    stored: StoredLibrary,
    pool: WorkerPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, pause = threading.Event(), threading.Event()

    def held_export_job(library_path: Path, request: ExportRequest) -> Job:
        def job(progress: Progress, cancel: Cancel) -> object:
            started.set()
            while not cancel():  # until the test's Alt+letter cancels it
                pause.wait(0.01)
            raise CancelledError("export cancelled")

        return job

    monkeypatch.setattr("desktop.dialogs.export_dialog.export_job", held_export_job)
    dialog = _open(qtbot, stored, pool)
    assert window_problems(dialog) == []
    dialog.ui.destination.setText(str(tmp_path / "x.docx"))
    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    assert dialog.ui.cancel_button.isVisible()
    assert window_problems(dialog) == []
    activate(qtbot, dialog)
    press_access_key(qtbot, dialog, dialog.ui.cancel_button.text())
    qtbot.waitUntil(lambda: dialog.ui.export_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.isVisible(), "the access key cancelled the export, not the dialog"


def test_the_dialog_fits_a_laptop_screen_with_its_buttons_in_sight(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1366×768 less a taskbar: 760×720 and a title bar put Export and Close below the edge.
    laptop = QSize(1366, 728)
    monkeypatch.setattr(screen_fit, "available_size", lambda _widget: laptop)
    dialog = _open(qtbot, stored, pool)
    assert dialog.height() + screen_fit.FRAME_ROOM <= laptop.height()
    assert dialog.ui.export_button.isVisible()


def test_the_first_destination_is_in_documents_else_in_the_home_folder(
    qtbot: QtBot,
    stored: StoredLibrary,
    pool: WorkerPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    assert Path(_open(qtbot, stored, pool).ui.destination.text()).parent == home
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = Path(QStandardPaths.writableLocation(location))
    assert documents.is_relative_to(home)
    documents.mkdir(parents=True)
    assert Path(_open(qtbot, stored, pool).ui.destination.text()).parent == documents


def test_a_format_of_notes_says_its_speeches_are_those_with_annotations(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool
) -> None:
    dialog = _open(qtbot, stored, pool)
    _choose_format(qtbot, dialog, "csv")
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        commit_text(dialog.ui.filters.tags, "没有这个标签")
    assert dialog.ui.summary.text() == "0 speech(es) with annotations"
    assert not dialog.ui.export_button.isEnabled()


@pytest.mark.usefixtures("automatic_collector")
def test_no_pass_of_the_collector_while_a_preview_or_an_export_runs(
    qtbot: QtBot,
    stored: StoredLibrary,
    pool: WorkerPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Passes over the ~1 M objects an export of a big library makes walked the window's objects
    # too, holding the interpreter: on 10,000 speeches the window froze 100-500 ms, a dozen times.
    collecting: list[tuple[str, bool]] = []

    def watched(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            collecting.append((name, gc.isenabled()))
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(
        export_jobs, "preview_export", watched("preview", export_jobs.preview_export)
    )
    monkeypatch.setattr(
        export_jobs, "run_export_request", watched("export", export_jobs.run_export_request)
    )
    assert gc.isenabled()
    dialog = _open(qtbot, stored, pool)
    _choose_format(qtbot, dialog, "md")
    dialog.ui.destination.setText(str(tmp_path / "notes.md"))
    assert _export(qtbot, dialog).read_text(encoding="utf-8")
    assert {name for name, _on in collecting} == {"preview", "export"}
    assert not any(on for _name, on in collecting)
    qtbot.waitUntil(lambda: not pool.active(), timeout=WAIT_MS)
    assert gc.isenabled(), "on again once the jobs are done"


def test_the_keyboard_waits_on_cancel_and_comes_back_after_an_export(
    qtbot: QtBot,
    stored: StoredLibrary,
    pool: WorkerPool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Return in a filter started the export and disabled the box with the keyboard: no widget
    had it then or after, and Tab started again from the dialog's first one."""
    go_on = threading.Event()

    def held_export_job(library_path: Path, request: ExportRequest) -> Job:
        real = export_jobs.export_job(library_path, request)

        def job(progress: Progress, cancel: Cancel) -> object:
            go_on.wait(WAIT_MS / 1000)
            return real(progress, cancel)

        return job

    monkeypatch.setattr("desktop.dialogs.export_dialog.export_job", held_export_job)
    dialog = _open(qtbot, stored, pool)
    dialog.ui.destination.setText(str(tmp_path / "x.docx"))
    activate(qtbot, dialog)
    notes = dialog.ui.filters.kinds["note"]
    notes.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(notes, Qt.Key.Key_Return)  # the default button: Export
    assert dialog.ui.cancel_button.isVisible()
    assert dialog.focusWidget() is dialog.ui.cancel_button
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS):
        go_on.set()
    assert dialog.focusWidget() is notes


def _keyed_texts(dialog: ExportDialog) -> list[str]:
    """The texts of every button, field label and group in the dialog, shown or not."""
    texts = [
        button.text()
        for button in dialog.findChildren(QAbstractButton)
        if not isinstance(button, QToolButton)
    ]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    return texts


def _all_access_keys(dialog: ExportDialog) -> list[str]:
    """The access keys of every button, field label and group in the dialog, shown or not."""
    return [key for key in map(access_key, _keyed_texts(dialog)) if key]


def test_the_filter_rows_labels_have_access_keys_and_no_key_is_taken_twice(
    qtbot: QtBot, ui_language: Language, stored: StoredLibrary, pool: WorkerPool
) -> None:
    # Two speeches chosen in the library: the selection's scope is on screen with the rest.
    dialog = _open(qtbot, stored, pool, selected=(stored.reform.id, stored.style.id))
    keys = _all_access_keys(dialog)
    labels = dialog.ui.filters.findChildren(QLabel)
    for label in labels:
        if label.text() != "–":
            key = access_key(label.text())
            assert key, f"{label.text()!r} has no access key"
    taken_twice = {key for key in keys if keys.count(key) > 1}
    assert not taken_twice, [
        text for text in _keyed_texts(dialog) if access_key(text) in taken_twice
    ]
    assert window_problems(dialog) == []


def test_a_filter_rows_access_key_moves_into_the_row_and_changes_nothing(
    qtbot: QtBot, stored: StoredLibrary, pool: WorkerPool
) -> None:
    dialog = _open(qtbot, stored, pool)
    filters = dialog.ui.filters
    texts = {label.text(): label for label in filters.findChildren(QLabel)}
    activate(qtbot, dialog)
    for text, first in (
        ("Colou&rs:", filters.colors["yellow"]),
        ("&Kinds:", filters.kinds["highlight"]),
        ("&Dates:", filters.limit_dates),
    ):
        assert texts[text].buddy() is not None
        press_access_key(qtbot, dialog, text)
        qtbot.waitUntil(first.hasFocus)
        assert not first.isChecked(), f"{text!r} ticked its row's first box"
    assert not filters.narrows()
