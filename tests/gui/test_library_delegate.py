"""Tests for desktop/gui/library_delegate.py: how the library tree's rows are painted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem, QTreeView
from pytestqt.qtbot import QtBot

from desktop.gui.icons import ICON_INK
from desktop.gui.library_delegate import ICON_SIZE, PADDING
from desktop.gui.main_window import MainWindow
from desktop.models.library_tree import Role, TreeKind
from tests.gui.files import good_file


def _inked(colour: QColor, ink: QColor) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(colour.getRgb()[:3], ink.getRgb()[:3], strict=True))


def test_every_row_shows_its_kind_icon(qtbot: QtBot, main_window: MainWindow) -> None:
    tree = main_window.library_pane.tree
    tree.scrollToTop()
    image = tree.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    proxy = main_window.library_pane.proxy
    collection = proxy.index(0, 0)
    selected_ink = tree.palette().color(QPalette.ColorRole.HighlightedText)
    for index in (collection, proxy.index(0, 0, collection)):
        selected = tree.selectionModel().isSelected(index)
        ink = selected_ink if selected else QColor(ICON_INK)  # as the title on the selection
        rect = tree.visualRect(index)
        left, top = rect.left() + PADDING, rect.top() + PADDING
        pixels = [
            image.pixelColor(int(x * ratio), int(y * ratio))
            for x in range(left, left + ICON_SIZE)
            for y in range(top, top + ICON_SIZE + 4)
        ]
        assert any(_inked(pixel, ink) for pixel in pixels), f"no icon beside {index.data()}"


def _row_image(tree: QTreeView, index: QModelIndex) -> tuple[QImage, QRect]:
    tree.viewport().repaint()
    image = tree.viewport().grab().toImage()
    return image, tree.visualRect(index)


def _colours(image: QImage, rect: QRect) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1), 2)
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1), 2)
    }


def _speech_rows(tree: QTreeView) -> list[QModelIndex]:
    model = tree.model()
    collection = model.index(0, 0)
    rows = [model.index(row, 0, collection) for row in range(model.rowCount(collection))]
    return [index for index in rows if index.data(Role.KIND) == TreeKind.SPEECH]


def test_the_style_paints_the_selection_and_the_delegate_the_title(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    tree = main_window.library_pane.tree
    selected, other = _speech_rows(tree)[:2]
    tree.selectionModel().clearSelection()
    tree.selectionModel().select(selected, tree.selectionModel().SelectionFlag.ClearAndSelect)
    image, rect = _row_image(tree, selected)
    highlight = tree.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    inactive = tree.palette().color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    colours = _colours(image, rect)
    assert {highlight.name(), inactive.name()} & colours, "the selection's background"
    assert len(colours) > 3, "and a title drawn over it"
    other_image, other_rect = _row_image(tree, other)
    other_colours = _colours(other_image, other_rect)
    assert highlight.name() not in other_colours
    assert len(other_colours) > 3


def test_a_speech_row_is_taller_than_its_collection_s(main_window: MainWindow) -> None:
    tree = main_window.library_pane.tree
    speech = _speech_rows(tree)[0]
    collection = tree.model().index(0, 0)
    assert tree.visualRect(speech).height() > 1.4 * tree.visualRect(collection).height()


def test_a_row_s_size_hint_covers_its_icon_and_title(main_window: MainWindow) -> None:
    # The view asks it of every row a collection unfolds: made from the kind and the title
    # alone, not from the ~10 roles the style's own hint filled an option with.
    tree = main_window.library_pane.tree
    speech = _speech_rows(tree)[0]
    collection = tree.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    metrics = QFontMetrics(option.font)
    delegate = tree.itemDelegate()
    for index, lines in ((speech, 2), (collection, 1)):
        hint = delegate.sizeHint(option, index)
        assert hint.width() >= 2 * PADDING + ICON_SIZE + metrics.horizontalAdvance(index.data())
        assert hint.height() == lines * metrics.height() + 2 * PADDING + 2


def test_same_titled_collections_show_their_file_names_on_a_second_line(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    paths = [good_file(tmp_path, name, "政府工作报告") for name in ("初稿.txt", "定稿.txt")]
    with qtbot.waitSignal(main_window.import_finished, timeout=30_000):
        main_window.import_files(paths, keep_duplicates=True)  # the same words twice
    for dialog in main_window.findChildren(QDialog):
        dialog.close()
    tree = main_window.library_pane.tree
    model = tree.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    clashing = [index for index in rows if index.data() == "政府工作报告"]
    assert sorted(index.data(Role.DISTINCTION) for index in clashing) == ["初稿.txt", "定稿.txt"]
    sample = rows[0]
    assert sample.data(Role.DISTINCTION) == ""
    for index in clashing:
        tree.scrollTo(index)
        rect = tree.visualRect(index)
        assert rect.height() > 1.4 * tree.visualRect(sample).height(), "two lines"
        image, _rect = _row_image(tree, index)
        metrics = QFontMetrics(tree.font())
        second = rect.adjusted(ICON_SIZE + 2 * PADDING, PADDING + metrics.height() + 2, 0, 0)
        assert len(_colours(image, second)) > 2, "the file's name painted under the title"
