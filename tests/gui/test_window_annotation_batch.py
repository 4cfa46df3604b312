"""Tests for desktop/gui/window_annotation_batch.py: passages chosen together in the dock are
copied (with citations), recoloured and trashed, each change one undo step, as a user does it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.core.citation import cite_speech
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.annotations_model import Role
from tests.gui.window_helpers import select_and_press

CTRL = Qt.KeyboardModifier.ControlModifier
WORDS = ("效能革命", "工作会", "思想")


def _highlight_words(qtbot: QtBot, window: MainWindow) -> dict[str, str]:
    """Highlight the first of each of ``WORDS`` in the open speech; their ids by word."""
    text = window.current_speech().text
    ids = {}
    for word in WORDS:
        start = text.index(word)
        with qtbot.waitSignal(window.session.annotation_added) as added:
            select_and_press(qtbot, window, start, start + len(word), Qt.Key.Key_1)
        ids[word] = added.args[1]
    return ids


def _row(window: MainWindow, annotation_id: str) -> QModelIndex:
    dock = window.annotations_dock
    return dock.proxy.mapFromSource(dock.model.index_of(annotation_id))


def _choose(qtbot: QtBot, window: MainWindow, annotation_ids: list[str]) -> None:
    """Click the first row, Ctrl+click the others, in the order given."""
    view = window.annotations_dock.view
    for number, annotation_id in enumerate(annotation_ids):
        index = _row(window, annotation_id)
        view.scrollTo(index)
        modifiers = CTRL if number else Qt.KeyboardModifier.NoModifier
        point = view.visualRect(index).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, point)
    view.setFocus()


def test_chosen_passages_are_copied_in_the_list_s_order_with_their_citations(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ids = _highlight_words(qtbot, main_window)
    text = main_window.current_speech().text
    in_text_order = sorted(WORDS, key=text.index)
    _choose(qtbot, main_window, [ids[word] for word in reversed(in_text_order)])
    view = main_window.annotations_dock.view
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "")
    assert QGuiApplication.clipboard().text() == "\n".join(in_text_order)
    main_window.annotations_dock.row_actions.copy_cited.trigger()
    record = main_window.session.speech(main_window.current_speech_id())
    assert QGuiApplication.clipboard().text() == "\n".join(
        cite_speech(word, record) for word in in_text_order
    )
    # The reader's own copy with citation gives the same text for one passage.
    start = text.index(in_text_order[0])
    main_window.reader.select_range(start, start + len(in_text_order[0]))
    main_window.registry.action(ActionId.COPY_WITH_CITATION).trigger()
    assert QGuiApplication.clipboard().text() == cite_speech(in_text_order[0], record)


def test_chosen_passages_go_to_the_trash_and_come_back_in_one_undo_step(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ids = _highlight_words(qtbot, main_window)
    kept, *trashed = ids.values()
    _choose(qtbot, main_window, trashed)
    view = main_window.annotations_dock.view
    with qtbot.waitSignal(main_window.session.annotation_removed):
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert {annotation.id for annotation in main_window.session.trash()} == set(trashed)
    dock_ids = {annotation.id for annotation in main_window.annotations_dock.model.annotations()}
    assert dock_ids == {kept}
    undo = main_window.registry.action(ActionId.UNDO)
    assert undo.text() == "&Undo Delete Annotations"
    undo.trigger()
    assert main_window.session.trash() == []
    dock_ids = {annotation.id for annotation in main_window.annotations_dock.model.annotations()}
    assert dock_ids == set(ids.values())
    main_window.registry.action(ActionId.REDO).trigger()
    assert {annotation.id for annotation in main_window.session.trash()} == set(trashed)


def test_chosen_highlights_change_colour_in_one_undo_step(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ids = list(_highlight_words(qtbot, main_window).values())
    _choose(qtbot, main_window, ids)
    qtbot.keyClick(main_window.annotations_dock.view, Qt.Key.Key_A, CTRL)
    main_window.annotations_dock.row_actions.colors["purple"].trigger()
    colours = {main_window.session.annotation(i).color for i in ids}
    assert colours == {"purple"}
    dock = main_window.annotations_dock
    assert {_row(main_window, i).data(Role.ANNOTATION).color for i in ids} == {"purple"}
    assert len(dock.selected_annotations()) == len(ids), "the rows stay chosen"
    main_window.registry.action(ActionId.UNDO).trigger()
    assert {main_window.session.annotation(i).color for i in ids} == {"yellow"}
