"""Tests for desktop/gui/annotation_list.py: groups folded past a few hundred annotations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.gui.annotation_delegate import AnnotationDelegate
from desktop.gui.annotation_list import FOLD_ABOVE
from desktop.gui.annotations_dock import AnnotationsDock
from desktop.models import AnyIndex
from desktop.models.annotations_model import AnnotationsModel, Role
from tests.gui.conftest import ShowDocked
from tests.models.factory import make_annotation

SPEECHES = range(100, 100 + FOLD_ABOVE // 2 + 10)
"""More speeches than needed for two annotations each to pass the folding threshold."""


def _many() -> list[Annotation]:
    return [
        make_annotation(speech, start, quote)
        for speech in SPEECHES
        for start, quote in ((5, f"统一思想{speech}"), (40, f"狠抓落实{speech}"))
    ]


@pytest.fixture
def dock(show_docked: ShowDocked) -> AnnotationsDock:
    """The dock on screen, showing all speeches."""
    widget = AnnotationsDock()
    show_docked(widget)
    widget.set_all_speeches(True)
    return widget


def _group(dock: AnnotationsDock, speech_id: int) -> QModelIndex:
    proxy = dock.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(Role.SPEECH_ID) == speech_id:
            return index
    raise AssertionError(f"no group for {speech_id}")


def _expanded(dock: AnnotationsDock) -> list[int]:
    proxy = dock.proxy
    rows = (proxy.index(row, 0) for row in range(proxy.rowCount()))
    return [index.data(Role.SPEECH_ID) for index in rows if dock.view.isExpanded(index)]


def _count_measured_rows(dock: AnnotationsDock, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Record, for each row the view measures, whether it is an annotation's."""
    measured: list[bool] = []
    real = AnnotationDelegate.sizeHint

    def counting(
        delegate: AnnotationDelegate, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QSize:
        measured.append(not index.data(Role.IS_GROUP))
        return real(delegate, option, index)

    monkeypatch.setattr(AnnotationDelegate, "sizeHint", counting)
    return measured


def _laid_out(dock: AnnotationsDock) -> bool:
    """Whether the view has laid its rows out (its scroll bar spans them)."""
    return dock.view.verticalScrollBar().maximum() > 0


def test_past_the_threshold_groups_start_folded_and_one_heading_is_measured(
    qtbot: QtBot, dock: AnnotationsDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    host = dock.window()
    assert isinstance(host, QMainWindow)
    measured = _count_measured_rows(dock, monkeypatch)
    dock.set_annotations(_many(), speech_id=None, titles={})
    qtbot.waitUntil(lambda: _laid_out(dock))
    assert _expanded(dock) == []
    assert dock.view.uniformRowHeights(), "only folded headings: they share one height"
    assert measured, "a heading was measured for that height"
    assert len(measured) < len(SPEECHES) // 10, "not each heading"
    assert not any(measured), "no annotation row measured while every group is folded"


def test_an_open_group_has_its_rows_measured_and_folding_it_again_measures_one(
    qtbot: QtBot, dock: AnnotationsDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured = _count_measured_rows(dock, monkeypatch)  # before the delegate's first use
    dock.set_annotations(_many(), speech_id=None, titles={})
    qtbot.waitUntil(lambda: _laid_out(dock))
    assert not any(measured)
    group = _group(dock, SPEECHES[0])
    dock.view.expand(group)
    assert not dock.view.uniformRowHeights(), "annotation rows are taller than headings"
    qtbot.waitUntil(lambda: any(measured))  # the open group's annotations
    assert dock.view.rowHeight(dock.proxy.index(0, 0, group)) > dock.view.rowHeight(group)
    dock.view.collapse(group)
    assert dock.view.uniformRowHeights()


def test_a_new_width_lays_out_again_only_rows_that_may_wrap(
    qtbot: QtBot, dock: AnnotationsDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A scroll bar coming with thousands of folded headings narrowed the view: laying them
    # all out again (their height is the same at any width) doubled the stall of the list.
    host = dock.window()
    assert isinstance(host, QMainWindow)
    measured = _count_measured_rows(dock, monkeypatch)
    dock.set_annotations(_many(), speech_id=None, titles={})
    qtbot.waitUntil(lambda: _laid_out(dock))

    def resized_by(step: int) -> None:
        width = dock.view.viewport().width()
        measured.clear()
        host.resizeDocks([dock], [dock.width() + step], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda: dock.view.viewport().width() != width)
        dock.view.executeDelayedItemsLayout()  # runs the layout asked for, if not run yet

    # Wider first: the dock starts at its narrowest (the scroll bar, over the whole list, is
    # there from the first batch: no narrowing of its own any more).
    resized_by(120)
    assert measured == [], "folded headings only: nothing laid out again"
    dock.view.expand(_group(dock, SPEECHES[0]))
    dock.view.executeDelayedItemsLayout()
    resized_by(-120)
    assert any(measured), "an open group's quotes wrap to the new width"


def test_one_speech_past_the_threshold_measures_each_row(dock: AnnotationsDock) -> None:
    dock.set_all_speeches(False)
    many = [make_annotation(1, start) for start in range(0, 4 * FOLD_ABOVE, 2)]
    dock.set_annotations(many, speech_id=1)
    assert not dock.view.uniformRowHeights(), "annotation rows outside groups"


def test_a_group_the_user_opens_stays_open_through_a_refresh(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    everything = _many()
    dock.set_annotations(everything, speech_id=None, titles={})
    group = _group(dock, SPEECHES[3])
    dock.view.scrollTo(group)
    qtbot.mouseClick(
        dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(group).center()
    )
    assert _expanded(dock) == [SPEECHES[3]]
    dock.set_annotations(everything, speech_id=None, titles={})
    assert _expanded(dock) == [SPEECHES[3]]


def test_selecting_an_annotation_unfolds_its_group(dock: AnnotationsDock) -> None:
    everything = _many()
    dock.set_annotations(everything, speech_id=None, titles={})
    wanted = everything[-1]
    assert dock.select_annotation(wanted.id)
    assert dock.selected_annotation_id() == wanted.id
    assert _expanded(dock) == [wanted.speech_id]
    dock.set_annotations(everything, speech_id=None, titles={})
    assert dock.selected_annotation_id() == wanted.id, "kept across a refresh"


def test_a_filter_that_leaves_few_unfolds_every_group(dock: AnnotationsDock) -> None:
    dock.set_annotations(_many(), speech_id=None, titles={})
    dock.set_text_filter("统一思想10")  # speeches 100–109 and 1000+… only: a few
    shown = [dock.proxy.index(row, 0) for row in range(dock.proxy.rowCount())]
    assert 0 < len(shown) <= FOLD_ABOVE
    assert all(dock.view.isExpanded(index) for index in shown)
    dock.clear_filters()
    assert _expanded(dock) == [], "many again: folded again"


def test_few_annotations_unfold_every_group(dock: AnnotationsDock) -> None:
    few = _many()[:20]
    dock.set_annotations(few, speech_id=None, titles={})
    assert _expanded(dock) == sorted({annotation.speech_id for annotation in few})


def test_scrolling_up_to_an_annotation_keeps_its_speech_heading_in_view(
    dock: AnnotationsDock,
) -> None:
    few = _many()[:20]
    dock.set_annotations(few, speech_id=None, titles={})
    view = dock.view
    view.setFixedHeight(view.visualRect(_group(dock, SPEECHES[0])).height() * 6)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    wanted = next(a for a in few if a.speech_id == SPEECHES[3])
    assert dock.select_annotation(wanted.id)
    heading = view.visualRect(_group(dock, SPEECHES[3]))
    row = view.visualRect(view.currentIndex())
    assert heading.top() >= 0, "the heading saying whose passage it is"
    assert row.bottom() <= view.viewport().height()


def test_selecting_far_down_asks_the_model_nothing_of_each_heading_above(
    show_docked: ShowDocked, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Scrolling to a row, the view measures every row above it once a group is open: asking
    # each of thousands of headings whether it is one, through the proxy, stalled a selection.
    asked: list[int] = []
    real = AnnotationsModel.data

    def counting(model: AnnotationsModel, index: AnyIndex, role: int = 0) -> object:
        if role == Role.IS_GROUP:
            asked.append(index.row())
        return real(model, index, role)

    # Before the model's first use: PySide keeps the method it found then.
    monkeypatch.setattr(AnnotationsModel, "data", counting)
    dock = AnnotationsDock()
    show_docked(dock)
    dock.set_all_speeches(True)
    speeches = range(1, 2001)
    many = [make_annotation(speech, 5, f"统一思想{speech}") for speech in speeches]
    dock.set_annotations(many, speech_id=None, titles={})
    dock.view.executeDelayedItemsLayout()
    asked.clear()
    assert dock.select_annotation(many[-1].id)  # its group opened: the list laid out again
    dock.view.executeDelayedItemsLayout()
    assert dock.selected_annotation_id() == many[-1].id
    assert _expanded(dock) == [speeches[-1]]
    current = dock.view.visualRect(dock.view.currentIndex())
    assert dock.view.viewport().rect().intersects(current), "scrolled to, as before"
    assert len(asked) < len(speeches) // 10, "not each heading above"
