"""Tests for desktop/gui/annotation_delegate.py: quotes wrapped, the note's line."""

from __future__ import annotations

from math import ceil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTreeView
from pytestqt.qtbot import QtBot

from desktop.gui import annotation_delegate
from desktop.gui.annotation_delegate import (
    QUOTE_LINES,
    AnnotationDelegate,
    elided_heading,
    elided_lines,
    note_line,
    quote_line_count,
)
from desktop.gui.app_theme import focus_colour
from desktop.gui.main_window import MainWindow
from desktop.models.annotation_roles import Role
from desktop.models.speech_labels import speech_label
from tests.gui.window_helpers import focus_reader, highlight_word

QUOTE = (
    "今天，市委、市政府在这里召开大规模、高规格的工作会，总结前阶段工作，研究解决当前存在的问题。"
)


def test_a_long_quote_takes_two_lines_the_last_elided(qtbot: QtBot) -> None:
    font = QFont()
    width = QFontMetrics(font).horizontalAdvance(QUOTE) // 4
    lines = elided_lines(QUOTE, font, width, 2)
    assert len(lines) == 2
    assert QUOTE.startswith(lines[0])
    assert lines[1].endswith("…")


def test_a_short_quote_stays_whole(qtbot: QtBot) -> None:
    assert elided_lines("效能革命", QFont(), 400, 2) == ["效能革命"]
    assert elided_lines("", QFont(), 400, 2) == []


@settings(max_examples=40)
@given(text=st.text(alphabet="效能革命，。、abc ", max_size=200), width=st.integers(30, 400))
def test_lines_fit_their_width(qapp: QApplication, text: str, width: int) -> None:
    font = QFont()
    metrics = QFontMetrics(font)
    lines = elided_lines(text, font, width, 2)
    assert len(lines) <= 2
    # A single glyph wider than the line may overflow; anything longer must not.
    assert all(metrics.horizontalAdvance(line) <= width or len(line) <= 1 for line in lines)


@settings(max_examples=120)
@given(
    text=st.text(alphabet="效能革命，。、“”abc 1", min_size=1, max_size=80),
    width=st.integers(30, 400),
    size=st.sampled_from([9.0, 10.5, 12.0, 13.5]),
)
def test_the_quick_line_count_is_the_layouts(
    qapp: QApplication, text: str, width: int, size: float
) -> None:
    """Row heights come from quote_line_count; a count below the layout's would overlap rows."""
    font = QFont()
    font.setPointSizeF(size)
    text = " ".join(text.split()) or "效"
    expected = max(len(elided_lines(text, font, width, QUOTE_LINES)), 1)
    assert quote_line_count(text, font, width, QUOTE_LINES) == expected


def test_row_heights_are_measured_once_per_quote_and_width(qtbot: QtBot) -> None:
    """A view asks for every row's height after each filter or resize: the answer is kept."""
    delegate = AnnotationDelegate()
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(QUOTE, Role.QUOTE)
    item.setData("笔记", Role.NOTE)
    model.appendRow(item)
    option = QStyleOptionViewItem()
    option.font = QFont()
    option.rect.setWidth(300)
    calls = []
    measure = delegate._row_height
    delegate._row_height = lambda *args: calls.append(args) or measure(*args)  # type: ignore[method-assign]
    first = delegate.sizeHint(option, model.index(0, 0))
    assert delegate.sizeHint(option, model.index(0, 0)) == first
    assert len(calls) == 1


def test_a_heading_height_is_measured_once_per_font(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "All speeches" has thousands of headings: their height comes from the font alone.
    delegate = AnnotationDelegate()
    made: list[QFont] = []
    real = annotation_delegate.QFontMetrics

    def counting(font: QFont) -> QFontMetrics:
        made.append(font)
        return real(font)

    monkeypatch.setattr(annotation_delegate, "QFontMetrics", counting)
    small, large = QFont(), QFont()
    small.setPointSizeF(9)
    large.setPointSizeF(20)
    heights = [delegate.heading_height(font) for font in (small, small, large, small, large)]
    assert len(made) == 2, "one measure per font"
    assert heights[0] == heights[1] == heights[3] < heights[2] == heights[4]
    assert heights[0] == real(small).height() + 2 * annotation_delegate.PAD - 2


def test_headings_in_one_font_build_its_key_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The view measures each of thousands of headings above a row it scrolls to.
    delegate = AnnotationDelegate()
    keys: list[str] = []
    real = QFont.key

    def counting(font: QFont) -> str:
        keys.append(real(font))
        return keys[-1]

    monkeypatch.setattr(QFont, "key", counting)
    font, other = QFont(), QFont()
    other.setPointSizeF(font.pointSizeF() + 4)
    heights = [delegate.heading_height(QFont(font)) for _ in range(50)]
    assert len(keys) == 1, "one key for the one font"
    assert len(set(heights)) == 1
    assert delegate.heading_height(other) > heights[0], "another font, its own height"
    assert delegate.heading_height(font) == heights[0]


def test_a_note_of_several_lines_shows_that_more_follows(qtbot: QtBot) -> None:
    assert note_line("第一行\n第二行", QFont(), 400) == "✎ 第一行…"
    assert note_line("只有一行", QFont(), 400) == "✎ 只有一行"
    assert note_line("\n  \n", QFont(), 400) == ""
    long_first = "第一行" * 40 + "\n第二行"
    cut = note_line(long_first, QFont(), 200)
    assert cut.startswith("✎ 第一行")
    assert cut.endswith("…")
    assert QFontMetrics(QFont()).horizontalAdvance(cut) <= 200


class _TextSpy(QPainter):
    """A painter that keeps every text it draws."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: object) -> None:  # noqa: N802 - Qt's name
        self.texts += [arg for arg in args if isinstance(arg, str)]
        super().drawText(*args)


def test_the_card_paints_the_note_s_first_line_and_the_mark_of_more(qtbot: QtBot) -> None:
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData("效能革命", Role.QUOTE)
    item.setData("第一行\n第二行", Role.NOTE)
    model.appendRow(item)
    delegate = AnnotationDelegate()
    option = QStyleOptionViewItem()
    option.font = QFont()
    option.rect = QRect(0, 0, 400, 120)
    image = QImage(400, 120, QImage.Format.Format_ARGB32)
    painter = _TextSpy(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    assert "✎ 第一行…" in painter.texts
    assert not [text for text in painter.texts if "第二行" in text]


def _painted_heading(text: str, width: int) -> list[str]:
    """The texts the delegate paints for a group heading ``text`` in a row ``width`` wide."""
    model = QStandardItemModel()
    item = QStandardItem(text)
    item.setData(True, Role.IS_GROUP)
    item.setData(13, Role.GROUP_COUNT)
    model.appendRow(item)
    option = QStyleOptionViewItem()
    option.font = QFont()
    option.rect = QRect(0, 0, width, 30)
    image = QImage(width, 30, QImage.Format.Format_ARGB32)
    painter = _TextSpy(image)
    AnnotationDelegate().paint(painter, option, model.index(0, 0))
    painter.end()
    return painter.texts


def test_a_narrow_heading_of_several_collections_keeps_the_speech_s_number(
    qtbot: QtBot,
) -> None:
    # Two collections listed: every heading of the first read "在全市“效能革命”…(精选7篇) › N…"
    collection = "在全市“效能革命”工作会上的讲话(精选7篇)"
    label = speech_label("在全市效能革命工作会上的讲话", 5, collection)
    width = QFontMetrics(QFont()).horizontalAdvance(label) * 2 // 3
    heading = _painted_heading(label, width)[0]
    assert "No. 5 · 在全市" in heading
    assert heading.startswith("在全")  # the collection cut, not dropped
    assert heading != label


@settings(max_examples=60)
@given(
    collection=st.text(alphabet="效能革命“”(精选7篇) ", min_size=1, max_size=40),
    title=st.text(alphabet="在全市效能革命工作会上的讲话", min_size=1, max_size=40),
    width=st.integers(40, 500),
)
def test_a_heading_fits_its_width(
    qapp: QApplication, collection: str, title: str, width: int
) -> None:
    text = speech_label(title, 3, collection)
    heading = elided_heading(text, QFont(), width)
    assert heading == text or QFontMetrics(QFont()).horizontalAdvance(heading) <= width


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_the_row_the_keyboard_is_on_is_marked_when_f6_brings_it_to_the_list(
    qtbot: QtBot, main_window: MainWindow, theme: str
) -> None:
    for word, key in (("效能革命", Qt.Key.Key_1), ("工作", Qt.Key.Key_2)):
        highlight_word(qtbot, main_window, word, key)
    main_window.set_theme(theme)
    view = main_window.annotations_dock.view
    view.selectionModel().clear()
    focus_reader(qtbot, main_window)
    try:
        qtbot.keyClick(main_window.reader, Qt.Key.Key_F6)
        qtbot.waitUntil(view.hasFocus)
        current = view.currentIndex()
        assert current.isValid()
        assert view.selectionModel().isSelected(current)  # chosen too: Delete acts on it
        # The style draws no focus for this delegate: the row ↓ leaves showed nothing. On the
        # chosen row the ring is in the chosen text's colour; Ctrl+↓ moves the keyboard on
        # without choosing, and the row it is on is ringed in the focus colour.
        _assert_ringed(view, current, view.palette().color(QPalette.ColorRole.HighlightedText))
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: view.currentIndex().row() == current.row() + 1)
        assert not view.selectionModel().isSelected(view.currentIndex())
        _assert_ringed(view, view.currentIndex(), focus_colour(view.palette()))
    finally:
        main_window.set_theme("light")


def _assert_ringed(view: QTreeView, index: QModelIndex, ink: QColor) -> None:
    rect = view.visualRect(index)
    image = view.viewport().grab().toImage()
    assert image.pixelColor(rect.center().x(), rect.top() + 1) == ink
    assert image.pixelColor(rect.left() + 1, rect.center().y()) == ink


class _RolesAsked(QStandardItemModel):
    """A model that keeps every role its rows are asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[int] = []

    def data(self, index: object, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        self.asked.append(role)
        return super().data(index, role)  # type: ignore[arg-type]


def test_a_card_asks_the_model_only_what_it_paints(qtbot: QtBot) -> None:
    # The style's item roles (text, icon, font, brushes) were asked of every row of every paint
    # and painted by nobody: the card draws its own, the style only the row's panel.
    model = _RolesAsked()
    item = QStandardItem()
    item.setData("效能革命", Role.QUOTE)
    model.appendRow(item)
    option = QStyleOptionViewItem()
    option.font = QFont()
    option.rect = QRect(0, 0, 400, 120)
    image = QImage(400, 120, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    AnnotationDelegate().paint(painter, option, model.index(0, 0))
    painter.end()
    unused = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole}
    assert model.asked
    assert not unused & set(model.asked)


def test_a_quote_as_wide_as_its_card_is_painted_on_the_lines_its_row_has(qtbot: QtBot) -> None:
    """Chinese characters are all one width, so a quote exactly fills a card's line often (24
    characters in a dock 326 px wide): the row must be as tall as the lines the card paints,
    or its tags and time run into the row under it."""
    view = QTreeView()
    qtbot.addWidget(view)
    view.setRootIsDecorated(False)  # as the annotations dock's list: cards one step in
    view.setIndentation(10)
    view.setUniformRowHeights(False)
    view.setHeaderHidden(True)
    group = QStandardItem("讲话")
    group.setData(True, Role.IS_GROUP)
    card = QStandardItem()
    quote = "人民公社制度是我们提前实现农业发展纲要的根本保障"
    card.setData(quote, Role.QUOTE)
    group.appendRow(card)
    model = QStandardItemModel()
    model.appendRow(group)
    view.setModel(model)
    view.setItemDelegate(AnnotationDelegate(view))
    view.expandAll()
    view.show()
    text_width = ceil(QFontMetricsF(view.font()).horizontalAdvance(quote))
    wanted = text_width + view.indentation() + 3 * annotation_delegate.PAD + annotation_delegate.BAR
    view.resize(view.width() + wanted - view.viewport().width(), 300)
    qtbot.waitUntil(lambda: view.viewport().width() == wanted)
    index = model.index(0, 0, model.index(0, 0))
    view.scheduleDelayedItemsLayout()
    qtbot.waitUntil(lambda: view.visualRect(index).isValid())
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.rect = QRect(0, 0, rect.width(), rect.height())
    option.widget = view
    image = QImage(rect.width(), rect.height(), QImage.Format.Format_ARGB32)
    painter = _TextSpy(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    painted = [text for text in painter.texts if text and text in quote]
    sized = view.itemDelegate().sizeHint(option, index).height()
    one_line = view.itemDelegate()._row_height(view.font(), quote, False, 10_000)
    assert (len(painted) > 1) == (sized > one_line), (painted, sized, one_line)
