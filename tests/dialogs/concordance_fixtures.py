"""The concordance dialog over a library, shared by its tests."""

from __future__ import annotations

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from desktop.core.storage.library import Library
from desktop.dialogs.concordance_dialog import ConcordanceDialog

TERM = "效能革命"


def shown_concordance(qtbot: QtBot, library: Library) -> Iterator[ConcordanceDialog]:
    """The dialog showing ``TERM``'s lines over ``library``; its work ended after the test."""
    built = ConcordanceDialog(library.path)
    qtbot.addWidget(built)
    built.set_collections([(c.id, c.title) for c in library.store.collections()])
    with qtbot.waitSignal(built.shown, timeout=10_000):
        built.show_term(TERM)
    yield built
    built.shutdown()
    assert built.running_work() == []
