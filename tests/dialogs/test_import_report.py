"""Tests for desktop/dialogs/import_report.py: what an import did, file by file."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QStyle, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from desktop.core.errors import CutShortError
from desktop.core.imported import CutShort, Removal
from desktop.core.importing import office_batch, office_convert
from desktop.core.storage.import_report import ImportReport
from desktop.core.storage.library import open_library
from desktop.dialogs.import_report import ImportReportDialog, visible_text
from desktop.gui.app_theme import warning_colour
from desktop.gui.i18n import Language
from desktop.gui.import_advice import error_detail
from desktop.gui.import_job import (
    ErrorInfo,
    FileOutcome,
    FileStatus,
    ImportJob,
    ImportResult,
    default_opener,
)
from desktop.gui.workers import WorkerPool
from tests.cli.run_cli import run_cli
from tests.core.importing.fake_office import OLD_WORD, fake_office, installed
from tests.gui.access_keys import window_problems
from tests.gui.files import bad_file, good_file


def _outline(item: QTreeWidgetItem, depth: int = 0) -> list[str]:
    lines = ["  " * depth + item.text(0)]
    for row in range(item.childCount()):
        lines += _outline(item.child(row), depth + 1)
    return lines


def _report_of_import(qtbot: QtBot, tmp_path: Path, files: list[Path]) -> ImportReportDialog:
    """The report of a real import of ``files`` into a new, empty library in ``tmp_path``."""
    library = tmp_path / "library.sqlite"
    open_library(library, seed=None).close()
    pool = WorkerPool()
    job = ImportJob(files, default_opener(library))
    with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
        job.start(pool)
    assert pool.wait(5000)
    dialog = ImportReportDialog(blocker.args[0])
    qtbot.addWidget(dialog)
    return dialog


def _good() -> FileOutcome:
    removals = (
        Removal("watermark", "（本文权属人民网所有）", 1, 10),
        Removal("page-marker", "- 12 -", 1, 40),
        Removal("page-marker", "- 13 -", 2, 5),
        Removal("spacing", " ", 2, 9),
    )
    return FileOutcome(
        Path("/tmp/讲话汇编.txt"),
        FileStatus.IMPORTED,
        report=ImportReport(
            3,
            "讲话汇编",
            "updated",
            2,
            speeches_added=1,
            speeches_changed=1,
            anchors={"anchored": 5, "moved": 1, "fuzzy": 0, "orphaned": 2},
        ),
        speech_titles=("在全市工作会议上的讲话", "在表彰大会上的讲话"),
        removals=removals,
    )


def _new() -> FileOutcome:
    """A file imported as a new collection: no annotation had to be found again."""
    report = ImportReport(5, "讲话汇编", "created", 2)
    return FileOutcome(Path("/tmp/新讲话.txt"), FileStatus.IMPORTED, report=report)


def _bad() -> FileOutcome:
    return FileOutcome(
        Path("/tmp/空白.txt"),
        FileStatus.FAILED,
        error=ErrorInfo("empty", "the file is empty", "document"),
    )


def _headline(qtbot: QtBot, result: ImportResult) -> str:
    dialog = ImportReportDialog(result)
    qtbot.addWidget(dialog)
    return dialog.headline_text()


def test_headline_counts_files(qtbot: QtBot) -> None:
    assert _headline(qtbot, ImportResult((_new(),))) == "1 file(s) imported."
    assert _headline(qtbot, ImportResult((_new(), _bad()))) == (
        "1 file(s) imported. 1 file(s) could not be imported."
    )
    cancelled = ImportResult((_good(), FileOutcome(Path("x.txt"), FileStatus.SKIPPED)), True)
    assert _headline(qtbot, cancelled).startswith("The import was cancelled.")
    stopped = ImportResult((), stopped_by=ErrorInfo("disk-full", "disk full", "library"))
    assert _headline(qtbot, stopped) == "The import stopped: The disk is full."


def _unchanged() -> FileOutcome:
    report = ImportReport(4, "讲话", "unchanged", 1)
    return FileOutcome(Path("/tmp/讲话.txt"), FileStatus.IMPORTED, report=report)


def test_headline_does_not_count_an_unchanged_file_as_imported(qtbot: QtBot) -> None:
    assert _headline(qtbot, ImportResult((_unchanged(),))) == (
        "1 file(s) already in the library and unchanged."
    )
    mixed = ImportResult((_new(), _unchanged(), _unchanged(), _bad()))
    assert _headline(qtbot, mixed) == (
        "1 file(s) imported. 2 file(s) already in the library and unchanged."
        " 1 file(s) could not be imported."
    )
    cancelled = ImportResult((_unchanged(), FileOutcome(Path("x.txt"), FileStatus.SKIPPED)), True)
    assert _headline(qtbot, cancelled) == (
        "The import was cancelled. 1 file(s) already in the library and unchanged."
    )


def _noise_kinds(dialog: ImportReportDialog, row: int = 0) -> list[QTreeWidgetItem]:
    file_item = dialog.tree.topLevelItem(row)
    (noise,) = (
        file_item.child(row)
        for row in range(file_item.childCount())
        if file_item.child(row).text(0).startswith("Noise removed")
    )
    return [noise.child(row) for row in range(noise.childCount())]


def test_each_file_shows_speeches_noise_by_kind_and_reanchoring(qtbot: QtBot) -> None:
    dialog = ImportReportDialog(ImportResult((_good(), _bad())))
    qtbot.addWidget(dialog)
    for kind in _noise_kinds(dialog, 1):
        dialog.tree.expandItem(kind)
    good = _outline(dialog.tree.topLevelItem(1))  # after the failure: it comes first
    assert good[0] == "讲话汇编.txt"
    assert "  Updated the collection “讲话汇编”: 1 speech(es) added, 1 changed, 0 removed" in good
    assert "  Speeches found: 2" in good
    assert "    No. 2 · 在表彰大会上的讲话" in good  # numbered: a compilation repeats titles
    assert "  Noise removed: 4" in good
    assert "    Page numbers and continuation marks: 2" in good  # the most frequent kind first
    assert good.index("    Page numbers and continuation marks: 2") < good.index(
        "    Copyright notices and watermarks: 1"
    )
    assert "      - 13 -" in good
    assert "      ␣" in good  # a removed space, made visible
    assert "  Annotations found again: 5 in place, 1 moved, 0 approximate, 2 not found" in good
    bad = _outline(dialog.tree.topLevelItem(0))
    assert bad == [
        "空白.txt",
        "  Problem: The file is empty.",
        "  What to do: Check that the right file was chosen.",
    ]
    advice = dialog.tree.topLevelItem(0).child(1)
    assert advice.toolTip(0) == advice.text(0)  # not core's English


def test_a_noise_kind_lists_its_pieces_once_opened(qtbot: QtBot) -> None:
    # A compilation's thousands of page numbers are not made into items unless looked at.
    dialog = ImportReportDialog(ImportResult((_good(),)))
    qtbot.addWidget(dialog)
    dialog.show()
    pages = _noise_kinds(dialog)[0]
    assert pages.text(0) == "Page numbers and continuation marks: 2"
    assert pages.childCount() == 0
    tree = dialog.tree
    tree.setCurrentItem(pages)
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # how a user opens it from the keyboard
    assert pages.isExpanded()
    assert [pages.child(row).text(0) for row in range(pages.childCount())] == ["- 12 -", "- 13 -"]
    tree.collapseItem(pages)
    tree.expandItem(pages)
    assert pages.childCount() == 2, "listed once"


def test_open_asks_for_the_first_imported_collection(qtbot: QtBot) -> None:
    dialog = ImportReportDialog(ImportResult((_bad(), _good())))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.open_button is not None
    with qtbot.waitSignal(dialog.open_collection_requested) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]


def test_nothing_imported_offers_no_open(qtbot: QtBot) -> None:
    dialog = ImportReportDialog(ImportResult((_bad(),)))
    qtbot.addWidget(dialog)
    assert dialog.open_button is None
    assert dialog.headline_text() == "1 file(s) could not be imported."


def test_visible_text_shows_whitespace() -> None:
    assert visible_text("\n") == "↵"
    assert visible_text("  ") == "␣␣"
    assert visible_text("上一篇：关于") == "上一篇：关于"


def test_a_real_import_of_a_good_and_a_bad_file_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _report_of_import(qtbot, tmp_path, [good_file(tmp_path), bad_file(tmp_path)])
    assert dialog.headline_text() == "1 file(s) imported. 1 file(s) could not be imported."
    good = _outline(dialog.tree.topLevelItem(1))
    assert "  Added as a new collection: “在全市工作会议上的讲话”" in good
    assert "  Noise removed: 1" in good
    assert "    Copyright notices and watermarks: 1" in good
    assert _outline(dialog.tree.topLevelItem(0))[1] == "  Problem: The file is empty."


def test_a_guessed_encoding_is_noted_under_its_file_first_in_a_batch(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A Western file in Windows-1252 whose letters another code page reads as well: the user
    is told to check its accents, and that file is not lost among many that went well."""
    release = tmp_path / "release.txt"
    release.write_bytes("PRESS RELEASE\nThe café’s “Open Day” – a naïve façade.\n".encode("cp1252"))
    files = [good_file(tmp_path), release]
    dialog = _report_of_import(qtbot, tmp_path, files)
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == "release.txt"
    note = item.child(1)
    assert note.text(0) == (
        "Note: Its text encoding could not be told for certain; it was read as Windows-1252. "
        "If accented letters look wrong, save the file as UTF-8 and import it again."
    )
    assert note.foreground(0).color() == warning_colour(dialog.palette())
    assert _outline(dialog.tree.topLevelItem(1))[1].startswith("  Added as a new collection")


def _fine(number: int) -> FileOutcome:
    report = ImportReport(10 + number, f"讲话{number}", "created", 1)
    path = Path(f"/tmp/{number:03}.txt")
    return FileOutcome(path, FileStatus.IMPORTED, report=report, speech_titles=("讲话",))


def test_a_big_batch_lists_its_problems_first_and_open_the_rest_closed(qtbot: QtBot) -> None:
    """150 files with a few failures: the failures are not left among 700 lines of files that
    went well; the file whose annotations lost their passage follows them."""
    fine = [_fine(number) for number in range(12)]
    outcomes = (*fine[:5], _good(), *fine[5:9], _bad(), *fine[9:])
    dialog = ImportReportDialog(ImportResult(outcomes))
    qtbot.addWidget(dialog)
    tree = dialog.tree
    names = [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]
    assert names[:3] == ["空白.txt", "讲话汇编.txt", "000.txt"]
    assert names[2:] == [outcome.path.name for outcome in fine]  # the rest in their order
    assert tree.topLevelItem(0).isExpanded()
    assert tree.topLevelItem(1).isExpanded()
    assert not any(tree.topLevelItem(row).isExpanded() for row in range(2, len(names)))
    tree.expandItem(tree.topLevelItem(2))  # a file that went well still tells what it did
    assert _outline(tree.topLevelItem(2))[1] == "  Added as a new collection: “讲话0”"


def test_open_and_close_have_access_keys_and_enter_opens(
    qtbot: QtBot, ui_language: Language
) -> None:
    dialog = ImportReportDialog(ImportResult((_bad(), _good())))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert window_problems(dialog) == []
    assert dialog.focusWidget() is dialog.tree, "arrows read the report at once"
    with qtbot.waitSignal(dialog.open_collection_requested):
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)


def test_escape_closes_the_report(qtbot: QtBot) -> None:
    dialog = ImportReportDialog(ImportResult((_bad(),)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


ORPHANS_HEADLINE = {
    Language.ENGLISH: (
        "2 files imported. 1 file already in the library and unchanged."
        " The passages of 3 annotations were not found."
    ),
    Language.CHINESE: "已导入 2 个文件。1 个文件已在文库中，内容没有变化。3 条批注未找到原文。",
}


def _icon_is(dialog: ImportReportDialog, pixmap: QStyle.StandardPixmap) -> bool:
    shown = dialog.findChild(QLabel, "headlineIcon").pixmap().toImage()
    return shown == dialog.style().standardIcon(pixmap).pixmap(32, 32).toImage()


def test_the_headline_warns_of_annotations_left_without_their_passage(
    qtbot: QtBot, ui_language: Language
) -> None:
    second = FileOutcome(
        Path("/tmp/另一份.txt"),
        FileStatus.IMPORTED,
        report=ImportReport(6, "另一份", "updated", 1, anchors={"orphaned": 1, "fuzzy": 2}),
    )
    dialog = ImportReportDialog(ImportResult((_good(), second, _unchanged())))
    qtbot.addWidget(dialog)
    assert dialog.headline_text() == ORPHANS_HEADLINE[ui_language]
    assert _icon_is(dialog, QStyle.StandardPixmap.SP_MessageBoxWarning)
    calm = ImportReportDialog(ImportResult((_new(),)))
    qtbot.addWidget(calm)
    assert _icon_is(calm, QStyle.StandardPixmap.SP_MessageBoxInformation)


def test_annotations_in_the_trash_are_reported_apart_from_live_ones(qtbot: QtBot) -> None:
    """Lost passages of trashed annotations neither count in the headline nor raise a warning."""
    report = ImportReport(6, "另一份", "updated", 1, anchors={"anchored": 2}, trashed_orphaned=3)
    outcome = FileOutcome(Path("/tmp/另一份.txt"), FileStatus.IMPORTED, report=report)
    dialog = ImportReportDialog(ImportResult((outcome,)))
    qtbot.addWidget(dialog)
    assert dialog.headline_text() == "1 file(s) imported."
    assert _icon_is(dialog, QStyle.StandardPixmap.SP_MessageBoxInformation)
    lines = _outline(dialog.tree.topLevelItem(0))
    assert "  Annotations found again: 2 in place, 0 moved, 0 approximate, 0 not found" in lines
    assert "    The passage of 3 annotation(s) in the trash was not found either." in lines


ADVICE = {
    Language.ENGLISH: {
        "speech.doc": (
            "  What to do: Open it in Word or WPS, save it as .docx, and import that copy."
            " Or install LibreOffice: Pizhu then opens .doc and .wps files directly."
        ),
        "speech.pages": (
            "  What to do: In the app that made it, choose File ▸ Export To ▸ Word (or PDF),"
            " and import that copy."
        ),
    },
    Language.CHINESE: {
        "speech.doc": (
            "  处理办法：用 Word 或 WPS 打开它，另存为 .docx，再导入这份副本。"
            " 也可以安装 LibreOffice，装好后批注 Pizhu 可直接打开 .doc 和 .wps 文件。"
        ),
        "speech.pages": (
            "  处理办法：在制作它的应用中选择“文件 ▸ 导出为 ▸ Word”（或 PDF），再导入导出的副本。"
        ),
    },
}


def test_each_problem_shows_what_to_do_for_its_kind_of_file(
    qtbot: QtBot, tmp_path: Path, ui_language: Language
) -> None:
    old_word = tmp_path / "speech.doc"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    pages = tmp_path / "speech.pages"
    pages.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty ZIP, as far as its magic goes
    dialog = _report_of_import(qtbot, tmp_path, [old_word, pages])
    for row in range(2):
        item = dialog.tree.topLevelItem(row)
        assert ADVICE[ui_language][item.text(0)] in _outline(item)


MISNAMED = {
    Language.ENGLISH: {
        "讲话.docx": [
            "  Problem: The file is named .docx but holds a .doc file.",
            "  What to do: Open it in Word or WPS, save it as .docx, and import that copy.",
        ],
        "材料.txt": [
            "  Problem: The file is named .txt but holds a .zip file.",
            "  What to do: It is a ZIP archive: unpack it and import the documents inside.",
        ],
    },
    Language.CHINESE: {
        "讲话.docx": [
            "  问题：文件名为 .docx，内容却是 .doc 文件。",
            "  处理办法：用 Word 或 WPS 打开它，另存为 .docx，再导入这份副本。",
        ],
        "材料.txt": [
            "  问题：文件名为 .txt，内容却是 .zip 文件。",
            "  处理办法：这是 ZIP 压缩包，请先解压，再导入其中的文档。",
        ],
    },
}


def test_a_misnamed_file_is_told_what_its_content_needs(
    qtbot: QtBot, tmp_path: Path, ui_language: Language
) -> None:
    """An old .doc saved as .docx gets the advice a .doc gets, as the command line gives it."""
    old_word = tmp_path / "讲话.docx"
    old_word.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    archive = tmp_path / "材料.txt"
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr("讲话.txt", "同志们：")
    dialog = _report_of_import(qtbot, tmp_path, [old_word, archive])
    for row in range(2):
        item = dialog.tree.topLevelItem(row)
        assert _outline(item)[1:] == MISNAMED[ui_language][item.text(0)]


MISNAMED_TEXT_NOTE = {
    Language.ENGLISH: (
        "  Note: The file is named .docx but holds plain text, not the document its name "
        "says; its text was imported as plain text. Renamed to end in .txt, it imports "
        "without this note."
    ),
    Language.CHINESE: (
        "  注意：文件名为 .docx，但其内容是纯文本，不是文件名所说的文档；已按纯文本导入。"
        "把扩展名改为 .txt，导入时就不会再有此提示。"
    ),
}


def test_text_named_docx_is_imported_with_a_note_saying_what_it_was(
    qtbot: QtBot, tmp_path: Path, ui_language: Language
) -> None:
    """A user who renamed a text file .docx reads it, and learns why Word would not open it."""
    misnamed = tmp_path / "讲话稿.docx"
    misnamed.write_text("在全市工作会议上的讲话\n同志们：\n今天召开会议。", encoding="utf-8")
    dialog = _report_of_import(qtbot, tmp_path, [misnamed])
    assert dialog.open_button is not None
    lines = _outline(dialog.tree.topLevelItem(0))
    assert lines[2] == MISNAMED_TEXT_NOTE[ui_language]


def test_changes_kept_during_the_import_are_counted_in_their_file_s_reanchoring(
    qtbot: QtBot, ui_language: Language
) -> None:
    updated = FileOutcome(
        Path("/tmp/修订稿.txt"),
        FileStatus.IMPORTED,
        report=ImportReport(6, "修订稿", "updated", 1, speeches_changed=1),
    )
    kept = {6: {"moved": 2, "orphaned": 1}}
    dialog = ImportReportDialog(ImportResult((updated,), kept_anchors=kept))
    qtbot.addWidget(dialog)
    lines = _outline(dialog.tree.topLevelItem(0))
    expected = {
        Language.ENGLISH: (
            "Changes made during the import: 2 found again in the new text, 1 not found"
        ),
        Language.CHINESE: "导入期间所做的修改重新定位：2 处在新文本中找到，1 处未找到原文",
    }
    assert f"  {expected[ui_language]}" in lines
    own = ("Annotations found again", "批注重新定位：")
    assert not any(line.strip().startswith(own) for line in lines), "the import moved none"
    assert _icon_is(dialog, QStyle.StandardPixmap.SP_MessageBoxWarning), "one was not found"
    others = ImportReportDialog(ImportResult((updated,), kept_anchors={99: {"moved": 1}}))
    qtbot.addWidget(others)
    assert not any("import:" in line for line in _outline(others.tree.topLevelItem(0)))


def _shown_whole(tree: QTreeWidget, item: QTreeWidgetItem) -> bool:
    """Whether ``item``'s row is tall enough for its text wrapped at the row's text width."""
    rect = tree.visualItemRect(item)
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    width = rect.width() - 2 * margin
    wrapped = QFontMetrics(tree.font()).boundingRect(
        QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text(0)
    )
    fits_across = rect.right() <= tree.viewport().width() and wrapped.width() <= width
    return fits_across and wrapped.height() <= rect.height()


def test_the_advice_for_a_misnamed_docx_is_shown_whole_at_any_width(
    qtbot: QtBot, tmp_path: Path, ui_language: Language
) -> None:
    """Data named .docx that is neither a Word document nor text gets the longest advice
    there is: wrapped, not cut with "…"."""
    misnamed = tmp_path / "讲话稿.docx"
    misnamed.write_bytes(bytes(range(32)) * 20)
    dialog = _report_of_import(qtbot, tmp_path, [misnamed])
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    advice = tree.topLevelItem(0).child(1)
    assert advice.text(0).endswith(error_detail("document", "mismatch", ".docx"))
    one_line = QFontMetrics(tree.font()).horizontalAdvance(advice.text(0))
    assert one_line > tree.viewport().width(), "the advice fits one line: nothing to test"
    qtbot.waitUntil(lambda: _shown_whole(tree, advice))
    dialog.resize(dialog.width() * 2 // 3, dialog.height())  # narrower: more lines
    qtbot.waitUntil(lambda: _shown_whole(tree, advice))


OLD_WORD_REPORT = {
    Language.ENGLISH: {
        "讲话.doc": "  Note: It was converted from .doc by LibreOffice, then read as a .docx.",
        "损坏.doc": "  Problem: LibreOffice could not convert the file.",
        "卡住.wps": "  Problem: LibreOffice did not finish converting the file in time.",
    },
    Language.CHINESE: {
        "讲话.doc": "  注意：已由 LibreOffice 从 .doc 转换，再按 .docx 读取。",
        "损坏.doc": "  问题：LibreOffice 无法转换此文件。",
        "卡住.wps": "  问题：LibreOffice 未能在限定时间内完成转换。",
    },
}


def test_old_word_files_are_reported_as_converted_or_as_why_they_were_not(
    qtbot: QtBot, tmp_path: Path, ui_language: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file's line says it went through LibreOffice, or what went wrong with it there."""
    files = []
    for name, mode in (("讲话.doc", "convert"), ("损坏.doc", "fail"), ("卡住.wps", "hang")):
        # One fake office suite a file, chosen by what the file holds.
        fake_office(tmp_path / mode, mode)
        files.append(tmp_path / name)
        files[-1].write_bytes(OLD_WORD + mode.encode())
    dispatcher = tmp_path / "office" / "soffice"
    dispatcher.parent.mkdir()
    dispatcher.write_text(_DISPATCHER.format(python=sys.executable, root=str(tmp_path)))
    dispatcher.chmod(0o755)
    installed(monkeypatch, dispatcher)
    monkeypatch.setattr(office_convert, "TIMEOUT", 1.0)
    monkeypatch.setattr(office_batch, "BATCH_SIZE", 1)  # a run a file: the dispatcher's mode
    dialog = _report_of_import(qtbot, tmp_path, files)
    for row in range(3):
        item = dialog.tree.topLevelItem(row)
        assert OLD_WORD_REPORT[ui_language][item.text(0)] in _outline(item)


# Runs the fake converter whose mode the (only) file's last bytes name, as the same process.
_DISPATCHER = """#!{python}
import os, sys
from pathlib import Path
mode = Path(sys.argv[-1]).read_bytes()[{old_word_length}:].decode()
script = str(Path({root!r}) / mode / "soffice")
os.execv(script, [script, *sys.argv[1:]])
""".replace("{old_word_length}", str(len(OLD_WORD)))


def test_speeches_left_out_as_already_in_the_library_are_named_with_where_they_are(
    qtbot: QtBot,
) -> None:
    from desktop.core.storage.duplicates import DuplicateSpeech

    held = DuplicateSpeech(1, "在全市工作会议上的讲话", 7, "工作会议讲话", 2, "范文选")
    report = ImportReport(5, "讲话汇编", "created", 2, speeches_added=1, duplicates=(held,))
    path = Path("/tmp/讲话汇编.docx")
    outcome = FileOutcome(
        path, FileStatus.IMPORTED, report=report, speech_titles=(held.title, "在表彰大会上的讲话")
    )
    dialog = ImportReportDialog(ImportResult((outcome,)))
    qtbot.addWidget(dialog)
    lines = _outline(dialog.tree.topLevelItem(0))
    assert "  Already in the library, not imported: 1" in lines
    assert (
        "    No. 1 · 在全市工作会议上的讲话 is already in the library as “工作会议讲话” in “范文选”"
        in lines
    )
    assert "already in the library were not imported." in dialog.headline_text()
    assert dialog.tree.topLevelItem(0).isExpanded(), "it needs the user: open"
    assert dialog.import_anyway_button is not None
    with qtbot.waitSignal(dialog.import_anyway_requested) as asked:
        dialog.import_anyway_button.click()
    assert asked.args == [[path]]


def test_a_speech_left_out_whose_text_differs_slightly_says_so(qtbot: QtBot) -> None:
    from desktop.core.storage.duplicates import DuplicateSpeech

    held = DuplicateSpeech(1, "在全市工作会议上的讲话", 7, "工作会议讲话", 2, "范文选", True)
    report = ImportReport(2, "讲话", "duplicate", 1, duplicates=(held,))
    outcome = FileOutcome(
        Path("/tmp/讲话.txt"), FileStatus.IMPORTED, report=report, speech_titles=(held.title,)
    )
    dialog = ImportReportDialog(ImportResult((outcome,)))
    qtbot.addWidget(dialog)
    assert (
        "    在全市工作会议上的讲话 is already in the library as “工作会议讲话” in “范文选”;"
        " the two texts differ slightly (punctuation, spaces or line breaks)"
        in _outline(dialog.tree.topLevelItem(0))
    )


def test_damaged_utf8_is_noted_with_its_bytes_and_first_line(qtbot: QtBot, tmp_path: Path) -> None:
    """A UTF-8 file with a few bytes no encoding reads: the report says how many were replaced
    and where the first is, so the user can look there."""
    damaged = tmp_path / "damaged.txt"
    line = "市委、市政府在这里召开工作会。\n".encode()
    damaged.write_bytes(line * 100 + b"\xff\xfe" + line * 100 + b"\xff" + line)
    dialog = _report_of_import(qtbot, tmp_path, [good_file(tmp_path), damaged])
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == "damaged.txt"
    note = item.child(1)
    assert note.text(0) == (
        "Note: Bytes that could not be read: 3, each shown as \ufffd, the first on line 101. The "
        "file may be damaged or partly in another encoding: check the text there, or save the "
        "file as UTF-8 and import it again."
    )
    assert note.foreground(0).color() == warning_colour(dialog.palette())


CUT_SHORT_REPORT = {
    Language.ENGLISH: [
        "  Problem: The file is damaged: it is cut short (300 of 512 bytes).",
        "  What to do: Copy or download the file again to get all of it; or install LibreOffice: "
        "Pizhu may then read what is left of this copy.",
    ],
    Language.CHINESE: [
        "  问题：文件已损坏：内容不完整（只有 300 字节，应有 512 字节）。",
        "  处理办法：请重新复制或下载该文件，取得完整的文件；也可以安装 LibreOffice，装好后批注 "
        "Pizhu 或许能读取这份副本剩下的部分。",
    ],
}


def test_a_doc_cut_short_is_reported_in_the_command_line_s_words(
    qtbot: QtBot, tmp_path: Path, ui_language: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report said "damaged and cannot be read" (and to save it again from the program that
    made it) where the command line says how much of the file is there and that LibreOffice may
    read the rest: both now say it in the same words (core's), the report translated."""
    cut = tmp_path / "断.doc"
    cut.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(292))  # its header cut short
    status, _out, err = run_cli(capsys, "outline", str(cut))  # no office suite in the tests
    assert status == 2
    said = f"it is {CutShort(300, 512).words()}; with LibreOffice installed, Pizhu may read"
    assert said in err
    dialog = _report_of_import(qtbot, tmp_path, [cut])
    assert _outline(dialog.tree.topLevelItem(0))[1:] == CUT_SHORT_REPORT[ui_language]


@pytest.mark.usefixtures("english_locale")
def test_a_doc_cut_short_the_suite_could_not_read_says_so(qtbot: QtBot) -> None:
    error = CutShortError(
        "cut", cut_short=CutShort(2048, 4608), converter_tried=True, path="讲话.doc"
    )
    outcome = FileOutcome(Path("讲话.doc"), FileStatus.FAILED, error=ErrorInfo.from_error(error))
    dialog = ImportReportDialog(ImportResult((outcome,), False))
    qtbot.addWidget(dialog)
    assert _outline(dialog.tree.topLevelItem(0))[1:] == [
        "  Problem: The file is damaged: it is cut short (2,048 of 4,608 bytes).",
        "  What to do: Copy or download the file again to get all of it: LibreOffice could not "
        "read what is left of this copy.",
    ]
