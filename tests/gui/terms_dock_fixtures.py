"""The terms panel shown docked over the sample library, jieba ready: shared by its tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.storage.library import Library
from desktop.gui.terms_dock import TermsDock
from desktop.models.terms_model import Role
from tests.gui.conftest import ShowDocked

SPEECH = 4  # 篇4, which quotes “效能革命” throughout


@pytest.fixture
def dock(show_docked: ShowDocked, sample_library: Library) -> Iterator[TermsDock]:
    """The panel on the right of a bare window, over this test's sample library (a fixture of
    tests.gui.language_fixtures the test module imports)."""
    widget = TermsDock(sample_library.path)
    host = show_docked(widget)
    yield widget
    widget.shutdown()
    assert widget.running_work() == []
    host.close()


def ready_terms(qtbot: QtBot, dock: TermsDock, segmenter: Segmenter) -> None:
    """``SPEECH``'s terms listed, every worker of the panel done."""
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.set_current_speech(SPEECH, 1)
        dock.set_segmenter(segmenter)
    qtbot.waitUntil(lambda: not dock.running_work(), timeout=30_000)


def row_of(view: QAbstractItemView, term: str) -> int:
    """The row that lists ``term``."""
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(Role.TERM) == term]
    assert rows, f"{term} is not listed"
    return rows[0]
