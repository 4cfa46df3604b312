"""The full-width punctuation option followed where a speech's title or words are shown beside
the page: the tree, the window's title, the breadcrumb, the search and concordance speech
names, the annotations' group headings, tooltips, spoken texts and "Originally marked" line,
and the terms panel's status line. What is stored, renamed, copied and searched keeps them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.importing import import_file
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.segmenter_service import SegmenterService
from desktop.models.annotation_roles import Role as AnnotationRole
from desktop.models.concordance_model import Column as ConcordanceColumn
from desktop.models.concordance_model import Role as ConcordanceRole
from desktop.models.terms_model import Role as TermRole
from tests.gui.conftest import WindowFactory
from tests.gui.language_fixtures import ready_segmenter, type_text  # noqa: F401 - fixture
from tests.gui.painted import painted_texts
from tests.gui.window_helpers import highlight_word, tree_row, type_chinese

# The concordance dialog is raised over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")

TITLE = "全市提效工作会议讲话(讨论稿)"
SHOWN_TITLE = "全市提效工作会议讲话（讨论稿）"
SPEECH = (
    f"{TITLE}\n\n"
    "一、总体要求\n"
    "我们要抓住关键环节,确保𠮷祥如意,推进提效革新(试点)落到实处。\n"
    "坚持“两集中(两到位)”,提效革新见成效!\n"
)
WORD = "提效革新"
QUOTE = "关键环节,确保𠮷祥如意"
SHOWN_QUOTE = "关键环节，确保𠮷祥如意"
FORMULATION = "两集中(两到位)"


@pytest.fixture
def window(open_window: WindowFactory, library_path: Path, tmp_path: Path) -> MainWindow:
    """The window on the sample library and a speech titled with half-width marks, open."""
    path = tmp_path / "提效.txt"
    path.write_text(SPEECH, encoding="utf-8")
    with open_library(library_path, create=False, daily_backup=False) as library:
        library.store.import_document(import_file(path))
        speech_id = next(
            record.id
            for collection in library.store.collections()
            for record in library.store.speeches(collection.id)
            if record.title == TITLE
        )
    window = open_window()
    window.open_speech(speech_id)
    return window


def _toggle(window: MainWindow) -> None:
    window.registry.action(ActionId.FULLWIDTH_PUNCTUATION).trigger()


def test_the_tree_shows_titles_as_the_page_and_renames_the_stored_one(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    speech = tree_row(window, window.current_speech_id())
    collection = speech.parent()
    assert speech.data() == TITLE
    _toggle(window)
    assert speech.data() == SHOWN_TITLE, "the speech's title, as its first line on the page"
    assert collection.data() == SHOWN_TITLE, "its collection's (the file's title)"
    assert SHOWN_TITLE in speech.data(Qt.ItemDataRole.ToolTipRole)
    assert speech.data(Qt.ItemDataRole.EditRole) == TITLE
    # Rename offers the title as stored: the option never writes full-width marks into it.
    asked: list[str] = []
    pane = window.library_pane
    monkeypatch.setattr(pane, "ask_title", lambda _p, _l, current: asked.append(current))
    pane.tree.scrollTo(speech)
    menu = pane.build_context_menu(pane.tree.visualRect(speech).center())
    assert menu is not None
    name = f"action_{ActionId.RENAME.name.lower()}"
    (rename,) = [action for action in menu.actions() if action.objectName() == name]
    rename.trigger()
    assert asked == [TITLE]
    _toggle(window)
    assert speech.data() == TITLE


def test_the_window_title_and_breadcrumb_follow_the_option(window: MainWindow) -> None:
    assert window.windowTitle().startswith(TITLE)
    assert window.breadcrumb.buttons[0].text() == TITLE
    _toggle(window)
    assert window.windowTitle().startswith(SHOWN_TITLE)
    assert window.breadcrumb.buttons[0].text() == SHOWN_TITLE
    _toggle(window)
    assert window.windowTitle().startswith(TITLE)
    assert window.breadcrumb.buttons[0].text() == TITLE


def _search(qtbot: QtBot, window: MainWindow) -> QModelIndex:
    """Search the library for ``WORD``: the row of the speech open."""
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), WORD)
    return dock.model.speech_index(window.current_speech_id())


def test_search_speech_rows_and_concordance_names_follow_the_option(
    qtbot: QtBot, window: MainWindow
) -> None:
    row = _search(qtbot, window)
    assert row.data().startswith(f"{TITLE}  (")
    dialog = window.concordance_dialog()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        window.registry.action(ActionId.CONCORDANCE).trigger()
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    name = model.index(0, ConcordanceColumn.SPEECH)
    assert name.data() == TITLE
    _toggle(window)
    assert row.data().startswith(f"{SHOWN_TITLE}  (")
    assert row.data(Qt.ItemDataRole.ToolTipRole).startswith(SHOWN_TITLE)
    assert name.data() == SHOWN_TITLE
    assert name.data(ConcordanceRole.NAME).title == SHOWN_TITLE  # its cell elides this
    assert model.titles() == {window.current_speech_id(): TITLE}, "what a copy or export names"
    _toggle(window)
    assert row.data().startswith(f"{TITLE}  (")
    assert name.data() == TITLE
    dialog.close()


def test_annotations_heading_tooltip_spoken_text_and_marked_words_follow_the_option(
    qtbot: QtBot, window: MainWindow
) -> None:
    annotation_id = highlight_word(qtbot, window, QUOTE, Qt.Key.Key_1)
    dock = window.ensure_annotations_dock()
    dock.set_all_speeches(True)
    proxy = dock.proxy

    def heading() -> QModelIndex:
        found = [proxy.index(r, 0) for r in range(proxy.rowCount())]
        speech_id = window.current_speech_id()
        mine = (index for index in found if index.data(AnnotationRole.SPEECH_ID) == speech_id)
        return next(mine, QModelIndex())

    qtbot.waitUntil(lambda: heading().isValid(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.running_work(), timeout=10_000)
    # Its words changed since they were marked (a re-import re-anchored it): as the dock hears.
    annotation = dock.model.index_of(annotation_id).data(AnnotationRole.ANNOTATION)
    dock.update_annotation(replace(annotation, marked_quote="关键环节,确保吉祥如意"))
    row = proxy.mapFromSource(dock.model.index_of(annotation_id))
    dock.view.scrollTo(row)
    qtbot.mouseClick(
        dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(row).center()
    )
    label = dock.editor.marked_quote_label
    qtbot.waitUntil(lambda: "关键环节,确保吉祥如意" in label.text())
    _toggle(window)
    assert any(SHOWN_TITLE in text for text in painted_texts(dock.view, heading()))
    assert SHOWN_QUOTE in row.data(Qt.ItemDataRole.ToolTipRole)
    assert "关键环节，确保吉祥如意" in row.data(Qt.ItemDataRole.ToolTipRole)
    spoken = row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert SHOWN_QUOTE in spoken
    assert "关键环节，确保吉祥如意" in spoken
    assert "关键环节，确保吉祥如意" in label.text()
    assert row.data(AnnotationRole.QUOTE) == QUOTE, "the data a copy takes"
    _toggle(window)
    assert QUOTE in row.data(Qt.ItemDataRole.ToolTipRole)
    assert "关键环节,确保吉祥如意" in label.text()
    assert not any(SHOWN_TITLE in text for text in painted_texts(dock.view, heading()))


def test_the_terms_status_line_names_the_term_as_the_list_shows_it(
    qtbot: QtBot,
    window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    service = SegmenterService(ready_segmenter, window)
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "ready"):
        window.start_segmenter(service)
    with qtbot.waitSignal(window.terms_dock().terms_shown, timeout=30_000):
        window.registry.action(ActionId.SHOW_TERMS).trigger()
    dock = window.terms_dock()
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(TermRole.TERM)]
    row = next(r for r in rows if model.index(r, 0).data(TermRole.TERM) == FORMULATION)
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert f"“{FORMULATION}”" in dock.status.full_text()
    _toggle(window)
    assert "“两集中（两到位）”" in dock.status.full_text()
    assert dock.chosen_term() == FORMULATION, "what is marked and searched"
    _toggle(window)
    assert f"“{FORMULATION}”" in dock.status.full_text()
    qtbot.waitUntil(lambda: not window.running_work(), timeout=30_000)


def test_the_tree_s_filter_marks_titles_holding_the_words_typed(
    qtbot: QtBot, window: MainWindow
) -> None:
    _toggle(window)
    pane = window.library_pane
    with qtbot.waitSignal(pane.tree_filter.applied):
        type_chinese(pane.filter_edit, "(讨论稿)")  # as stored, as the filter reads it
    speech = tree_row(window, window.current_speech_id())
    assert speech.data() == SHOWN_TITLE
    assert pane.proxy.is_match(speech)


def test_an_orphan_s_lost_words_follow_the_option(qtbot: QtBot, window: MainWindow) -> None:
    annotation_id = highlight_word(qtbot, window, QUOTE, Qt.Key.Key_1)
    dock = window.ensure_annotations_dock()
    qtbot.waitUntil(lambda: dock.model.index_of(annotation_id).isValid())
    # Its passage was not found after its text changed: as the dock hears of it.
    annotation = dock.model.index_of(annotation_id).data(AnnotationRole.ANNOTATION)
    dock.update_annotation(replace(annotation, state=AnchorState.ORPHANED))
    row = dock.proxy.mapFromSource(dock.model.index_of(annotation_id))
    dock.view.scrollTo(row)
    qtbot.mouseClick(
        dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(row).center()
    )
    panel = dock.orphan_panel
    qtbot.waitUntil(lambda: panel.quote_text == QUOTE)
    _toggle(window)
    assert panel.quote_text == SHOWN_QUOTE
    _toggle(window)
    assert panel.quote_text == QUOTE


def test_a_group_heading_s_own_brackets_stay_the_language_s_in_english(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    """Two files of one title: the English heading adds the file's name in its brackets; the
    titles in it are shown full-width before the label is made, not the label made of them."""
    with open_library(library_path, create=False, daily_backup=False) as library:
        for name in ("初稿.txt", "定稿.txt"):
            path = tmp_path / name
            path.write_text(SPEECH, encoding="utf-8")
            report = library.store.import_document(import_file(path), keep_duplicates=True)
        speech_id = library.store.speeches(report.collection_id)[0].id
    window = open_window()
    window.open_speech(speech_id)
    dock = window.ensure_annotations_dock()
    dock.set_all_speeches(True)
    highlight_word(qtbot, window, QUOTE, Qt.Key.Key_1)
    proxy = dock.proxy

    def heading() -> QModelIndex:
        found = [proxy.index(r, 0) for r in range(proxy.rowCount())]
        return next((index for index in found if ".txt" in (index.data() or "")), QModelIndex())

    qtbot.waitUntil(lambda: heading().isValid(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.running_work(), timeout=10_000)
    assert heading().data() == f"{TITLE} (定稿.txt)"
    _toggle(window)
    shown = f"{SHOWN_TITLE} (定稿.txt)"
    assert heading().data() == shown
    assert shown in painted_texts(dock.view, heading())
    dock.set_all_speeches(False)  # and back: the worker reads them with the option on
    dock.set_all_speeches(True)
    qtbot.waitUntil(lambda: heading().isValid(), timeout=10_000)
    qtbot.waitUntil(lambda: not window.running_work(), timeout=10_000)
    assert heading().data() == shown
    _toggle(window)
    assert heading().data() == f"{TITLE} (定稿.txt)"


def test_the_trash_names_titles_and_passages_as_the_page_shows_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    annotation_id = highlight_word(qtbot, window, QUOTE, Qt.Key.Key_1)
    window.session.delete_annotation(annotation_id)
    _toggle(window)
    dialog = window.show_trash()
    (row,) = dialog.rows()
    assert row.title == SHOWN_QUOTE
    assert row.detail.endswith(SHOWN_TITLE), "its speech, named as the tree names it"
    dialog.reject()
    window.session.trash_collection(window.current_speech().record.collection_id)
    window.show_trash()
    titles = [row.title for row in dialog.rows() if row.kind == "collection"]
    assert titles == [SHOWN_TITLE]
    dialog.reject()
    _toggle(window)
    window.show_trash()
    assert [row.title for row in dialog.rows() if row.kind == "collection"] == [TITLE]
    dialog.select_all()
    dialog.restore_button.click()
    assert window.session.speech(window.current_speech_id()).title == TITLE, "as stored"


def test_the_export_dialog_names_the_speech_and_collection_as_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    _toggle(window)
    window.registry.action(ActionId.EXPORT).trigger()
    dialog = window.export_dialog
    assert dialog is not None
    named = [button.text() for button in dialog.ui.scope_buttons.values()]
    assert any(SHOWN_TITLE in text for text in named)
    assert not any(TITLE in text for text in named)
    assert TITLE in dialog.ui.destination.text(), "the file is named by the stored title"
    dialog.close()


def test_compare_with_names_titles_as_the_page_shows_them(qtbot: QtBot, window: MainWindow) -> None:
    from desktop.dialogs.speech_chooser import SpeechChooser
    from desktop.gui.compare_window import CompareWindow

    ours = window.current_speech_id()
    _toggle(window)
    window.registry.action(ActionId.COMPARE_WITH).trigger()
    chooser = window.findChild(SpeechChooser)
    assert isinstance(chooser, SpeechChooser)
    assert any(SHOWN_TITLE in label.text() for label in chooser.findChildren(QLabel))
    chooser.reject()
    qtbot.waitUntil(lambda: window.findChild(SpeechChooser) is None)
    collection = window.session.collections()[0]
    window.open_speech(window.session.speeches(collection.id)[0].id)
    assert window.current_speech_id() != ours
    window.registry.action(ActionId.COMPARE_WITH).trigger()
    chooser = window.findChild(SpeechChooser)
    assert isinstance(chooser, SpeechChooser)
    qtbot.waitUntil(lambda: chooser.model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(chooser.model.modelReset):
        type_chinese(chooser.filter_edit, "（讨论稿）")  # as shown: the filter folds width
    rows = [chooser.model.index(r, 0) for r in range(chooser.model.rowCount())]
    assert rows, "found by the title as shown"
    assert all(SHOWN_TITLE in (index.data() or "") for index in rows)
    with qtbot.waitSignal(chooser.speech_chosen):
        qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Return)
    compare = window.findChild(CompareWindow)
    assert isinstance(compare, CompareWindow)
    assert compare.speeches[0] == ours, "chosen: on the left, as the older text"
    assert SHOWN_TITLE in compare.old_title.text()
    assert SHOWN_TITLE in compare.windowTitle()
    assert SHOWN_TITLE in compare.swap_action.statusTip(), "what the status bar says of Swap"
    _toggle(window)
    assert TITLE in compare.old_title.text()
    assert TITLE in compare.windowTitle()
    assert TITLE in compare.swap_action.statusTip()
    compare.close()
