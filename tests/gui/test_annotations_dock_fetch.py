"""Tests for the annotations dock giving its list the groups of "all speeches" a batch at a time
(desktop/gui/annotations_dock.py with desktop/models/annotations_fetch.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop.gui.annotations_dock import AnnotationsDock
from desktop.models import annotations_fetch
from desktop.models.annotations_model import AnnotationsModel
from tests.gui.conftest import ShowDocked
from tests.models.factory import make_annotation

BATCH = 5
SPEECHES = range(1, 101)
TITLES = {speech: f"第{speech}篇讲话" for speech in SPEECHES}


@pytest.fixture
def dock(show_docked: ShowDocked, monkeypatch: pytest.MonkeyPatch) -> AnnotationsDock:
    """The dock on screen under "all speeches" of 100 speeches, given 5 groups at a time."""
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", BATCH)
    widget = AnnotationsDock()
    show_docked(widget)
    widget.set_all_speeches(True)
    # Ten annotations a speech: past FOLD_ABOVE, so the groups come folded, one line each.
    annotations = [make_annotation(s, n, f"第{s}篇第{n}处") for s in SPEECHES for n in range(10)]
    widget.set_annotations(annotations, speech_id=None, titles=TITLES)
    return widget


def _settle(qtbot: QtBot, dock: AnnotationsDock) -> None:
    """Let the dock fetch all it will now: lay the list out as Qt would later (the scroll bar's
    range set, the dock's fetch started if it changed), run the pending fetch, until a round
    gives the list nothing more."""
    fetch = dock._feeder.timer  # noqa: SLF001 - the dock's own "look at the end" timer
    while True:
        rows = dock.proxy.rowCount()
        dock.view.doItemsLayout()
        QCoreApplication.processEvents()
        qtbot.waitUntil(lambda: not fetch.isActive())
        if dock.proxy.rowCount() == rows:
            return


def test_the_list_is_filled_then_grows_as_it_is_scrolled_to_its_end(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    proxy, bar = dock.proxy, dock.view.verticalScrollBar()
    # Filled to a page past the bottom of the view, no further.
    qtbot.waitUntil(lambda: bar.maximum() > bar.pageStep())
    _settle(qtbot, dock)
    filled = proxy.rowCount()
    assert BATCH < filled < len(SPEECHES)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: bar.maximum() - bar.value() > bar.pageStep())
    grown = proxy.rowCount()
    assert filled < grown < len(SPEECHES)
    dock.add_annotation(make_annotation(3, 99, "又加一条"))  # a layout of the list
    dock.remove_annotation(dock.model.group_members(0)[0].id)
    _settle(qtbot, dock)
    assert proxy.rowCount() == grown, "a change fetches nothing"


def test_an_annotation_not_given_to_the_list_yet_is_selected_on_request(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    wanted = dock.model.group_members(0)[0]
    late = next(a for a in dock.model.annotations() if a.speech_id == 39)
    assert dock.select_annotation(late.id)
    assert dock.selected_annotation_id() == late.id
    assert dock.select_annotation(wanted.id)


def test_end_goes_to_the_last_group_not_the_last_one_given(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    view, proxy = dock.view, dock.proxy
    view.setFocus()
    view.setCurrentIndex(proxy.index(0, 0))
    assert proxy.rowCount() < len(SPEECHES)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert proxy.rowCount() == len(SPEECHES)
    top = view.currentIndex()
    while top.parent().isValid():
        top = top.parent()
    assert top.row() == len(SPEECHES) - 1


def test_choosing_a_row_far_down_asks_the_source_nothing_per_heading(
    qtbot: QtBot, dock: AnnotationsDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt lays out every heading above the row chosen, asking the proxy's flags and hasChildren
    # of each (~35,000 questions for 8,000 speeches): each read the source's all_speeches.
    reads: list[bool] = []
    real = AnnotationsModel.all_speeches

    def spy(model: AnnotationsModel) -> bool:
        reads.append(real.fget(model))  # type: ignore[misc]
        return reads[-1]

    monkeypatch.setattr(AnnotationsModel, "all_speeches", property(spy))
    late = next(a for a in dock.model.annotations() if a.speech_id == 90)
    assert dock.select_annotation(late.id)
    dock.view.doItemsLayout()
    QCoreApplication.processEvents()
    assert dock.selected_annotation_id() == late.id
    assert dock.proxy.rowCount() >= 90, "the headings above it are laid out"
    assert len(reads) < 10, "not a read per heading"
