"""The reader's line-break hints: note marks kept to their words, lines broken at quotes,
and every offset (selection, copy, find, clicks, annotations) exact around them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextBlock
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.footnotes import find_footnotes
from desktop.gui.actions import ActionId
from desktop.gui.reader import ReaderView
from desktop.gui.reader.line_hints import BREAK, GLUE, line_hints
from tests.gui.reader.conftest import BODY, build_speech, make_annotation, shown_reader
from tests.gui.reader.helpers import char_point, page_offsets, page_text

NOTES = ["注释：", "①《某某文选》第三卷，某出版社1993年版。", "[2] 某某. 某刊[J]. 2020(1)."]


def _lines(block: QTextBlock) -> list[tuple[int, int]]:
    """The document positions each line of ``block`` spans."""
    layout = block.layout()
    return [
        (
            block.position() + line.textStart(),
            block.position() + line.textStart() + line.textLength(),
        )
        for line in map(layout.lineAt, range(layout.lineCount()))
    ]


def _paragraphs(view: ReaderView) -> list[QTextBlock]:
    view.document().documentLayout().documentSize()  # every line laid out
    block, blocks = view.document().firstBlock(), []
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def test_a_note_mark_never_starts_a_line(qtbot: QtBot) -> None:
    # Each paragraph puts 论述① one character further along a line: at one of them the mark
    # fell on the line's end, and Qt carried it alone to the next line's start.
    paragraphs = ["论某项工作"]
    paragraphs += [
        "国" * n + "论述①，" + "切实把思想统一到决策部署上来。" * 3 for n in range(24, 44)
    ]
    paragraphs += ["国" * n + "工作[2]。" + BODY for n in range(24, 44)]
    view = shown_reader(qtbot, build_speech([*paragraphs, *NOTES]))
    text, offsets = view.speech().text, page_offsets(view)
    marks = {mark.start for mark in find_footnotes(text).marks}
    assert len(marks) == 40
    starts = {
        offsets.to_str(start) for block in _paragraphs(view) for start, _ in _lines(block)[1:]
    }
    assert not starts & marks, [text[start - 2 : start + 2] for start in sorted(starts & marks)]
    shown = view.document().toPlainText()
    # Glue before each mark, none before a note's own number (the rest holds last characters).
    glued = {offsets.to_str(at) for at, char in enumerate(shown) if char == GLUE}
    assert marks <= glued
    assert not glued & {item.start for item in find_footnotes(text).items}
    assert page_text(view.document()) == text


def test_a_line_may_end_on_a_pause_before_an_opening_quote(qtbot: QtBot) -> None:
    # 制”、“港: Qt let no line break around a quotation mark, so a line ended before 制 with
    # room for 制”、 left (the run went whole to the next line) and was justified loosely.
    filler = "今天市委市政府在这里召开大规模高规格的工作会" * 3
    paragraphs = ["论某项工作"]
    paragraphs += ["国" * n + "制”、“港澳通行”“一网通办”等制度。" + filler for n in range(24, 44)]
    view = shown_reader(qtbot, build_speech(paragraphs))
    room = 3 * view.em  # 制”、, which may not be parted: Chinese punctuation closes a line
    short, broken_at_quote = [], 0
    for block in _paragraphs(view)[1:]:
        layout, words = block.layout(), block.text()
        for number in range(layout.lineCount() - 1):  # a paragraph's last line is short
            line = layout.lineAt(number)
            end = line.textStart() + line.textLength()
            broken_at_quote += words[end - 2 : end + 1] == "、" + BREAK + "“"
            if words[end] == "制" and line.width() - line.naturalTextWidth() > room - 0.5:
                short.append(words[line.textStart() : end])
    assert not short
    assert broken_at_quote
    assert page_text(view.document()) == view.speech().text


def test_no_hint_in_a_title_nor_at_a_paragraphs_start() -> None:
    text = "“放管服”、“一网通办”\n①加强领导，“两集中”、“两到位”"
    hints = line_hints(text, [text.index("①")], [(0, text.index("\n"))])
    assert hints == {text.index("“两集中"): BREAK, text.index("“两到位"): BREAK}


HINTED = "𠮷强调“放管服”、“最多跑一次”改革𠮷，要学习论述①𠮷，切实抓好落实。"


def _hinted_reader(qtbot: QtBot) -> ReaderView:
    return shown_reader(qtbot, build_speech(["论某项工作", HINTED + BODY, *NOTES]), focused=True)


def _click_before(qtbot: QtBot, view: ReaderView, offset: int) -> None:
    point = char_point(view, offset) - QPoint(6, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_shift_arrows_step_one_character_over_a_hint(qtbot: QtBot) -> None:
    view = _hinted_reader(qtbot)
    text = view.speech().text
    pause = text.index("、“最多")
    _click_before(qtbot, view, pause)
    assert view.textCursor().position() == page_offsets(view).to_utf16(pause)
    for count in range(1, 4):  # 、 then the hint and “ in one step, then 最
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        assert view.selected_range() == (pause, pause + count)
    mark = text.index("①")
    _click_before(qtbot, view, mark + 1)  # after ①, over it and its glue to 述
    for count in range(1, 3):
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        assert view.selected_range() == (mark + 1 - count, mark + 1)


def test_copy_highlight_and_drag_take_the_words_without_hints(qtbot: QtBot) -> None:
    view = _hinted_reader(qtbot)
    text = view.speech().text
    start, end = text.index("放管服"), text.index("，要学习")
    _click_before(qtbot, view, start)
    for _ in range(end - start):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_range() == (start, end)
    QGuiApplication.clipboard().setText("before")
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text[start:end] == "放管服”、“最多跑一次”改革𠮷"
    assert view.createMimeDataFromSelection().text() == text[start:end]  # a drag's, X11's
    with qtbot.waitSignal(view.highlight_requested) as blocker:
        view.registry.action(ActionId.HIGHLIGHT_1).trigger()
    assert blocker.args[:2] == [start, end]


def test_clicks_and_marks_find_the_characters_either_side_of_a_hint(qtbot: QtBot) -> None:
    view = _hinted_reader(qtbot)
    text = view.speech().text
    pause, quote = text.index("、“最多"), text.index("“最多")
    mark = text.index("①")
    speech = view.speech()
    view.set_annotations(
        [
            make_annotation(speech, pause, pause + 1, id="pause"),
            make_annotation(speech, quote, quote + 3, id="quote"),
            make_annotation(speech, mark - 2, mark, id="words"),
            make_annotation(speech, mark, mark + 2, id="mark"),
        ]
    )
    viewport = view.viewport()
    for offset, expected in [(pause, "pause"), (quote, "quote"), (mark - 1, "words")]:
        for dx in (-3, 3):  # the left and the right half of the character
            with qtbot.waitSignal(view.annotation_clicked) as clicked:
                point = char_point(view, offset) + QPoint(dx, 0)
                qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
            assert clicked.args == [expected]
    view.set_marks("search", [(pause, quote + 2), (mark - 1, mark + 2)], 0)
    offsets = page_offsets(view)
    drawn = {
        offsets.range_to_str(s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in view.extraSelections()
    }
    assert {(pause, quote + 2), (mark - 1, mark + 2)} <= drawn
