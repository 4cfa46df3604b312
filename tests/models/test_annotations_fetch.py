"""Tests for desktop/models/annotations_fetch.py: the groups of "all speeches" a batch at a time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.models import annotations_fetch
from desktop.models.annotation_nodes import Node
from desktop.models.annotations_model import AnnotationsModel, Role
from tests.models.factory import changed, make_annotation

BATCH = 3
SPEECHES = list(range(1, 9))  # eight speeches: three batches, the last one short
TITLES = {speech: f"第{speech}篇" for speech in SPEECHES}


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of three groups, so a few speeches show every case."""
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", BATCH)


def _annotations() -> list[Annotation]:
    return [
        make_annotation(speech, 10 * n, f"第{speech}篇第{n}处")
        for speech in SPEECHES
        for n in (1, 2)
    ]


def _model(annotations: list[Annotation] | None = None) -> AnnotationsModel:
    model = AnnotationsModel()
    model.set_annotations(annotations or _annotations(), all_speeches=True, titles=TITLES)
    return model


def _headings(model: AnnotationsModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_all_speeches_gives_the_first_batch_of_groups_then_more(
    qtmodeltester: ModelTester,
) -> None:
    model = _model()
    assert _headings(model) == ["第1篇", "第2篇", "第3篇"]
    assert model.has_more_groups()
    assert not model.canFetchMore(QModelIndex())  # QTreeView would fetch on every layout
    qtmodeltester.check(model)
    model.fetch_more_groups()
    model.fetch_more_groups()
    assert _headings(model) == [TITLES[speech] for speech in SPEECHES]
    assert not model.has_more_groups()
    assert model.annotation_count() == 16  # every annotation is known, given or not
    qtmodeltester.check(model)


def test_one_speech_gives_every_row_at_once() -> None:
    model = AnnotationsModel()
    model.set_annotations(
        [make_annotation(1, n, f"第{n}处") for n in range(10)], speech_id=1, titles=TITLES
    )
    assert model.rowCount() == 10
    assert not model.has_more_groups()


def test_changes_in_groups_not_given_yet_are_silent_and_come_when_fetched(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    annotations = _annotations()
    model = _model(annotations)
    qtmodeltester.check(model)
    late = annotations[-1]  # speech 8, not given yet
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.assertNotEmitted(model.rowsRemoved):
        model.add_annotation(make_annotation(8, 99, "后来加的"))
        model.update_annotation(changed(late, note="改了"))
        model.remove_annotation(annotations[-2].id)
        model.add_annotation(make_annotation(9, 1, "新的一篇"))  # a new group past the batch
    with qtbot.assertNotEmitted(model.dataChanged):
        model.update_annotation(changed(late, note="又改了"))
    assert model.rowCount() == BATCH
    model.fetch_more_groups()
    model.fetch_more_groups()
    model.fetch_more_groups()
    last_speech = model.index(7, 0)
    quotes = [model.index(row, 0, last_speech).data() for row in range(2)]
    assert quotes == ["第8篇第2处", "后来加的"]
    assert model.index(0, 0, last_speech).data(Role.NOTE) == "又改了"
    assert model.index(8, 0).data(Role.SPEECH_ID) == 9


def test_changes_in_groups_given_are_signalled_as_before(qtbot: QtBot) -> None:
    annotations = _annotations()
    model = _model(annotations)
    with qtbot.waitSignal(model.rowsInserted):
        model.add_annotation(make_annotation(2, 5, "第二篇新加的"))
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove_annotation(annotations[0].id)
    assert model.rowCount() == BATCH


def test_a_group_leaving_or_coming_at_the_top_keeps_the_given_rows_right(
    qtmodeltester: ModelTester,
) -> None:
    annotations = _annotations()
    model = _model(annotations)
    qtmodeltester.check(model)
    model.remove_annotations([a.id for a in annotations if a.speech_id in (1, 5)])
    assert _headings(model) == ["第2篇", "第3篇"]  # one given group left, none came
    model.add_annotations([a for a in annotations if a.speech_id in (1, 5)])
    assert _headings(model) == ["第1篇", "第2篇", "第3篇"]
    model.fetch_more_groups()
    assert _headings(model) == [TITLES[speech] for speech in range(1, 7)]


def test_reveal_gives_the_groups_down_to_an_annotation_near_those_given() -> None:
    annotations = _annotations()
    model = _model(annotations)
    wanted = next(a for a in annotations if a.speech_id == 6)  # within a batch of the given
    assert not model.index_of(wanted.id).isValid()
    model.reveal(wanted.id)
    assert model.rowCount() == 6  # further down: around it (``test_annotations_window``)
    assert model.index_of(wanted.id).data(Role.ID) == wanted.id


def _even(node: Node) -> bool:
    return node.key % 2 == 0


def test_under_a_group_filter_a_batch_counts_the_groups_it_wants(
    qtmodeltester: ModelTester,
) -> None:
    model = _model()
    model.set_group_filter(_even)
    # Down to the third even speech, and only the even ones: the odd ones between are not
    # given to Qt at all (its proxy would be asked about each of thousands).
    assert _headings(model) == [TITLES[speech] for speech in (2, 4, 6)]
    assert model.has_more_groups()
    qtmodeltester.check(model)
    model.fetch_more_groups()  # one even speech left, and the list looked at to its end
    assert _headings(model) == [TITLES[speech] for speech in (2, 4, 6, 8)]
    assert not model.has_more_groups()
    qtmodeltester.check(model)


def test_a_group_filter_holds_after_a_new_list_and_goes_back_to_batches() -> None:
    model = _model()
    model.set_group_filter(_even)
    model.set_annotations(_annotations(), all_speeches=True, titles=TITLES)
    assert _headings(model) == [TITLES[speech] for speech in (2, 4, 6)]
    model.fetch_more_groups()
    model.set_group_filter(None)  # taken back to the first batch of any groups
    assert _headings(model) == ["第1篇", "第2篇", "第3篇"]


def test_a_group_filter_wanting_none_gives_no_row() -> None:
    model = _model()
    model.set_group_filter(lambda _node: False)
    assert model.rowCount() == 0
    assert not model.has_more_groups(), "every group looked at"


def test_rows_made_elsewhere_are_taken_once() -> None:
    from desktop.core.annotation_groups import group_annotations, speech_ranks
    from desktop.models.annotation_nodes import rows_of

    grouped = group_annotations(_annotations(), speech_ranks(TITLES), all_speeches=True)
    rows = rows_of(grouped)
    first, second = AnnotationsModel(), AnnotationsModel()
    first.adopt(grouped, all_speeches=True, titles=TITLES, rows=rows)
    second.adopt(grouped, all_speeches=True, titles=TITLES, rows=rows)  # makes its own
    first.remove_annotation(grouped.groups[0][1][0].id)
    assert second.group_members(0) == grouped.groups[0][1]
    assert first.group_members(0) == grouped.groups[0][1][1:]


def test_groups_waiting_counts_those_not_given_and_go_when_given() -> None:
    model = _model()
    assert model.groups_waiting() == len(SPEECHES) - BATCH
    model.give_groups_through(5)  # the whole list's bar dragged to the sixth group
    assert _headings(model) == [TITLES[speech] for speech in SPEECHES[:6]]
    assert model.groups_waiting() == 2
    model.give_groups_through(99)
    assert (model.rowCount(), model.groups_waiting()) == (len(SPEECHES), 0)


def _even_speech(node: Node) -> bool:
    return node.key is not None and int(node.key) % 2 == 0


def test_under_a_filter_the_groups_waiting_are_those_it_would_show() -> None:
    model = _model()
    evens = [node for node in model._root.children if _even_speech(node)]  # noqa: SLF001
    model.set_group_filter(_even_speech, lambda: evens)  # the groups named: counted
    assert _headings(model) == ["第2篇", "第4篇", "第6篇"]
    assert model.groups_waiting() == 1
    model.set_group_filter(_even_speech)  # judged group by group: the share looked at
    assert model.groups_waiting() == 1  # three of the first six shown; two groups wait
    model.give_groups_through(3)
    assert (_headings(model)[-1], model.groups_waiting()) == ("第8篇", 0)
