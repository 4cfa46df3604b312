"""Tests for desktop/models/annotation_nodes.py: rows the model drops leave no reference cycle."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core.annotation_groups import group_annotations, speech_ranks
from desktop.models.annotation_nodes import Node, release, rows_of
from desktop.models.annotations_model import AnnotationsModel
from tests.cycles import left_in_cycles, of_type
from tests.models.factory import make_annotation

TITLES = {1: "甲", 2: "乙", 3: "丙"}


def _grouped(count: int) -> object:
    annotations = [make_annotation(speech_id=1 + n % 3, start=n * 10) for n in range(count)]
    return group_annotations(annotations, speech_ranks(TITLES), all_speeches=True)


def _all_speeches(model: AnnotationsModel, count: int) -> list[str]:
    grouped = _grouped(count)
    model.adopt(grouped, all_speeches=True, titles=TITLES, rows=rows_of(grouped))
    return [a.id for _key, members in grouped.groups for a in members]


def test_released_rows_keep_no_link_up(qtbot: QtBot) -> None:
    rows = rows_of(_grouped(6))
    groups = list(rows.root.children)
    release(groups)
    assert all(group.parent is None for group in groups)
    assert all(row.parent is None for group in groups for row in group.children)


def test_a_list_replaced_by_the_next_leaves_no_cycle(qtbot: QtBot) -> None:
    model = AnnotationsModel()
    with left_in_cycles() as found:
        _all_speeches(model, 30)
        _all_speeches(model, 30)
        _all_speeches(model, 12)
    assert of_type(found, Node) == []
    assert model.annotation_count() == 12


def test_annotations_and_groups_removed_leave_no_cycle(qtbot: QtBot) -> None:
    model = AnnotationsModel()
    ids = _all_speeches(model, 30)
    with left_in_cycles() as found:
        model.remove_annotations(ids[:12])  # the first group whole, some of the second
        model.remove_annotation(ids[20])
        model.remove_annotation(ids[29])
    assert of_type(found, Node) == []
    assert model.annotation_count() == 16


def test_rows_no_model_took_free_themselves(qtbot: QtBot) -> None:
    # A worker's list superseded, or come after the dock left "all speeches".
    with left_in_cycles() as found:
        rows = rows_of(_grouped(30))
        del rows
    assert of_type(found, Node) == []


def test_rows_a_model_took_stay_its_own(qtbot: QtBot) -> None:
    model = AnnotationsModel()
    grouped = _grouped(9)
    rows = rows_of(grouped)
    model.adopt(grouped, all_speeches=True, titles=TITLES, rows=rows)
    del rows
    group = model.index(0, 0).internalPointer()
    assert group.parent is not None
    assert all(row.parent is group for row in group.children)
