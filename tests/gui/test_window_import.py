"""Tests for desktop/gui/window_import.py: import, dropped files, re-import, import reports."""

from __future__ import annotations

import os
import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from desktop.app_paths import documents_folder
from desktop.core.errors import PizhuError
from desktop.core.imported import RemovalKind
from desktop.dialogs.import_report import ImportReportDialog
from desktop.gui.actions import ActionId
from desktop.gui.import_advice import document_error_detail
from desktop.gui.import_job import FileStatus
from desktop.gui.import_texts import document_error_text, removal_kind_text
from desktop.gui.main_window import MainWindow
from desktop.gui.window_import import IMPORT_PATTERNS, sample_among
from desktop.models.library_tree import Role
from tests.core.importing.readers.pdf_factory import CONTINUED as SPEECH_CONTINUED
from tests.core.importing.readers.pdf_factory import TITLE as SPEECH_TITLE
from tests.core.importing.readers.pdf_factory import pdf_pages, speech_pages, speech_pdf
from tests.core.importing.readers.wechat_factory import SHORT_ARTICLE, wechat_post
from tests.core.importing.readers.wechat_factory import TITLE as WECHAT_TITLE
from tests.gui.files import bad_file, good_file

IMPORT_TIMEOUT_MS = 30_000


def _dump(path: Path) -> list[tuple]:
    """The user-visible content of a library (the search index's tables cannot be dumped)."""
    conn = sqlite3.connect(path)
    try:
        rows: list[tuple] = []
        for table in ("collections", "speeches", "outline_nodes", "removals", "annotations"):
            rows += conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        return rows
    finally:
        conn.close()


def _report_dialogs(window: MainWindow) -> list[ImportReportDialog]:
    return [d for d in window.findChildren(ImportReportDialog) if d.isVisible()]


def test_import_starts_in_documents_then_where_the_last_files_came_from(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """Never the folder the app happened to be started in."""
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    path = good_file(drafts)
    offered: list[Path] = []
    answers = [[str(path)], [], []]  # files chosen, then the dialog cancelled twice

    def pick(_parent: QWidget, folder: Path) -> list[str]:
        offered.append(folder)
        return answers[len(offered) - 1]

    main_window.pick_files = pick
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        main_window.registry.action(ActionId.IMPORT).trigger()
    main_window.registry.action(ActionId.IMPORT).trigger()
    path.unlink()
    drafts.rmdir()  # gone since: Documents again
    main_window.registry.action(ActionId.IMPORT).trigger()
    assert offered == [documents_folder(), drafts, documents_folder()]


def test_file_import_adds_the_collection_and_shows_the_report(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = good_file(tmp_path)
    main_window.pick_files = lambda _parent, _folder: [str(path)]
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        main_window.registry.action(ActionId.IMPORT).trigger()
    result = done.args[0]
    assert [o.status for o in result.outcomes] == [FileStatus.IMPORTED]
    titles = [main_window.library_pane.proxy.index(r, 0).data() for r in range(2)]
    assert titles[1] == "在全市工作会议上的讲话"
    (dialog,) = _report_dialogs(main_window)
    assert "1" in dialog.headline_text()
    dialog.open_button.click()
    assert main_window.current_speech().record.title == "在全市工作会议上的讲话"


def test_a_bad_file_is_reported_and_leaves_the_library_as_it_was(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, library_path: Path
) -> None:
    before = _dump(library_path)
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        main_window.import_files([bad_file(tmp_path)])
    (outcome,) = done.args[0].outcomes
    assert outcome.status == FileStatus.FAILED
    assert outcome.error.code == "empty"
    (dialog,) = _report_dialogs(main_window)
    assert dialog.open_button is None
    item = dialog.tree.topLevelItem(0)
    texts = [item.child(i).text(0) for i in range(item.childCount())]
    assert any(document_error_text("empty") in text for text in texts), texts
    assert _dump(library_path) == before
    assert main_window.library_pane.proxy.rowCount() == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX's")
def test_a_named_pipe_is_reported_as_one_not_as_unreadable(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, library_path: Path
) -> None:
    """It is never opened (that would wait for a writer): the report says what it is."""
    pipe = tmp_path / "讲话.txt"
    os.mkfifo(pipe)
    before = _dump(library_path)
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        main_window.import_files([pipe])
    (outcome,) = done.args[0].outcomes
    assert (outcome.status, outcome.error.code) == (FileStatus.FAILED, "named-pipe")
    (dialog,) = _report_dialogs(main_window)
    texts = _tree_texts(dialog.tree.topLevelItem(0))
    assert any(document_error_text("named-pipe") in text for text in texts), texts
    assert not any(document_error_text("unreadable") in text for text in texts), texts
    assert any(document_error_detail("named-pipe") in text for text in texts), texts
    assert _dump(library_path) == before


def _drop_files(window: MainWindow, paths: list[Path]) -> None:
    """Drag ``paths`` over the window's middle and drop them there, checking each is accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    over_the_page = window.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(over_the_page, Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(over_the_page), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def test_files_dropped_on_the_window_are_imported(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    first = good_file(tmp_path, "甲.txt", "在甲地工作会议上的讲话")
    second = good_file(tmp_path, "乙.txt", "在乙地工作会议上的讲话")
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        _drop_files(main_window, [first, second])
    assert len(done.args[0].imported) == 2
    assert main_window.library_pane.proxy.rowCount() == 3


def test_a_dropped_folder_brings_its_files_each_named_in_the_report(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "讲话 2024"
    (folder / "一月").mkdir(parents=True)
    inside = good_file(folder / "一月", "甲.txt", "在甲地工作会议上的讲话")
    beside = good_file(folder, "乙.txt", "在乙地工作会议上的讲话")
    (folder / "照片.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not a speech: left out
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        _drop_files(main_window, [folder, empty])
    outcomes = done.args[0].outcomes
    assert [o.path for o in outcomes] == [beside, inside, empty]
    assert [o.status for o in outcomes] == [FileStatus.IMPORTED] * 2 + [FileStatus.FAILED]
    (dialog,) = _report_dialogs(main_window)
    # the failure is listed first, where it is seen
    problem = dialog.tree.topLevelItem(0).child(0).text(0)
    assert document_error_text("folder") in problem
    assert document_error_text("folder") != document_error_text("unreadable")


def _tree_texts(item: QTreeWidgetItem) -> list[str]:
    texts = [item.text(0)]
    for index in range(item.childCount()):
        texts += _tree_texts(item.child(index))
    return texts


def _find_item(item: QTreeWidgetItem, starting: str) -> QTreeWidgetItem:
    """The first item under ``item`` (or itself) whose text starts with ``starting``."""
    if item.text(0).startswith(starting):
        return item
    for index in range(item.childCount()):
        try:
            return _find_item(item.child(index), starting)
        except LookupError:
            continue
    raise LookupError(starting)


def test_a_dropped_pdf_is_imported_and_its_page_furniture_reported(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "讲话.pdf"
    path.write_bytes(speech_pdf())
    assert f"*{path.suffix}" in IMPORT_PATTERNS.split()
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        _drop_files(main_window, [path])
    (outcome,) = done.args[0].outcomes
    assert outcome.status == FileStatus.IMPORTED
    (dialog,) = _report_dialogs(main_window)
    texts = _tree_texts(dialog.tree.topLevelItem(0))
    assert f"{removal_kind_text(RemovalKind.PAGE_MARKER)}: 3" in texts
    assert f"{removal_kind_text(RemovalKind.PAGE_HEADER)}: 2" in texts
    dialog.open_button.click()
    speech = main_window.current_speech()
    assert speech.record.title == SPEECH_TITLE
    assert f"\n{SPEECH_CONTINUED}\n" in speech.text


def test_a_locked_pdf_is_reported_and_leaves_the_library_as_it_was(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, library_path: Path
) -> None:
    path = tmp_path / "加密.pdf"
    path.write_bytes(pdf_pages(speech_pages(), encrypt="secret"))
    before = _dump(library_path)
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        main_window.import_files([path])
    (outcome,) = done.args[0].outcomes
    assert (outcome.status, outcome.error.code) == (FileStatus.FAILED, "encrypted")
    (dialog,) = _report_dialogs(main_window)
    texts = _tree_texts(dialog.tree.topLevelItem(0))
    assert any(document_error_text("encrypted") in text for text in texts), texts
    assert _dump(library_path) == before


def test_reimport_and_the_kept_report_of_a_collection(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = good_file(tmp_path)
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        main_window.import_files([path])
    for dialog in _report_dialogs(main_window):
        dialog.close()
    collection = main_window.library_pane.proxy.index(1, 0)
    collection_id = collection.data(Role.KEY)
    path.write_text(path.read_text(encoding="utf-8") + "三、加强领导\n要压实责任。\n", "utf-8")
    main_window.library_pane.tree.setCurrentIndex(collection)
    assert main_window.registry.action(ActionId.REIMPORT).isEnabled()
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        main_window.registry.action(ActionId.REIMPORT).trigger()
    (outcome,) = done.args[0].outcomes
    assert (outcome.report.collection_id, outcome.report.status) == (collection_id, "updated")
    kept = main_window.library_pane.tree.currentIndex()
    chosen = (kept.data(Role.KIND), kept.data(Role.KEY))
    assert chosen == ("collection", collection_id), "the collection the user chose stays chosen"
    for dialog in _report_dialogs(main_window):
        dialog.close()
    main_window.registry.action(ActionId.SHOW_IMPORT_REPORT).trigger()
    (dialog,) = _report_dialogs(main_window)
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).text(0) == path.name


def test_a_new_collection_comes_as_its_own_row_and_nothing_else_is_read_again(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    # Re-reading every loaded collection's speeches and the library's order was ~30 ms of a big
    # library: a new collection changes nothing else.
    pane = main_window.library_pane
    pane.tree.expand(pane.proxy.index(0, 0))
    opened = main_window.current_speech_id()
    inserted: list[int] = []
    pane.model.rowsInserted.connect(lambda parent, first, _last: inserted.append(first))
    resets: list[bool] = []
    pane.model.modelReset.connect(lambda: resets.append(True))
    statements: list[str] = []
    main_window.session._library.db._conn.set_trace_callback(statements.append)
    path = good_file(tmp_path, "丙.txt", "在丙地工作会议上的讲话")
    with qtbot.waitSignal(main_window.session.collections_imported, timeout=IMPORT_TIMEOUT_MS):
        main_window.import_files([path])
    main_window.session._library.db._conn.set_trace_callback(None)
    assert inserted == [1], "one row, the new collection's"
    assert resets == []
    reads = [statement for statement in statements if statement.startswith("SELECT")]
    assert reads, "the collections are read"
    assert all(" FROM collections c WHERE" in read for read in reads), reads
    assert main_window.current_speech_id() == opened
    assert pane.proxy.index(1, 0).data() == "在丙地工作会议上的讲话"


def test_importing_a_file_again_still_reads_the_library_again(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    path = good_file(tmp_path)
    for _ in range(2):
        with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS):
            main_window.import_files([path])
    with qtbot.waitSignal(main_window.session.collections_reimported, timeout=IMPORT_TIMEOUT_MS):
        main_window.import_files([path])  # unchanged: it may have come back from the trash


def test_reimporting_a_collection_gone_meanwhile_says_so(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[PizhuError] = []
    monkeypatch.setattr(main_window, "show_error", shown.append)
    main_window.reimport_collection(9999)  # no such collection: the slot must not raise
    assert [error.code for error in shown] == ["not-found"]


def test_the_sample_is_found_among_collections_looking_for_its_file_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Following a library of 100 collections looked for the sample's file on disk for each.
    import desktop.resources

    sample = desktop.resources.sample_collection_path()
    looks: list[Path] = []

    def counted() -> Path:
        looks.append(sample)
        return sample

    monkeypatch.setattr(desktop.resources, "sample_collection_path", counted)
    others = [f"/data/汇编{number:03d}.txt" for number in range(100)]
    assert not sample_among([*others, None])
    assert sample_among([*others, f"/elsewhere/{sample.parent.name}/{sample.name}"])
    assert len(looks) == 2


def test_a_final_version_beside_its_draft_is_a_collection_of_its_own(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    draft = good_file(tmp_path, "v1.txt")
    final = tmp_path / "v2.txt"
    final.write_text(draft.read_text(encoding="utf-8") + "三、加强领导\n要压实责任。\n", "utf-8")
    for path in (draft, final):
        with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
            main_window.import_files([path])
        for dialog in _report_dialogs(main_window):
            dialog.close()
    (outcome,) = done.args[0].outcomes
    assert outcome.report.status == "created", "the final version did not replace the draft"
    assert main_window.library_pane.proxy.rowCount() == 3
    # Re-import on the draft's row reads the draft again, and leaves the final version be.
    draft_row = main_window.library_pane.proxy.index(1, 0)
    main_window.library_pane.tree.setCurrentIndex(draft_row)
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        main_window.registry.action(ActionId.REIMPORT).trigger()
    (outcome,) = done.args[0].outcomes
    assert (outcome.report.collection_id, outcome.report.status) == (
        draft_row.data(Role.KEY),
        "unchanged",
    )
    sources = [c.source for c in main_window.session.collections()]
    assert sources[1:] == [str(draft.resolve()), str(final.resolve())]


def _drag_files_onto(widget: QWidget, paths: list[Path]) -> bool:
    """Drag ``paths`` as a file manager offers them (their URLs, and as text) onto ``widget``,
    the one Qt gives the drag under the pointer, and drop them there; whether it took them."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    data.setText("\n".join(QUrl.fromLocalFile(str(path)).toString() for path in paths))
    point = widget.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(point, Qt.DropAction.CopyAction, data, buttons, keys)
        QApplication.sendEvent(widget, event)
        if not event.isAccepted():
            return False
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_files_dropped_on_a_note_or_a_filter_box_are_imported_not_typed_in(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dock = main_window.ensure_annotations_dock()
    speech_id = main_window.current_speech_id()
    assert speech_id is not None
    with qtbot.waitSignal(main_window.session.annotation_added) as added:
        main_window.session.add_note(speech_id, 0, 4, "开头可用")
    assert dock.select_annotation(added.args[1])
    note = dock.editor.note_edit
    qtbot.waitUntil(lambda: note.toPlainText() == "开头可用")
    find_edit = main_window.find_bar.edit  # built on first use, after the window
    targets = [note.viewport(), dock.editor.tags_edit, main_window.library_pane.filter_edit]
    targets.append(find_edit)
    for n, target in enumerate(targets):
        path = good_file(tmp_path, f"拖入{n}.txt", f"在第{n}次工作会议上的讲话")
        with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
            assert _drag_files_onto(target, [path])
        assert [outcome.path for outcome in done.args[0].imported] == [path]
        for dialog in _report_dialogs(main_window):
            dialog.close()
    assert note.toPlainText() == "开头可用"
    assert dock.editor.tags_edit.text() == ""
    assert main_window.library_pane.filter_edit.text() == ""
    assert find_edit.text() == ""
    assert main_window.session.annotation(added.args[1]).note == "开头可用"


def test_a_copy_under_another_name_is_reported_where_it_is_and_imported_only_if_asked(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, library_path: Path
) -> None:
    first = good_file(tmp_path, "讲话.txt")
    copy = tmp_path / "讲话（同事发来的）.txt"
    copy.write_bytes(first.read_bytes())
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        main_window.import_files([first])
    for dialog in _report_dialogs(main_window):
        dialog.close()
    before = _dump(library_path)
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        main_window.import_files([copy])
    (outcome,) = done.args[0].outcomes
    assert outcome.report.status == "duplicate"
    assert _dump(library_path) == before, "nothing was added"
    assert main_window.library_pane.proxy.rowCount() == 2
    (dialog,) = _report_dialogs(main_window)
    assert "1" in dialog.headline_text()
    lines = _tree_texts(dialog.tree.topLevelItem(0))
    held = "在全市工作会议上的讲话 is already in the library as “在全市工作会议上的讲话” in “"
    assert any(line.startswith(held) for line in lines), lines
    # Open shows where the library has it; Import Anyway makes the copy all the same.
    assert dialog.import_anyway_button is not None
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        dialog.import_anyway_button.click()
    (outcome,) = done.args[0].outcomes
    assert (outcome.path.name, outcome.report.status) == (copy.name, "created")
    assert main_window.library_pane.proxy.rowCount() == 3
    (dialog,) = _report_dialogs(main_window)
    assert dialog.import_anyway_button is None


def test_a_dropped_zip_is_named_with_how_to_get_at_its_documents(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, library_path: Path
) -> None:
    archive = tmp_path / "会议材料.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("讲话.txt", "在全市工作会议上的讲话\n同志们：今天我们开会。\n")
    before = _dump(library_path)
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        _drop_files(main_window, [archive])
    (dialog,) = _report_dialogs(main_window)
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == "会议材料.zip"
    texts = _tree_texts(item)
    assert any("unpack it and import the documents inside" in text for text in texts), texts
    assert not any("It may be a program, a picture" in text for text in texts), texts
    assert _dump(library_path) == before


def test_a_dropped_wechat_post_is_its_article_and_its_page_reported(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    # a short post saved from mp.weixin.qq.com, its text hidden until a script shows it
    path = tmp_path / "营商环境.html"
    path.write_bytes(wechat_post(SHORT_ARTICLE))
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS) as done:
        _drop_files(main_window, [path])
    (outcome,) = done.args[0].outcomes
    assert outcome.status == FileStatus.IMPORTED
    (dialog,) = _report_dialogs(main_window)
    chrome = _find_item(dialog.tree.topLevelItem(0), removal_kind_text(RemovalKind.WEB_CHROME))
    dialog.tree.setCurrentItem(chrome)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Right)  # open the list of what was taken out
    texts = _tree_texts(chrome)
    # the byline whole, with its time, and the account's card are the page's, said so
    assert any("原创 王建国 某某发布 2024-03-06 08:30" in text for text in texts), texts
    assert any("某某市人民政府新闻办公室官方账号" in text for text in texts), texts
    dialog.open_button.click()
    speech = main_window.current_speech()
    assert (speech.record.title, speech.record.speaker) == (WECHAT_TITLE, "王建国")
    assert speech.text == f"{WECHAT_TITLE}\n同志们：\n今天召开大会，动员全市上下优化营商环境。"


def test_a_screenshot_saved_as_txt_is_named_a_picture_with_how_to_get_its_text(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, library_path: Path
) -> None:
    """A picture named .txt: the report says what it holds (.png) and how to get its text,
    not a ZIP archive's example nor advice to rename it."""
    picture = tmp_path / "讲话截图.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    before = _dump(library_path)
    with qtbot.waitSignal(main_window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        _drop_files(main_window, [picture])
    (dialog,) = _report_dialogs(main_window)
    texts = _tree_texts(dialog.tree.topLevelItem(0))
    assert any("named .txt but holds a .png file" in text for text in texts), texts
    assert any("It is a picture, not a document" in text for text in texts), texts
    assert not any("ZIP" in text or "extension" in text for text in texts), texts
    assert _dump(library_path) == before
