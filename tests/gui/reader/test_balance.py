"""Tests for desktop/gui/reader/balance.py: centred titles in even lines."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QTextBlock, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.core.document import SpanKind, TextSpan
from desktop.core.records import SpeechContent, SpeechRecord
from desktop.gui.actions import ActionId
from desktop.gui.reader import ReaderView
from desktop.gui.reader.balance import BALANCE_INSET, balance_centred_blocks, phrase_breaks
from desktop.gui.reader.document import ReaderStyle, build_document
from tests.gui.reader.conftest import BODY
from tests.gui.reader.helpers import drag_select, page_text

WORDS = (
    "关于深化改革扩大开放推动经济社会持续健康发展全面建设小康社会奋斗目标坚持以人为本"
    "统筹城乡区域协调发展加快转变经济发展方式切实保障和改善民生促进社会公平正义维护稳定"
)
"""Characters with no punctuation: a line may break after any of them."""

FIVE_YEARS = "关于发展国民经济的第一个五年计划的报告"
"""Balanced at 600 pixels: 关于发展国民经济的第 / 一个五年计划的报告."""


def _speech(title: str, subtitle: str = "") -> SpeechContent:
    lines = [title, *([subtitle] if subtitle else []), BODY * 6, BODY * 4]
    text = "\n".join(lines)
    spans = [TextSpan(SpanKind.TITLE, 0, len(title))]
    if subtitle:
        spans.append(TextSpan(SpanKind.SUBTITLE, len(title) + 1, len(title) + 1 + len(subtitle)))
    record = SpeechRecord(1, 1, 1, title, "2009-03-05", "温家宝", None, len(text), "hash")
    return SpeechContent(record=record, text=text, outline=[], spans=spans)


def _lines(block: QTextBlock) -> list[int]:
    """The number of characters on each of ``block``'s lines, laying it out if need be."""
    block.document().documentLayout().blockBoundingRect(block)
    layout = block.layout()
    return [layout.lineAt(i).textLength() for i in range(layout.lineCount())]


def _unbalanced(speech: SpeechContent, style: ReaderStyle, width: float, number: int) -> list[int]:
    """Block ``number``'s lines as they wrap without balancing, at text width ``width``."""
    document = build_document(speech, style)
    document.setTextWidth(width)
    return _lines(document.findBlockByNumber(number))


def _title_with_a_lone_character(style: ReaderStyle, width: float) -> str:
    """A title one character longer than a line of ``width``: it ends on a character alone."""
    per_line = _unbalanced(_speech(WORDS), style, width, 0)[0]
    title = WORDS[: per_line + 1]
    assert _unbalanced(_speech(title), style, width, 0) == [per_line, 1]
    return title


def _subtitle_with_a_lone_character(style: ReaderStyle, width: float) -> str:
    """As ``_title_with_a_lone_character``, for the subtitle under a short title."""
    per_line = _unbalanced(_speech(WORDS[:8], WORDS), style, width, 1)[0]
    return WORDS[: per_line + 1]


def _assert_balanced(block: QTextBlock, unbalanced: list[int]) -> None:
    lines = _lines(block)
    assert len(lines) == len(unbalanced)
    assert max(lines) - min(lines) <= 2, lines
    assert min(lines) > 2


def _document(title: str, width: float) -> QTextDocument:
    document = build_document(_speech(title), ReaderStyle())
    document.setTextWidth(width)
    return document


def test_a_title_ending_on_a_lone_character_is_set_in_even_lines(qtbot: QtBot) -> None:
    title = _title_with_a_lone_character(ReaderStyle(), 600)
    document = _document(title, 600)
    body_before = _lines(document.findBlockByNumber(1))
    balance_centred_blocks(document)
    title_block = document.firstBlock()
    _assert_balanced(title_block, _unbalanced(_speech(title), ReaderStyle(), 600, 0))
    fmt = title_block.blockFormat()
    assert fmt.leftMargin() == fmt.rightMargin() == fmt.property(BALANCE_INSET) > 0
    body = document.findBlockByNumber(1)
    assert _lines(body) == body_before
    assert body.blockFormat().leftMargin() == body.blockFormat().rightMargin() == 0
    assert page_text(document) == _speech(title).text


def test_a_title_on_one_line_is_left_as_it_is(qtbot: QtBot) -> None:
    document = _document(WORDS[:8], 600)
    balance_centred_blocks(document)
    assert document.firstBlock().blockFormat().leftMargin() == 0
    assert _lines(document.firstBlock()) == [8]


def test_a_wider_page_takes_the_balancing_margins_back(qtbot: QtBot) -> None:
    title = _title_with_a_lone_character(ReaderStyle(), 600)
    document = _document(title, 600)
    balance_centred_blocks(document)
    document.setTextWidth(2000)
    balance_centred_blocks(document)
    assert _lines(document.firstBlock()) == [len(title)]
    fmt = document.firstBlock().blockFormat()
    assert (fmt.leftMargin(), fmt.rightMargin(), fmt.property(BALANCE_INSET)) == (0, 0, 0)


def test_long_titles_of_three_lines_are_even_too(qtbot: QtBot) -> None:
    style = ReaderStyle()
    per_line = _unbalanced(_speech(WORDS), style, 600, 0)[0]
    title = WORDS[: 2 * per_line + 1]
    document = _document(title, 600)
    balance_centred_blocks(document)
    _assert_balanced(document.firstBlock(), [per_line, per_line, 1])


def _shown_reader(qtbot: QtBot) -> ReaderView:
    """A reader 900×700 showing a short speech: its text width is a speech's."""
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 700)
    reader.show_speech(_speech(WORDS[:4]))
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def test_the_reader_balances_its_title_and_subtitle_on_resize_and_zoom(qtbot: QtBot) -> None:
    reader = _shown_reader(qtbot)
    width = reader.document().textWidth()
    title = _title_with_a_lone_character(ReaderStyle(), width)
    subtitle = _subtitle_with_a_lone_character(ReaderStyle(), width)
    speech = _speech(title, subtitle)
    reader.show_speech(speech)
    body = reader.document().findBlockByNumber(2)
    assert body.blockFormat().leftMargin() == 0

    def check() -> int:
        """Balance the wrapped ones of title and subtitle; how many wrapped."""
        document, style = reader.document(), ReaderStyle(font_size=reader.font_size)
        wrapped = 0
        for number in (0, 1):
            expected = _unbalanced(speech, style, document.textWidth(), number)
            if len(expected) > 1:
                _assert_balanced(document.findBlockByNumber(number), expected)
                wrapped += 1
        return wrapped

    assert check() == 2
    reader.resize(700, 700)
    qtbot.waitUntil(lambda: reader.document().textWidth() == reader.viewport().width())
    assert check() == 2
    reader.registry.action(ActionId.ZOOM_IN).trigger()
    assert check() == 2
    reader.registry.action(ActionId.ZOOM_OUT).trigger()
    reader.registry.action(ActionId.ZOOM_OUT).trigger()
    check()
    body = reader.document().findBlockByNumber(2)
    assert body.blockFormat().leftMargin() == body.blockFormat().rightMargin() == 0


def test_a_selection_in_a_balanced_title_keeps_its_offsets(qtbot: QtBot) -> None:
    reader = _shown_reader(qtbot)
    title = _title_with_a_lone_character(ReaderStyle(), reader.document().textWidth())
    reader.show_speech(_speech(title))
    assert reader.document().firstBlock().blockFormat().property(BALANCE_INSET) > 0
    end = len(title) - 1
    drag_select(qtbot, reader, 3, end)  # across the title's line break
    assert reader.selected_range() == (3, end)
    assert reader.speech().text[3:end] == title[3:end]


def test_a_long_speech_repaints_after_a_resize_changes_the_balancing(qtbot: QtBot) -> None:
    """Qt lays a long speech out lazily: each resize re-balances the title and still paints.

    (The crash that a stale lazy layout gave, a dock narrowing a fresh window's reader, is
    seen by tests/gui/test_library_pane.py; this does not bring it about on its own.)"""
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(900, 700)
    reader.show_speech(_speech(WORDS[:4]))
    title = _title_with_a_lone_character(ReaderStyle(), reader.document().textWidth())
    paragraphs = "\n".join(f"第{n}段。" + BODY * 4 for n in range(1500))
    reader.show_speech(replace(_speech(title), text=f"{title}\n{paragraphs}"))
    reader.show()
    for width in (520, 900, 700):
        reader.resize(width, 700)
        reader.viewport().repaint()
        lines = _lines(reader.document().firstBlock())
        assert max(lines) - min(lines) <= 2, lines


def test_phrase_breaks_fall_at_spaces_punctuation_and_between_phrases() -> None:
    assert phrase_breaks("中共中央 国务院关于实施乡村振兴战略的意见") == {
        5: True,
        8: True,
        19: False,
    }
    assert phrase_breaks("在全市“效能革命”工作会上的讲话") == {3: True, 9: True, 14: False}
    assert phrase_breaks("——在第一届全国人民代表大会上") == {2: True}
    assert phrase_breaks("中华人民共和国和平发展之一的报告") == {14: False}, (
        "not 共和 / 国, 和 / 平, 之 / 一"
    )


def _visible_lines(block: QTextBlock) -> list[tuple[int, float]]:
    """Each line's first character and the middle of its characters as drawn, letter spacing
    after the last one left out."""
    block.document().documentLayout().blockBoundingRect(block)
    layout, shown = block.layout(), []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        start, end = line.textStart(), line.textStart() + line.textLength()
        last = line.cursorToX(end - 1)[0]
        width = last - line.cursorToX(end - 2)[0]  # a character before it: as wide (CJK)
        shown.append((start, (line.cursorToX(start)[0] + last + width) / 2))
    return shown


def _phrased(title: str, width: float) -> QTextDocument:
    document = _document(title, width)
    balance_centred_blocks(document)
    assert page_text(document) == _speech(title).text, "the text is untouched"
    return document


def test_a_title_breaks_between_phrases_its_short_first_line_still_centred(
    qtbot: QtBot,
) -> None:
    for title, second in (("中共中央 国务院关于实施乡村振兴战略的意见", 8), (FIVE_YEARS, 9)):
        document = _phrased(title, 600)
        lines = _visible_lines(document.firstBlock())
        assert [start for start, _ in lines] == [0, second], title  # not 关于实 / 施, 的第 / 一
        assert abs(lines[0][1] - lines[1][1]) <= 2, "one axis, the short line too"


def test_a_title_held_short_is_set_afresh_at_another_width(qtbot: QtBot) -> None:
    document = _document(FIVE_YEARS, 600)
    balance_centred_blocks(document)
    assert document.firstBlock().blockFormat().textIndent() > 0
    document.setTextWidth(2000)
    balance_centred_blocks(document)
    block = document.firstBlock()
    assert _lines(block) == [len(FIVE_YEARS)]
    assert block.blockFormat().textIndent() == 0
    fragments = block.begin()
    while not fragments.atEnd():
        assert fragments.fragment().charFormat().fontLetterSpacing() == 0
        fragments += 1


def test_without_a_phrase_near_even_the_balance_is_kept(qtbot: QtBot) -> None:
    title = "关于一九五八年度国民经济计划草案的报告"  # its only phrase ends a line of 3
    document = _phrased(title, 600)
    assert _lines(document.firstBlock()) == [10, 9]
