"""The window follows the session's changes in its tools: renames, and annotations-only changes.

A researcher keeps the concordance and the counts dialogs open beside the reader and renames a
collection: their scope boxes name it anew at once. A text search shown in the search panel is
not run again when only notes change (an edit, an import of annotations, its undo).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow

# The dialogs are raised over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")

WORD = "效能革命"
WAIT_MS = 30_000


def _box_texts(box) -> list[str]:  # noqa: ANN001 - a QComboBox
    return [box.itemText(row) for row in range(box.count())]


def _rename_first_collection(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, title: str
) -> None:
    """Rename the first collection through the tree's context menu, as a user does."""
    pane = window.library_pane
    monkeypatch.setattr(pane, "ask_title", lambda _parent, _label, _current: title)
    index: QModelIndex = pane.proxy.index(0, 0)
    pane.tree.scrollTo(index)
    menu = pane.build_context_menu(pane.tree.visualRect(index).center())
    assert menu is not None
    (rename,) = [
        a for a in menu.actions() if a.objectName() == f"action_{ActionId.RENAME.name.lower()}"
    ]
    with qtbot.waitSignal(window.session.collection_renamed):
        rename.trigger()


def test_the_concordance_and_counts_scope_boxes_follow_a_rename_at_once(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    concordance = main_window.concordance_dialog()
    main_window.show_trend_of(WORD, None)
    trend = main_window._trend
    assert trend is not None
    qtbot.waitUntil(lambda: not trend.worker.is_busy(), timeout=WAIT_MS)
    old = main_window.session.collections()[0].title
    assert any(old in text for text in _box_texts(trend.scope_box))
    _rename_first_collection(qtbot, main_window, monkeypatch, "我的范文")
    for box in (concordance.scope_box, trend.scope_box):
        texts = _box_texts(box)
        assert any("我的范文" in text for text in texts), texts
        assert not any(old in text for text in texts), texts
    trend.close()
