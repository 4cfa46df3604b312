"""Tests for the annotations dock giving its list the groups of "all speeches" a batch at a time
(desktop/gui/annotations_dock.py with desktop/models/annotations_fetch.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
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
    assert dock.proxy.rowCount() < 90, "the groups around it are given, not every one above"
    assert len(reads) < 10, "not a read per heading"


def _on_screen(dock: AnnotationsDock, index: QModelIndex) -> bool:
    """Whether the row ``index`` of the list is on screen, from its top past its middle (Qt's
    "ensure visible" may leave a row's last pixels under the list's bottom edge)."""
    view = dock.view
    rect = view.visualRect(index)
    return rect.isValid() and rect.top() >= 0 and rect.center().y() < view.viewport().height()


def _assert_shown_selected(dock: AnnotationsDock, annotation_id: str) -> None:
    """The annotation is the selected row, on screen, its group unfolded and its heading above
    it on screen too (saying whose passage it is)."""
    view = dock.view
    current = view.currentIndex()
    assert dock.selected_annotation_id() == annotation_id
    assert view.selectionModel().isSelected(current)
    assert _on_screen(dock, current)
    assert view.isExpanded(current.parent())
    assert _on_screen(dock, current.parent())
    speech = dock.model.annotation(annotation_id).speech_id
    assert current.parent().data() == TITLES[speech]


def _later(dock: AnnotationsDock, speech: int, number: int = 2) -> str:
    """The id of the ``number``-th annotation of ``speech`` (far down the list)."""
    return [a.id for a in dock.model.annotations() if a.speech_id == speech][number]


def _headings(dock: AnnotationsDock) -> list[str]:
    proxy = dock.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_a_highlight_far_down_clicked_in_the_reader_is_shown_selected_in_its_place(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    _settle(qtbot, dock)
    far = _later(dock, 80)
    assert dock.select_annotation(far)  # what the window does for a highlight clicked
    _settle(qtbot, dock)
    _assert_shown_selected(dock, far)
    headings = _headings(dock)
    above = headings[: headings.index(TITLES[80])]
    assert above, "groups above it on screen"
    assert above == [TITLES[s] for s in range(80 - len(above), 80)], "in order"
    bar = dock.whole_bar
    assert bar.value() > bar.maximum() // 2, "the whole list's bar says it is far down"
    assert dock.select_annotation(_later(dock, 3))  # and back up near the top
    _settle(qtbot, dock)
    _assert_shown_selected(dock, _later(dock, 3))


def test_a_note_far_down_opened_for_editing_is_shown_selected(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    far = _later(dock, 95, 4)
    assert dock.edit_note(far)  # a note asked for from the reader (its pencil, F2)
    _settle(qtbot, dock)
    _assert_shown_selected(dock, far)
    assert dock.editor.note_edit.hasFocus()


def test_a_filter_keeps_an_annotation_far_down_shown_selected(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    far = _later(dock, 88, 2)
    assert dock.select_annotation(far)
    dock.set_text_filter("第88篇")
    qtbot.waitUntil(lambda: dock.proxy.text == "第88篇")
    _settle(qtbot, dock)
    _assert_shown_selected(dock, far)
    dock.clear_filters()
    qtbot.waitUntil(lambda: not dock.proxy.is_active())
    _settle(qtbot, dock)
    _assert_shown_selected(dock, far)


def test_scrolling_up_from_far_down_brings_every_group_above_in_order(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    far = _later(dock, 60)
    assert dock.select_annotation(far)
    _settle(qtbot, dock)
    assert TITLES[1] not in _headings(dock)
    bar = dock.view.verticalScrollBar()
    while dock.model.has_earlier_groups():
        bar.setValue(0)
        _settle(qtbot, dock)
    headings = _headings(dock)
    assert headings[: headings.index(TITLES[60]) + 1] == [TITLES[s] for s in range(1, 61)]
    assert dock.selected_annotation_id() == far, "the selection stays"


def test_a_group_opened_far_down_is_open_again_when_the_list_comes_back_to_it(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    assert dock.select_annotation(_later(dock, 70))  # its group unfolds: the user's to fold
    assert dock.select_annotation(_later(dock, 20))  # another window: 70's group not given
    assert not dock.proxy.mapFromSource(dock.model.index_of(_later(dock, 70))).isValid()
    assert dock.select_annotation(_later(dock, 71))
    group = dock.proxy.mapFromSource(dock.model.index_of(_later(dock, 70))).parent()
    assert group.isValid()
    assert dock.view.isExpanded(group)
    neighbour = dock.proxy.mapFromSource(dock.model.index_of(_later(dock, 69))).parent()
    assert not dock.view.isExpanded(neighbour), "the others come folded"


def test_an_annotation_above_the_groups_given_is_shown_at_the_top_as_the_list_comes_up(
    qtbot: QtBot, dock: AnnotationsDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Going up to a row, the list stops with it at the top under its heading; going down,
    # at the bottom. Given a window of groups around it, the list must come from the same side.
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", 30)  # windows taller than the list
    assert dock.select_annotation(_later(dock, 80))
    _settle(qtbot, dock)
    view = dock.view
    assert view.visualRect(view.currentIndex()).bottom() > view.viewport().height() // 2
    view.verticalScrollBar().setValue(0)  # scrolled up a little: still far below 30
    assert dock.select_annotation(_later(dock, 30, 0))
    assert dock.model.has_earlier_groups(), "a window of groups around it"
    _settle(qtbot, dock)
    _assert_shown_selected(dock, _later(dock, 30, 0))
    assert view.visualRect(view.currentIndex().parent()).top() == 0


def test_an_annotation_below_the_groups_given_is_shown_at_the_bottom_as_the_list_comes_down(
    qtbot: QtBot, dock: AnnotationsDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The window of groups around it replaces the rows given, wherever the list was scrolled:
    # it must come down to it from the window's top, as the list went down to it before.
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", 40)  # windows taller than the list
    assert dock.select_annotation(_later(dock, 15, 9))  # its last: the list scrolled down
    _settle(qtbot, dock)
    view = dock.view
    assert view.verticalScrollBar().value() > view.viewport().height()
    assert not dock.model.has_earlier_groups()
    assert dock.select_annotation(_later(dock, 99, 0))
    assert dock.model.has_earlier_groups(), "a window of groups around it"
    _settle(qtbot, dock)
    _assert_shown_selected(dock, _later(dock, 99, 0))
    row = view.visualRect(view.currentIndex())
    assert row.bottom() >= view.viewport().height() - row.height(), "at the bottom"
