"""Tests for desktop/gui/library_pane.py in the real window: menu, filter, marking, counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QCursor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QTreeView
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.library_tree import Role
from tests.core.storage.documents import make_document, sample_paragraphs
from tests.gui.access_keys import problems
from tests.gui.files import good_file
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.ui_languages import window_language
from tests.gui.window_helpers import click_row, select_and_press, tree_row, type_chinese


def _menu_on(window: MainWindow, index: QModelIndex):  # noqa: ANN202 - a QMenu
    tree = window.library_pane.tree
    tree.scrollTo(index)
    menu = window.library_pane.build_context_menu(tree.visualRect(index).center())
    assert menu is not None
    return menu


def _menu_action(menu, action_id: ActionId):  # noqa: ANN001, ANN202 - QMenu → QAction
    name = f"action_{action_id.name.lower()}"
    (found,) = [action for action in menu.actions() if action.objectName() == name]
    return found


def _collection_row(window: MainWindow, row: int = 0) -> QModelIndex:
    return window.library_pane.proxy.index(row, 0)


def test_renaming_a_collection_and_a_speech_through_the_context_menu(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = main_window.library_pane
    monkeypatch.setattr(pane, "ask_title", lambda _parent, _label, _current: "  我的范文  ")
    menu = _menu_on(main_window, _collection_row(main_window))
    rename = _menu_action(menu, ActionId.RENAME)
    assert rename.isEnabled()
    with qtbot.waitSignal(main_window.session.collection_changed):
        rename.trigger()
    assert _collection_row(main_window).data() == "我的范文"
    assert main_window.breadcrumb.crumbs()[0].text == "我的范文"
    speech_id = main_window.current_speech_id()
    monkeypatch.setattr(pane, "ask_title", lambda _parent, _label, _current: "开篇讲话")
    menu = _menu_on(main_window, tree_row(main_window, speech_id))
    # Only what acts on a speech: no greyed collection commands that say nothing.
    names = [action.objectName() for action in menu.actions()]
    assert names == ["action_rename", "action_compare_with"]
    _menu_action(menu, ActionId.RENAME).trigger()
    assert tree_row(main_window, speech_id).data() == "开篇讲话"
    assert main_window.windowTitle() == "No. 1 · 开篇讲话 — 批注 Pizhu"
    assert main_window.registry.action(ActionId.UNDO).text() == "&Undo Rename Speech"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_item_of_the_context_menu_has_its_own_access_key(
    qtbot: QtBot, main_window: MainWindow, language: str
) -> None:
    with window_language(main_window, language):
        title = "文库" if language == "zh_CN" else "Library"
        qtbot.waitUntil(lambda: main_window.library_dock.windowTitle() == title)
        menu = _menu_on(main_window, _collection_row(main_window))
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        assert problems("library menu", texts) == []


def test_the_rename_question_is_asked_in_the_window_s_language(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tree's actions are a mixin of the pane: their words are translated in its context."""
    asked: list[str] = []
    monkeypatch.setattr(
        main_window.library_pane, "ask_title", lambda _p, label, _c: asked.append(label)
    )
    with window_language(main_window, "zh_CN"):
        qtbot.waitUntil(lambda: main_window.library_dock.windowTitle() == "文库")
        _menu_action(_menu_on(main_window, _collection_row(main_window)), ActionId.RENAME).trigger()
    assert asked == ["文集的新标题："]


def test_a_cancelled_rename_changes_nothing(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window.library_pane, "ask_title", lambda *_args: None)
    title = _collection_row(main_window).data()
    _menu_action(_menu_on(main_window, _collection_row(main_window)), ActionId.RENAME).trigger()
    assert _collection_row(main_window).data() == title
    assert main_window.session.undo_stack.count() == 0


def test_deleting_a_collection_sends_it_to_the_trash_with_its_notes_and_undo_restores_it(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_4)
    menu = _menu_on(main_window, _collection_row(main_window))
    with qtbot.waitSignal(main_window.session.collection_trashed):
        _menu_action(menu, ActionId.DELETE_COLLECTION).trigger()
    assert main_window.library_pane.proxy.rowCount() == 0
    assert main_window.current_speech() is None
    assert main_window.windowTitle() == "批注 Pizhu"
    assert [c.id for c in main_window.session.trashed_collections()] == [1]
    with open_library(library_path, create=False, daily_backup=False) as other:
        assert len(other.annotations.annotations(speech.record.id)) == 1, "its notes are kept"
    main_window.registry.action(ActionId.UNDO).trigger()
    assert main_window.library_pane.proxy.rowCount() == 1
    assert main_window.current_speech_id() == speech.record.id
    assert main_window.reader.annotations_at(start)


def test_undoing_a_deleted_collection_marks_the_reopened_speech_in_the_tree(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The speech's row had been marked before it left with its collection: back by Undo, the
    # tree took it for marked already, and showed no row as the one being read.
    speech_id = main_window.current_speech_id()
    tree = main_window.library_pane.tree
    assert tree.currentIndex().data(Role.SPEECH_ID) == speech_id
    menu = _menu_on(main_window, _collection_row(main_window))
    with qtbot.waitSignal(main_window.session.collection_trashed):
        _menu_action(menu, ActionId.DELETE_COLLECTION).trigger()
    main_window.registry.action(ActionId.UNDO).trigger()
    assert main_window.current_speech_id() == speech_id
    qtbot.waitUntil(lambda: tree.currentIndex().data(Role.SPEECH_ID) == speech_id)


def test_restoring_a_trashed_collection_from_the_session(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.session.trash_collection(1)
    main_window.session.undo_stack.clear()  # as after a restart: only the trash brings it back
    with qtbot.waitSignal(main_window.session.collection_trashed) as restored:
        main_window.session.restore_collection(1)
    assert restored.args == [1, False]
    assert main_window.library_pane.proxy.rowCount() == 1
    assert main_window.current_speech() is not None


def test_the_filter_shows_matching_titles_with_their_collections(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "文艺")
    collection = pane.proxy.index(0, 0)
    assert pane.proxy.rowCount() == 1
    assert pane.proxy.rowCount(collection) == 1
    assert pane.proxy.index(0, 0, collection).data() == "在全市文艺工作会议上的讲话"
    assert pane.tree.isExpanded(collection)
    pane.filter_edit.clear()
    assert pane.proxy.rowCount(pane.proxy.index(0, 0)) == 7


def test_ctrl_l_puts_the_keyboard_in_the_filter(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.registry.action(ActionId.FILTER_LIBRARY).trigger()
    qtbot.waitUntil(main_window.library_pane.filter_edit.hasFocus)


def test_note_counts_follow_highlights(qtbot: QtBot, main_window: MainWindow) -> None:
    speech = main_window.current_speech()
    row = tree_row(main_window, speech.record.id)
    assert row.data(Role.NOTE_COUNT) == 0
    start = speech.text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    assert tree_row(main_window, speech.record.id).data(Role.NOTE_COUNT) == 1
    main_window.registry.action(ActionId.UNDO).trigger()
    assert tree_row(main_window, speech.record.id).data(Role.NOTE_COUNT) == 0


def test_points_stay_folded_when_a_speech_opens(main_window: MainWindow) -> None:
    pane = main_window.library_pane
    for speech_id in main_window.speech_order():
        main_window.open_speech(speech_id)
    model = pane.model
    for node in model.walk():
        index = pane.proxy.mapFromSource(model.index_of(node))
        if node.kind == "point":
            assert not pane.tree.isExpanded(index)


def test_the_library_models_pass_the_model_tester_while_the_window_works(
    qtbot: QtBot,
    main_window: MainWindow,
    qtmodeltester,
    library_path: Path,  # noqa: ANN001
) -> None:
    qtmodeltester.check(main_window.library_pane.model)
    paragraphs = sample_paragraphs()
    with open_library(library_path, create=False, daily_backup=False) as other:
        report = other.store.import_document(make_document([paragraphs[0:2]], source="/x.txt"))
    main_window.session.imported([report])
    assert main_window.library_pane.proxy.rowCount() == 2
    main_window.next_speech()
    main_window.session.trash_collection(report.collection_id)
    main_window.session.undo_stack.undo()
    main_window.library_pane.tree.expandAll()


def test_right_clicking_off_the_rows_shows_no_menu(main_window: MainWindow) -> None:
    tree = main_window.library_pane.tree
    assert main_window.library_pane.build_context_menu(QPoint(5, tree.height() - 5)) is None


def test_right_clicking_a_section_shows_no_menu_of_greyed_items(main_window: MainWindow) -> None:
    pane = main_window.library_pane
    speech = tree_row(main_window, main_window.current_speech_id())
    pane.tree.expand(speech)
    section = pane.proxy.index(0, 0, speech)
    assert section.isValid()
    pane.tree.scrollTo(section)
    assert pane.build_context_menu(pane.tree.visualRect(section).center()) is None
    assert _menu_on(main_window, speech) is not None  # a speech's still has Rename


def test_the_filter_finds_sections_of_speeches_never_opened(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "依法行政")
    matches = [
        node for node in pane.model.walk() if node.kind == "heading" and "依法行政" in node.title
    ]
    assert matches, "sections of every speech holding the words were read"
    for node in matches:
        index = pane.proxy.mapFromSource(pane.model.index_of(node))
        assert index.isValid()
        assert pane.tree.isExpanded(index.parent()), "unfolded down to the match"


def _has_heading_children(node) -> bool:  # noqa: ANN001 - a TreeNode
    return any(child.kind == "heading" for child in node.children)


def test_only_rows_with_headings_under_them_unfold(main_window: MainWindow) -> None:
    pane = main_window.library_pane
    for speech_id in main_window.speech_order():
        main_window.open_speech(speech_id)
        speech = pane.model.speech_index(speech_id)
        nodes = [pane.model.node(speech), *pane.model.walk(pane.model.node(speech))]
        for node in nodes:
            if node.kind == "point":
                continue
            index = pane.proxy.mapFromSource(pane.model.index_of(node))
            assert pane.tree.isExpanded(index) == _has_heading_children(node), node.title
    folded = [
        node
        for node in pane.model.walk()
        if node.kind == "heading" and node.children and not _has_heading_children(node)
    ]
    assert folded, "the sample has headings holding only points (一是…二是…)"


def test_the_reading_position_marks_a_folded_heading_not_its_points(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    for speech_id in main_window.speech_order():
        main_window.open_speech(speech_id)  # until one has a heading of points
        speech = pane.model.node(pane.model.speech_index(speech_id))
        folded = [
            node
            for node in pane.model.walk(speech)
            if node.kind == "heading" and node.children and not _has_heading_children(node)
        ]
        if folded:
            break
    heading = folded[0]
    point = heading.children[1]
    main_window.jump_to(point.start)
    heading_row = pane.proxy.mapFromSource(pane.model.index_of(heading))
    assert not pane.tree.isExpanded(heading_row), "following the reader unfolds nothing"
    assert pane.tree.currentIndex() == heading_row
    pane.tree.expand(heading_row)  # the user unfolds it: now the point itself is marked
    main_window.jump_to(point.start + 1)
    point_row = pane.proxy.mapFromSource(pane.model.index_of(point))
    assert pane.tree.currentIndex() == point_row
    main_window.jump_to(0)
    other = pane.proxy.mapFromSource(pane.model.index_of(heading.children[0]))
    click_row(qtbot, main_window, other)
    assert main_window.reading_offset() <= heading.children[0].start, "a point still jumps"
    assert pane.tree.currentIndex() == other


def test_a_row_the_user_chose_stays_chosen_until_the_reading_moves_on(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = main_window.library_pane
    collection = _collection_row(main_window)
    click_row(qtbot, main_window, collection)
    assert pane.tree.currentIndex() == collection
    # A rename re-reads the reading position (for the breadcrumb); the reader did not move.
    monkeypatch.setattr(pane, "ask_title", lambda _parent, _label, _current: "我的范文")
    with qtbot.waitSignal(main_window.session.collection_changed):
        main_window.registry.action(ActionId.RENAME).trigger()
    assert pane.tree.currentIndex().data(Role.KIND) == "collection"
    main_window.reader.position_changed.emit(main_window.reading_offset())  # a late throttle
    assert pane.tree.currentIndex().data(Role.KIND) == "collection"
    heading = main_window.current_speech().outline[1]
    main_window.jump_to(heading.start)  # reading on: the tree follows again
    assert pane.tree.currentIndex().data(Role.START) == heading.start


def test_ctrl_and_shift_click_choose_speeches_for_the_export_without_opening_them(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    first, second, third, *_ = main_window.speech_order()
    main_window.open_speech(first)
    click_row(qtbot, main_window, tree_row(main_window, first))
    ctrl = Qt.KeyboardModifier.ControlModifier
    click_row(qtbot, main_window, tree_row(main_window, third), ctrl)
    assert main_window.current_speech_id() == first, "Ctrl+click does not open"
    assert pane.selected_speech_ids() == [first, third]
    main_window.jump_to(main_window.current_speech().text.index("\n", 200))
    assert pane.selected_speech_ids() == [first, third], "reading on keeps the choice"
    assert main_window.export_context().selected_speeches == (first, third)
    dialog = main_window.show_export_dialog()
    assert dialog.scope().speech_ids == (first, third)
    dialog.reject()
    click_row(qtbot, main_window, tree_row(main_window, second))
    assert main_window.current_speech_id() == second, "a plain click opens"
    assert pane.selected_speech_ids() == [second]
    click_row(qtbot, main_window, tree_row(main_window, third), Qt.KeyboardModifier.ShiftModifier)
    assert main_window.current_speech_id() == second, "Shift+click does not open"
    assert pane.selected_speech_ids() == [second, third]


MENU_KEYS = pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ],
)


@MENU_ON_OFFSCREEN
@MENU_KEYS
def test_the_menu_key_opens_the_current_rows_menu_at_the_row(
    qtbot: QtBot,
    main_window: MainWindow,
    menus: MenuSpy,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
) -> None:
    tree = main_window.library_pane.tree
    row = _collection_row(main_window)
    tree.setCurrentIndex(row)
    tree.setFocus()
    QCursor.setPos(tree.mapToGlobal(QPoint(2, tree.height() - 2)))  # the mouse far below
    qtbot.keyClick(tree, key, modifiers)
    ((point, names),) = menus.opened
    assert "action_rename" in names
    rect = tree.visualRect(row)
    on_screen = QRect(tree.viewport().mapToGlobal(rect.topLeft()), rect.size())
    assert on_screen.contains(point), "opened at the row, not at the mouse"
    assert main_window.library_pane.target() == tree.currentIndex(), "the menu's target is gone"


@MENU_ON_OFFSCREEN
def test_a_platforms_keyboard_menu_request_opens_the_current_rows_menu_at_the_row(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy
) -> None:
    """Where the platform turns the Menu key into a context-menu event, not a key press."""
    tree = main_window.library_pane.tree
    row = _collection_row(main_window)
    tree.setCurrentIndex(row)
    far_below = QPoint(2, tree.height() - 2)
    request = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, far_below, tree.mapToGlobal(far_below)
    )
    QApplication.sendEvent(tree, request)
    ((point, names),) = menus.opened
    assert "action_rename" in names
    rect = tree.visualRect(row)
    assert QRect(tree.viewport().mapToGlobal(rect.topLeft()), rect.size()).contains(point)


def test_typing_a_title_in_the_tree_finds_the_speech(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    paragraphs = sample_paragraphs()
    titles = ["在全省表彰大会上的讲话", "关于加强作风建设的意见", "在全市工作会议上的讲话"]
    speeches = [paragraphs[0:2], paragraphs[2:4], paragraphs[4:6]]
    with open_library(library_path, create=False, daily_backup=False) as other:
        report = other.store.import_document(make_document(speeches, titles=titles))
    main_window.session.imported([report])
    tree = main_window.library_pane.tree
    collection = next(
        index
        for row in range(tree.model().rowCount())
        if (index := tree.model().index(row, 0)).data(Role.KEY) == report.collection_id
    )
    tree.expand(collection)  # type-ahead looks among the rows on show
    tree.setCurrentIndex(_collection_row(main_window))
    type_chinese(tree, "关于")
    assert tree.currentIndex().data() == "关于加强作风建设的意见"


def test_typing_a_title_in_the_tree_selects_it_in_a_folded_collection(
    main_window: MainWindow,
) -> None:
    pane = main_window.library_pane
    collection = _collection_row(main_window)
    pane.tree.collapse(collection)
    opened = main_window.current_speech_id()
    type_chinese(pane.tree, "在全市文艺")
    current = pane.tree.currentIndex()
    assert current.data() == "在全市文艺工作会议上的讲话"
    assert current.parent() == collection
    assert pane.tree.isExpanded(collection)
    assert main_window.current_speech_id() == opened, "selected, not opened (as Qt's search)"


def _first_cut_row(tree) -> QModelIndex:  # noqa: ANN001 - the LibraryTreeView
    """The row that the tree's bottom edge cuts, if any."""
    index = tree.indexAt(QPoint(1, 1))
    while index.isValid() and tree.visualRect(index).bottom() < tree.viewport().height():
        index = tree.indexBelow(index)
    return index


def test_the_section_being_read_is_scrolled_wholly_into_the_tree(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    pane = main_window.library_pane
    tree = pane.tree
    for speech_id in main_window.speech_order():
        main_window.open_speech(speech_id)  # every speech unfolded: tall and short rows mixed
    main_window.resize(760, 360)
    room = main_window.reader_room
    assert room is not None
    # The docks settled at this width: the annotations stepped aside for the page.
    qtbot.waitUntil(lambda: tree.viewport().height() < 300 and not room.fit_pending)
    bar = tree.verticalScrollBar()
    checked = 0
    for value in range(bar.maximum() + 1):
        bar.setValue(value)  # where the user left the tree
        row = _first_cut_row(tree)
        current = tree.currentIndex()
        if not row.isValid() or row.data(Role.START) is None:
            continue
        if [current.data(r) for r in (Role.SPEECH_ID, Role.START)] == [
            row.data(r) for r in (Role.SPEECH_ID, Role.START)
        ]:
            continue  # marked already: the tree stays where the user scrolled it
        # The reader moves into that section: its row comes wholly into view.
        pane.mark_position(row.data(Role.SPEECH_ID), row.data(Role.START))
        marked = tree.visualRect(tree.currentIndex())  # that row, or its first child's
        assert tree.viewport().rect().contains(marked), f"cut at {value}"
        checked += 1
    assert checked


def test_trashing_a_collection_reads_no_other_collections_speeches_again(
    qtbot: QtBot, main_window: MainWindow, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a library of 10,000 speeches each open collection's rows cost ~12 ms to read: trashing,
    # restoring, and undoing either read every open collection again, for nothing.
    with open_library(library_path, create=False, daily_backup=False) as other:
        report = other.store.import_document(
            make_document([sample_paragraphs()[0:2]], source="/x.txt")
        )
    main_window.session.imported([report])
    tree = main_window.library_pane.tree
    tree.expand(_collection_row(main_window, 0))
    tree.expand(_collection_row(main_window, 1))
    source = main_window.tree_model._source  # noqa: SLF001 - the reads of the tree's rows
    asked: list[int] = []
    read = source.speeches
    monkeypatch.setattr(source, "speeches", lambda key: asked.append(key) or read(key))
    main_window.session.trash_collection(report.collection_id)
    assert main_window.library_pane.proxy.rowCount() == 1
    main_window.session.undo_stack.undo()
    assert main_window.library_pane.proxy.rowCount() == 2
    main_window.session.undo_stack.redo()
    main_window.session.undo_stack.undo()
    assert asked == []
    assert main_window.library_pane.proxy.rowCount() == 2


def _second_collection(main_window: MainWindow, library_path: Path) -> int:
    """Import a second collection (two speeches) as another program would; its id."""
    with open_library(library_path, create=False, daily_backup=False) as other:
        report = other.store.import_document(
            make_document([sample_paragraphs()[0:2], sample_paragraphs()[2:4]], source="/x.txt")
        )
    main_window.session.imported([report])
    return report.collection_id


def _shown_row(main_window: MainWindow, collection_id: int) -> QModelIndex:
    pane = main_window.library_pane
    return pane.proxy.mapFromSource(pane.model.collection_index(collection_id))


def _delete_and_undo(qtbot: QtBot, main_window: MainWindow, collection_id: int) -> None:
    menu = _menu_on(main_window, _shown_row(main_window, collection_id))
    with qtbot.waitSignal(main_window.session.collection_trashed):
        _menu_action(menu, ActionId.DELETE_COLLECTION).trigger()
    assert not _shown_row(main_window, collection_id).isValid()
    main_window.registry.action(ActionId.UNDO).trigger()


def test_an_unfolded_collection_back_by_undo_is_unfolded_with_the_speech_read_chosen(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    collection_id = _second_collection(main_window, library_path)
    tree = main_window.library_pane.tree
    proxy = main_window.library_pane.proxy
    tree.expand(_shown_row(main_window, collection_id))
    qtbot.waitUntil(lambda: proxy.rowCount(_shown_row(main_window, collection_id)) == 2)
    speech_row = proxy.index(1, 0, _shown_row(main_window, collection_id))
    speech_id = speech_row.data(Role.SPEECH_ID)
    click_row(qtbot, main_window, speech_row)
    assert main_window.current_speech_id() == speech_id
    _delete_and_undo(qtbot, main_window, collection_id)
    row = _shown_row(main_window, collection_id)
    assert tree.isExpanded(row), "unfolded as it was"
    assert proxy.rowCount(row) == 2, "with its speeches"
    assert main_window.current_speech_id() == speech_id, "the speech read is read again"
    qtbot.waitUntil(lambda: tree.currentIndex().data(Role.SPEECH_ID) == speech_id)


def test_a_collection_back_by_undo_keeps_its_fold_and_the_speech_read_elsewhere(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    collection_id = _second_collection(main_window, library_path)
    reading = main_window.current_speech_id()
    tree = main_window.library_pane.tree
    assert main_window.session.speech(reading).collection_id != collection_id
    _delete_and_undo(qtbot, main_window, collection_id)
    assert not tree.isExpanded(_shown_row(main_window, collection_id)), "folded as it was"
    tree.expand(_shown_row(main_window, collection_id))
    _delete_and_undo(qtbot, main_window, collection_id)
    assert tree.isExpanded(_shown_row(main_window, collection_id)), "unfolded as it was"
    assert main_window.current_speech_id() == reading, "the reader stays where it was"
    main_window.registry.action(ActionId.REDO).trigger()
    main_window.registry.action(ActionId.UNDO).trigger()
    assert tree.isExpanded(_shown_row(main_window, collection_id)), "and again after a redo"


def test_hovering_the_sample_collection_says_what_it_is_for(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    tree = main_window.library_pane.tree
    with window_language(main_window):
        assert "示例文集" in _row_tooltip(qtbot, tree, _collection_row(main_window))
        assert "添加示例文集" in QToolTip.text(), "and how to get it back"
    QToolTip.hideText()
    # A collection of her own is not called a sample.
    own_file = good_file(tmp_path, "甲.txt", "在甲地工作会议上的讲话")
    with qtbot.waitSignal(main_window.import_finished, timeout=30_000):
        main_window.import_files([own_file])
    proxy = main_window.library_pane.proxy
    own = proxy.index(1, 0)
    assert own.data() != _collection_row(main_window).data()
    tooltip = _row_tooltip(qtbot, tree, own)
    assert str(own_file) in tooltip, "its file, as before"
    assert "comes with Pizhu" not in tooltip
    QToolTip.hideText()


def _row_tooltip(qtbot: QtBot, tree: QTreeView, index: QModelIndex) -> str:
    """Rest the mouse on the row until its tooltip shows; the tooltip's text."""
    point = tree.visualRect(index).center()
    QTest.mouseMove(tree.viewport(), point)
    event = QHelpEvent(QEvent.Type.ToolTip, point, tree.viewport().mapToGlobal(point))
    QApplication.sendEvent(tree.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    return QToolTip.text()
