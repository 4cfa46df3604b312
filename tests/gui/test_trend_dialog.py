"""Counts by year: from the terms panel's menu and the search panel's, rows as core counts them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.storage.library import open_library
from desktop.core.storage.speech_filter import SpeechFilter
from desktop.core.storage.term_trend import TermTrend, TrendBy, term_trend
from desktop.dialogs.concordance_dialog import ConcordanceDialog
from desktop.dialogs.trend_dialog import TrendDialog
from desktop.gui.actions import ActionId
from desktop.gui.i18n import Language, Translations
from desktop.gui.main_window import MainWindow
from desktop.gui.search_scope import ScopeKind, SearchScope
from desktop.gui.segmenter_service import SegmenterService
from desktop.gui.trend_delegate import bar_rect
from desktop.models.trend_model import Column, Role
from tests.core.storage.trend_library import TERM, make_trend_library
from tests.gui.access_keys import problems
from tests.gui.files import good_file
from tests.gui.language_fixtures import ready_segmenter, type_text  # noqa: F401 - fixture
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.search_helpers import summary_text
from tests.gui.terms_dock_fixtures import row_of
from tests.gui.window_helpers import right_click
from tests.gui.wrapped_counts import as_read

WORD = "效能革命"
SPEECH = 4  # 篇4 quotes “效能革命” all through

# The dialog is raised over the window, and menus pop up; the offscreen platform only says it
# cannot raise, grab or size them.
pytestmark = [
    MENU_ON_OFFSCREEN,
    pytest.mark.qt_log_ignore(
        "does not support raise", "does not support grabbing", "propagateSizeHints"
    ),
]


def _rows(dialog: TrendDialog) -> list[tuple[object, ...]]:
    model = dialog.model
    return [
        tuple(model.index(row, column).data() for column in Column)
        for row in range(model.rowCount())
    ]


def _expected(path: Path, query: str, by: TrendBy = TrendBy.YEAR) -> TermTrend:
    with open_library(path, create=False, daily_backup=False) as library, library.db.read() as conn:
        return term_trend(conn, query, by=by, speech_ids=library.store.live_speech_ids())


def _as_shown(found: TermTrend, none_label: str) -> list[tuple[object, ...]]:
    return [
        (row.key or none_label, row.occurrences, row.speeches, row.of_speeches)
        for row in found.rows
    ]


def test_the_terms_panels_menu_counts_a_term_by_year_and_by_speaker(
    qtbot: QtBot,
    main_window: MainWindow,
    ready_segmenter: Segmenter,  # noqa: F811
    menus: MenuSpy,
    library_path: Path,
) -> None:
    main_window.open_speech(SPEECH)
    service = SegmenterService(ready_segmenter, main_window)
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "ready"):
        main_window.start_segmenter(service)
    dock = main_window.terms_dock()
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        main_window.registry.action(ActionId.SHOW_TERMS).trigger()
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    cell = view.visualRect(view.model().index(row_of(view, WORD), 0)).center()
    menus.chosen = "terms_trend"
    with qtbot.waitSignal(dock.trend_requested):
        right_click(view.viewport(), cell)
    dialog = main_window._trend
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    expected = _expected(library_path, WORD)
    assert expected.occurrences > 0
    # The panel counted this speech's terms: a speech's counts would be one year's, so the
    # dialog counts the whole library.
    assert dialog.scope.scope() == SearchScope(ScopeKind.LIBRARY)
    assert _rows(dialog) == _as_shown(expected, "Undated")
    assert not dialog.busy.isVisible()
    assert WORD in dialog.windowTitle()
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        qtbot.mouseClick(dialog.by_speaker, Qt.MouseButton.LeftButton)
    by_speaker = _expected(library_path, WORD, TrendBy.SPEAKER)
    assert _rows(dialog) == _as_shown(by_speaker, "No speaker named")
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Speaker"
    dialog.close()


def test_the_search_panels_menu_counts_its_query_and_a_row_searches_it(
    qtbot: QtBot, main_window: MainWindow, menus: MenuSpy, library_path: Path
) -> None:
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    search = main_window.search_dock()
    with qtbot.waitSignal(search.searched, timeout=10_000):
        type_text(qtbot, search.query_box.lineEdit(), "效能 革命")
    menus.chosen = "search_trend"
    right_click(search.view.viewport(), QPoint(10, 10))
    assert "search_trend" in menus.opened[0][1]
    dialog = main_window._trend
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    assert _rows(dialog) == _as_shown(_expected(library_path, "效能 革命"), "Undated")
    # The occurrences add up to the search panel's own count of hits.
    outcome = search.model.outcome()
    assert outcome is not None
    assert sum(row[1] for row in _rows(dialog)) == outcome.result.text_total  # type: ignore[misc]
    with qtbot.waitSignal(search.searched, timeout=10_000):
        search.set_query("别的")
    # The row saying it most (the undated speeches): the panel searches theirs alone.
    rows = _rows(dialog)
    number = max(range(len(rows)), key=lambda row: rows[row][1])  # type: ignore[arg-type,return-value]
    assert rows[number][0] == "Undated"
    occurrences, speeches = rows[number][1:3]
    rect = dialog.table.visualRect(dialog.model.index(number, Column.KEY))
    with qtbot.waitSignal(search.searched, timeout=10_000):
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert search.query_text() == "效能 革命"
    assert search.scope().speech_filter == SpeechFilter(undated=True)
    assert search.filter_row.isVisible()
    assert search.filter_row.undated_box.isChecked()
    outcome = search.model.outcome()
    assert outcome is not None
    texts = outcome.result.speech_counts()  # the speeches whose titles alone hold it aside
    assert (outcome.result.text_total, len(texts)) == (occurrences, speeches)
    assert summary_text(search).startswith(f"undated: Hits: {occurrences} ·")
    assert dialog.note.isVisible()
    assert dialog.note.text() == (
        "The search panel shows “效能 革命” in the whole library, filtered (undated); "
        "its Clear shows every speech again."
    )
    assert "cannot keep" not in dialog.note.text()
    dialog.close()


def test_the_search_panel_offers_no_counts_while_it_searches_annotations_only(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The counts are of the speeches' texts: beside notes-only hits they answered another question.
    main_window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    search = main_window.search_dock()
    with qtbot.waitSignal(search.searched, timeout=10_000):
        type_text(qtbot, search.query_box.lineEdit(), "效能")
    actions = search.view.actions()
    (action,) = [a for a in actions if a.objectName() == "search_trend"]
    assert actions[actions.index(action) + 1].isSeparator(), "apart from Copy Table"
    assert action.isEnabled()
    qtbot.mouseClick(search.notes_box, Qt.MouseButton.LeftButton)
    assert search.notes_box.isChecked()
    assert not action.isEnabled()
    qtbot.mouseClick(search.notes_box, Qt.MouseButton.LeftButton)
    assert action.isEnabled()


@pytest.fixture
def trend_path(tmp_path: Path) -> Path:
    """A library of dated and undated speeches by two speakers (tests.core.storage)."""
    path = tmp_path / "trend" / "library.sqlite"
    library, _first, _second = make_trend_library(path)
    library.close()
    return path


@pytest.fixture
def dialog(qtbot: QtBot, trend_path: Path) -> Iterator[TrendDialog]:
    shown = TrendDialog(trend_path)
    qtbot.addWidget(shown)
    yield shown
    shown.shutdown()
    assert shown.running_work() == []


def test_rows_copy_as_a_table_with_the_undated_named(
    qtbot: QtBot, dialog: TrendDialog, trend_path: Path
) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM)
    assert _rows(dialog) == [
        ("2018", 3, 2, 2),
        ("2019", 0, 0, 1),
        ("2020", 3, 1, 1),
        ("Undated", 1, 1, 3),
    ]
    shares = [dialog.model.index(row, Column.OCCURRENCES).data(Role.SHARE) for row in range(4)]
    assert shares == [1.0, 0.0, 1.0, pytest.approx(1 / 3)]
    assert as_read(dialog.summary).startswith("Occurrences: 7 · Speeches: 4")
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(dialog.table_export.copied):
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == ["Year", "Occurrences", "Speeches", "All speeches"]
    assert lines[-1].split("\t") == ["Undated", "1", "1", "3"]
    table = dialog.export_table()
    assert table.header == ("year", "occurrences", "speeches", "all_speeches")


def test_a_collection_scope_is_kept_and_a_bad_query_is_explained(
    qtbot: QtBot, dialog: TrendDialog, trend_path: Path
) -> None:
    with open_library(trend_path, create=False, daily_backup=False) as library:
        collections = [(c.id, c.title) for c in library.store.collections()]
    dialog.set_collections(collections)
    second = collections[1][0]
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM, SearchScope(ScopeKind.COLLECTION, second))
    assert _rows(dialog) == [("Undated", 0, 0, 2)]  # in a title only: not counted
    assert as_read(dialog.summary) == "Not found in the texts of these speeches."
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.term_edit.setText('"unclosed')
        qtbot.keyClick(dialog.term_edit, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 0
    assert "quotation mark" in as_read(dialog.summary)
    assert not dialog.copy_button.isEnabled()


def test_closing_while_counting_cancels(qtbot: QtBot, dialog: TrendDialog) -> None:
    dialog.show_term(TERM)
    assert dialog.busy.isVisible()
    assert dialog.running_work() == ["trend"]
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.worker.is_busy(), timeout=10_000)
    assert dialog.model.rowCount() == 0
    assert not dialog.busy.isVisible()


def test_a_bar_fills_the_room_the_number_leaves_in_proportion() -> None:
    from PySide6.QtCore import QRect

    cell = QRect(0, 0, 200, 24)
    full, half = bar_rect(cell, 20, 1.0), bar_rect(cell, 20, 0.5)
    assert full.right() < 200 - 20  # clear of the number
    assert half.width() == pytest.approx(full.width() / 2, abs=1)
    assert bar_rect(cell, 20, 0.001).width() == 1  # a row with any occurrence shows a bar


def _texts_with_keys(dialog: TrendDialog) -> list[str]:
    widgets = (dialog.term_label, dialog.scope_label, dialog.run_button, dialog.by_year)
    buttons = (dialog.by_speaker, dialog.copy_button, dialog.export_button)
    return [widget.text() for widget in (*widgets, *buttons, dialog.close_button)]


def test_the_dialog_reads_in_chinese_each_control_with_its_own_key(
    qtbot: QtBot, qapp: QApplication, dialog: TrendDialog, tmp_path: Path
) -> None:
    assert problems("trend dialog", _texts_with_keys(dialog)) == []
    saved = QLocale()
    translations = Translations(qapp, cache=tmp_path / "cache")
    try:
        with qtbot.waitSignal(dialog.shown, timeout=10_000):
            dialog.show_term(TERM)
        assert translations.apply("zh_CN") == Language.CHINESE
        qtbot.waitUntil(lambda: dialog.by_year.text() == "按年份(&A)")
        assert problems("趋势对话框", _texts_with_keys(dialog)) == []
        assert dialog.model.index(3, Column.KEY).data() == "未注明日期"
        assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "年份"
        assert dialog.windowTitle().startswith(f"“{TERM}”")
        assert "出现 7 次" in as_read(dialog.summary)
    finally:
        translations.remove()
        QLocale.setDefault(saved)


def test_the_scope_box_follows_the_librarys_collections(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.show_trend_of(WORD, None)
    dialog = main_window._trend
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.worker.is_busy(), timeout=10_000)
    before = dialog.scope_box.count()
    with qtbot.waitSignal(main_window.import_finished, timeout=30_000):
        main_window.import_files([good_file(tmp_path, title="新导入的讲话")])
    assert dialog.scope_box.count() == before + 1
    assert dialog.scope_box.currentIndex() == 0  # the whole library, as chosen
    dialog.close()


@pytest.mark.parametrize("kind", [TrendDialog, ConcordanceDialog])
def test_a_long_collection_name_leaves_the_term_box_its_room(
    qtbot: QtBot, trend_path: Path, kind: type[TrendDialog | ConcordanceDialog]
) -> None:
    # The scope box grows to its longest name: the term box beside it showed four characters.
    shown = kind(trend_path)
    qtbot.addWidget(shown)
    long_name = "在全市“效能革命”工作会上的讲话（精选7篇）暨机关作风建设年活动动员大会材料汇编"
    shown.set_collections([(1, long_name)])
    shown.show()
    qtbot.waitExposed(shown)
    shown.term_edit.setText("全面深化改革开放")
    metrics = shown.term_edit.fontMetrics()
    assert shown.term_edit.width() >= metrics.horizontalAdvance("国" * 10)
    shown.shutdown()


def test_while_it_counts_again_the_last_counts_neither_copy_nor_search(
    qtbot: QtBot, dialog: TrendDialog
) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM)
    assert dialog.copy_button.isEnabled()
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, Column.KEY))
    dialog.show_term("发展")  # the rows are still 高质量发展's until the new counts come
    assert dialog.worker.is_busy()
    assert not dialog.copy_button.isEnabled()
    assert not dialog.export_button.isEnabled()
    assert not dialog.table_export.copy_action.isEnabled()
    searched: list[object] = []
    dialog.search_requested.connect(lambda *args: searched.append(args))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert searched == []
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        pass
    assert dialog.copy_button.isEnabled()
    dialog.table.setCurrentIndex(dialog.model.index(0, Column.KEY))  # the new rows'
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert searched == [("发展", "library", None, SpeechFilter(2018, 2018))]


def test_a_language_change_while_it_counts_keeps_saying_so(
    qtbot: QtBot, dialog: TrendDialog
) -> None:
    from PySide6.QtCore import QEvent

    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM)
    dialog.show_term("发展")
    assert dialog.worker.is_busy()
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))  # as the switch posts
    assert as_read(dialog.summary) == "Counting…"  # not the last term's counts
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        pass
    assert as_read(dialog.summary).startswith("Occurrences:")


def test_counts_and_lines_shown_follow_an_import(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    # Shown before an import (or a restore, which drops the job under way), they stayed as
    # they were, "Counting…" for good after a restore.
    main_window.show_trend_of(WORD, None)
    main_window.show_concordance_of(WORD, None)
    trend, concordance = main_window._trend, main_window._concordance
    assert trend is not None
    assert concordance is not None
    qtbot.waitUntil(lambda: not (trend.worker.is_busy() or concordance.worker.is_busy()))
    occurrences = sum(row[1] for row in _rows(trend))  # type: ignore[misc]
    lines = concordance.model.rowCount()
    speech = tmp_path / "新讲话.txt"
    paragraph = "推进效能革命，效能革命要见实效，把效能革命落到实处。"
    speech.write_text(f"在全市效能建设大会上的讲话\n\n同志们：\n\n{paragraph}\n", encoding="utf-8")
    with qtbot.waitSignal(main_window.import_finished, timeout=30_000):
        main_window.import_files([speech])
    qtbot.waitUntil(lambda: sum(row[1] for row in _rows(trend)) == occurrences + 3)  # type: ignore[misc]
    qtbot.waitUntil(lambda: concordance.model.rowCount() == lines + 3)
    assert not trend.busy.isVisible()
    trend.close()
    concordance.close()


def test_the_summary_tells_the_key_that_searches_a_row_and_enter_does(
    qtbot: QtBot, dialog: TrendDialog
) -> None:
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term(TERM)
    assert "Enter" in as_read(dialog.summary)  # not only a double-click: the keyboard too
    dialog.show()
    dialog.activateWindow()
    dialog.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.table.hasFocus)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))  # 2018, with occurrences
    with qtbot.waitSignal(dialog.search_requested) as asked:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert asked.args[0] == TERM
