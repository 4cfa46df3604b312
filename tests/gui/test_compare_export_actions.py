"""The compare window's Export Changes… and Copy Changes as a user drives them: the keys, the
file written in the format its extension names, the Markdown on the clipboard, a failure."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core import compare_export
from desktop.core.compare_segments import DELETED_FILL, INSERTED_FILL
from desktop.core.errors import ExportError
from desktop.dialogs import export_texts
from desktop.gui.compare_pane import DELETED, INSERTED, change_colour
from desktop.gui.compare_window import CompareWindow
from desktop.gui.i18n import Language, Translations
from tests.core.html_tree import every, parsed
from tests.gui.compare_helpers import DRAFT, FINAL, import_two_versions, open_compare
from tests.gui.conftest import WindowFactory
from tests.gui.focus_helpers import takes_the_keyboard


@pytest.fixture
def compare(qtbot: QtBot, open_window: WindowFactory, library_path: Path) -> CompareWindow:
    """The compare window of a draft and its final version, its changes shown."""
    draft, final = import_two_versions(library_path)
    return open_compare(qtbot, open_window(), draft, final)


def _answer(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = "") -> list[str]:
    """Answer the save dialog with ``path``; the names it proposed."""
    proposed: list[str] = []

    def answer(_parent: object, _title: str, suggested: str, filters: str) -> tuple[str, str]:
        proposed.append(Path(suggested).name)
        proposed.append(filters)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return proposed


def test_ctrl_e_proposes_a_word_document_and_writes_it(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = compare.changes_export.export_action
    assert action in compare.findChild(QToolBar, "compare_toolbar").actions()
    assert action.isEnabled()
    assert [key.toString() for key in action.shortcuts()] == ["Ctrl+E"]
    proposed = _answer(monkeypatch, tmp_path / "changes.docx")
    with qtbot.waitSignal(compare.changes_export.exported) as written:
        qtbot.keyClick(compare.new_pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert written.args == [tmp_path / "changes.docx"]
    assert proposed[0].endswith(".docx")  # our users write in Word
    assert proposed[1].split(";;")[:2] == ["Word document (*.docx)", "Web page (*.html)"]
    assert DRAFT in proposed[0]
    assert FINAL in proposed[0]
    document = docx.Document(str(tmp_path / "changes.docx"))
    assert document.paragraphs[0].text == f"Changes: {DRAFT} → {FINAL}"
    hunks = compare.comparison.hunks
    assert document.paragraphs[1].text == compare.summary_text(compare.comparison)
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) == len(hunks)
    struck = [run.text for p in document.paragraphs for run in p.runs if run.font.strike]
    assert struck[-1] == compare.old_pane.text[hunks[-1].old_start : hunks[-1].old_end].strip()


def test_an_html_name_writes_a_page(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, tmp_path / "changes.htm", "Markdown (*.md)")
    with qtbot.waitSignal(compare.changes_export.exported) as written:
        compare.changes_export.export_action.trigger()
    assert written.args == [tmp_path / "changes.htm"]  # its extension, not the filter's
    root = parsed((tmp_path / "changes.htm").read_text(encoding="utf-8"))
    assert [u.text for u in every(root, "u")][1:3] == ["𠮷", ",坚持以人民为中心"]


def test_a_markdown_name_writes_markdown(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, tmp_path / "changes.md")
    with qtbot.waitSignal(compare.changes_export.exported) as written:
        compare.changes_export.export_action.trigger()
    assert written.args == [tmp_path / "changes.md"]
    text = (tmp_path / "changes.md").read_text(encoding="utf-8")
    assert text.splitlines()[0] == f"# Changes: {DRAFT} → {FINAL}"
    assert "**𠮷" in text  # the insertion before 𠮷's paragraph, in bold
    assert "~~" in text  # the paragraph deleted, struck through
    assert text.count("\n## ") == len(compare.comparison.hunks)


def test_a_csv_name_writes_csv_with_a_bom(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, tmp_path / "changes.csv")
    with qtbot.waitSignal(compare.changes_export.exported):
        compare.changes_export.export_action.trigger()
    data = (tmp_path / "changes.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["section", "kind", "old", "new", "old_offset", "new_offset"]
    assert len(rows) == len(compare.comparison.hunks) + 1


def test_a_name_without_extension_takes_the_chosen_filters(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, tmp_path / "changes", "Plain text (*.txt)")
    with qtbot.waitSignal(compare.changes_export.exported) as written:
        compare.changes_export.export_action.trigger()
    assert written.args == [tmp_path / "changes.txt"]
    text = (tmp_path / "changes.txt").read_text(encoding="utf-8")
    # The speeches named first, as diff names its files; it began at "@@ 1/", naming neither.
    assert text.splitlines()[:2] == [f"--- {DRAFT} · 2016-04-15", f"+++ {FINAL} · 2016-04-15"]
    assert text.splitlines()[2].startswith("@@ 1/")
    assert "{+𠮷" in text


def test_ctrl_shift_c_copies_the_changes_as_markdown(qtbot: QtBot, compare: CompareWindow) -> None:
    QApplication.clipboard().clear()
    with qtbot.waitSignal(compare.changes_export.copied) as copied:
        qtbot.keyClick(
            compare.new_pane,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert copied.args == [len(compare.comparison.hunks)]
    data = QApplication.clipboard().mimeData()
    # The Markdown as the text, for a Markdown editor or a plain box…
    text = QApplication.clipboard().text()
    assert text.startswith(f"# Changes: {DRAFT} → {FINAL}")
    assert "~~" in text
    # …and HTML for Word and WPS: Word showed the Markdown's ~~ and ** as they are.
    assert data.hasHtml()
    root = parsed(data.html())
    body = every(root, "body")[0]
    assert every(body, "h1")[0].text == f"Changes: {DRAFT} → {FINAL}"
    assert every(body, "p")[0].text == compare.summary.text()  # on top, as the window says it
    assert len(every(body, "h2")) == len(compare.comparison.hunks)
    hunk = compare.comparison.hunks[-1]  # the paragraph the final version left out
    assert every(body, "s")[-1].text == compare.old_pane.text[hunk.old_start : hunk.old_end].strip()
    assert "~~" not in data.html()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English catalogue, which gives a count its singular and plural."""
    translations = Translations(qapp)
    assert translations.apply(Language.ENGLISH) == Language.ENGLISH
    yield
    translations.remove()


@pytest.mark.usefixtures("english")
def test_the_status_bar_says_the_changes_were_copied_and_where_they_were_written(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing else shows it: a click on Copy Changes seemed to do nothing, and Export
    # Changes… wrote its file without a word.
    changes = len(compare.comparison.hunks)
    with qtbot.waitSignal(compare.changes_export.copied):
        compare.changes_export.copy_action.trigger()
    copied = f"{changes} changes copied: paste them into Word, WPS or a Markdown editor"
    assert compare.statusBar().currentMessage() == copied
    _answer(monkeypatch, tmp_path / "changes.docx")
    with qtbot.waitSignal(compare.changes_export.exported):
        compare.changes_export.export_action.trigger()
    where = QDir.toNativeSeparators(str(tmp_path / "changes.docx"))
    assert compare.statusBar().currentMessage() == f"Changes exported to {where}"
    compare.next_action.trigger()  # a step says where it is again
    assert compare.statusBar().currentMessage().startswith("Change ")


def test_the_copied_changes_are_in_the_window_s_colours() -> None:
    # The window's light fills, laid over white paper, are the Word and HTML fills.
    for kind, fill in ((DELETED, DELETED_FILL), (INSERTED, INSERTED_FILL)):
        colour = change_colour(kind, "light")
        alpha = colour.alphaF()
        over_white = [
            round(channel * alpha + 255 * (1 - alpha))
            for channel in (colour.red(), colour.green(), colour.blue())
        ]
        assert "".join(f"{channel:02x}" for channel in over_white) == fill


@pytest.mark.parametrize("name", ["changes.md", "changes.docx", "changes.html"])
def test_a_file_that_cannot_be_written_is_one_warning(
    qtbot: QtBot,
    compare: CompareWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    _answer(monkeypatch, tmp_path / "no such folder" / name)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert compare.changes_export.export() is None
    assert len(warnings) == 1
    assert "no such folder" in warnings[0]


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The Chinese catalogue, as most users read the app."""
    translations = Translations(qapp)
    assert translations.apply(Language.CHINESE) == Language.CHINESE
    yield
    translations.remove()


@pytest.mark.usefixtures("chinese")
def test_in_chinese_the_markdown_and_the_action_are_in_chinese(
    qtbot: QtBot, compare: CompareWindow
) -> None:
    action = compare.changes_export.copy_action
    assert action.text() == "复制改动(&C)"
    with qtbot.waitSignal(compare.changes_export.copied):
        action.trigger()
    lines = QApplication.clipboard().text().splitlines()
    root = parsed(QApplication.clipboard().mimeData().html())
    assert every(root, "html")[0].attributes["lang"] == "zh-CN"
    assert every(root, "h1")[0].text == f"改动：{DRAFT} → {FINAL}"
    assert every(root, "p")[0].text.startswith("改动 5 处")
    assert lines[0] == f"# 改动：{DRAFT} → {FINAL}"
    assert any(line.startswith("- 旧稿：") and "~~" in line for line in lines)
    assert "## 5. 删除" in lines  # the last paragraph: after every heading
    assert any(line.startswith("## ") and line.endswith("（新增）") for line in lines)
    assert (
        compare.statusBar().currentMessage()
        == "已复制 5 处改动，可粘贴到 Word、WPS 或 Markdown 编辑器"
    )


@pytest.mark.usefixtures("chinese")
def test_in_chinese_the_plain_text_file_is_in_chinese(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its change headings and its last line follow the UI, as the Markdown's do (the CLI's
    stay English)."""
    _answer(monkeypatch, tmp_path / "改动.txt")
    with qtbot.waitSignal(compare.changes_export.exported):
        compare.changes_export.export_action.trigger()
    lines = (tmp_path / "改动.txt").read_text(encoding="utf-8").splitlines()
    headings = [line for line in lines if line.startswith("@@ ")]
    assert len(headings) == 5
    assert headings[-1].startswith("@@ 5/5 删除  旧稿 "), headings[-1]
    assert all("，新稿 " in line and "old" not in line for line in headings)
    assert lines[-1].startswith("改动 5 处"), lines[-1]


def test_the_file_is_written_in_a_worker_and_its_failure_is_one_warning(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A Word document of a thousand changes took half a second on the GUI thread.
    threads: list[bool] = []
    write_changes = compare_export.write_changes

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - compare_export.write_changes
        threads.append(threading.current_thread() is threading.main_thread())
        return write_changes(*args, **kwargs)

    monkeypatch.setattr(compare_export, "write_changes", spy)
    _answer(monkeypatch, tmp_path / "changes.docx")
    with qtbot.waitSignal(compare.changes_export.exported):
        compare.changes_export.export_action.trigger()
    assert threads == [False]
    assert (tmp_path / "changes.docx").stat().st_size > 0

    error = ExportError("the disk is full", code="disk-full", path=tmp_path / "full.docx")

    def full(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(compare_export, "write_changes", full)
    _answer(monkeypatch, tmp_path / "full.docx")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    compare.changes_export.export_action.trigger()
    qtbot.waitUntil(lambda: warnings != [])
    assert warnings == [export_texts.error_text(error)]  # the other exports' words
    assert "Something went wrong" not in warnings[0]
    assert not compare.running_work()


def _in_new_pane(qtbot: QtBot, compare: CompareWindow) -> None:
    compare.activateWindow()
    compare.new_pane.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(compare.new_pane.hasFocus)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs
def test_a_cancelled_export_gives_the_keyboard_back(
    qtbot: QtBot, compare: CompareWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def cancelled(parent: QWidget, *_args: object) -> tuple[str, str]:
        takes_the_keyboard(qtbot, parent)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled)
    _in_new_pane(qtbot, compare)
    qtbot.keyClick(compare.new_pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(compare.new_pane.hasFocus)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen's dialogs
def test_the_failure_message_gives_the_keyboard_back(
    qtbot: QtBot, compare: CompareWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, tmp_path / "no such folder" / "changes.docx")
    warned: list[str] = []

    def warning(parent: QWidget, _title: str, text: str) -> None:
        warned.append(text)
        takes_the_keyboard(qtbot, parent)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    _in_new_pane(qtbot, compare)
    qtbot.keyClick(compare.new_pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: warned != [])
    qtbot.waitUntil(compare.new_pane.hasFocus)
