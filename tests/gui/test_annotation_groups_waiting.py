"""Tests for desktop/gui/annotation_groups_waiting.py: the annotations dock's scroll bar over
every group of "all speeches", not only the groups the list is given (whole_list_bar)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import Library, open_library
from desktop.gui.annotations_dock import AnnotationsDock
from desktop.gui.whole_list_bar import WholeListBar
from desktop.models import annotations_fetch
from desktop.models.annotations_model import Role
from tests.core.storage.documents import make_document
from tests.gui.conftest import ShowDocked

BATCH = 10
SPEECHES = 120
EACH = 3
"""Annotations a speech: 360 in all, past ``FOLD_ABOVE``, so the groups come folded."""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """120 speeches, three highlights each: green in every even speech, else yellow."""
    opened = open_library(tmp_path / "library.sqlite", daily_backup=False, seed=None)
    opened.store.import_document(make_document([["前言。", "推进效能革命。"]] * SPEECHES))
    for speech_id, _title in _titles(opened):
        color = "green" if speech_id % 2 == 0 else "yellow"
        for start in range(EACH):
            opened.annotations.create(speech_id, start=start, end=start + 2, color=color)
    yield opened
    opened.close()


def _titles(library: Library) -> list[tuple[int, str]]:
    collection_id = library.store.collections()[0].id
    return library.store.speech_titles_in(collection_id)


@pytest.fixture
def dock(
    qtbot: QtBot, show_docked: ShowDocked, library: Library, monkeypatch: pytest.MonkeyPatch
) -> AnnotationsDock:
    """The dock on screen on "all speeches" of the library, given 10 groups at a time."""
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", BATCH)
    widget = AnnotationsDock()
    show_docked(widget)
    widget.set_all_speeches(True)
    _show_all(widget, library)
    _settle(qtbot, widget)
    return widget


def _show_all(dock: AnnotationsDock, library: Library) -> None:
    annotations = library.annotations.annotations()
    dock.set_annotations(annotations, speech_id=None, titles=dict(_titles(library)))


def _settle(qtbot: QtBot, dock: AnnotationsDock) -> None:
    """Laid out, and whatever groups the list asks for given."""
    timer = dock._feeder.timer  # noqa: SLF001 - the dock's own "look at the end" timer
    while True:
        rows = dock.proxy.rowCount()
        dock.view.doItemsLayout()
        QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: not timer.isActive())
        if dock.proxy.rowCount() == rows:
            return


def _whole(bar: WholeListBar) -> int:
    """What the bar covers, in its units (pixels: the view scrolls per pixel)."""
    return bar.maximum() + bar.pageStep()


def _heading_height(dock: AnnotationsDock) -> int:
    return dock.view.rowHeight(dock.proxy.index(0, 0))


def _open_group_height(dock: AnnotationsDock) -> int:
    """The height of the first group with its annotations (each group alike)."""
    group = dock.proxy.index(0, 0)
    rows = range(dock.proxy.rowCount(group))
    cards = sum(dock.view.rowHeight(dock.proxy.index(row, 0, group)) for row in rows)
    return dock.view.rowHeight(group) + cards


def _bottom_speech(dock: AnnotationsDock) -> int:
    """The speech of the group heading at the bottom of the list's viewport."""
    viewport = dock.view.viewport()
    index = dock.view.indexAt(QPoint(4, viewport.height() - 2))
    return index.data(Role.SPEECH_ID)


def _thumb_centre(bar: WholeListBar) -> QPoint:
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    slider = QStyle.SubControl.SC_ScrollBarSlider
    return (
        bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, slider, bar).center()
    )


def test_the_bar_covers_every_group_not_the_groups_given(dock: AnnotationsDock) -> None:
    bar = dock.whole_bar
    assert dock.view.uniformRowHeights(), "folded headings"
    assert dock.proxy.rowCount() < SPEECHES
    assert bar.isVisible()
    assert _whole(bar) == SPEECHES * _heading_height(dock)
    assert bar.value() == 0


def test_the_thumb_keeps_its_size_as_groups_arrive_under_the_wheel(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    bar, viewport = dock.whole_bar, dock.view.viewport()
    whole, given = _whole(bar), dock.proxy.rowCount()
    centre = QPointF(viewport.rect().center())
    for _ in range(12):
        wheel = QWheelEvent(
            centre,
            viewport.mapToGlobal(centre),
            QPoint(),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QCoreApplication.sendEvent(viewport, wheel)
        _settle(qtbot, dock)
        assert _whole(bar) == whole, "the thumb neither shrinks nor jumps"
        assert bar.value() == dock.view.verticalScrollBar().value()
    assert dock.proxy.rowCount() > given, "groups came as the list was wheeled down"


def test_the_thumb_dragged_to_the_bottom_shows_the_last_group(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    bar = dock.whole_bar
    assert dock.proxy.rowCount() < SPEECHES
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=_thumb_centre(bar))
    qtbot.mouseMove(bar, QPoint(bar.width() // 2, bar.height() + 50))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height()))
    _settle(qtbot, dock)
    assert _bottom_speech(dock) == _titles_last(dock)
    assert bar.value() == bar.maximum()
    assert _whole(bar) == SPEECHES * _heading_height(dock)


def _titles_last(dock: AnnotationsDock) -> int:
    return max(dock.model.speech_titles)


def test_ctrl_end_shows_the_last_group_with_the_bar_at_its_end(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    view, bar = dock.view, dock.whole_bar
    whole = _whole(bar)
    view.setFocus()
    view.setCurrentIndex(dock.proxy.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, dock)
    assert view.currentIndex().data(Role.SPEECH_ID) == _titles_last(dock)
    assert _bottom_speech(dock) == _titles_last(dock)
    inner = view.verticalScrollBar()
    # The thumb where the view's own bar is: at its end, Qt's own place for the last row.
    assert (bar.value(), bar.maximum()) == (inner.value(), inner.maximum())
    assert _whole(bar) == whole


def test_a_filter_and_the_scope_set_the_bar_over_what_they_show(
    qtbot: QtBot, dock: AnnotationsDock, library: Library
) -> None:
    bar, height = dock.whole_bar, _heading_height(dock)
    qtbot.mouseClick(dock.filter_bar.chip("green"), Qt.MouseButton.LeftButton)
    _settle(qtbot, dock)
    assert dock.proxy.rowCount() < SPEECHES // 2
    assert not dock.view.uniformRowHeights(), "180 annotations: the groups open"
    assert _whole(bar) == SPEECHES // 2 * _open_group_height(dock), "the even speeches'"
    dock.clear_filters()
    _settle(qtbot, dock)
    assert _whole(bar) == SPEECHES * height
    speech_id = _titles_last(dock)
    dock.set_all_speeches(False)
    dock.set_annotations(library.annotations.annotations(speech_id), speech_id=speech_id)
    _settle(qtbot, dock)
    assert not bar.isVisible(), "three annotations: nothing to scroll"
    dock.set_all_speeches(True)
    _show_all(dock, library)
    _settle(qtbot, dock)
    assert (bar.value(), _whole(bar)) == (0, SPEECHES * height)


def test_the_thumb_is_the_page_s_share_after_a_resize_and_ctrl_end(
    qtbot: QtBot, show_docked: ShowDocked, tmp_path: Path
) -> None:
    # Qt sets the view's bar's range before its page step, and only the range is signalled:
    # the bar kept the page before, its thumb a sliver, or most of the bar at the list's end.
    opened = open_library(tmp_path / "few.sqlite", daily_backup=False, seed=None)
    opened.store.import_document(make_document([["前言。", "推进效能革命。" * 20]] * 8))
    for speech_id, _title in _titles(opened):
        for start in range(12):  # 96 in all: the groups come open
            opened.annotations.create(speech_id, start=start * 5, end=start * 5 + 3)
    dock = AnnotationsDock()
    host = show_docked(dock)
    dock.set_all_speeches(True)
    _show_all(dock, opened)
    _settle(qtbot, dock)
    bar, inner = dock.whole_bar, dock.view.verticalScrollBar()

    def inner_place() -> tuple[int, int, int]:
        return inner.maximum(), inner.pageStep(), inner.value()

    qtbot.waitUntil(lambda: bar.pageStep() == inner.pageStep())
    host.resize(host.width(), host.height() // 2)
    qtbot.waitUntil(lambda: bar.pageStep() == inner.pageStep())
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dock.view.currentIndex().isValid())
    qtbot.waitUntil(lambda: (bar.maximum(), bar.pageStep(), bar.value()) == inner_place())
    assert inner.maximum() > inner.pageStep() > 0
    opened.close()


def _top_speech(dock: AnnotationsDock) -> int:
    """The speech of the group at the top of the list's viewport."""
    index = dock.view.indexAt(QPoint(4, 2))
    while index.parent().isValid():
        index = index.parent()
    return index.data(Role.SPEECH_ID)


def _select_far(qtbot: QtBot, dock: AnnotationsDock) -> list[int]:
    """An annotation of the hundredth speech selected (a window of groups around it given);
    the speeches in the list's order."""
    speeches = sorted(dock.model.speech_titles)
    far = next(a for a in dock.model.annotations() if a.speech_id == speeches[100])
    assert dock.select_annotation(far.id)
    _settle(qtbot, dock)
    assert dock.model.has_earlier_groups()
    return speeches


def test_after_a_selection_far_down_the_thumb_dragged_to_the_top_shows_the_first_group(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    speeches = _select_far(qtbot, dock)
    bar = dock.whole_bar
    assert bar.value() > bar.maximum() // 2, "the thumb far down, where the row is"
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=_thumb_centre(bar))
    qtbot.mouseMove(bar, QPoint(bar.width() // 2, -50))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, 0))
    _settle(qtbot, dock)
    assert _top_speech(dock) == speeches[0]
    assert bar.value() == 0


def test_after_a_selection_far_down_home_goes_to_the_first_group(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    speeches = _select_far(qtbot, dock)
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_Home)
    _settle(qtbot, dock)
    assert not dock.model.has_earlier_groups()
    assert dock.view.currentIndex().data(Role.SPEECH_ID) == speeches[0]
    assert _top_speech(dock) == speeches[0]
    assert dock.whole_bar.value() == 0
