"""Tests for desktop/gui/reader/view.py: the reader driven as a user drives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QTextDocument
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from desktop.core.punctuation import to_fullwidth
from desktop.core.records import SpeechContent
from desktop.gui.actions import ActionId
from desktop.gui.reader import ReaderView
from tests.gui.reader.conftest import (
    BODY,
    blank_reader,
    body_offset,
    build_speech,
    long_speech,
    make_annotation,
)
from tests.gui.reader.helpers import (
    char_point,
    drag_select,
    hover_tooltip,
    page_text,
    select_with_keys,
)


def test_one_block_per_paragraph_and_positions_follow_utf16(reader: ReaderView) -> None:
    text = reader.speech().text
    document = reader.document()
    assert document.blockCount() == text.count("\n") + 1
    start = text.index("𠮷")
    block = document.findBlockByNumber(text[:start].count("\n"))
    assert block.position() == start  # nothing astral before the paragraph
    assert block.text().startswith("𠮷祥")
    cursor = reader.textCursor()
    cursor.setPosition(block.position() + 2)  # after the surrogate pair
    cursor.setPosition(block.position() + 3, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "祥"


def test_key_1_on_a_selection_after_ji_requests_a_yellow_highlight(
    qtbot: QtBot, reader: ReaderView
) -> None:
    start = body_offset(reader.speech())
    select_with_keys(reader, start, start + 4)
    assert reader.selected_range() == (start, start + 4)
    with qtbot.waitSignal(reader.highlight_requested) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_1)
    assert blocker.args == [start, start + 4, "yellow"]
    assert reader.speech().text[start : start + 4] == "祥的开头"
    assert reader.selected_range() is None


def test_keys_2_to_5_pick_their_colours_and_n_asks_for_a_note(
    qtbot: QtBot, reader: ReaderView
) -> None:
    start = body_offset(reader.speech())
    for key, colour in [(Qt.Key.Key_2, "green"), (Qt.Key.Key_5, "purple")]:
        select_with_keys(reader, start, start + 2)
        with qtbot.waitSignal(reader.highlight_requested) as blocker:
            qtbot.keyClick(reader, key)
        assert blocker.args == [start, start + 2, colour]
    select_with_keys(reader, start, start + 3)
    with qtbot.waitSignal(reader.note_requested) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_N)
    assert blocker.args == [start, start + 3]


def test_keys_do_nothing_without_a_selection(qtbot: QtBot, reader: ReaderView) -> None:
    with qtbot.assertNotEmitted(reader.highlight_requested):
        qtbot.keyClick(reader, Qt.Key.Key_1)
    assert not reader.registry.action(ActionId.HIGHLIGHT_1).isEnabled()


def test_selection_ends_trimmed_of_line_breaks(qtbot: QtBot, reader: ReaderView) -> None:
    text = reader.speech().text
    start = text.index("同志们")
    select_with_keys(reader, start, start + len("同志们:") + 1)  # through the paragraph break
    with qtbot.waitSignal(reader.highlight_requested) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_3)
    assert blocker.args == [start, start + 4, "blue"]


def test_mouse_selection_shows_the_floating_toolbar_and_its_buttons_emit(
    qtbot: QtBot, reader: ReaderView
) -> None:
    start = body_offset(reader.speech())
    viewport = reader.viewport()
    qtbot.mousePress(
        viewport, Qt.MouseButton.LeftButton, pos=char_point(reader, start) - QPoint(4, 0)
    )
    qtbot.mouseMove(viewport, char_point(reader, start + 5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=char_point(reader, start + 5))
    toolbar = reader.selection_toolbar
    qtbot.waitUntil(toolbar.isVisible)
    selected = reader.selected_range()
    assert selected is not None
    assert selected[0] == start
    button = toolbar.buttons["action_highlight_4"]
    with qtbot.waitSignal(reader.highlight_requested) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [start, selected[1], "pink"]
    qtbot.waitUntil(lambda: not toolbar.isVisible())


def test_toolbar_hides_on_escape_and_on_a_click_elsewhere(qtbot: QtBot, reader: ReaderView) -> None:
    start = body_offset(reader.speech())
    drag_select(qtbot, reader, start, start + 3)
    toolbar = reader.selection_toolbar
    qtbot.waitUntil(toolbar.isVisible)
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert not toolbar.isVisible()
    assert reader.selected_range() == (start, start + 3)
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert reader.selected_range() is None
    drag_select(qtbot, reader, start, start + 3)
    qtbot.waitUntil(toolbar.isVisible)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 40)
    )
    assert not toolbar.isVisible()


def test_clicking_a_highlight_emits_its_id(qtbot: QtBot, reader: ReaderView) -> None:
    speech = reader.speech()
    start = body_offset(speech)
    outer = make_annotation(speech, start, start + 10, id="outer")
    inner = make_annotation(speech, start + 2, start + 4, "blue", id="inner")
    reader.set_annotations([outer, inner])
    with qtbot.waitSignal(reader.annotation_clicked) as blocker:
        qtbot.mouseClick(
            reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 3)
        )
    assert blocker.args == ["inner"]  # the innermost of two overlapping highlights
    with qtbot.waitSignal(reader.annotation_clicked) as blocker:
        qtbot.mouseClick(
            reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 8)
        )
    assert blocker.args == ["outer"]
    with qtbot.waitSignal(reader.annotation_delete_requested) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_Delete)
    assert blocker.args == ["outer"]
    with qtbot.assertNotEmitted(reader.annotation_clicked):
        qtbot.mouseClick(
            reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 30)
        )
    assert not reader.registry.action(ActionId.DELETE_ANNOTATION).isEnabled()


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform's tooltip window
def test_hovering_a_note_shows_it(qtbot: QtBot, reader: ReaderView) -> None:
    speech = reader.speech()
    start = body_offset(speech)
    reader.set_annotations([make_annotation(speech, start, start + 6, note="**金句**,可用于开头")])
    tooltip = hover_tooltip(qtbot, reader, start + 2)
    assert "金句" in tooltip
    assert "font-weight:700" in tooltip
    QToolTip.hideText()


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform's tooltip window
def test_hovering_a_note_shows_its_list_and_quote_as_the_exports_do(
    qtbot: QtBot, reader: ReaderView
) -> None:
    """The tooltip reads a note as every export does (``note_blocks``), not by Qt's own
    Markdown, which left ``**“效能革命”**`` as typed (a quote mark inside the stars) and ran a
    list that starts at 3 into the line above it."""
    speech = reader.speech()
    start = body_offset(speech)
    note = "**“效能革命”**是提法：\n3. 先讲挑战\n4. 再讲机遇\n\n- 定调\n\n> 极不平凡"
    reader.set_annotations([make_annotation(speech, start, start + 6, note=note)])
    tooltip = hover_tooltip(qtbot, reader, start + 2)
    QToolTip.hideText()
    shown = QTextDocument()
    shown.setHtml(tooltip)
    lists: dict[str, str] = {}
    block = shown.firstBlock()
    while block.isValid():
        if block.textList() is not None:
            lists[block.text()] = block.textList().itemText(block)
        block = block.next()
    assert list(lists) == ["先讲挑战", "再讲机遇", "定调"]
    assert [lists["先讲挑战"], lists["再讲机遇"]] == ["3.", "4."]
    text = shown.toPlainText()
    assert "“效能革命”是提法：" in text
    assert "*" not in text
    assert "极不平凡" in text
    assert ">" not in text


def test_context_menu_offers_the_selection_actions_and_delete_on_an_annotation(
    qtbot: QtBot, reader: ReaderView
) -> None:
    speech = reader.speech()
    start = body_offset(speech)
    reader.set_annotations([make_annotation(speech, start, start + 6, id="h1")])
    menu = reader.build_context_menu(char_point(reader, start + 1))
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert names[:5] == [f"action_highlight_{n}" for n in range(1, 6)]
    assert "action_copy_with_citation" in names
    assert names[-1] == "action_delete_annotation"
    with qtbot.waitSignal(reader.annotation_delete_requested) as blocker:
        menu.actions()[-1].trigger()
    assert blocker.args == ["h1"]
    plain = reader.build_context_menu(char_point(reader, start + 40))
    assert "action_delete_annotation" not in [a.objectName() for a in plain.actions()]


def test_copy_and_copy_with_citation(qtbot: QtBot, reader: ReaderView) -> None:
    speech = reader.speech()
    start = speech.text.index("统一思想")
    select_with_keys(reader, start, start + 4)
    reader.registry.action(ActionId.COPY).trigger()
    assert QGuiApplication.clipboard().text() == "统一思想"
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "统一思想"
    select_with_keys(reader, start, start + 4)
    assert _copied_with_citation(qtbot, reader) == (
        "“统一思想”（张三：《在全市效能革命工作会上的讲话》，2024年9月8日）"
    )


def test_a_quote_cited_has_full_width_punctuation_between_chinese_words(
    qtbot: QtBot, reader: ReaderView
) -> None:
    """The page shows the source's "今天,市委" (the full-width option is off); the citation,
    written into a document, follows GB/T 15834; Copy keeps the words as shown."""
    text = reader.speech().text
    start = text.index("今天,市委")
    end = text.index("。", start) + 1
    select_with_keys(reader, start, end)
    reader.registry.action(ActionId.COPY).trigger()
    assert QGuiApplication.clipboard().text() == text[start:end]
    cited = _copied_with_citation(qtbot, reader)
    assert cited.startswith("“今天，市委、市政府在这里召开大规模、高规格的工作会，总结前阶段工作，")
    assert "," not in cited


def test_a_passage_of_two_paragraphs_is_cited_as_chinese_quotes_them(
    qtbot: QtBot, reader: ReaderView
) -> None:
    """Each paragraph opens with “ and only the last closes (GB/T 15834): pasted into a
    draft, the quote reads as one quote of two paragraphs, not a quote with a stray break."""
    text = reader.speech().text
    start = text.index("第8段。")
    end = text.index("第9段。") + len("第9段。")
    select_with_keys(reader, start, end)
    QGuiApplication.clipboard().clear()
    first, second = _copied_with_citation(qtbot, reader).split("\n")
    assert first == "“" + to_fullwidth(text[start : text.index("\n", start)])
    assert second == "“第9段。”（张三：《在全市效能革命工作会上的讲话》，2024年9月8日）"


def _copied_with_citation(qtbot: QtBot, reader: ReaderView) -> str:
    """What Ctrl+Shift+C (Copy with Citation) put on the clipboard."""
    qtbot.keyClick(
        reader,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    return QGuiApplication.clipboard().text()


def test_the_copies_copy_a_clicked_highlight_without_a_selection(
    qtbot: QtBot, reader: ReaderView
) -> None:
    """Click a passage marked earlier, then Ctrl+Shift+C: it goes to the draft with its source."""
    speech = reader.speech()
    start = speech.text.index("统一思想")
    reader.set_annotations([make_annotation(speech, start, start + 4, id="h1")])
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(reader.annotation_clicked):
        qtbot.mouseClick(
            reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 2)
        )
    menu = reader.build_context_menu(char_point(reader, start + 2))
    enabled = {action.objectName(): action.isEnabled() for action in menu.actions()}
    assert enabled["action_copy"]
    assert enabled["action_copy_with_citation"]
    assert _copied_with_citation(qtbot, reader) == (
        "“统一思想”（张三：《在全市效能革命工作会上的讲话》，2024年9月8日）"
    )
    qtbot.keyClick(reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "统一思想"
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 30)
    )
    assert not reader.registry.action(ActionId.COPY).isEnabled()
    assert not reader.registry.action(ActionId.COPY_WITH_CITATION).isEnabled()


def test_zoom_keeps_the_reading_position(qtbot: QtBot, reader: ReaderView) -> None:
    text = reader.speech().text
    target = text.index("第20段")
    reader.scroll_to_offset(target)
    assert reader.current_offset() == target
    size = reader.font_size
    with qtbot.waitSignal(reader.font_size_changed):
        reader.registry.action(ActionId.ZOOM_IN).trigger()
    assert reader.font_size > size
    assert reader.current_offset() == target
    reader.zoom_out()
    reader.zoom_out()
    assert reader.font_size < size
    assert reader.current_offset() == target
    reader.zoom_reset()
    assert reader.font_size == size
    assert reader.current_offset() == target


def test_zoom_changes_the_text_size_and_column(reader: ReaderView) -> None:
    before = reader.document().documentLayout().documentSize().height()
    margins = reader.viewportMargins().left()
    reader.zoom_in()
    assert reader.document().documentLayout().documentSize().height() > before
    assert reader.viewportMargins().left() <= margins


def test_scroll_to_offset_emits_position_changed(qtbot: QtBot, reader: ReaderView) -> None:
    text = reader.speech().text
    target = text.index("第30段")
    with qtbot.waitSignal(reader.position_changed) as blocker:
        reader.scroll_to_offset(target, mark=True)
    assert blocker.args == [target]
    assert reader.verticalScrollBar().value() > 0


def test_user_scrolling_reports_the_top_line(qtbot: QtBot, reader: ReaderView) -> None:
    with qtbot.waitSignal(reader.position_changed) as blocker:
        reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum() // 2)
    offset = blocker.args[0]
    assert 0 < offset < len(reader.speech().text)
    assert reader.current_offset() == offset


def test_themes_switch_colours(reader: ReaderView) -> None:
    light = reader.palette().color(QPalette.ColorRole.Base)
    reader.set_theme("dark")
    assert reader.theme_name == "dark"
    dark = reader.palette().color(QPalette.ColorRole.Base)
    assert dark.lightness() < 60 < light.lightness()
    assert reader.palette().color(QPalette.ColorRole.Text).lightness() > 150
    reader.set_theme("sepia")
    assert reader.palette().color(QPalette.ColorRole.Base).name() == "#f6efdf"
    reader.set_theme("no-such-theme")
    assert reader.theme_name == "light"


def test_fullwidth_punctuation_keeps_offsets(qtbot: QtBot, reader: ReaderView) -> None:
    text = reader.speech().text
    start = text.index("今天,市委")
    reader.set_fullwidth_punctuation(True)
    assert reader.fullwidth_punctuation
    shown = page_text(reader.document())
    assert len(shown) == len(text)
    assert "今天，市委" in shown
    select_with_keys(reader, start, start + 5)
    with qtbot.waitSignal(reader.highlight_requested) as blocker:
        qtbot.keyClick(reader, Qt.Key.Key_1)
    assert blocker.args == [start, start + 5, "yellow"]
    select_with_keys(reader, start, start + 5)
    reader.copy_selection()
    assert QGuiApplication.clipboard().text() == "今天，市委"


def test_double_click_uses_the_word_provider_and_shift_extends(
    qtbot: QtBot, reader: ReaderView
) -> None:
    text = reader.speech().text
    start = text.index("大规模")
    calls: list[int] = []

    def provider(canonical: str, offset: int) -> tuple[int, int]:
        assert canonical == text
        calls.append(offset)
        return (start, start + 3) if offset < start + 3 else (start + 4, start + 7)

    reader.word_range_provider = provider
    qtbot.mouseDClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 1)
    )
    assert reader.selected_range() == (start, start + 3)
    assert calls[-1] == start + 1
    qtbot.mouseDClick(
        reader.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        char_point(reader, start + 5),
    )
    assert reader.selected_range() == (start, start + 7)


def test_show_speech_opens_at_an_offset_and_resets_marks(
    qtbot: QtBot, speech: SpeechContent
) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show_speech(speech)
    view.set_marks("search", [(0, 2)])
    view.show()
    qtbot.waitExposed(view)
    view.show_speech(speech, offset=speech.text.index("第25段"))
    assert view.current_offset() == speech.text.index("第25段")
    assert view.marks("search") == []
    view.show_speech(None)
    assert view.document().isEmpty()


def test_position_changes_are_throttled(qtbot: QtBot, reader: ReaderView) -> None:
    reported: list[int] = []
    reader.position_changed.connect(reported.append)
    scroll_bar = reader.verticalScrollBar()
    with qtbot.waitSignal(reader.position_changed):
        for step in range(1, 11):
            scroll_bar.setValue(step * 40)
    assert len(reported) == 1
    assert reported[0] == reader.current_offset()


def test_text_reflows_to_the_viewport_when_margins_narrow_it(
    qtbot: QtBot, speech: SpeechContent
) -> None:
    """Restyled while hidden, then shown wide: the lines must not run under the margin."""
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    reader = ReaderView()
    window.setCentralWidget(reader)
    reader.show_speech(speech)
    reader.set_theme("sepia")
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    assert reader.viewportMargins().left() > 0
    assert reader.document().textWidth() == reader.viewport().width()


def test_resizing_keeps_the_same_words_at_the_top(qtbot: QtBot, reader: ReaderView) -> None:
    text = reader.speech().text
    target = text.index("第20段")
    reader.scroll_to_offset(target)
    reader.resize(600, 500)
    qtbot.waitUntil(lambda: reader.viewport().width() < 600)
    assert reader.reading_offset() == target
    assert reader.current_offset() <= target < reader.current_offset() + 200


def test_a_speech_opened_before_the_reader_shows_opens_at_its_offset(
    qtbot: QtBot, speech: SpeechContent
) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    reader = ReaderView()
    window.setCentralWidget(reader)
    target = speech.text.index("第20段")
    reader.show_speech(speech, target)
    window.resize(700, 600)
    window.show()
    qtbot.waitExposed(window)
    assert reader.reading_offset() == target
    assert reader.verticalScrollBar().value() > 0


def test_a_resize_lays_out_a_long_speech_only_as_far_as_it_shows(
    qtbot: QtBot, reader: ReaderView
) -> None:
    """Qt lays a long document out bit by bit; the scroll bar's marks wait for it too."""
    long = build_speech([f"第{n}段。" + BODY * 4 for n in range(1500)])  # ~200,000 characters
    reader.show_speech(long, 0)
    reader.resize(reader.width() - 40, reader.height())
    last = reader.document().lastBlock()
    assert last.layout().lineCount() == 0, "the end of the speech is not laid out yet"
    reader.set_marks("search", [(len(long.text) - 5, len(long.text))])
    assert last.layout().lineCount() == 0, "nor by the search's ticks"
    expected = [pytest.approx(1.0, abs=0.01)]
    qtbot.waitUntil(lambda: reader.scroll_mark_fractions("search") == expected, timeout=20000)


def test_a_long_speech_opened_far_down_shows_that_place_on_its_first_page(qtbot: QtBot) -> None:
    reader = blank_reader(qtbot)
    speech = long_speech()
    target = speech.text.index("第2500段")
    reader.show_speech(speech, target)
    reader.viewport().repaint()
    # Qt had laid out only the first page: its scroll bar had no room to go there yet.
    assert reader.current_offset() == target
    assert reader.reading_offset() == target


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform's tooltip window
def test_hovering_a_highlight_names_its_colour(qtbot: QtBot, reader: ReaderView) -> None:
    """Colour is never the only sign: a highlight without a note still says which it is."""
    speech = reader.speech()
    start = body_offset(speech)
    reader.set_annotations([make_annotation(speech, start, start + 6, color="purple")])
    assert "Purple" in hover_tooltip(qtbot, reader, start + 2)
    QToolTip.hideText()


def test_a_menu_on_plain_text_acts_on_no_highlight_even_with_the_caret_in_one(
    qtbot: QtBot, reader: ReaderView
) -> None:
    """The caret rests in a passage marked earlier; a right-click on plain words elsewhere
    offers nothing for that passage: no colours, copies or trash for words not clicked."""
    speech = reader.speech()
    start = speech.text.index("统一思想")
    reader.set_annotations([make_annotation(speech, start, start + 4, id="h1")])
    cursor = reader.textCursor()
    cursor.setPosition(start + 2)
    reader.setTextCursor(cursor)
    assert reader.registry.action(ActionId.COPY).isEnabled()  # the keys follow the caret

    menu = reader.build_context_menu(char_point(reader, start + 30))

    enabled = {action.objectName(): action.isEnabled() for action in menu.actions()}
    assert not enabled["action_copy"]
    assert not enabled["action_copy_with_citation"]
    colours = [name for name in enabled if name.startswith("action_highlight_")]
    assert len(colours) == 5
    assert not any(enabled[name] for name in colours)
    assert reader.registry.action(ActionId.DELETE_ANNOTATION) not in menu.actions()
