"""Tests for desktop/gui/main_window.py: the window driven as a user drives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QSplitter
from pytestqt.qtbot import QtBot

from desktop.core.errors import LibraryError
from desktop.core.importing import import_file
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.i18n import Translations
from desktop.gui.library_session import LibrarySession
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from desktop.models.library_tree import Role
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.files import good_file
from tests.gui.reader.helpers import page_text
from tests.gui.window_helpers import click_row, focus_reader, select_and_press, tree_row


def _first_heading(window: MainWindow):  # noqa: ANN202 - an OutlineNode
    speech = window.current_speech()
    assert speech is not None
    return speech.outline[1] if len(speech.outline) > 1 else speech.outline[0]


def test_first_run_opens_the_sample_collections_first_speech(main_window: MainWindow) -> None:
    speech = main_window.current_speech()
    assert speech is not None
    assert speech.record.index == 1
    assert main_window.windowTitle() == f"No. 1 · {speech.record.title} — 批注 Pizhu"
    assert page_text(main_window.reader.document()) == speech.text
    model = main_window.library_pane.model
    collection = model.index(0, 0)
    assert "效能革命" in collection.data()
    assert model.rowCount(collection) == 7
    row = tree_row(main_window, speech.record.id)
    assert main_window.library_pane.tree.isExpanded(row), "the open speech is unfolded"
    assert "字" in main_window.status.length_label.text() or main_window.status.length_label.text()
    crumbs = [crumb.text for crumb in main_window.breadcrumb.crumbs()]
    assert crumbs[:2] == [collection.data(), "No. 1"], "the speech by its number"


def test_the_keyboard_starts_on_the_open_speech(qtbot: QtBot, library_path: Path) -> None:
    library = open_library(library_path, create=False, daily_backup=False)
    window = MainWindow(LibrarySession(library), Settings())
    qtbot.addWidget(window)
    # Chosen before the window shows: a window manager may activate it only after the first
    # paint, when Tab's order begins with the library's filter, and Qt would focus that.
    assert window.focusWidget() is window.reader
    window.show()
    qtbot.waitUntil(lambda: window.first_paint_done)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Page Down reads on, and 1–5 or a typed word do not land in the library's filter.
    assert QApplication.focusWidget() is window.reader
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    assert window.library_pane.filter_edit.text() == ""
    close_window(window)


def test_clicking_a_section_in_the_tree_scrolls_the_reader_to_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech = main_window.current_speech()
    heading = _first_heading(main_window)
    click_row(qtbot, main_window, tree_row(main_window, speech.record.id, heading.start))
    qtbot.waitUntil(lambda: main_window.reading_offset() == heading.start)
    assert main_window.reader.verticalScrollBar().value() > 0
    assert main_window.breadcrumb.crumbs()[-1].text == heading.label
    current = main_window.library_pane.tree.currentIndex()
    assert current.data(Role.START) == heading.start


def test_scrolling_marks_the_section_in_tree_and_breadcrumb_without_taking_focus(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    focus_reader(qtbot, main_window)
    heading = _first_heading(main_window)
    main_window.reader.scroll_to_offset(heading.start + 5)
    qtbot.waitUntil(lambda: main_window.breadcrumb.crumbs()[-1].text == heading.label)
    current = main_window.library_pane.tree.currentIndex()
    assert current.data(Role.START) == heading.start
    assert main_window.reader.hasFocus()


def test_a_highlight_made_with_a_key_is_in_the_library_file(
    qtbot: QtBot, main_window: MainWindow, library_path: Path
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命")
    with qtbot.waitSignal(main_window.session.annotation_added):
        select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_2)
    close_window(main_window)
    with open_library(library_path, create=False, daily_backup=False) as library:
        saved = library.annotations.annotations(speech.record.id)
    assert [(a.start, a.end, a.exact, a.color) for a in saved] == [
        (start, start + 4, "效能革命", "green")
    ]


def test_undo_and_redo_from_the_edit_menu_name_the_change(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    undo = main_window.registry.action(ActionId.UNDO)
    redo = main_window.registry.action(ActionId.REDO)
    assert undo in main_window.menus["&Edit"].actions()
    assert undo.text() == "&Undo Add Highlight"
    assert undo.isEnabled()
    with qtbot.waitSignal(main_window.session.annotation_removed):
        undo.trigger()
    assert main_window.reader.annotations_at(start) == []
    assert redo.text() == "&Redo Add Highlight"
    with qtbot.waitSignal(main_window.session.annotation_added):
        redo.trigger()
    assert len(main_window.reader.annotations_at(start)) == 1


def test_delete_key_sends_a_highlight_to_the_trash_and_undo_restores_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_3)
    (annotation_id,) = main_window.reader.annotations_at(start + 1)
    cursor = main_window.reader.textCursor()
    cursor.setPosition(start + 1)  # no astral characters before it in this speech
    main_window.reader.setTextCursor(cursor)
    with qtbot.waitSignal(main_window.session.annotation_removed):
        qtbot.keyClick(main_window.reader, Qt.Key.Key_Delete)
    assert [a.id for a in main_window.session.trash()] == [annotation_id]
    message = main_window.status.currentMessage()
    assert "trash" in message
    undo_keys = main_window.registry.action(ActionId.UNDO).shortcut()
    assert undo_keys.toString(QKeySequence.SequenceFormat.NativeText) in message, "names its key"
    assert "%1" not in message
    main_window.registry.action(ActionId.UNDO).trigger()
    assert main_window.reader.annotations_at(start + 1) == [annotation_id]
    assert main_window.session.trash() == []


def test_undo_takes_away_the_hint_to_undo(qtbot: QtBot, main_window: MainWindow) -> None:
    start = main_window.current_speech().text.index("效能革命")
    select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_3)
    cursor = main_window.reader.textCursor()
    cursor.setPosition(start + 1)
    main_window.reader.setTextCursor(cursor)
    qtbot.keyClick(main_window.reader, Qt.Key.Key_Delete)
    assert "trash" in main_window.status.currentMessage()
    qtbot.keyClick(main_window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert main_window.session.trash() == []
    # "Undo with Ctrl+Z" no longer describes anything once the step is undone.
    assert main_window.status.currentMessage() == ""


def test_a_note_key_adds_a_note_on_the_selection(qtbot: QtBot, main_window: MainWindow) -> None:
    speech = main_window.current_speech()
    start = speech.text.index("效能革命")
    with qtbot.waitSignal(main_window.session.annotation_added) as added:
        select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_N)
    note = main_window.session.annotation(added.args[1])
    assert (note.kind, note.start, note.end, note.color) == ("note", start, start + 4, None)
    assert main_window.registry.action(ActionId.UNDO).text() == "&Undo Add Note"


def test_switching_theme_restyles_reader_and_breadcrumb(main_window: MainWindow) -> None:
    main_window.registry.action(ActionId.THEME_DARK).trigger()
    assert main_window.reader.theme_name == "dark"
    assert "#1e1f22" in main_window.breadcrumb.styleSheet()
    assert main_window.settings.theme == "dark"
    main_window.registry.action(ActionId.THEME_SEPIA).trigger()
    assert main_window.reader.theme_name == "sepia"
    assert not main_window.registry.action(ActionId.THEME_DARK).isChecked()


def test_closing_and_reopening_restores_state_and_position(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.resize(796, 590)  # inside the offscreen screen (restoreGeometry keeps it there)
    window.registry.action(ActionId.THEME_SEPIA).trigger()
    window.registry.action(ActionId.ZOOM_IN).trigger()
    window.registry.action(ActionId.FULLWIDTH_PUNCTUATION).trigger()
    window.library_dock.hide()
    splitter = window.findChild(QSplitter, "annotations_splitter")
    splitter.setSizes([150, 250])
    sizes = splitter.sizes()
    heading = _first_heading(window)
    speech_id = window.current_speech_id()
    window.next_speech()
    second = window.current_speech_id()
    window.open_speech(speech_id, heading.start)
    size, font_size = window.size(), window.reader.font_size
    close_window(window)

    again = open_window()
    assert again.size() == size
    assert again.reader.theme_name == "sepia"
    assert again.reader.font_size == font_size > 16
    assert again.reader.fullwidth_punctuation
    assert again.registry.action(ActionId.FULLWIDTH_PUNCTUATION).isChecked()
    assert not again.library_dock.isVisible()
    assert again.findChild(QSplitter, "annotations_splitter").sizes() == sizes
    assert again.current_speech_id() == speech_id, "the last speech read"
    assert again.reading_offset() == heading.start, "where it was read"
    again.open_speech(second)
    assert again.current_speech_id() == second


def test_go_menu_moves_by_section_and_speech_and_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    stops = window._stops
    assert len(stops) >= 2
    action = window.registry.action
    assert not action(ActionId.GO_BACK).isEnabled()
    action(ActionId.NEXT_SECTION).trigger()
    assert window.reading_offset() == stops[0]
    action(ActionId.NEXT_SECTION).trigger()
    assert window.reading_offset() == stops[1]
    action(ActionId.PREVIOUS_SECTION).trigger()
    assert window.reading_offset() == stops[0]
    first = window.current_speech_id()
    action(ActionId.NEXT_SPEECH).trigger()
    assert window.current_speech_id() != first
    assert window.current_speech().record.index == 2
    action(ActionId.PREVIOUS_SPEECH).trigger()
    assert window.current_speech_id() == first
    assert action(ActionId.GO_BACK).isEnabled()
    action(ActionId.GO_BACK).trigger()
    assert window.current_speech().record.index == 2
    action(ActionId.GO_BACK).trigger()
    assert (window.current_speech_id(), window.reading_offset()) == (first, stops[0])


def test_clicking_a_crumb_jumps_to_its_section(qtbot: QtBot, main_window: MainWindow) -> None:
    heading = _first_heading(main_window)
    main_window.reader.scroll_to_offset(heading.start + 40)
    main_window._follow_position()
    speech_crumb = main_window.breadcrumb.buttons[0]
    qtbot.mouseClick(speech_crumb, Qt.MouseButton.LeftButton)
    assert main_window.reading_offset() == 0


def test_the_side_panes_keep_the_full_height_beside_a_bottom_dock(
    main_window: MainWindow,
) -> None:
    search = main_window.search_dock()
    search.show()
    for side in (main_window.library_dock, main_window.annotations_dock):
        assert side.geometry().bottom() > search.geometry().top(), side.objectName()
    assert search.geometry().left() >= main_window.library_dock.geometry().right()


def test_the_window_title_names_the_speech_as_the_tree_does(
    qtbot: QtBot,
    qapp: QApplication,
    open_window: WindowFactory,
    library_path: Path,
    tmp_path: Path,
) -> None:
    """A compilation's speeches share a title: the window's title says which one is open."""
    with open_library(library_path, create=False, daily_backup=False) as library:
        report = library.store.import_document(import_file(good_file(tmp_path)))
        (lone,) = library.store.speeches(report.collection_id)
        fifth = library.store.speeches(library.store.collections()[0].id)[4]
    window = open_window()
    click_row(qtbot, window, tree_row(window, fifth.id))
    qtbot.waitUntil(lambda: window.current_speech_id() == fifth.id)
    assert window.windowTitle() == f"No. 5 · {fifth.title} — 批注 Pizhu"
    translations = Translations(qapp, cache=tmp_path / "cache")
    try:
        translations.apply("zh_CN")
        qtbot.waitUntil(lambda: window.windowTitle() == f"第5篇 · {fifth.title} — 批注 Pizhu")
    finally:
        translations.remove()
    click_row(qtbot, window, tree_row(window, lone.id))
    qtbot.waitUntil(lambda: window.current_speech_id() == lone.id)
    assert window.windowTitle() == f"{lone.title} — 批注 Pizhu", "alone: no number"


def test_a_library_that_cannot_be_written_says_so_once_while_reading(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[int] = []

    def refuse(*_args: object) -> None:
        attempts.append(1)
        raise LibraryError("library.sqlite: attempt to write a readonly database", code="read-only")

    monkeypatch.setattr(main_window.session, "set_reading_position", refuse)
    monkeypatch.setattr(main_window.session, "set_last_speech", refuse)
    scroll_bar = main_window.reader.verticalScrollBar()
    for step in range(1, 4):
        scroll_bar.setValue(scroll_bar.value() + 300)
        qtbot.waitUntil(lambda step=step: len(attempts) >= step)
    click_row(qtbot, main_window, tree_row(main_window, main_window.speech_order()[1]))
    qtbot.waitUntil(lambda: len(attempts) >= 5)
    boxes = [box for box in main_window.findChildren(QMessageBox) if box.isVisible()]
    # Reading on goes on without a box each time the position would have been saved.
    assert len(boxes) == 1
    assert "cannot be written" in boxes[0].text()


def test_a_place_in_the_text_that_cannot_be_saved_is_not_called_a_change(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a speech saves where the user reads: on a read-only library the window said
    "the change was not saved" at the start, before she had changed anything."""

    def refuse(*_args: object) -> None:
        raise LibraryError("library.sqlite: attempt to write a readonly database", code="read-only")

    monkeypatch.setattr(main_window.session, "set_reading_position", refuse)
    monkeypatch.setattr(main_window.session, "set_last_speech", refuse)
    click_row(qtbot, main_window, tree_row(main_window, main_window.speech_order()[1]))
    qtbot.waitUntil(lambda: _visible_boxes(main_window) != [])
    [box] = _visible_boxes(main_window)
    assert box.text() == (
        "The library cannot be written to (a read-only file, folder or disk). You can read, "
        "but your place in the text, highlights and notes cannot be saved."
    )
    assert "attempt to write a readonly database" in box.detailedText()


def _visible_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_the_empty_reader_names_the_import_keys_as_the_platform_writes_them(
    qtbot: QtBot, qapp: QApplication, main_window: MainWindow, tmp_path: Path
) -> None:
    importing = main_window.registry.action(ActionId.IMPORT).shortcut()
    keys = importing.toString(QKeySequence.SequenceFormat.NativeText)
    assert importing == QKeySequence(QKeySequence.StandardKey.Open)
    assert main_window.reader.placeholderText() == (
        f"Drop speech files here, or press {keys} to import them."
    )
    translations = Translations(qapp, cache=tmp_path / "cache")
    try:
        translations.apply("zh_CN")
        chinese = f"把讲话文件拖到这里，或按 {keys} 导入。"
        qtbot.waitUntil(lambda: main_window.reader.placeholderText() == chinese)
    finally:
        translations.remove()


def test_a_first_window_fits_the_screen_it_opens_on(qtbot: QtBot, library_path: Path) -> None:
    # A 1366×768 laptop is a common office screen: a first window of 1280×820 hung off its
    # bottom edge, status bar and all. (The offscreen screen is 800×800.)
    main_window = MainWindow(
        LibrarySession(open_library(library_path, create=False, daily_backup=False)), Settings()
    )
    qtbot.addWidget(main_window)
    room = main_window.screen().availableGeometry()
    assert main_window.width() <= room.width()
    assert main_window.height() <= room.height()
    close_window(main_window)  # and its session, as the app does
