"""Tests for desktop/models/annotations_window.py: a window of groups around one far down."""

from __future__ import annotations

import random

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.models import annotations_fetch
from desktop.models.annotations_model import AnnotationsModel, Role
from tests.models.factory import make_annotation
from tests.models.test_annotations_fetch_filtered import (
    _annotation,
    _change,
    _criteria,
    _expected,
    _filter,
    _list,
    _listing,
)

BATCH = 4
SPEECHES = list(range(1, 31))
TITLES = {speech: f"第{speech}篇" for speech in SPEECHES}


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of four groups: thirty speeches are far down past the first."""
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", BATCH)


def _annotations() -> list[Annotation]:
    return [make_annotation(s, 10 * n, f"第{s}篇第{n}处") for s in SPEECHES for n in (1, 2)]


def _model(annotations: list[Annotation]) -> AnnotationsModel:
    model = AnnotationsModel()
    model.set_annotations(annotations, all_speeches=True, titles=TITLES)
    return model


def _speeches(model: AnnotationsModel) -> list[int]:
    return [model.index(row, 0).data(Role.SPEECH_ID) for row in range(model.rowCount())]


def _of(annotations: list[Annotation], speech: int) -> Annotation:
    return next(a for a in annotations if a.speech_id == speech)


def test_revealing_far_down_gives_the_groups_around_it_not_every_group_above(
    qtmodeltester: ModelTester,
) -> None:
    annotations = _annotations()
    model = _model(annotations)
    wanted = _of(annotations, 20)
    model.reveal(wanted.id)
    # Half a batch above it, a batch in all: the seventeen groups above wait there.
    assert _speeches(model) == [18, 19, 20, 21]
    assert model.index_of(wanted.id).data(Role.ID) == wanted.id
    assert model.groups_before() == 17
    assert model.groups_waiting() == 9
    assert model.has_earlier_groups()
    qtmodeltester.check(model)
    model.give_earlier_groups()
    assert _speeches(model) == list(range(14, 22))
    assert model.groups_before() == 13
    model.give_first_groups()  # Home
    assert _speeches(model) == [1, 2, 3, 4]
    assert not model.has_earlier_groups()
    qtmodeltester.check(model)


def test_revealing_near_the_rows_given_gives_the_groups_down_to_it() -> None:
    annotations = _annotations()
    model = _model(annotations)
    model.reveal(_of(annotations, 7).id)  # within a batch of the four given
    assert _speeches(model) == list(range(1, 8))
    model.reveal(_of(annotations, 2).id)
    assert _speeches(model) == list(range(1, 8)), "a group given stays where it is"


def test_changes_above_the_window_are_silent_and_keep_its_rows_right(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    annotations = _annotations()
    model = _model(annotations)
    model.reveal(_of(annotations, 20).id)
    with qtbot.assertNotEmitted(model.rowsInserted), qtbot.assertNotEmitted(model.rowsRemoved):
        model.remove_annotations([a.id for a in annotations if a.speech_id in (3, 4)])
        model.add_annotation(make_annotation(31, 1, "新的一篇"))  # a new group after all
    assert _speeches(model) == [18, 19, 20, 21]
    assert model.groups_before() == 15
    with qtbot.waitSignal(model.rowsInserted):
        model.add_annotation(make_annotation(21, 99, "窗口里加的"))
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove_annotations([a.id for a in annotations if a.speech_id == 19])
    assert _speeches(model) == [18, 20, 21]
    qtmodeltester.check(model)
    model.add_annotations([a for a in annotations if a.speech_id in (3, 4)])  # undo: above
    assert _speeches(model) == [18, 20, 21]
    while model.has_earlier_groups():
        model.give_earlier_groups()
    model.expose_all()
    expected = [s for s in SPEECHES if s != 19] + [31]
    assert _speeches(model) == expected
    qtmodeltester.check(model)


@pytest.mark.parametrize("by_ids", [False, True])
@pytest.mark.parametrize("seed", range(6))
def test_a_window_under_a_filter_is_a_run_of_what_a_filter_of_every_group_shows(
    seed: int, by_ids: bool
) -> None:
    # Groups above the window that start to match wait there; those in it come in their place.
    rng = random.Random(300 + seed)
    annotations = {a.id: a for a in (_annotation(rng, number) for number in range(120))}
    model, proxy = _list(list(annotations.values()))
    criteria = _criteria(rng)
    _filter(proxy, criteria, by_ids)
    expected = _expected(list(annotations.values()), criteria)
    if len(expected) < 3 * BATCH:
        return  # nothing is far down
    far = expected[-BATCH][1][0]
    model.reveal(far)
    assert proxy.mapFromSource(model.index_of(far)).isValid()
    for step in range(25):
        _change(rng, model, annotations, 1000 * seed + step)
        expected = _expected(list(annotations.values()), criteria)
        shown = _listing(proxy)
        start = model.groups_before()
        if by_ids:  # the filter names its groups: the count above is exact
            assert shown == expected[start : start + len(shown)]
        else:
            assert any(shown == expected[i : i + len(shown)] for i in range(len(expected)))
    while model.has_earlier_groups():
        model.give_earlier_groups()
    model.expose_all()
    assert _listing(proxy) == _expected(list(annotations.values()), criteria)
