"""Tests for desktop/gui/library_tree_batches.py: a big collection unfolds a batch at a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionRegistry
from desktop.gui.library_pane import LibraryPane
from desktop.models.library_batches import ROW_BATCH
from desktop.models.library_tree import LibraryTreeModel, Role
from tests.models.test_library_batches import SPEECHES, big_source


@pytest.fixture
def pane(qtbot: QtBot) -> LibraryPane:
    """A shown pane over one collection of ``SPEECHES`` speeches, its row current."""
    shown = LibraryPane(LibraryTreeModel(big_source()), ActionRegistry())
    qtbot.addWidget(shown)
    shown.resize(360, 500)
    shown.show()
    qtbot.waitExposed(shown)
    shown.tree.setFocus()
    shown.tree.setCurrentIndex(shown.proxy.index(0, 0))
    return shown


def _unfold(pane: LibraryPane, qtbot: QtBot) -> None:
    qtbot.keyClick(pane.tree, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: pane.tree.isExpanded(pane.proxy.index(0, 0)))


def test_unfolding_gives_the_view_a_first_batch(pane: LibraryPane, qtbot: QtBot) -> None:
    _unfold(pane, qtbot)
    assert pane.proxy.rowCount(pane.proxy.index(0, 0)) == ROW_BATCH


def test_end_goes_to_the_collections_last_speech(pane: LibraryPane, qtbot: QtBot) -> None:
    _unfold(pane, qtbot)
    qtbot.keyClick(pane.tree, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: pane.tree.currentIndex().data(Role.KEY) == SPEECHES)


def test_paging_down_past_the_batch_gives_more(pane: LibraryPane, qtbot: QtBot) -> None:
    _unfold(pane, qtbot)
    collection = pane.proxy.index(0, 0)
    for _press in range(ROW_BATCH):  # far more pages than a batch fills
        qtbot.keyClick(pane.tree, Qt.Key.Key_PageDown)
        if pane.proxy.rowCount(collection) > ROW_BATCH:
            break
    qtbot.waitUntil(lambda: pane.proxy.rowCount(collection) > ROW_BATCH)
    assert pane.tree.currentIndex().data(Role.KEY) <= ROW_BATCH + 1


def test_a_speech_opened_elsewhere_is_selected_past_the_batch(
    pane: LibraryPane, qtbot: QtBot
) -> None:
    _unfold(pane, qtbot)
    pane.mark_position(SPEECHES - 1, 0)
    qtbot.waitUntil(lambda: pane.tree.currentIndex().data(Role.KEY) == SPEECHES - 1)
