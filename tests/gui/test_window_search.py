"""The search and language tools in the real main window, driven as a user drives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.importing import import_file
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.find_bar import LAYER as FIND_LAYER
from desktop.gui.main_window import MainWindow
from desktop.gui.search_dock import SearchDock
from desktop.gui.segmenter_service import SegmenterService
from desktop.gui.terms_dock import LAYER as TERM_LAYER
from desktop.models.concordance_model import Column as ConcordanceColumn
from desktop.models.concordance_model import Role as ConcordanceRole
from desktop.models.search_results_model import Column
from desktop.models.terms_model import Role as TermRole
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.files import good_file
from tests.gui.language_fixtures import ready_segmenter, type_text  # noqa: F401 - fixture
from tests.gui.reader.helpers import char_point, select_with_keys
from tests.gui.search_helpers import summary_text
from tests.gui.window_helpers import highlight_word, line_top

WORD = "效能革命"
QUOTING_SPEECH = 4  # 篇4 quotes “效能革命” all through

# The concordance dialog is raised over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")


def _occurrences(text: str, term: str) -> list[tuple[int, int]]:
    return [(i, i + len(term)) for i in range(len(text)) if text.startswith(term, i)]


def _trigger(window: MainWindow, action_id: ActionId) -> None:
    window.registry.action(action_id).trigger()


def _with_jieba(qtbot: QtBot, window: MainWindow, segmenter: Segmenter) -> None:
    """Start the window's segmenter service as the app does, and wait until it is ready."""
    service = SegmenterService(segmenter, window)
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "ready"):
        window.start_segmenter(service)


def test_ctrl_f_marks_every_hit_f3_steps_escape_clears(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.open_speech(QUOTING_SPEECH)
    text = main_window.current_speech().text
    expected = _occurrences(text, WORD)
    _trigger(main_window, ActionId.FIND)
    bar = main_window.find_bar
    assert bar.isVisible()
    assert bar.edit.hasFocus()
    type_text(qtbot, bar.edit, WORD)
    assert bar.count_text() == f"1/{len(expected)}"
    assert main_window.reader.marks(FIND_LAYER) == expected
    reader = main_window.reader  # ticked once Qt has laid the page out to its end
    qtbot.waitUntil(lambda: len(reader.scroll_mark_fractions(FIND_LAYER)) == len(expected))
    _trigger(main_window, ActionId.FIND_NEXT)
    assert bar.count_text() == f"2/{len(expected)}"
    _trigger(main_window, ActionId.FIND_PREVIOUS)
    _trigger(main_window, ActionId.FIND_PREVIOUS)
    assert bar.count_text() == f"{len(expected)}/{len(expected)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert main_window.reader.marks(FIND_LAYER) == []


@pytest.mark.parametrize("closing", ["escape", "close button"])
def test_closing_the_find_bar_leaves_the_hit_selected_for_a_colour(
    qtbot: QtBot, main_window: MainWindow, closing: str
) -> None:
    """Find, then Escape and 1–5 or N, as an editor or a browser leaves the found words
    selected: the hit was only marked, and the colour key did nothing."""
    main_window.open_speech(QUOTING_SPEECH)
    second = _occurrences(main_window.current_speech().text, WORD)[1]
    _trigger(main_window, ActionId.FIND)
    bar = main_window.find_bar
    type_text(qtbot, bar.edit, WORD)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    if closing == "escape":
        qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    else:
        qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert main_window.reader.selected_range() == second
    assert main_window.registry.action(ActionId.HIGHLIGHT_1).isEnabled()


def test_a_find_bar_closed_on_nothing_found_selects_nothing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _trigger(main_window, ActionId.FIND)
    bar = main_window.find_bar
    type_text(qtbot, bar.edit, "没有这个词")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert main_window.reader.selected_range() is None


def test_ctrl_f_starts_from_the_selected_words(qtbot: QtBot, main_window: MainWindow) -> None:
    text = main_window.current_speech().text
    start = text.index("市委")
    select_with_keys(main_window.reader, start, start + 2)
    _trigger(main_window, ActionId.FIND)
    assert main_window.find_bar.edit.text() == "市委"
    assert main_window.find_bar.count_text().endswith(f"/{text.count('市委')}")


def test_the_find_bar_follows_the_speech_being_read(qtbot: QtBot, main_window: MainWindow) -> None:
    _trigger(main_window, ActionId.FIND)
    type_text(qtbot, main_window.find_bar.edit, WORD)
    main_window.open_speech(QUOTING_SPEECH)
    expected = _occurrences(main_window.current_speech().text, WORD)
    assert main_window.reader.marks(FIND_LAYER) == expected


def test_the_reader_menu_searches_the_library_for_the_words_selected(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    reader = main_window.reader
    text = main_window.current_speech().text
    start = text.index("效能")
    select_with_keys(reader, start, start + 2)
    menu = reader.build_context_menu(char_point(reader, start + 1))
    (search,) = [a for a in menu.actions() if a.objectName() == "action_search_library"]
    assert "action_concordance" in [action.objectName() for action in menu.actions()]
    dock = main_window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        search.trigger()
    assert dock.query_text() == "效能"
    assert dock.model.speech_counts()
    reader.setFocus()
    select_with_keys(reader, start, start)  # nothing selected: the menu offers no search
    plain = reader.build_context_menu(char_point(reader, start + 1))
    assert "action_search_library" not in [action.objectName() for action in plain.actions()]


def test_a_library_search_hit_opens_its_speech_there_marked(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    first = main_window.current_speech_id()
    _trigger(main_window, ActionId.SEARCH_LIBRARY)
    dock = main_window.search_dock()
    assert dock.isVisible()
    assert dock.query_box.lineEdit().hasFocus()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), "处处都是窗口")
    (speech_id, count), *_ = dock.model.speech_counts()
    assert speech_id != first
    group = dock.model.speech_index(speech_id)
    dock.view.expand(group)
    qtbot.waitUntil(lambda: dock.model.rowCount(group) == count)
    line = dock.model.index(0, Column.HIT, group)
    dock.view.scrollTo(line)
    qtbot.mouseClick(
        dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(line).center()
    )
    assert main_window.current_speech_id() == speech_id
    start = main_window.current_speech().text.index("处处都是窗口")
    assert main_window.reader.marks(FIND_LAYER) == [(start, start + len("处处都是窗口"))]
    assert main_window.reader.current_offset() <= start
    page = main_window.reader.viewport().height()
    assert page / 4 < line_top(main_window, start) < page / 2, "a third of the way down"
    close_window(main_window)
    assert main_window.settings.search_history[0] == "处处都是窗口"


def test_the_terms_panel_marks_a_formulation_in_the_reader(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    main_window.open_speech(QUOTING_SPEECH)
    _with_jieba(qtbot, main_window, ready_segmenter)
    with qtbot.waitSignal(main_window.terms_dock().terms_shown, timeout=30_000):
        _trigger(main_window, ActionId.SHOW_TERMS)
    dock = main_window.terms_dock()
    assert dock.isVisible()
    assert main_window.registry.action(ActionId.SHOW_TERMS).isChecked()
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(TermRole.TERM) == WORD)
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = _occurrences(main_window.current_speech().text, WORD)
    assert main_window.reader.marks(TERM_LAYER) == expected
    qtbot.mouseClick(dock.next_button, Qt.MouseButton.LeftButton)
    assert main_window.reader.marks(TERM_LAYER) == expected
    qtbot.mouseClick(dock.clear_button, Qt.MouseButton.LeftButton)
    assert main_window.reader.marks(TERM_LAYER) == []
    _trigger(main_window, ActionId.SHOW_TERMS)
    assert not dock.isVisible()
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)


def test_double_click_selects_a_jieba_word_whole_once_jieba_is_ready(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    main_window.open_speech(QUOTING_SPEECH)
    reader = main_window.reader
    start = main_window.current_speech().text.index(WORD)
    _with_jieba(qtbot, main_window, ready_segmenter)
    reader.scroll_to_offset(start)
    qtbot.mouseDClick(
        reader.viewport(), Qt.MouseButton.LeftButton, pos=char_point(reader, start + 2)
    )
    assert reader.selected_range() == (start, start + len(WORD))


def test_the_concordance_of_the_selection_opens_a_line_in_the_reader(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.open_speech(QUOTING_SPEECH)
    text = main_window.current_speech().text
    start = text.index(WORD)
    select_with_keys(main_window.reader, start, start + len(WORD))
    dialog = main_window.concordance_dialog()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        _trigger(main_window, ActionId.CONCORDANCE)
    assert dialog.isVisible()
    assert dialog.term_edit.text() == WORD
    rows = dialog.model.rowCount()
    assert rows > len(_occurrences(text, WORD))  # the whole library, not this speech only
    last = dialog.model.index(rows - 1, ConcordanceColumn.HIT)
    dialog.table.scrollTo(last)
    point = dialog.table.visualRect(last).center()
    with qtbot.waitSignal(dialog.open_hit_requested):
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    speech_id = last.data(ConcordanceRole.SPEECH_ID)
    offset = last.data(ConcordanceRole.START)
    assert main_window.current_speech_id() == speech_id
    assert main_window.reader.marks(FIND_LAYER) == [(offset, offset + len(WORD))]
    dialog.close()


def test_the_concordance_after_a_library_search_is_of_the_words_searched(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Search the library, then Ctrl+Shift+K with nothing selected: the dialog opened empty,
    and the words had to be typed a second time."""
    _trigger(main_window, ActionId.SEARCH_LIBRARY)
    dock = main_window.search_dock()
    type_text(qtbot, dock.query_box.lineEdit(), WORD)
    main_window.reader.setFocus()
    assert main_window.reader.selected_range() is None
    dialog = main_window.concordance_dialog()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        _trigger(main_window, ActionId.CONCORDANCE)
    assert dialog.term_edit.text() == WORD
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    dialog.close()


def test_a_dock_left_open_is_there_again_at_the_next_start(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _trigger(window, ActionId.SEARCH_LIBRARY)
    close_window(window)
    again = open_window()

    def shown() -> bool:
        dock = again.findChild(SearchDock, "search_dock")
        return dock is not None and dock.isVisible()

    qtbot.waitUntil(shown)


def test_the_terms_panel_first_shown_takes_half_the_right_column(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Not the sliver under the annotations pane: room for its list."""
    main_window.resize(1400, 860)
    annotations = main_window.ensure_annotations_dock()
    qtbot.waitUntil(annotations.isVisible)
    _trigger(main_window, ActionId.SHOW_TERMS)
    dock = main_window.terms_dock()
    qtbot.waitUntil(lambda: dock.isVisible() and dock.height() >= annotations.height() * 0.8)
    assert dock.height() >= 300


def test_enter_on_a_term_counts_its_characters_in_the_library_search(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """The panel counts whole words; Enter runs the substring search of the same speech."""
    main_window.open_speech(QUOTING_SPEECH)
    _with_jieba(qtbot, main_window, ready_segmenter)
    with qtbot.waitSignal(main_window.terms_dock().terms_shown, timeout=30_000):
        _trigger(main_window, ActionId.SHOW_TERMS)
    view = main_window.terms_dock().keyword_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(TermRole.TERM) == WORD)
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    search = main_window.search_dock()
    search.notes_box.setChecked(True)
    with qtbot.waitSignal(search.searched, timeout=10_000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    expected = _occurrences(main_window.current_speech().text, WORD)
    assert search.isVisible()
    assert search.query_text() == WORD
    assert search.scope().kind == "speech"
    assert not search.notes_box.isChecked()
    assert search.model.speech_counts() == [(QUOTING_SPEECH, len(expected))]
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)


def test_ctrl_f_finds_nothing_with_no_speech_open(qtbot: QtBot, main_window: MainWindow) -> None:
    find = main_window.registry.action(ActionId.FIND)
    main_window.open_find_bar()  # open while reading: it closes with the last speech
    collection = main_window.library_pane.proxy.index(0, 0)
    main_window.library_pane.tree.setCurrentIndex(collection)
    main_window.registry.action(ActionId.DELETE_COLLECTION).trigger()
    assert main_window.current_speech() is None
    assert not find.isEnabled()
    assert not main_window.find_bar.isVisible()
    main_window.reader.setFocus()
    qtbot.keyClick(main_window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.find_bar.isVisible()
    main_window.registry.action(ActionId.UNDO).trigger()  # the speech is back: so is Find
    assert find.isEnabled()


def test_the_terms_list_shows_eight_rows_on_a_laptop_screen_beside_the_annotations(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """At 1366×768, maximised (a taskbar and a title bar take some 70 px), with the annotations
    pane sharing the right column: the list is the panel's reason to be, not three rows."""
    main_window.resize(1366, 698)
    main_window.open_speech(QUOTING_SPEECH)
    annotations = main_window.ensure_annotations_dock()
    qtbot.waitUntil(annotations.isVisible)
    _with_jieba(qtbot, main_window, ready_segmenter)
    with qtbot.waitSignal(main_window.terms_dock().terms_shown, timeout=30_000):
        _trigger(main_window, ActionId.SHOW_TERMS)
    dock = main_window.terms_dock()
    view = dock.keyword_view
    assert view.model().rowCount() >= 10
    qtbot.waitUntil(lambda: dock.height() >= annotations.height() * 0.8)
    assert annotations.isVisible()
    assert main_window.dockWidgetArea(annotations) == main_window.dockWidgetArea(dock)
    assert view.viewport().height() >= 8 * view.rowHeight(0)
    # The whole library's status says more (what its lists cover, how many speeches hold the
    # keyword chosen): one line still, so eight rows still.
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.scope_box.setCurrentIndex(dock.scope_box.findData("library"))
    line = dock.status.fontMetrics().height()
    assert dock.status.height() < 2 * line  # "Terms of the 0 of 7 speeches… counted so far…"
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=30_000)
    first = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.waitUntil(lambda: "times in" in dock.status.full_text(), timeout=30_000)
    for shown in (view, dock.formulation_view):
        dock.tabs.setCurrentWidget(shown)
        qtbot.waitUntil(lambda shown=shown: shown.viewport().height() > 0)
        assert shown.viewport().height() >= 8 * shown.rowHeight(0)
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)


def test_the_annotations_list_keeps_two_rows_beside_the_terms_and_the_note_editor(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """All speeches listed, one chosen (its note editor open), the terms panel under them, on
    a laptop screen: the list still shows a speech's title and two annotations whole."""
    main_window.resize(1366, 698)
    main_window.open_speech(QUOTING_SPEECH)
    annotations = main_window.ensure_annotations_dock()
    qtbot.waitUntil(annotations.isVisible)
    highlight_word(qtbot, main_window, "效能革命", Qt.Key.Key_1)
    highlight_word(qtbot, main_window, "干部", Qt.Key.Key_2)
    _with_jieba(qtbot, main_window, ready_segmenter)
    with qtbot.waitSignal(main_window.terms_dock().terms_shown, timeout=30_000):
        _trigger(main_window, ActionId.SHOW_TERMS)
    annotations.set_all_speeches(True)
    view = annotations.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    group = view.model().index(0, 0)
    qtbot.waitUntil(lambda: view.model().rowCount(group) == 2)
    first = view.model().index(0, 0, group)
    view.setCurrentIndex(first)
    qtbot.waitUntil(annotations.editor.isVisible)
    needed = view.visualRect(group).height() + 2 * view.visualRect(first).height()
    editor = annotations.editor
    qtbot.waitUntil(lambda: editor.height() >= editor.minimumSizeHint().height())
    assert view.viewport().height() >= needed
    terms = main_window.terms_dock().keyword_view
    assert terms.viewport().height() >= 8 * terms.rowHeight(0), "the terms keep their rows"
    qtbot.waitUntil(lambda: not main_window.running_work(), timeout=30_000)


def test_a_speech_found_by_its_title_alone_opens_at_its_top(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """篇3's title stands apart from its text (the reader paints it over the text): the
    library search finds it by the title's words, and Enter on its row opens it at its top."""
    main_window.open_speech(1)
    _trigger(main_window, ActionId.SEARCH_LIBRARY)
    dock = main_window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), "文艺工作会议上的讲话")
    ((speech_id, count),) = dock.model.speech_counts()
    assert count == 0  # no line: the title is in no offset of the text
    row = dock.model.speech_index(speech_id)
    assert row.data().endswith("  (title)")
    assert not dock.model.hasChildren(row)
    assert summary_text(dock) == "In titles: 1"
    dock.view.setCurrentIndex(row)
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert main_window.current_speech_id() == speech_id
    assert main_window.current_speech().record.title == "在全市文艺工作会议上的讲话"
    bar = main_window.reader.verticalScrollBar()
    assert bar.value() == 0  # the title plate in sight
    bar.setValue(bar.maximum())  # read on, then choose the row again: back to the top
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert bar.value() == 0


def test_collections_of_one_title_are_told_apart_in_the_search_and_the_concordance(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    # A draft and its final version: the library tree names each with its file, but the
    # search results and the concordance named both "政府工作报告".
    title = "政府工作报告"
    with open_library(library_path, create=False, daily_backup=False) as library:
        for name in ("初稿.txt", "定稿.txt"):
            document = import_file(good_file(tmp_path, name, title))
            library.store.import_document(document, keep_duplicates=True)  # same words
    window = open_window()
    _trigger(window, ActionId.SEARCH_LIBRARY)
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), "狠抓落实")
    labels = {
        dock.model.speech_index(speech_id).data() for speech_id, _n in dock.model.speech_counts()
    }
    assert any("初稿.txt" in label for label in labels), labels
    assert any("定稿.txt" in label for label in labels), labels
    dialog = window.concordance_dialog()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        _trigger(window, ActionId.CONCORDANCE)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2, timeout=10_000)
    index = dialog.model.index
    names = {
        index(row, ConcordanceColumn.SPEECH).data(ConcordanceRole.NAME).title_first()
        for row in range(dialog.model.rowCount())
    }
    ours = {name for name in names if name.startswith(title)}
    assert ours == {f"{title} (初稿.txt)", f"{title} (定稿.txt)"}, names
    dialog.close()
