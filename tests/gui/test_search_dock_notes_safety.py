"""The search panel's annotations search in the real window while its notes are trashed,
restored and retagged (safety walk of stop 21)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from tests.gui.language_fixtures import type_text

WAIT_MS = 30_000


def _tagged_notes_searched(
    qtbot: QtBot, window: MainWindow, note_of: Callable[[int], str], query: str
) -> dict[int, str]:
    """A note on every speech (``note_of`` its id) tagged 旧名, and the search panel listing
    the notes ``query`` finds (one a speech): the notes' ids by speech."""
    session = window.session
    made = {sid: session.add_note(sid, 0, 2, note_of(sid)).id for sid in window.speech_order()}
    for annotation_id in made.values():
        session.set_tags(annotation_id, ["旧名"])
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    qtbot.mouseClick(dock.notes_box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        type_text(qtbot, dock.query_box.lineEdit(), query)
    assert dock.model.speech_total() == len(made)
    return made


def test_a_tagged_note_far_down_trashed_undone_and_restored_stays_found(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    session = window.session
    made = _tagged_notes_searched(qtbot, window, lambda sid: f"备用{sid}", "备用")
    dock = window.search_dock()
    far = window.speech_order()[-1]
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        session.delete_annotation(made[far])
    assert dock.model.speech_total() == len(made) - 1
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        window.registry.action(ActionId.UNDO).trigger()
    assert dock.model.speech_total() == len(made)
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        window.registry.action(ActionId.REDO).trigger()
    assert dock.model.speech_total() == len(made) - 1
    window.registry.action(ActionId.TRASH).trigger()
    trash = window.trash_dialog
    assert trash is not None
    trash.select_all()
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        trash.restore_button.click()
    assert dock.model.speech_total() == len(made), "restored from the trash: found again"
    assert all(session.annotation(i).deleted is None for i in made.values())


def test_an_annotations_search_for_a_tag_follows_its_rename_and_the_undo(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """A search of the notes for a tag, the tag renamed across the library: the hits are those
    of the index as the rename left it (it holds the tags), and the undo's."""
    window = main_window
    session = window.session
    made = list(_tagged_notes_searched(qtbot, window, lambda _sid: "", "旧名").values())
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        assert session.rename_tag("旧名", "新名") == len(made)
    assert dock.model.speech_total() == 0, "the old name is found no more"
    with qtbot.waitSignal(dock.searched, timeout=WAIT_MS):
        window.registry.action(ActionId.UNDO).trigger()
    assert dock.model.speech_total() == len(made), "the undo gives the old name back"
