"""The terms panel: loading message, keywords and 提法 of a speech, marking a chosen entry,
the requests it makes (concordance, counting characters) and its layout in a narrow dock."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.storage.library import Library, open_library
from desktop.gui.i18n import Language
from desktop.gui.search_jobs import ScopeKind, SearchScope
from desktop.gui.terms_dock import TermsDock
from desktop.models.terms_model import Role
from tests.gui.access_keys import problems
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    ready_segmenter,
    sample_library,
    sample_template,
)
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.terms_dock_fixtures import SPEECH, dock, ready_terms, row_of
from tests.gui.ui_languages import ui_language  # noqa: F401 - fixture

__all__ = ["dock"]  # the fixture

ROOT = Path(__file__).resolve().parents[2]


def test_until_jieba_is_ready_the_panel_says_it_is_loading(dock: TermsDock) -> None:
    dock.set_current_speech(SPEECH, 1)
    assert dock.status.full_text() == "Loading the word dictionary…"
    assert dock.keywords.rowCount() == 0


def test_keywords_and_formulations_of_the_speech(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    words = [entry.word for entry in dock.keywords.entries()]
    assert "效能革命" in words[:3]
    formulations = {entry.text: entry for entry in dock.formulations.entries()}
    assert formulations["效能革命"].quoted > 0
    assert "三个代表" in formulations


def test_choosing_an_entry_marks_its_occurrences_and_steps_through_them(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    sample_library: Library,  # noqa: F811
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    index = view.model().index(row_of(view, "效能革命"), 0)
    rect = view.visualRect(index)
    with qtbot.waitSignal(dock.marks_requested) as marked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ranges, current = marked.args
    text = sample_library.store.speech_text(SPEECH)
    expected = [(i, i + 4) for i in range(len(text)) if text.startswith("效能革命", i)]
    assert ranges == expected
    assert current == -1
    with qtbot.waitSignal(dock.marks_requested) as stepped:
        qtbot.mouseClick(dock.next_button, Qt.MouseButton.LeftButton)
    assert stepped.args == [expected, 0]
    with qtbot.waitSignal(dock.marks_requested) as back:
        qtbot.mouseClick(dock.previous_button, Qt.MouseButton.LeftButton)
    assert back.args == [expected, len(expected) - 1]
    assert dock.step_label.text() == f"{len(expected)}/{len(expected)}"


def test_the_arrow_keys_mark_the_term_they_move_to(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    sample_library: Library,  # noqa: F811
) -> None:
    """The keyboard's way to mark a term: moving to it, as a click does; only Enter did, and it
    searched the library too. The arrows of the panel then step through it."""
    ready_terms(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(0, 0)).center(),
    )
    qtbot.waitUntil(view.hasFocus)
    second = view.model().index(1, 0)
    with (
        qtbot.assertNotEmitted(dock.substring_search_requested),
        qtbot.waitSignal(dock.marks_requested) as marked,
    ):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    term = second.data(Role.TERM)
    assert dock.chosen_term() == term
    ranges, current = marked.args
    places = [(start, end) for source, start, end in second.data(Role.OCCURRENCES)]
    assert ranges == places
    text = sample_library.store.speech_text(SPEECH)
    assert {text[start:end] for start, end in ranges} >= {term}
    assert current == -1
    assert dock.step_label.text() == f"0/{len(ranges)}"
    assert dock.next_button.isEnabled()


def test_a_collection_steps_into_the_next_speech(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.scope_box.setCurrentIndex(1)
    view = dock.keyword_view
    index = view.model().index(row_of(view, "效能革命"), 0)
    view.clicked.emit(index)
    occurrences = index.data(Role.OCCURRENCES)
    elsewhere = next(i for i, (source, _s, _e) in enumerate(occurrences) if source != SPEECH)
    for _ in range(elsewhere - 1):
        dock.next_occurrence()
    with qtbot.waitSignal(dock.open_hit_requested) as opened:
        dock.next_occurrence()
    assert opened.args == list(occurrences[elsewhere])


def test_a_term_the_new_scope_lacks_leaves_no_arrows_nor_count(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """A formulation of the collection chosen, then the scope narrowed to a speech without it:
    the count stayed ("0/3") and the arrows enabled, stepping nowhere, under "Click a term"."""
    ready_terms(qtbot, dock, ready_segmenter)
    in_speech = {entry.text for entry in dock.formulations.entries()}
    dock.scope_box.setFocus()
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        qtbot.keyClick(dock.scope_box, Qt.Key.Key_Down)  # its collection
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    term = next(e.text for e in dock.formulations.entries() if e.text not in in_speech)
    rect = view.visualRect(view.model().index(row_of(view, term), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.chosen_term() == term
    assert dock.step_label.text().startswith("0/")
    with qtbot.waitSignal(dock.clear_marks_requested, timeout=30_000):
        qtbot.keyClick(dock.scope_box, Qt.Key.Key_Up)  # back to the speech
    qtbot.waitUntil(lambda: dock.scope_box.currentIndex() == 0 and not dock.running_work())
    assert dock.chosen_term() is None
    assert dock.step_label.text() == ""
    assert not dock.next_button.isEnabled()
    assert not dock.previous_button.isEnabled()


def test_the_entry_menu_asks_for_a_concordance(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    menu = dock.entry_menu("效能革命")
    with qtbot.waitSignal(dock.concordance_requested) as asked:
        menu.actions()[0].trigger()
    assert asked.args == ["效能革命", SearchScope(ScopeKind.SPEECH, SPEECH)]


def test_every_entry_of_the_entry_menu_has_its_own_access_key(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """As in every other menu, each item is reached by a letter once the menu is open."""
    ready_terms(qtbot, dock, ready_segmenter)
    menu = dock.entry_menu("效能革命")
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert len(texts) == 5
    assert problems("terms entry menu", texts) == []


def test_the_panel_says_it_counts_whole_words(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    for view in (dock.keyword_view, dock.formulation_view):
        model = view.model()
        assert model.headerData(1, Qt.Orientation.Horizontal) == "Whole words"
        tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "whole word" in tip
        assert "find bar" in tip
        assert "concordance" in tip, "its count (818) differs from the panel's (620) too"
    assert not dock.hint.isVisibleTo(dock), "folded: its lines would cost rows of the list"
    assert dock.hint_button.toolTip() == dock.hint.text()
    qtbot.mouseClick(dock.hint_button, Qt.MouseButton.LeftButton)
    assert dock.hint.isVisibleTo(dock)
    assert "whole words" in dock.hint.text()
    assert "concordance" in dock.hint.text()


@pytest.mark.parametrize(("scope_row", "collection"), [(0, None), (1, 1)])
def test_enter_on_a_term_asks_to_count_its_characters_in_the_same_scope(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    scope_row: int,
    collection: int | None,
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    if scope_row:
        with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
            dock.scope_box.setCurrentIndex(scope_row)
    view = dock.keyword_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(row_of(view, "效能革命"), 0))
    with qtbot.waitSignal(dock.substring_search_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    kind = "collection" if collection else "speech"
    assert asked.args == ["效能革命", kind, collection if collection else SPEECH]


def test_double_clicking_a_formulation_asks_to_count_its_characters(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    rect = view.visualRect(view.model().index(row_of(view, "效能革命"), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dock.substring_search_requested) as asked:
        # A double-click's second press: the view acts on the item the first one pressed.
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == ["效能革命", "speech", SPEECH]


@MENU_ON_OFFSCREEN
@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ],
)
@pytest.mark.parametrize("tab", [0, 1])
def test_the_menu_key_opens_the_current_entrys_menu_at_its_row(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    menus: MenuSpy,
    tab: int,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
) -> None:
    ready_terms(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(tab)
    view = (dock.keyword_view, dock.formulation_view)[tab]
    row = view.model().index(row_of(view, "效能革命"), 0)
    view.setFocus()
    view.setCurrentIndex(row)  # as the arrow keys make it current: its marks shown
    qtbot.waitUntil(lambda: dock.chosen_term() == "效能革命")
    menus.chosen = "terms_concordance"
    # Laid out as a user finds it: the status's second line, set last, moves the list down.
    dock.widget().layout().activate()
    with qtbot.waitSignal(dock.concordance_requested) as asked:
        qtbot.keyClick(view, key, modifiers)
    assert asked.args == ["效能革命", SearchScope(ScopeKind.SPEECH, SPEECH)]
    ((point, names),) = menus.opened
    assert names == [
        *("terms_concordance", "terms_search", "terms_trend", "terms_clear_marks"),
        *("table_copy", "table_export"),
    ]
    rect = view.visualRect(row)
    assert view.viewport().mapToGlobal(rect.topLeft()).y() <= point.y()
    assert point.y() <= view.viewport().mapToGlobal(rect.bottomLeft()).y()


def test_the_hint_reads_across_the_panel_above_its_buttons(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """At 1366 wide the right dock is narrow: the hint must not be a column beside buttons."""
    ready_terms(qtbot, dock, ready_segmenter)
    dock.hint_button.click()
    dock.window().resizeDocks([dock], [300], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() <= 320)
    table_actions = (dock.table_export.copy_action, dock.table_export.export_action)
    buttons = [b for b in dock.findChildren(QToolButton) if b.defaultAction() in table_actions]
    assert len(buttons) == 2
    hint = dock.hint.geometry()
    assert hint.width() >= dock.widget().width() * 0.8
    for button in buttons:
        assert button.geometry().top() >= hint.bottom()


def test_every_column_of_the_formulations_fits_the_narrow_panel(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    ui_language: Language,  # noqa: F811
) -> None:
    """At 1366 wide the right dock is about 330 pixels: four columns a hundred wide each put
    the kind of a 提法 behind a horizontal scroll bar; the counts take what their figures need.
    Room for the sort arrow in every title left the 提法 55 pixels in English ("两集中…")."""
    ready_terms(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentWidget(dock.formulation_view)
    dock.window().resizeDocks([dock], [330], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: 320 <= dock.width() <= 340)
    view = dock.formulation_view
    qtbot.waitUntil(view.isVisible)
    assert view.horizontalScrollBar().maximum() == 0
    six_characters = view.fontMetrics().horizontalAdvance("两集中两到位")
    assert view.columnWidth(0) > six_characters, "a 提法 keeps room to be read"
    header = view.horizontalHeader()
    assert view.columnWidth(0) >= header.sectionSizeHint(0), "its title whole, not 'ormulatio'"
    unsorted = header.sectionSizeHint(1)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert header.sectionSizeHint(1) > unsorted, "room for the sort arrow where it is drawn"
    assert view.columnWidth(1) >= header.sectionSizeHint(1)


def test_the_weighing_is_said_for_the_keywords_only_and_the_status_stays_one_line(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """The formulations have no scores; a long status elides rather than wrap over the list."""
    ready_terms(qtbot, dock, ready_segmenter)
    dock.resize(320, 500)
    dock.show()
    qtbot.waitExposed(dock)
    assert dock.hint.text().startswith("Keyword scores weigh words against")
    dock.tabs.setCurrentWidget(dock.formulation_view)
    assert "Keyword scores" not in dock.hint.text()
    assert "whole words" in dock.hint.text()
    assert dock.hint_button.toolTip() == dock.hint.text()
    dock.tabs.setCurrentWidget(dock.keyword_view)
    assert dock.hint.text().startswith("Keyword scores weigh words against")
    long = "、".join(["效能革命"] * 40)
    dock.status.set_full_text(long)
    line = dock.status.fontMetrics().height()
    assert dock.status.height() < 2 * line
    assert dock.status.text() != long
    assert dock.status.toolTip() == long


def test_the_status_names_the_marked_term_and_the_cross_clears_its_marks(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """A term marked, the line still said "Click a term to mark it" and nothing cleared the
    marks: they stayed in the text for good (a right-click had moved the row highlighted
    off the term marked, too)."""
    ready_terms(qtbot, dock, ready_segmenter)
    assert not dock.clear_button.isEnabled()
    view = dock.keyword_view
    rect = view.visualRect(view.model().index(row_of(view, "效能革命"), 0))
    with qtbot.waitSignal(dock.marks_requested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.status.full_text() == "“效能革命” is marked; × clears the marks."
    assert dock.clear_button.isEnabled()
    with qtbot.waitSignal(dock.clear_marks_requested):
        qtbot.mouseClick(dock.clear_button, Qt.MouseButton.LeftButton)
    assert dock.chosen_term() is None
    assert dock.status.full_text() == "Click a term or move with ↑ ↓ to mark it in the text."
    assert not dock.clear_button.isEnabled()
    assert not dock.next_button.isEnabled()
    assert dock.step_label.text() == ""
    assert not view.selectionModel().hasSelection()


def test_the_entry_menu_clears_the_marks_of_the_term_it_names(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    """Right-clicking another row than the one marked: the item names the term it clears."""
    ready_terms(qtbot, dock, ready_segmenter)
    assert "terms_clear_marks" not in [a.objectName() for a in dock.entry_menu("市委").actions()]
    view = dock.keyword_view
    rect = view.visualRect(view.model().index(row_of(view, "效能革命"), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    menu = dock.entry_menu("市委")
    (clear,) = [a for a in menu.actions() if a.objectName() == "terms_clear_marks"]
    assert clear.text() == "C&lear the Marks of “效能革命”"
    with qtbot.waitSignal(dock.clear_marks_requested):
        clear.trigger()
    assert dock.chosen_term() is None


_FIRST_OPEN = """
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

app = QApplication([])
loaded = set(sys.modules)
from desktop.gui.terms_dock import TermsDock

dock = TermsDock(Path(sys.argv[1]))
dock.set_current_speech(1, 1)
dock.show()
app.processEvents()
print(sorted(set(sys.modules) - loaded))
dock.finder.shutdown()
"""


def test_the_first_open_loads_no_process_pool_nor_what_finds_terms(tmp_path: Path) -> None:
    # The first open took ~165-280 ms, much of it imports its empty lists do not need before
    # jieba is ready: the process pool (~20 ms) only for a whole library's count, the search
    # engine and concordance only for a search, the terms, counts and table writers only with
    # the first terms. In a process of its own: other tests load them here; the library made
    # here, as creating one loads the word counts (a migration).
    path = tmp_path / "library.sqlite"
    open_library(path, daily_backup=False).close()
    opened = subprocess.run(
        [sys.executable, "-c", _FIRST_OPEN, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert opened.returncode == 0, opened.stderr
    loaded = ast.literal_eval(opened.stdout.strip().splitlines()[-1])
    assert "desktop.gui.terms_dock" in loaded
    unwanted = (
        "concurrent.futures.process",
        "multiprocessing",
        "desktop.gui.search_jobs",
        "desktop.core.chinese.terms",
        "desktop.core.storage.word_frequencies",
        "desktop.core.storage.library_terms",
        "desktop.core.export",
    )
    assert [name for name in loaded if name.startswith(unwanted)] == []
