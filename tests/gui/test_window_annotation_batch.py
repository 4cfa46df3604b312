"""Tests for desktop/gui/window_annotation_batch.py: passages chosen together in the dock are
copied (with citations), recoloured, trashed and have their places accepted (as the reader's
highlight clicked does), each change one undo step, as a user does it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState
from desktop.core.citation import cite_speech
from desktop.core.storage.library import open_library
from desktop.dialogs.import_report import ImportReportDialog
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.window_annotation_batch import DockBatchRequests
from desktop.models.annotation_roles import Column
from desktop.models.annotations_model import Role
from desktop.models.library_tree import Role as TreeRole
from tests.gui.conftest import close_window
from tests.gui.files import SPEECH, good_file
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.reader.helpers import char_point
from tests.gui.window_helpers import (
    focus_reader,
    highlight_word,
    menu_action,
    right_click,
    select_and_press,
)

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


def test_chosen_passages_are_tagged_at_once_with_ctrl_t_and_untagged_in_one_undo_step(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _highlight_words(qtbot, main_window)
    first, second, third = ids.values()
    main_window.session.set_tags(third, ["金句"])  # carries it already: left as it is
    asked: list[tuple[int, list[str]]] = []

    def answer(_parent: QWidget, count: int, tags: list[str]) -> str:
        asked.append((count, tags))
        return "金句"

    monkeypatch.setattr(DockBatchRequests, "ask_tag", staticmethod(answer))
    _choose(qtbot, main_window, [first, second, third])
    qtbot.keyClick(main_window.annotations_dock.view, Qt.Key.Key_T, CTRL)
    assert asked == [(3, ["金句"])], "how many are chosen, and the library's tags to pick"
    assert [main_window.session.annotation(i).tags for i in ids.values()] == [("金句",)] * 3
    assert "Tagged 2 annotation(s)" in main_window.status.currentMessage()
    dock = main_window.annotations_dock
    assert _row(main_window, first).data(Role.ANNOTATION).tags == ("金句",), "the list follows"
    assert len(dock.selected_annotations()) == len(ids), "the rows stay chosen"
    undo = main_window.registry.action(ActionId.UNDO)
    assert undo.text() == "&Undo Add Tag"
    undo.trigger()
    assert [main_window.session.annotation(i).tags for i in ids.values()] == [(), (), ("金句",)]
    assert dock.row_actions.add_tag in dock.row_actions.menu(dock).actions()
    monkeypatch.setattr(DockBatchRequests, "ask_tag", staticmethod(lambda *_args: "开头"))
    dock.row_actions.add_tag.trigger()
    assert dock.filter_bar.tag_combo.findData("开头") != -1, "a new tag is there to filter by"


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform's dialogs
def test_enter_at_once_in_the_add_tag_question_tags_nothing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ids = _highlight_words(qtbot, main_window)
    first, second, _third = ids.values()
    main_window.session.set_tags(_third, ["金句"])  # a tag the library knows, to be offered
    seen: list[tuple[str, list[str], bool]] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or not modal.isActiveWindow():
            return
        timer.stop()
        try:
            combo = modal.findChild(QComboBox)
            offered = [combo.itemText(i) for i in range(combo.count())] if combo else []
            qtbot.keyClick(QApplication.focusWidget() or modal, Qt.Key.Key_Return)
            seen.append((combo.currentText() if combo else "", offered, modal.isVisible()))
        finally:
            if modal.isVisible():
                qtbot.keyClick(QApplication.focusWidget() or modal, Qt.Key.Key_Escape)

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(check)
    timer.start()  # the question blocks in exec(): acted on once it is up and has the keys
    _choose(qtbot, main_window, [first, second])
    qtbot.keyClick(main_window.annotations_dock.view, Qt.Key.Key_T, CTRL)
    timer.stop()
    assert seen == [("", ["金句"], True)], "empty, the known tag offered, Enter not answering"
    assert [main_window.session.annotation(i).tags for i in (first, second)] == [(), ()]
    assert not main_window.registry.action(ActionId.UNDO).text().endswith("Add Tag")


IMPORT_TIMEOUT_MS = 30_000
MOVED_WORDS = ("总结工作", "落到实处")
OPENING = "首先通报一个情况，今年全市工作总体平稳。"
# The new version's paragraphs after 同志们：, as indexes into the old ones and OPENING: the
# first and the last paragraph (holding MOVED_WORDS) go where no diff can keep them in place.
_SHUFFLED = (1, 4, 2, 0, 3, 5)


def _close_reports(window: MainWindow) -> None:
    for dialog in window.findChildren(ImportReportDialog):
        dialog.close()


def _reimported(qtbot: QtBot, window: MainWindow, folder: Path) -> dict[str, str]:
    """Import a speech, highlight MOVED_WORDS in it, re-import it with its paragraphs
    shuffled and one added (so both are found moved: text put before them would leave them
    anchored, their words untouched): their ids by word, the speech open."""
    path = good_file(folder)
    with qtbot.waitSignal(window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        window.import_files([path])
    _close_reports(window)
    collection = window.library_pane.proxy.index(1, 0)
    (speech,) = window.session.speeches(collection.data(TreeRole.KEY))
    window.open_speech(speech.id)
    ids = {word: highlight_word(qtbot, window, word, Qt.Key.Key_2) for word in MOVED_WORDS}
    lines = SPEECH.split("\n")
    body = [*lines[3:8], OPENING]
    shuffled = [*lines[:3], *(body[i] for i in _SHUFFLED), *lines[8:]]
    path.write_text("\n".join(shuffled), encoding="utf-8")
    window.library_pane.tree.setCurrentIndex(collection)
    with qtbot.waitSignal(window.import_finished, timeout=IMPORT_TIMEOUT_MS):
        window.registry.action(ActionId.REIMPORT).trigger()
    _close_reports(window)
    qtbot.waitUntil(lambda: _row(window, ids[MOVED_WORDS[0]]).data(Role.STATE) == "moved")
    return ids


def __right_click_row(window: MainWindow, annotation_id: str) -> None:
    view = window.annotations_dock.view
    index = _row(window, annotation_id)
    view.scrollTo(index)
    right_click(view.viewport(), view.visualRect(index).center())


def _click_moved_word(qtbot: QtBot, window: MainWindow) -> None:
    """Click into the second moved word in the reader, its highlight then the one at the caret."""
    reader = window.reader
    start = window.current_speech().text.index(MOVED_WORDS[1])
    focus_reader(qtbot, window)
    reader.scroll_to_offset(start)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 1)
    )


def _states(window: MainWindow, ids: list[str]) -> list[str]:
    """Each annotation's state as the session has it and as the dock's row has it."""
    return [(window.session.annotation(i).state, _row(window, i).data(Role.STATE)) for i in ids]


@MENU_ON_OFFSCREEN
def test_a_moved_row_s_place_is_accepted_from_its_menu_and_undone(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy, tmp_path: Path, library_path: Path
) -> None:
    ids = _reimported(qtbot, main_window, tmp_path)
    moved = ids[MOVED_WORDS[0]]
    assert _states(main_window, [moved]) == [(AnchorState.MOVED, AnchorState.MOVED)]
    menus.chosen = "dock_accept_place"
    with qtbot.waitSignal(main_window.session.annotation_changed):
        __right_click_row(main_window, moved)
    assert "dock_accept_place" in menus.opened[-1][1]
    anchored = (AnchorState.ANCHORED, AnchorState.ANCHORED)
    assert _states(main_window, [moved]) == [anchored]
    assert _row(main_window, moved).siblingAtColumn(Column.STATE).data() == ""
    __right_click_row(main_window, moved)
    qtbot.waitUntil(lambda: len(menus.opened) == 2)
    assert "dock_accept_place" not in menus.opened[-1][1], "anchored: nothing to accept"
    undo = main_window.registry.action(ActionId.UNDO)
    assert undo.text() == "&Undo Accept Place"
    undo.trigger()
    assert _states(main_window, [moved]) == [(AnchorState.MOVED, AnchorState.MOVED)]
    main_window.registry.action(ActionId.REDO).trigger()
    assert _states(main_window, [moved]) == [anchored]
    close_window(main_window)
    with open_library(library_path, create=False, daily_backup=False) as library:
        stored = library.annotations.get(moved)
        assert stored.state == AnchorState.ANCHORED
        text = library.store.speech_text(stored.speech_id)
        assert text[stored.start : stored.end] == stored.exact == MOVED_WORDS[0]


@MENU_ON_OFFSCREEN
def test_the_places_of_rows_chosen_together_are_accepted_in_one_step(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy, tmp_path: Path
) -> None:
    ids = list(_reimported(qtbot, main_window, tmp_path).values())
    fresh = highlight_word(qtbot, main_window, "首先通报", Qt.Key.Key_3)
    _choose(qtbot, main_window, [*ids, fresh])
    menus.chosen = "dock_accept_place"
    with qtbot.waitSignal(main_window.session.speech_changed):
        __right_click_row(main_window, ids[0])
    anchored = (AnchorState.ANCHORED, AnchorState.ANCHORED)
    assert _states(main_window, [*ids, fresh]) == [anchored] * 3
    undo = main_window.registry.action(ActionId.UNDO)
    assert undo.text() == "&Undo Accept Places"
    undo.trigger()
    moved = (AnchorState.MOVED, AnchorState.MOVED)
    assert _states(main_window, [*ids, fresh]) == [moved, moved, anchored]


@MENU_ON_OFFSCREEN
def test_the_reader_s_menu_accepts_the_place_of_the_highlight_clicked(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy, tmp_path: Path
) -> None:
    ids = _reimported(qtbot, main_window, tmp_path)
    reader = main_window.reader
    text = main_window.current_speech().text
    fresh_start = text.index("首先通报")
    fresh = highlight_word(qtbot, main_window, "首先通报", Qt.Key.Key_3)
    reader.scroll_to_offset(fresh_start)
    right_click(reader.viewport(), char_point(reader, fresh_start + 1))
    qtbot.waitUntil(lambda: len(menus.opened) == 1)
    assert "action_delete_annotation" in menus.opened[0][1]
    assert "action_accept_place" not in menus.opened[0][1], "made here: nothing to accept"
    moved = ids[MOVED_WORDS[1]]
    start = text.index(MOVED_WORDS[1])
    reader.scroll_to_offset(start)
    menus.chosen = "action_accept_place"
    with qtbot.waitSignal(main_window.session.annotation_changed):
        right_click(reader.viewport(), char_point(reader, start + 1))
    assert _states(main_window, [moved]) == [(AnchorState.ANCHORED, AnchorState.ANCHORED)]
    assert main_window.session.annotation(fresh).state == AnchorState.ANCHORED
    assert not main_window.registry.action(ActionId.ACCEPT_PLACE).isEnabled()


def test_a_in_the_reader_accepts_the_place_of_the_highlight_clicked(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """A key of its own, listed in Help ▸ Keyboard Shortcuts like the reader's N and 1–5."""
    ids = _reimported(qtbot, main_window, tmp_path)
    accept = main_window.registry.action(ActionId.ACCEPT_PLACE)
    assert accept.shortcut().toString() == "A"
    moved = ids[MOVED_WORDS[1]]
    _click_moved_word(qtbot, main_window)
    assert accept.isEnabled()
    with qtbot.waitSignal(main_window.session.annotation_changed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_A)
    assert _states(main_window, [moved]) == [(AnchorState.ANCHORED, AnchorState.ANCHORED)]
    assert not accept.isEnabled(), "anchored: nothing left to accept"
    dialog = main_window.show_shortcuts()
    assert ("Edit", "Accept This Place", "A") in dialog.visible_rows()
    dialog.close()


def test_the_edit_menu_offers_accept_this_place_on_a_moved_highlight(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    """Beside Move to Trash, as every other command on the highlight under the caret: found
    only in the context menus and under "Other" in the shortcuts, it was hard to come by."""
    ids = _reimported(qtbot, main_window, tmp_path)
    accept = menu_action(main_window, "&Edit", "action_accept_place")
    _click_moved_word(qtbot, main_window)
    assert accept.isEnabled()
    with qtbot.waitSignal(main_window.session.annotation_changed):
        accept.trigger()
    moved = ids[MOVED_WORDS[1]]
    assert _states(main_window, [moved]) == [(AnchorState.ANCHORED, AnchorState.ANCHORED)]


def test_a_tag_holding_a_place_is_named_as_typed_in_the_status_line(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "%2" in a tag is her words, not the place of the Undo key: filled in one pass.
    ids = _highlight_words(qtbot, main_window)
    monkeypatch.setattr(DockBatchRequests, "ask_tag", staticmethod(lambda *_: "增长%2"))
    _choose(qtbot, main_window, list(ids.values()))
    qtbot.keyClick(main_window.annotations_dock.view, Qt.Key.Key_T, CTRL)
    assert "“增长%2”" in main_window.status.currentMessage()
