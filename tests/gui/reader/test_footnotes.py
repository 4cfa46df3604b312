"""Tests for desktop/gui/reader/footnotes.py: a speech's note marks followed like links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop.core.footnotes import find_footnotes
from desktop.core.records import SpeechContent
from desktop.gui.actions import ActionId
from desktop.gui.contrast import TEXT_CONTRAST, contrast_ratio
from desktop.gui.reader import ReaderView
from desktop.gui.reader.document import (
    BlockRole,
    ReaderStyle,
    block_roles,
    build_document,
    paragraph_starts,
)
from desktop.gui.reader.line_hints import page_map
from desktop.gui.theme import ThemeName
from tests.gui.reader.conftest import BODY, build_speech, shown_reader
from tests.gui.reader.helpers import (
    char_point,
    hover_tooltip,
    page_offsets,
    page_text,
    select_with_keys,
)

FIRST_NOTE = "《某某文选》第三卷，某出版社1993年版。"


def _article() -> SpeechContent:
    paragraphs = [
        "论某项工作",
        "𠮷我们要深入学习有关重要论述①，切实把思想统一到决策部署上来。" + BODY,
        "①加强领导。" + BODY,  # a list number opening a line: no mark
        *[f"第{n}段。" + BODY * 3 for n in range(3, 30)],
        "各级党组织要担负起主体责任[2]，把这项工作抓紧抓实①。",
        "注释：",
        "①" + FIRST_NOTE,
        "[2] 某某. 某刊[J]. 2020(1).",
    ]
    return build_speech(paragraphs)


@pytest.fixture
def article_reader(qtbot: QtBot) -> ReaderView:
    """A shown, focused reader with an article whose notes close it."""
    return shown_reader(qtbot, _article(), focused=True)


def _first_mark(reader: ReaderView) -> int:
    return reader.speech().text.index("论述①") + 2


def _char_format(document: QTextDocument, text: str, offset: int) -> QTextCharFormat:
    """The format of the character at ``offset`` (a cursor's is the one before it)."""
    cursor = QTextCursor(document)
    cursor.setPosition(page_map(document, text).to_utf16(offset + 1))
    return cursor.charFormat()


def _note_visible(qtbot: QtBot, reader: ReaderView, offset: int) -> None:
    qtbot.waitUntil(lambda: reader.viewport().rect().contains(char_point(reader, offset)))


def test_marks_are_quiet_superscripts_and_the_text_is_unchanged(
    article_reader: ReaderView,
) -> None:
    speech = article_reader.speech()
    assert page_text(article_reader.document()) == speech.text
    document = article_reader.document()
    mark = _char_format(document, speech.text, _first_mark(article_reader))
    assert mark.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    assert mark.foreground().color() == article_reader._style.theme.color("muted")
    list_number = _char_format(document, speech.text, speech.text.index("①加强"))
    assert list_number.verticalAlignment() != QTextCharFormat.VerticalAlignment.AlignSuperScript
    roles = block_roles(speech, paragraph_starts(speech.text))
    count = len(speech.text.split("\n"))
    assert [roles.get(i) for i in range(count - 3, count)] == [
        BlockRole.NOTES_LABEL,
        BlockRole.NOTE,
        BlockRole.NOTE,
    ]


@pytest.mark.parametrize("name", list(ThemeName))
def test_marks_and_note_numbers_read_on_every_theme(name: ThemeName) -> None:
    speech = _article()
    style = ReaderStyle(theme_name=name.value)
    document = build_document(speech, style)
    page = style.theme.color("background")
    notes = find_footnotes(speech.text)
    for offset in (notes.marks[0].start, notes.items[0].start):
        colour = _char_format(document, speech.text, offset).foreground().color()
        assert colour != style.theme.color("text"), "quieter than the words, or a link"
        assert contrast_ratio(colour, page) >= TEXT_CONTRAST


def test_hovering_a_mark_shows_its_note(qtbot: QtBot, article_reader: ReaderView) -> None:
    text = hover_tooltip(qtbot, article_reader, _first_mark(article_reader))
    QToolTip.hideText()
    assert FIRST_NOTE in text


def test_clicking_a_mark_scrolls_to_its_note_and_its_number_leads_back(
    qtbot: QtBot, article_reader: ReaderView
) -> None:
    reader = article_reader
    notes = find_footnotes(reader.speech().text)
    cited = notes.marks[-1]  # the second ① citing note 1, near the end of the body
    assert cited.number == 1
    reader.scroll_to_offset(cited.start)
    _note_visible(qtbot, reader, cited.start)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, cited.start)
    )
    note = notes.items[0]
    # The mark is on the speech's last page, its note too: the page stays at the very end
    # (it was scrolled past it, into blank room, until Qt pulled the scroll bar back).
    bar = reader.verticalScrollBar()
    assert bar.value() == bar.maximum()
    _note_visible(qtbot, reader, note.text_start)
    assert reader.flashed_range() == (note.start, note.end)
    qtbot.waitUntil(lambda: reader.flashed_range() is None, timeout=5000)
    reader.scroll_to_offset(0)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, note.start)
    )
    _note_visible(qtbot, reader, cited.start)  # back to the mark it came from, not the first
    assert reader.flashed_range() == (cited.start, cited.end)


def test_enter_on_a_mark_goes_to_the_note_and_enter_again_comes_back(
    qtbot: QtBot, article_reader: ReaderView
) -> None:
    reader = article_reader
    mark = _first_mark(reader)
    select_with_keys(reader, mark + 1, mark + 1)  # the caret just after ①
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    note = find_footnotes(reader.speech().text).items[0]
    _note_visible(qtbot, reader, note.text_start)
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    _note_visible(qtbot, reader, mark)
    assert reader.flashed_range() == (mark, mark + 1)


def test_highlight_and_copy_across_a_mark_keep_offsets_and_the_mark(
    qtbot: QtBot, article_reader: ReaderView
) -> None:
    reader = article_reader
    mark = _first_mark(reader)
    start, end = mark - 4, mark + 5  # 重要论述①，切实把
    select_with_keys(reader, start, end)
    reader.registry.action(ActionId.COPY).trigger()
    assert QGuiApplication.clipboard().text() == "重要论述①，切实把"
    with qtbot.waitSignal(reader.highlight_requested) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_1)
    assert blocker.args == [start, end, "yellow"]


def test_a_speech_without_notes_has_no_links(qtbot: QtBot, reader: ReaderView) -> None:
    assert not find_footnotes(reader.speech().text)
    offset = reader.speech().text.index("统一思想")
    before = reader.verticalScrollBar().value()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, offset))
    assert reader.verticalScrollBar().value() == before
    assert reader.flashed_range() is None


def test_hovering_a_notes_number_says_it_leads_back(
    qtbot: QtBot, article_reader: ReaderView
) -> None:
    note = find_footnotes(article_reader.speech().text).items[1]
    article_reader.scroll_to_offset(note.start)
    # The jump stretches the scroll bar to reach the page's last line and Qt settles its range
    # in a posted update: handled here, so the note stays where the mouse is put.
    QCoreApplication.processEvents()
    _note_visible(qtbot, article_reader, note.start)
    text = hover_tooltip(qtbot, article_reader, note.start + 1)  # the 1 of [2]
    QToolTip.hideText()
    assert "Back to where this note is cited" in text


def test_a_short_note_shows_on_one_line_not_squeezed_into_a_narrow_column(
    qtbot: QtBot, article_reader: ReaderView
) -> None:
    # Qt narrows a wrapped tooltip whose text fits in a few lines down to a quarter of 80
    # Latin characters: a CJK note of 20 characters came out as four lines of five.
    hover_tooltip(qtbot, article_reader, _first_mark(article_reader))
    label = next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel"))
    note_width = label.fontMetrics().horizontalAdvance(FIRST_NOTE)
    QToolTip.hideText()
    assert label.contentsRect().width() >= note_width


WRAPPED_NOTE = ("某某. 论某项工作的若干问题", "[J]. 某某研究, 2020(1): 1-10.")


@pytest.fixture
def references_reader(qtbot: QtBot) -> ReaderView:
    """A shown reader whose body cites ``[1]`` as ``［1］`` (typed in a Chinese input method),
    and whose first reference runs onto a second line."""
    paragraphs = [
        "论某项工作",
        "有关研究表明［1］，效果显著。" + BODY,
        *[f"第{n}段。" + BODY * 3 for n in range(3, 30)],
        "另有研究〔2〕。",
        "参考文献：",
        f"[1] {WRAPPED_NOTE[0]}",
        WRAPPED_NOTE[1],
        "[2] 某某. 某书[M]. 北京: 某出版社, 2014.",
    ]
    return shown_reader(qtbot, build_speech(paragraphs))


def test_a_full_width_mark_is_raised_and_leads_to_its_note(
    qtbot: QtBot, references_reader: ReaderView
) -> None:
    reader = references_reader
    text = reader.speech().text
    mark = text.index("［1］")
    fmt = _char_format(reader.document(), text, mark)
    assert fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript
    tooltip = hover_tooltip(qtbot, reader, mark + 1)
    QToolTip.hideText()
    assert "".join(WRAPPED_NOTE) in tooltip.replace("\\", "")  # the note read on as one line
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, mark))
    note = find_footnotes(text).items[0]
    assert text[note.start : note.mark_end] == "[1]"
    _note_visible(qtbot, reader, note.text_start)
    assert reader.flashed_range() == (note.start, note.end)


def test_a_note_run_onto_two_lines_is_a_note_and_tinted_whole_when_reached(
    qtbot: QtBot, references_reader: ReaderView
) -> None:
    reader = references_reader
    text = reader.speech().text
    second_line = text.index(WRAPPED_NOTE[1])
    roles = block_roles(reader.speech(), paragraph_starts(text))
    count = len(text.split("\n"))
    assert [roles.get(i) for i in range(count - 3, count)] == [BlockRole.NOTE] * 3
    reader.follow_footnote(text.index("［1］"))
    note = find_footnotes(text).items[0]
    assert note.end == second_line + len(WRAPPED_NOTE[1])
    utf16 = page_offsets(reader)
    tinted = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.extraSelections()
    ]
    assert (utf16.to_utf16(second_line), utf16.to_utf16(note.end)) in tinted


CIRCLED_NOTE = "《某某文选》第三卷，某出版社1993年版，第373页。"
REFERENCE = "某某. 论某项工作[J]. 某某研究, 2020(1): 1-10."


@pytest.fixture
def stacked_reader(qtbot: QtBot) -> ReaderView:
    """A shown reader over a paper as journals print it: 注释 ①… over 参考文献 [1]…, the
    body citing both."""
    paragraphs = [
        "论某项工作",
        "我们要深入学习有关重要论述①，研究表明［1］，效果显著。" + BODY,
        *[f"第{n}段。" + BODY * 3 for n in range(3, 30)],
        "各级党组织要担负起主体责任②，另有研究[2]也表明了这一点。",
        "注释：",
        "①" + CIRCLED_NOTE,
        "② 《某某论述摘编》，某出版社2020年版。",
        "参考文献：",
        "[1] " + REFERENCE,
        "[2] 某某. 某书[M]. 北京: 某出版社, 2014.",
    ]
    return shown_reader(qtbot, build_speech(paragraphs))


def test_both_stacked_blocks_are_notes_and_their_marks_raised(stacked_reader: ReaderView) -> None:
    reader = stacked_reader
    text = reader.speech().text
    roles = block_roles(reader.speech(), paragraph_starts(text))
    count = len(text.split("\n"))
    note, label = BlockRole.NOTE, BlockRole.NOTES_LABEL
    expected = [label, note, note, label, note, note]
    assert [roles.get(i) for i in range(count - 6, count)] == expected
    for words, mark in [("论述", "①"), ("表明", "［1］"), ("责任", "②"), ("研究", "[2]")]:
        offset = text.index(words + mark) + len(words)
        fmt = _char_format(reader.document(), text, offset)
        assert fmt.verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript, mark


@pytest.mark.parametrize(
    ("words", "mark", "note"), [("论述", "①", CIRCLED_NOTE), ("表明", "［1］", REFERENCE)]
)
def test_each_family_s_marks_show_and_lead_to_their_own_note(
    qtbot: QtBot, stacked_reader: ReaderView, words: str, mark: str, note: str
) -> None:
    reader = stacked_reader
    text = reader.speech().text
    offset = text.index(words + mark) + len(words)
    tooltip = hover_tooltip(qtbot, reader, offset + len(mark) // 2)
    QToolTip.hideText()
    assert note in tooltip.replace("\\", "")
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, offset))
    _note_visible(qtbot, reader, text.rindex(note))
    flashed = reader.flashed_range()
    assert flashed is not None
    assert text[flashed[0] : flashed[1]].endswith(note)
