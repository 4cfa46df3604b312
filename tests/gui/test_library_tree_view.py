"""Tests for desktop/gui/library_tree_view.py: the library tree as the user leaves it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionRegistry
from desktop.gui.library_pane import LibraryPane
from desktop.models.library_tree import LibraryTreeModel, Role
from tests.models.test_library_sync import ShuffledLibrary


def test_collections_stay_unfolded_and_chosen_when_the_library_comes_in_a_new_order(
    qtbot: QtBot,
) -> None:
    library = ShuffledLibrary()
    pane = LibraryPane(LibraryTreeModel(library.source()), ActionRegistry())
    qtbot.addWidget(pane)
    pane.resize(360, 500)
    pane.show()
    qtbot.waitExposed(pane)
    tree, proxy = pane.tree, pane.proxy
    tree.setFocus()
    tree.setCurrentIndex(proxy.index(1, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # the user unfolds collection 2
    qtbot.waitUntil(lambda: tree.isExpanded(proxy.index(1, 0)))
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # and chooses its first speech
    library.collection_order = [3, 1, 2]
    pane.model.reload()
    unfolded = [
        proxy.index(row, 0).data(Role.KEY)
        for row in range(proxy.rowCount())
        if tree.isExpanded(proxy.index(row, 0))
    ]
    assert unfolded == [2]
    assert tree.currentIndex().data(Role.KEY) == 20
