"""Tests for desktop/gui/reader/scroll_ticks.py: highlights and notes ticked on the scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.reader import ReaderView
from desktop.gui.reader.decorations import ShownAnnotation
from desktop.gui.reader.scroll_ticks import (
    MARK_HEIGHT,
    AnnotationTick,
    TickPlaces,
    TickRows,
    tick_colour,
)
from desktop.gui.theme import theme
from tests.gui.reader.conftest import blank_reader, long_speech, make_annotation
from tests.gui.window_helpers import select_and_press


def _groove(bar: QScrollBar) -> QRect:
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, bar
    )


def _colour(reader: ReaderView, color: str | None) -> QColor:
    return tick_colour(theme(reader.theme_name), color)


def _near(pixel: QColor, colour: QColor) -> bool:
    return all(
        abs(a - b) <= 6 for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
    )


def _rows(reader: ReaderView, colour: QColor, column: int | None = None) -> list[int]:
    """The rows of a grab of the reader's scroll bar with ``colour`` in ``column`` (its middle
    when not given)."""
    image: QImage = reader.verticalScrollBar().grab().toImage()
    x = image.width() // 2 if column is None else column
    return [y for y in range(image.height()) if _near(image.pixelColor(x, y), colour)]


def _expected_row(reader: ReaderView, block_top: float) -> float:
    """Where the tick of a line at ``block_top`` of the page is painted (its middle row)."""
    groove = _groove(reader.verticalScrollBar())
    height = reader.document().documentLayout().documentSize().height()
    return groove.top() + block_top / height * (groove.height() - MARK_HEIGHT) + 1.5


def _paragraph_top(reader: ReaderView, number: int) -> float:
    """The top of the reader's ``number``-th paragraph from the end, on its page."""
    block = reader.document().lastBlock()
    for _ in range(number):
        block = block.previous()
    return reader.document().documentLayout().blockBoundingRect(block).top()


def test_a_highlight_made_with_a_key_is_ticked_in_its_colour_until_undone(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    reader = main_window.reader
    text = main_window.current_speech().text
    start = text.rindex("\n") + 1  # the last paragraph's first words
    green = _colour(reader, "green")
    assert _rows(reader, green) == []
    with qtbot.waitSignal(main_window.session.annotation_added):
        select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: _rows(reader, green) != [])
    rows = _rows(reader, green)
    expected = _expected_row(reader, _paragraph_top(reader, 0))
    assert len(rows) == 2, "one bar, two pixels high"
    assert abs(sum(rows) / 2 - expected) <= 1, "at the height of its line on the page"
    main_window.registry.action(ActionId.UNDO).trigger()
    qtbot.waitUntil(lambda: _rows(reader, green) == [])
    main_window.registry.action(ActionId.REDO).trigger()
    qtbot.waitUntil(lambda: _rows(reader, green) == rows)


def test_notes_are_dots_highlights_bars_and_orphans_have_none(
    qtbot: QtBot, reader: ReaderView
) -> None:
    speech = reader.speech()
    bar_at, dot_at = speech.text.index("第20段"), speech.text.index("第30段")
    reader.set_annotations(
        [
            make_annotation(speech, bar_at, bar_at + 4, "blue"),
            make_annotation(speech, dot_at, dot_at + 4, "pink", note="要点"),
            make_annotation(speech, 0, 4, "purple", state=AnchorState.ORPHANED, id="orphan"),
        ]
    )
    qtbot.waitUntil(lambda: len(reader.annotation_ticks()) == 2)
    assert [tick.note for tick in reader.annotation_ticks()] == [False, True]
    edge = _groove(reader.verticalScrollBar()).left() + 3  # a bar's first column
    assert _rows(reader, _colour(reader, "blue"), edge) != []
    pink = _colour(reader, "pink")
    assert _rows(reader, pink) != []
    assert _rows(reader, pink, edge) == [], "a dot, narrower than a bar"
    assert _rows(reader, _colour(reader, "purple")) == []


def test_a_search_tick_wins_over_a_highlights_tick_where_they_meet(
    qtbot: QtBot, reader: ReaderView
) -> None:
    speech = reader.speech()
    at = speech.text.index("第25段")
    reader.set_marks("search", [(at + 1, at + 3)])
    qtbot.waitUntil(lambda: reader.scroll_mark_fractions("search") != [])
    search_alone = reader.verticalScrollBar().grab().toImage()
    reader.set_annotations([make_annotation(speech, at, at + 4, "green")])
    qtbot.waitUntil(lambda: len(reader.annotation_ticks()) == 1)
    # The search's (translucent) tick over the highlight's would mix their colours.
    assert reader.verticalScrollBar().grab().toImage() == search_alone
    reader.clear_marks("search")
    assert _rows(reader, _colour(reader, "green")) != []


def test_ticks_follow_recolouring_deleting_and_the_theme(qtbot: QtBot, reader: ReaderView) -> None:
    speech = reader.speech()
    at = speech.text.index("第15段")
    reader.set_annotations([make_annotation(speech, at, at + 4, "green", id="one")])
    qtbot.waitUntil(lambda: len(reader.annotation_ticks()) == 1)
    reader.set_annotations([make_annotation(speech, at, at + 4, "purple", id="one")])
    assert _rows(reader, _colour(reader, "green")) == []
    assert _rows(reader, _colour(reader, "purple")) != []
    reader.set_theme("dark")
    dark_purple = tick_colour(theme("dark"), "purple")
    qtbot.waitUntil(lambda: _rows(reader, dark_purple) != [])
    reader.set_annotations([])
    assert reader.annotation_ticks() == []
    assert _rows(reader, dark_purple) == []


def test_a_long_speech_is_ticked_once_qt_has_laid_it_out(qtbot: QtBot) -> None:
    reader = blank_reader(qtbot)
    speech = long_speech()
    reader.show_speech(speech)
    last = speech.text.rindex("\n") + 1
    reader.set_annotations([make_annotation(speech, last, last + 4, "blue")])
    reader.viewport().repaint()
    # Not at once: that would lay the whole report out before its first page shows.
    assert reader.annotation_ticks() == []
    assert reader.document().lastBlock().layout().lineCount() == 0
    qtbot.waitUntil(lambda: reader.annotation_ticks() != [], timeout=20000)
    assert reader.annotation_ticks()[0].fraction > 0.99


def test_a_click_on_the_scroll_bar_pages_as_before(reader: ReaderView, qtbot: QtBot) -> None:
    speech = reader.speech()
    reader.set_annotations(
        [make_annotation(speech, at, at + 2, "yellow") for at in range(0, len(speech.text), 50)]
    )
    qtbot.waitUntil(lambda: reader.annotation_ticks() != [])
    bar = reader.verticalScrollBar()
    groove = _groove(bar)
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=QPoint(groove.center().x(), groove.bottom() - 4)
    )
    assert bar.value() > 0


def test_each_line_is_asked_for_once_while_the_layout_stays() -> None:
    document = QTextDocument()
    document.setPlainText("一二三四五六七八九十" * 10)
    asked: list[int] = []

    def line_top(offset: int) -> float:
        asked.append(offset)
        return float(offset)

    places, light = TickPlaces(), theme("light")
    shown = [ShownAnnotation(f"a{n}", n, n + 2, "yellow", "") for n in range(0, 60, 3)]
    assert len(places.ticks(document, line_top, shown, light)) == 20
    added = [*shown, ShownAnnotation("new", 70, 72, "blue", "")]
    assert len(places.ticks(document, line_top, added, light)) == 21
    assert asked == [item.start for item in added], "the one added asked for alone"
    document.setTextWidth(50)  # a new width: every line again
    places.ticks(document, line_top, added, light)
    assert len(asked) == 2 * len(added)


def test_thousands_of_ticks_are_painted_one_a_pixel_row() -> None:
    image = QImage(12, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    groove = QRectF(0, 0, 12, 300)
    ticks = [
        AnnotationTick(n / 5000, QColor("green" if n % 2 else "blue"), note=n % 7 == 0)
        for n in range(5000)
    ]
    drawn: list[str] = []

    class CountingPainter(QPainter):
        def drawRect(self, rect: QRectF) -> None:  # noqa: N802 - Qt's name
            drawn.append("bar")
            super().drawRect(rect)

        def drawEllipse(self, rect: QRectF) -> None:  # noqa: N802 - Qt's name
            drawn.append("dot")
            super().drawEllipse(rect)

    painter = CountingPainter(image)
    TickRows().paint(painter, groove, ticks, [[0.5]], version=1)
    painter.end()
    assert 0 < len(drawn) <= 300 - MARK_HEIGHT + 1, "one tick a row, not one a highlight"
    assert "dot" in drawn, "a note wins the row it shares with highlights"
    middle = round(0.5 * (300 - MARK_HEIGHT))
    assert image.pixelColor(6, middle + 1) == QColor("white"), "the search's row left bare"
