"""Tests for desktop/gui/reader/overlays.py: highlights, notes and mark layers over the text."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState
from desktop.gui.reader import ReaderView
from desktop.gui.reader.line_hints import GLUE
from tests.gui.reader.conftest import (
    BODY,
    blank_reader,
    body_offset,
    build_speech,
    long_speech,
    make_annotation,
)
from tests.gui.reader.helpers import page_offsets


def test_highlights_are_drawn_translucent_and_orphans_are_not(reader: ReaderView) -> None:
    speech = reader.speech()
    start = body_offset(speech)
    live = make_annotation(speech, start, start + 6, "green")
    noted = make_annotation(speech, start + 3, start + 9, None, note="要点", id="noted")
    orphan = make_annotation(speech, start, start + 2, state=AnchorState.ORPHANED, id="orphan")
    trashed = make_annotation(speech, start, start + 2, deleted="2024-01-01T00:00:00Z", id="gone")
    reader.set_annotations([live, noted, orphan, trashed])
    selections = reader.extraSelections()
    assert len(selections) == 2  # the green fill and the note's underline
    fill = selections[0]
    assert fill.cursor.selectionStart() == start + 1  # 𠮷 before counts two UTF-16 units
    assert fill.cursor.selectionEnd() == start + 7
    assert 0 < fill.format.background().color().alpha() < 255
    assert selections[1].format.fontUnderline() or selections[1].format.underlineStyle() != 0
    assert reader.annotations_at(start + 4) == [live.id, "noted"]  # same length: earlier first


def test_mark_layers_are_drawn_and_ticked_on_the_scroll_bar(
    qtbot: QtBot, reader: ReaderView
) -> None:
    text = reader.speech().text
    hits = [(i, i + 2) for i in range(len(text)) if text.startswith("效能", i)]
    early, late = (0, 2), (text.index("第35段"), text.index("第35段") + 4)
    reader.set_marks("search", [*hits, early, late], current=0)
    reader.set_marks("term", [late])
    # At the top: the hits and early mark on its pages and the current hit drawn stronger.
    assert len(reader.extraSelections()) == len(hits) + 1 + 1
    reader.scroll_to_offset(late[0])
    drawn = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.extraSelections()]
    # 𠮷 near the top counts two UTF-16 units, and the page has hints put in.
    utf16_late = page_offsets(reader).range_to_utf16(*late)
    assert drawn == [utf16_late, utf16_late]  # the late search mark and the term
    qtbot.waitUntil(lambda: reader.scroll_mark_fractions("search") != [])  # once laid out
    fractions = reader.scroll_mark_fractions("search")
    assert fractions[0] < 0.01  # the first line, below the page's top margin
    assert 0.8 < max(fractions) <= 1.0
    assert reader.marks("term") == [late]
    reader.clear_marks("search")
    assert reader.marks("search") == []
    assert reader.scroll_mark_fractions("search") == []
    assert len(reader.extraSelections()) == 1
    assert reader.scroll_mark_fractions("term") != []


def test_a_new_speech_takes_the_last_ones_ticks_off_the_scroll_bar(
    qtbot: QtBot, reader: ReaderView
) -> None:
    # The marks went with the speech, their ticks stayed: a search hit's tick pointed at
    # nothing in the next speech opened, and clear_marks could no longer take it away.
    text = reader.speech().text
    late = text.index("第35段")
    reader.set_marks("hit", [(late, late + 4)], current=0)
    qtbot.waitUntil(lambda: reader.scroll_mark_fractions("hit") != [])
    reader.show_speech(build_speech(["另一篇讲话", BODY * 20]))
    assert reader.marks("hit") == []
    assert reader.scroll_mark_fractions("hit") == []


def test_highlights_far_below_are_drawn_when_the_page_comes_to_them(reader: ReaderView) -> None:
    speech = reader.speech()
    near = make_annotation(speech, body_offset(speech), body_offset(speech) + 4, "green")
    start = speech.text.index("第38段")
    far = make_annotation(speech, start, start + 4, "blue", note="远处")
    reader.set_annotations([near, far])
    assert len(reader.extraSelections()) == 1  # far's pages are not laid out for it yet
    assert reader.annotations_at(start + 1) == [far.id]  # it is there all the same
    bar = reader.verticalScrollBar()
    bar.setValue(bar.maximum())
    drawn = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.extraSelections()]
    assert drawn == [page_offsets(reader).range_to_utf16(start, start + 4)] * 2  # fill, underline
    bar.setValue(bar.minimum())
    assert len(reader.extraSelections()) == 1


def test_a_highlight_across_paragraphs_is_drawn_in_each_of_them(reader: ReaderView) -> None:
    speech = reader.speech()
    start = speech.text.index("第9段") - 6
    end = speech.text.index("第9段") + 3
    reader.set_annotations([make_annotation(speech, start, end, "pink")])
    drawn = [s.cursor.selectedText().replace(GLUE, "") for s in reader.extraSelections()]
    paragraph_end = speech.text.index("\n", start)
    assert drawn == [speech.text[start:paragraph_end], speech.text[paragraph_end + 1 : end]]


def test_highlights_on_a_long_speech_lay_out_only_its_first_pages(qtbot: QtBot) -> None:
    reader = blank_reader(qtbot)
    speech = long_speech()
    reader.show_speech(speech)
    first_break, last_break = speech.text.index("\n"), speech.text.rindex("\n")
    reader.set_annotations(
        [
            make_annotation(speech, first_break - 3, first_break + 3, "green"),  # across two
            make_annotation(speech, last_break - 3, last_break + 3, "blue"),
        ]
    )
    reader.viewport().repaint()
    assert len(reader.extraSelections()) == 2  # the first one's two paragraphs
    assert reader.document().lastBlock().layout().lineCount() == 0
    bar = reader.verticalScrollBar()
    reader.scroll_to_offset(last_break)
    assert bar.value() > 0
    assert len(reader.extraSelections()) == 2  # now the last one's


def test_a_note_ending_where_a_line_wraps_gets_its_dot_on_that_line(reader: ReaderView) -> None:
    speech = reader.speech()
    start = body_offset(speech)
    block = reader.document().findBlock(reader.document().find("祥的开头").position())
    first_line = block.layout().lineAt(0)
    wrap = block.position() + first_line.textStart() + first_line.textLength()  # UTF-16
    end = wrap - 1  # 𠮷 before counts two UTF-16 units, one str index
    assert reader.cursor_rect_at(end).top() > first_line.y()  # the next line's
    noted = make_annotation(speech, start, end, "green", note="换行处")
    reader.set_annotations([noted])
    accent = reader._style.theme.color("accent")
    image = reader.viewport().grab().toImage()
    dot_rows = {
        y
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y) == accent
    }
    last_char = reader.cursor_rect_at(end - 1)
    ratio = image.devicePixelRatio()
    assert dot_rows
    assert last_char.top() * ratio <= min(dot_rows)
    assert max(dot_rows) <= last_char.bottom() * ratio


def _laid_out(reader: ReaderView) -> bool:
    return reader.document().lastBlock().layout().lineCount() > 0


def test_search_ticks_wait_for_qts_layout_after_a_resize(qtbot: QtBot) -> None:
    # documentSize() there laid a long speech out whole on the GUI thread at each resize
    # (a 220,000-character one some 65 ms), where the annotations' ticks waited for Qt.
    reader = blank_reader(qtbot)
    speech = long_speech()
    reader.show_speech(speech)
    last = speech.text.rindex("\n") + 1
    reader.set_marks("search", [(5, 7), (last, last + 2)], current=0)
    assert not _laid_out(reader), "not on opening either: Qt lays it out after its first page"
    qtbot.waitUntil(lambda: len(reader.scroll_mark_fractions("search")) == 2, timeout=20000)
    reader.resize(reader.width() - 120, reader.height())
    assert not _laid_out(reader)
    qtbot.waitUntil(lambda: _laid_out(reader), timeout=20000)
    qtbot.waitUntil(lambda: reader.scroll_mark_fractions("search")[-1] > 0.99)
