"""Tests for desktop/gui/reader/line_hints.py: no paragraph ends on a line of one character
(孤字), and the glue that prevents it changes no offset."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from desktop.gui.reader.line_hints import GLUE, HINTS, widow_glue
from tests.gui.reader.conftest import build_speech, make_annotation, shown_reader
from tests.gui.reader.helpers import page_offsets, page_text, select_with_keys

PHRASE = "深入推进政务服务效能革命"
CLOSINGS = "。”；）"


def _last_line(block: QTextBlock) -> str:
    """The words of ``block``'s last line, without hints or closing marks."""
    layout = block.layout()
    line = layout.lineAt(layout.lineCount() - 1)
    words = block.text()[line.textStart() : line.textStart() + line.textLength()]
    return words.translate(dict.fromkeys(map(ord, HINTS + CLOSINGS))).strip()


def test_the_glue_goes_before_the_last_han_character() -> None:
    text = "标题\n见到实效。\n到位”。\nGDP grew.\n好\n实效"
    assert widow_glue(text, 3, 8) == 6  # before 效
    assert widow_glue(text, 9, 13) == 10  # before 位: 。” passed over
    assert widow_glue(text, 14, 23) is None  # Latin: words break at spaces only
    assert widow_glue(text, 24, 25) is None  # one character: nothing to join
    assert widow_glue(text, 26, 28) == 27


def test_han_is_told_by_the_same_blocks_as_before() -> None:
    # The code point ranges replaced a regex class: the edges of each block, the astral ones
    # (𠮷) included, glue as that class did.
    han = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U000323af]")
    edges = [0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF, 0x20000, 0x20BB7, 0x323AF]
    for code in [*edges, *(edge - 1 for edge in edges), *(edge + 1 for edge in edges), 0x41]:
        char = chr(code)
        expected = 1 if han.fullmatch(char) else None
        assert widow_glue("实" + char + "。", 0, 3) == expected, hex(code)
        assert widow_glue(char + "实", 0, 2) == (1 if expected else None), hex(code)


def test_no_paragraph_ends_on_a_line_of_one_character(qtbot: QtBot) -> None:
    # Each paragraph one character longer than the last: at some length its last character
    # fell alone on a line of its own, at any width of the page.
    paragraphs = ["标题"]
    paragraphs += [(PHRASE * 8)[:n] + "。" for n in range(60, 100)]
    paragraphs += [(PHRASE * 8)[:n] + "”。" for n in range(60, 100)]
    view = shown_reader(qtbot, build_speech(paragraphs))
    document = view.document()
    document.documentLayout().documentSize()  # every line laid out
    blocks = [document.findBlockByNumber(number) for number in range(1, len(paragraphs))]
    assert all(block.layout().lineCount() > 1 for block in blocks)
    lone = [block.blockNumber() for block in blocks if len(_last_line(block)) < 2]
    assert lone == []
    assert page_text(document) == view.speech().text, "the text shown is the speech's"


def test_offsets_selection_and_highlights_stay_exact_around_the_glue(qtbot: QtBot) -> None:
    paragraphs = ["标题", PHRASE * 3 + "。", PHRASE * 3 + "。"]
    view = shown_reader(qtbot, build_speech(paragraphs))
    text = view.speech().text
    assert view.document().toPlainText().count(GLUE) == 3  # 标题 too: body text here
    last = text.index("。", len(paragraphs[0]) + 1) - 1  # 命, glued to 革
    offsets = page_offsets(view)
    assert offsets.to_str(offsets.to_utf16(last)) == last
    select_with_keys(view, last - 1, last + 1)
    assert view.selected_range() == (last - 1, last + 1)
    assert view.textCursor().selectedText().replace(GLUE, "") == "革命"
    view.set_annotations([make_annotation(view.speech(), last - 1, last + 1, "green")])
    qtbot.waitUntil(lambda: len(view.extraSelections()) > 0)
    (fill, *_) = selections = view.extraSelections()
    assert selections
    assert fill.cursor.selectedText().replace(GLUE, "") == "革命"
