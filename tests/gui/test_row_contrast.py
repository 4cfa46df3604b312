"""Text on the library tree's and the annotations dock's rows reads at WCAG AA as drawn, in
every theme, on plain, hovered and selected rows, in a focused window and an unfocused one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QFont, QFontMetrics, QImage
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desktop.gui.annotation_delegate import BAR, PAD
from desktop.gui.library_delegate import ICON_SIZE, PADDING
from desktop.gui.main_window import MainWindow
from desktop.gui.theme import ThemeName
from desktop.models.annotation_roles import Role as NoteRole
from desktop.models.library_tree import Role, TreeKind
from tests.gui.drawn_contrast import MARK, ROW_STATES, TEXT, RowState, ink_contrast, render_row

NOTE = "可作开头，先讲意义再讲任务"


def _themed(qtbot: QtBot, window: MainWindow, name: ThemeName) -> None:
    window.set_theme(name.value)
    tree = window.library_pane.tree
    qtbot.waitUntil(lambda: window.reader.theme_name == name.value)
    tree.viewport().repaint()  # the tree has its new palette


@pytest.fixture
def noted_window(main_window: MainWindow) -> Iterator[MainWindow]:
    """The window with a note (so a count badge and a dock card) on the open speech."""
    speech = main_window.current_speech()
    start = speech.text.index("效能")
    main_window.session.add_note(speech.record.id, start, start + 4, NOTE)
    yield main_window
    main_window.set_theme("light")


def _noted_speech(view: QAbstractItemView) -> QModelIndex:
    model = view.model()
    collection = model.index(0, 0)
    rows = [model.index(row, 0, collection) for row in range(model.rowCount(collection))]
    return next(i for i in rows if i.data(Role.KIND) == TreeKind.SPEECH and i.data(Role.NOTE_COUNT))


def _tree_parts(view: QAbstractItemView, image: QImage) -> dict[str, QRect]:
    """Where the title, the second line and the count's digits are painted."""
    font = view.font()
    line = QFontMetrics(font).height()
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() - 2, 7.0))
    small.setWeight(QFont.Weight.DemiBold)
    badge = QFontMetrics(small).height() + 2
    right = image.width() - PADDING
    return {
        "title": QRect(30, PADDING, image.width() - 90, line),
        "second line": QRect(30, PADDING + line + 2, image.width() - 90, image.height() - line),
        "note count": QRect(
            right - badge + 3, PADDING + (line - badge) // 2 + 2, badge - 6, badge - 4
        ),
    }


@pytest.mark.parametrize("state", ROW_STATES, ids=str)
@pytest.mark.parametrize("name", list(ThemeName))
def test_library_rows_read_in_every_state(
    qtbot: QtBot, noted_window: MainWindow, name: ThemeName, state: RowState
) -> None:
    _themed(qtbot, noted_window, name)
    tree = noted_window.library_pane.tree
    index = _noted_speech(tree)
    qtbot.waitUntil(lambda: bool(index.data(Role.NOTE_COUNT)))
    image = render_row(tree, index, state)
    for part, area in _tree_parts(tree, image).items():
        ratio, ink, ground = ink_contrast(image, area)
        assert ratio >= TEXT, f"{part}: {ink.name()} on {ground.name()} is {ratio:.2f}:1"


@pytest.mark.parametrize("state", [state for state in ROW_STATES if state.selected], ids=str)
@pytest.mark.parametrize("name", list(ThemeName))
def test_library_row_icons_show_on_a_selected_row(
    qtbot: QtBot, noted_window: MainWindow, name: ThemeName, state: RowState
) -> None:
    _themed(qtbot, noted_window, name)
    tree = noted_window.library_pane.tree
    index = _noted_speech(tree)
    image = render_row(tree, index, state)
    line = QFontMetrics(tree.font()).height()
    top = PADDING + (line - ICON_SIZE) // 2
    ratio, ink, ground = ink_contrast(image, QRect(PADDING, top, ICON_SIZE, ICON_SIZE))
    assert ratio >= MARK, f"icon: {ink.name()} on {ground.name()} is {ratio:.2f}:1"


def _note_card(window: MainWindow) -> tuple[QAbstractItemView, QModelIndex]:
    dock = window.ensure_annotations_dock()
    dock.show()
    proxy = dock.proxy

    def card() -> QModelIndex | None:
        rows = [proxy.index(row, 0) for row in range(proxy.rowCount())]
        rows += [proxy.index(r, 0, i) for i in rows for r in range(proxy.rowCount(i))]
        return next((i for i in rows if i.data(NoteRole.NOTE) == NOTE), None)

    return dock.view, card()


@pytest.mark.parametrize("state", ROW_STATES, ids=str)
@pytest.mark.parametrize("name", list(ThemeName))
def test_annotation_cards_read_in_every_state(
    qtbot: QtBot, noted_window: MainWindow, name: ThemeName, state: RowState
) -> None:
    _themed(qtbot, noted_window, name)
    view, index = _note_card(noted_window)
    assert index is not None, "the note's card"
    image = render_row(view, index, state)
    line = QFontMetrics(view.font()).lineSpacing()
    left = PAD + BAR + PAD
    parts = {
        "quote": QRect(left, PAD, image.width() - left - PAD, line),
        "note": QRect(left, PAD + line + 3, image.width() - left - PAD, line),
        "time": QRect(image.width() // 2, PAD + 2 * line + 6, image.width() // 2 - PAD, line - 2),
    }
    for part, area in parts.items():
        ratio, ink, ground = ink_contrast(image, area)
        assert ratio >= TEXT, f"{part}: {ink.name()} on {ground.name()} is {ratio:.2f}:1"
