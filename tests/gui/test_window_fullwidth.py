"""The full-width punctuation option followed by the search results, the concordance and the
annotations list, as the reader follows it; what they copy stays the canonical text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.core.chinese.formulations import CollectionFormulation, FormulationKind
from desktop.core.importing import import_file
from desktop.core.storage.library import open_library
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.concordance_model import Column as ConcordanceColumn
from desktop.models.search_results_model import Column, Role
from desktop.models.terms_model import TermsTableModel
from tests.gui.conftest import WindowFactory, close_window
from tests.gui.language_fixtures import type_text
from tests.gui.painted import painted_texts
from tests.gui.window_helpers import highlight_word

# The concordance dialog is raised over the window; the offscreen platform only says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise")

SPEECH = (
    "全市提效工作会议讲话\n\n"
    "一、总体要求\n"
    "我们要抓住关键环节,确保𠮷祥如意,推进提效革新(试点)落到实处。\n"
    "二、工作安排\n"
    "全年完成2,000项任务,会议8:30开始,提效革新见成效!\n"
)
WORD = "提效革新"
QUOTE = "关键环节,确保𠮷祥如意"
FULL = str.maketrans(",!()", "，！（）")


@pytest.fixture
def window(open_window: WindowFactory, library_path: Path, tmp_path: Path) -> MainWindow:
    """The window on the sample library and a speech of half-width marks, that speech open."""
    path = tmp_path / "提效.txt"
    path.write_text(SPEECH, encoding="utf-8")
    with open_library(library_path, create=False, daily_backup=False) as library:
        library.store.import_document(import_file(path))
        speech_id = next(
            record.id
            for collection in library.store.collections()
            for record in library.store.speeches(collection.id)
            if "𠮷" in library.store.speech_text(record.id)
        )
    window = open_window()
    window.open_speech(speech_id)
    return window


def _toggle(window: MainWindow) -> None:
    window.registry.action(ActionId.FULLWIDTH_PUNCTUATION).trigger()


def _kwic_rows(window: MainWindow) -> list[QModelIndex]:
    """The line rows of the speech open, its hits in text order (every row's first column)."""
    model = window.search_dock().model
    speech = model.speech_index(window.current_speech_id())
    model.fetch_all(speech)
    return [model.index(row, 0, speech) for row in range(model.rowCount(speech))]


def _cells(index: QModelIndex) -> tuple[str, ...]:
    return tuple(index.siblingAtColumn(column).data() for column in Column)


def test_search_results_follow_the_option_and_copy_the_canonical_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), WORD)
    rows = _kwic_rows(window)
    text = window.current_speech().text
    before = [_cells(row) for row in rows]
    assert [cells[Column.HIT] for cells in before] == [WORD, WORD]
    first = before[0]
    assert "𠮷祥如意," in first[Column.LEFT]
    assert first[Column.RIGHT].startswith("(试点)")
    _toggle(window)
    after = [_cells(row) for row in rows]
    # Each cell keeps its length: the hit's column is the hit's characters, as the offsets say.
    for row, old, new in zip(rows, before, after, strict=True):
        assert [len(cell) for cell in new[1:]] == [len(cell) for cell in old[1:]]
        assert new[Column.HIT] == text[row.data(Role.START) : row.data(Role.END)]
    assert after[0][Column.LEFT] == first[Column.LEFT].translate(FULL)
    assert after[0][Column.RIGHT].startswith("（试点）")  # the mark next to the hit too
    assert after[0][Column.WHERE] == first[Column.WHERE]
    second = after[1]
    assert "2,000项任务，会议8:30开始，" in second[Column.LEFT], "numbers left alone"
    assert second[Column.RIGHT].startswith("见成效！")
    assert "，" in rows[0].siblingAtColumn(Column.LEFT).data(Qt.ItemDataRole.ToolTipRole)
    # Copy takes the canonical text, as the reader's Copy does.
    QGuiApplication.clipboard().clear()
    dock.view.setFocus()
    with qtbot.waitSignal(dock.table_export.copied, timeout=10_000):
        qtbot.keyClick(dock.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "𠮷祥如意,推进" in copied
    assert "，" not in copied.split(WORD, 1)[0].split("\n")[-1]
    _toggle(window)
    assert [_cells(row) for row in rows] == before


def test_a_search_dock_built_with_the_option_on_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    _toggle(window)
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), WORD)
    left = _kwic_rows(window)[0].siblingAtColumn(Column.LEFT).data()
    assert left.endswith("𠮷祥如意，推进")


def test_concordance_follows_the_option_and_copies_the_canonical_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    type_text(qtbot, window.search_dock().query_box.lineEdit(), WORD)
    dialog = window.concordance_dialog()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        window.registry.action(ActionId.CONCORDANCE).trigger()
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    left = model.index(0, ConcordanceColumn.LEFT)
    canonical = left.data()
    assert canonical.endswith("𠮷祥如意,推进")
    _toggle(window)
    assert left.data() == canonical.translate(FULL)
    assert model.index(0, ConcordanceColumn.RIGHT).data().startswith("（试点）")
    assert model.index(0, ConcordanceColumn.HIT).data() == WORD
    QGuiApplication.clipboard().clear()
    dialog.table.setFocus()
    dialog.table.selectAll()
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(QGuiApplication.clipboard().text()))
    copied = QGuiApplication.clipboard().text()
    assert "𠮷祥如意,推进" in copied
    assert "𠮷祥如意，" not in copied
    _toggle(window)
    assert left.data() == canonical
    dialog.close()


def test_annotations_list_follows_the_option_and_copies_the_canonical_quote(
    qtbot: QtBot, window: MainWindow
) -> None:
    annotation_id = highlight_word(qtbot, window, QUOTE, Qt.Key.Key_1)
    dock = window.ensure_annotations_dock()
    row = dock.proxy.mapFromSource(dock.model.index_of(annotation_id))
    assert row.isValid()
    qtbot.waitUntil(lambda: QUOTE in painted_texts(dock.view, row))
    _toggle(window)
    shown = QUOTE.translate(FULL)
    assert shown in painted_texts(dock.view, row)
    assert QUOTE not in painted_texts(dock.view, row)
    dock.view.scrollTo(row)
    dock.view.setCurrentIndex(row)
    QGuiApplication.clipboard().clear()
    dock.row_actions.copy.trigger()
    qtbot.waitUntil(lambda: bool(QGuiApplication.clipboard().text()))
    assert QUOTE in QGuiApplication.clipboard().text()
    assert shown not in QGuiApplication.clipboard().text()
    _toggle(window)
    assert QUOTE in painted_texts(dock.view, row)


def test_lists_built_at_the_next_start_follow_the_option_saved_on(
    qtbot: QtBot, window: MainWindow, open_window: WindowFactory
) -> None:
    annotation_id = highlight_word(qtbot, window, QUOTE, Qt.Key.Key_1)
    speech_id = window.current_speech_id()
    _toggle(window)
    close_window(window)
    again = open_window()
    assert again.registry.action(ActionId.FULLWIDTH_PUNCTUATION).isChecked()
    again.open_speech(speech_id)
    dock = again.ensure_annotations_dock()  # built after the first paint, the option restored
    qtbot.waitUntil(lambda: dock.model.index_of(annotation_id).isValid())
    row = dock.proxy.mapFromSource(dock.model.index_of(annotation_id))
    assert QUOTE.translate(FULL) in painted_texts(dock.view, row)
    again.registry.action(ActionId.SHOW_TERMS).trigger()
    (formulations,) = [
        model
        for model in again.terms_dock().findChildren(TermsTableModel)
        if model.headerData(0, Qt.Orientation.Horizontal) == "Formulation"
    ]
    formulations.set_entries(
        [CollectionFormulation("两集中,两到位", FormulationKind.QUOTED, 2, 2, 1, ())]
    )
    assert formulations.index(0, 0).data() == "两集中，两到位"
