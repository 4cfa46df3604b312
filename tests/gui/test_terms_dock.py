"""The terms panel: loading message, keywords and 提法 of a speech, marking a chosen entry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.storage.library import Library
from desktop.gui.terms_dock import TermsDock
from desktop.models.terms_model import Role
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    ready_segmenter,
    sample_library,
    sample_template,
    show_docked,
)

SPEECH = 4  # 篇4, which quotes “效能革命” throughout


@pytest.fixture
def dock(qtbot: QtBot, sample_library: Library) -> Iterator[TermsDock]:  # noqa: F811
    widget = TermsDock(sample_library.path)
    host = show_docked(qtbot, widget)
    yield widget
    widget.shutdown()
    assert widget.running_work() == []
    host.close()


def _ready(qtbot: QtBot, dock: TermsDock, segmenter: Segmenter) -> None:
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.set_current_speech(SPEECH, 1)
        dock.set_segmenter(segmenter)
    qtbot.waitUntil(lambda: not dock.running_work(), timeout=30_000)


def _row_of(view, term: str) -> int:
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(Role.TERM) == term]
    assert rows, f"{term} is not listed"
    return rows[0]


def test_until_jieba_is_ready_the_panel_says_it_is_loading(dock: TermsDock) -> None:
    dock.set_current_speech(SPEECH, 1)
    assert dock.status.text() == "Loading the word dictionary…"
    assert dock.keywords.rowCount() == 0


def test_keywords_and_formulations_of_the_speech(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _ready(qtbot, dock, ready_segmenter)
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
    _ready(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    index = view.model().index(_row_of(view, "效能革命"), 0)
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


def test_a_collection_steps_into_the_next_speech(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _ready(qtbot, dock, ready_segmenter)
    with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
        dock.scope_box.setCurrentIndex(1)
    view = dock.keyword_view
    index = view.model().index(_row_of(view, "效能革命"), 0)
    view.clicked.emit(index)
    occurrences = index.data(Role.OCCURRENCES)
    elsewhere = next(i for i, (source, _s, _e) in enumerate(occurrences) if source != SPEECH)
    for _ in range(elsewhere - 1):
        dock.next_occurrence()
    with qtbot.waitSignal(dock.open_hit_requested) as opened:
        dock.next_occurrence()
    assert opened.args == list(occurrences[elsewhere])


def test_the_entry_menu_asks_for_a_concordance(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _ready(qtbot, dock, ready_segmenter)
    menu = dock.entry_menu("效能革命")
    with qtbot.waitSignal(dock.concordance_requested) as asked:
        menu.actions()[0].trigger()
    assert asked.args == ["效能革命", None]


def test_the_panel_says_it_counts_whole_words(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _ready(qtbot, dock, ready_segmenter)
    for view in (dock.keyword_view, dock.formulation_view):
        model = view.model()
        assert model.headerData(1, Qt.Orientation.Horizontal) == "Whole words"
        tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "whole word" in tip
        assert "find bar" in tip
    assert dock.hint.isVisibleTo(dock)
    assert "whole words" in dock.hint.text()


@pytest.mark.parametrize(("scope_row", "collection"), [(0, None), (1, 1)])
def test_enter_on_a_term_asks_to_count_its_characters_in_the_same_scope(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
    scope_row: int,
    collection: int | None,
) -> None:
    _ready(qtbot, dock, ready_segmenter)
    if scope_row:
        with qtbot.waitSignal(dock.terms_shown, timeout=30_000):
            dock.scope_box.setCurrentIndex(scope_row)
    view = dock.keyword_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(_row_of(view, "效能革命"), 0))
    with qtbot.waitSignal(dock.substring_search_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    kind = "collection" if collection else "speech"
    assert asked.args == ["效能革命", kind, collection if collection else SPEECH]


def test_double_clicking_a_formulation_asks_to_count_its_characters(
    qtbot: QtBot,
    dock: TermsDock,
    ready_segmenter: Segmenter,  # noqa: F811
) -> None:
    _ready(qtbot, dock, ready_segmenter)
    dock.tabs.setCurrentIndex(1)
    view = dock.formulation_view
    rect = view.visualRect(view.model().index(_row_of(view, "效能革命"), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dock.substring_search_requested) as asked:
        # A double-click's second press: the view acts on the item the first one pressed.
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == ["效能革命", "speech", SPEECH]
