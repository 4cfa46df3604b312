"""Text around the library tree and the annotations dock reads at WCAG AA as drawn, in every
theme: the breadcrumb, the reader's quieter lines, placeholders, the status bar, the find bar's
"no match", the search results (plain and selected rows) and a collection's count of matches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QEnterEvent, QFont, QFontMetrics, QImage, QTextCursor, QTextFormat
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.library_delegate import PADDING
from desktop.gui.main_window import MainWindow
from desktop.gui.reader.document import BlockRole
from desktop.gui.theme import ThemeName
from desktop.models.library_tree import Role, TreeKind
from desktop.models.search_results_model import Column
from tests.gui.drawn_contrast import MARK, TEXT, RowState, ink_contrast, render_row
from tests.gui.window_helpers import type_chinese


@pytest.fixture
def window(main_window: MainWindow) -> Iterator[MainWindow]:
    """The window at a desktop's size (the find bar has room), back in the light theme after."""
    main_window.resize(1280, 800)
    yield main_window
    main_window.set_theme("light")


def _themed(qtbot: QtBot, window: MainWindow, name: ThemeName) -> None:
    window.set_theme(name.value)
    qtbot.waitUntil(lambda: window.reader.theme_name == name.value)


def _reads(image: QImage, area: QRect, what: str, minimum: float = TEXT) -> None:
    ratio, ink, ground = ink_contrast(image, area)
    assert ratio >= minimum, f"{what}: {ink.name()} on {ground.name()} is {ratio:.2f}:1"


def _inside(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s rect in ``ancestor``'s coordinates."""
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("name", list(ThemeName))
def test_the_breadcrumb_reads(qtbot: QtBot, window: MainWindow, name: ThemeName) -> None:
    _themed(qtbot, window, name)
    bar = window.breadcrumb
    qtbot.waitUntil(lambda: len(bar.crumbs()) >= 2 and bool(bar.buttons))
    image = bar.grab().toImage()
    parts = [*bar.buttons, *bar.findChildren(QLabel)]
    assert any(label.objectName() == "crumbSeparator" for label in parts)
    for part in parts:
        what = f"{part.objectName()} {getattr(part, 'text', lambda: '')()}"
        # The separator, a thin angle, is a mark that shows the levels: 3:1 as for a line.
        minimum = MARK if part.objectName() == "crumbSeparator" else TEXT
        _reads(image, _inside(part, bar).adjusted(2, 2, -2, -2), what, minimum)


@pytest.mark.parametrize("name", list(ThemeName))
def test_a_hovered_crumb_reads(qtbot: QtBot, window: MainWindow, name: ThemeName) -> None:
    _themed(qtbot, window, name)
    bar = window.breadcrumb
    speech = window.current_speech()
    window.jump_to(len(speech.text) // 2)  # inside a section: the speech's crumb is not the last
    qtbot.waitUntil(lambda: any(b.objectName() == "crumb" for b in bar.buttons))
    button = next(b for b in bar.buttons if b.objectName() == "crumb")
    # As the pointer arriving does (the offscreen platform moves no real pointer).
    button.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
    centre = QPointF(button.rect().center())
    QApplication.sendEvent(button, QEnterEvent(centre, centre, button.mapToGlobal(centre)))
    button.repaint()
    image = button.grab().toImage()
    _reads(image, image.rect().adjusted(3, 3, -3, -3), f"hovered {button.text()}")


def _blocks_of(window: MainWindow, roles: set[BlockRole]) -> Iterator[tuple[BlockRole, int]]:
    """The role and start of each paragraph of the open speech set as one of ``roles``."""
    block = window.reader.document().begin()
    while block.isValid():
        role = block.blockFormat().property(QTextFormat.Property.UserProperty)
        if role in roles and block.length() > 1:
            yield BlockRole(role), block.position()
        block = block.next()


QUIET_ROLES = {BlockRole.DATE, BlockRole.SPEAKER, BlockRole.TOC, BlockRole.CLOSING_DATE}


@pytest.mark.parametrize("name", list(ThemeName))
def test_the_readers_quieter_lines_read(qtbot: QtBot, window: MainWindow, name: ThemeName) -> None:
    _themed(qtbot, window, name)
    reader = window.reader
    lines: list[tuple[BlockRole, int]] = []
    for speech in window.session.speeches(window.session.collections()[0].id):
        window.open_speech(speech.id, 0)
        lines = list(_blocks_of(window, QUIET_ROLES))
        if lines:
            break
    assert lines, "a speech of the sample has a date or a speaker line"
    for role, start in lines:
        cursor = QTextCursor(reader.document())
        cursor.setPosition(start)
        reader.setTextCursor(cursor)
        reader.ensureCursorVisible()
        reader.viewport().repaint()
        top = reader.cursorRect(cursor).top()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        bottom = reader.cursorRect(cursor).bottom()
        image = reader.viewport().grab().toImage()
        width = image.width()
        _reads(image, QRect(0, top, width, bottom - top + 1), role.value)


def _placeholder_area(edit: QLineEdit) -> QRect:
    """Where an empty line edit paints its placeholder: from the cursor, its text's width."""
    cursor = edit.cursorRect()
    width = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    return QRect(cursor.right() + 2, cursor.top(), width - 2, cursor.height())


@pytest.mark.parametrize("name", list(ThemeName))
def test_placeholders_read(qtbot: QtBot, window: MainWindow, name: ThemeName) -> None:
    _themed(qtbot, window, name)
    window.open_find_bar()
    edits = [window.library_pane.filter_edit, window.find_bar.edit]
    for edit in edits:
        qtbot.waitUntil(lambda edit=edit: edit.width() > _placeholder_area(edit).right())
        edit.clear()
        edit.clearFocus()  # some styles hide the placeholder while the cursor blinks in it
        edit.repaint()
        _reads(edit.grab().toImage(), _placeholder_area(edit), edit.placeholderText())


@pytest.mark.parametrize("name", list(ThemeName))
def test_the_status_bar_reads(qtbot: QtBot, window: MainWindow, name: ThemeName) -> None:
    _themed(qtbot, window, name)
    bar = window.status
    labels = [bar.length_label, bar.position_label]
    qtbot.waitUntil(lambda: all(label.text() for label in labels))
    image = bar.grab().toImage()
    for label in labels:
        _reads(image, _inside(label, bar).adjusted(8, 0, -8, 0), label.text())


@pytest.mark.parametrize("name", list(ThemeName))
def test_the_find_bars_no_match_reads(qtbot: QtBot, window: MainWindow, name: ThemeName) -> None:
    _themed(qtbot, window, name)
    window.open_find_bar()
    bar = window.find_bar
    bar.edit.setText("无此词语无此词语")
    qtbot.waitUntil(lambda: bool(bar.count_label.text()))
    qtbot.waitUntil(lambda: "color" in bar.count_label.styleSheet())
    bar.repaint()
    label = bar.count_label
    _reads(bar.grab().toImage(), _inside(label, bar), label.text())


def _searched(qtbot: QtBot, window: MainWindow, words: str) -> None:
    dock = window.search_dock()
    dock.show()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        dock.set_query(words)
    qtbot.waitUntil(lambda: dock.model.rowCount() > 0)


@pytest.mark.parametrize("selected", [False, True], ids=["plain", "selected"])
@pytest.mark.parametrize("name", list(ThemeName))
def test_search_results_read(
    qtbot: QtBot, window: MainWindow, name: ThemeName, selected: bool
) -> None:
    _themed(qtbot, window, name)
    _searched(qtbot, window, "效能")
    view = window.search_dock().view
    model = view.model()
    speech = model.index(0, 0)
    view.expand(speech)
    state = RowState(selected=selected)
    image = render_row(view, speech, state)
    _reads(image, image.rect().adjusted(2, 1, -2, -1), "a speech's row")
    for column in Column:
        index = model.index(0, column, speech)
        if not index.data():
            continue  # a line leaves the speech's column empty
        image = render_row(view, index, state)
        _reads(image, image.rect().adjusted(2, 1, -2, -1), f"a line's {column.name}")


def _collection_badge(window: MainWindow, image: QImage, count: int) -> QRect:
    """The outlined count at the right of a collection's row, as the delegate places it."""
    font = window.library_pane.tree.font()
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() - 2, 7.0))
    small.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(small)
    width = max(metrics.horizontalAdvance(str(count)) + 10, metrics.height() + 2)
    height = metrics.height() + 2
    top = PADDING + (QFontMetrics(font).height() - height) // 2
    return QRect(image.width() - PADDING - width, top, width, height)


@pytest.mark.parametrize("selected", [False, True], ids=["plain", "selected"])
@pytest.mark.parametrize("name", list(ThemeName))
def test_a_collections_count_of_matches_reads(
    qtbot: QtBot, window: MainWindow, name: ThemeName, selected: bool
) -> None:
    _themed(qtbot, window, name)
    pane = window.library_pane
    type_chinese(pane.filter_edit, "效能")
    tree = pane.tree
    model = tree.model()
    collection = model.index(0, 0)
    qtbot.waitUntil(lambda: model.match_count(collection) > 0)
    assert collection.data(Role.KIND) == TreeKind.COLLECTION
    image = render_row(tree, collection, RowState(selected=selected))
    badge = _collection_badge(window, image, model.match_count(collection))
    _reads(image, badge.adjusted(3, 2, -3, -2), "the count of matches")
    # The outline alone, the mark that makes the badge out: its left end, clear of the digits.
    _reads(image, QRect(badge.left(), badge.top(), 4, badge.height()), "its outline", MARK)
    if not selected:  # grey, as the rows' second lines: in 朱 a column of them read as errors
        _ratio, ink, _ground = ink_contrast(image, badge.adjusted(3, 2, -3, -2))
        assert ink.hsvSaturation() < 60, f"{ink.name()} is a colour, not a quiet grey"
    pane.filter_edit.clear()
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Escape)
