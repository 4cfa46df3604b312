"""Tests for desktop/models/annotations_fetch.py under a filter: Qt is given only the groups
that match, and the list shows exactly what a filter over every group shows."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester

from desktop.core.annotation import Annotation
from desktop.core.annotation_groups import group_annotations, speech_ranks
from desktop.core.annotation_match import (
    AnnotationCriteria,
    matching_ids,
    search_text,
    search_texts,
)
from desktop.models import annotations_fetch
from desktop.models.annotation_filter import AnnotationFilter
from desktop.models.annotation_nodes import Node, rows_of
from desktop.models.annotations_model import AnnotationsModel, Role
from tests.models.factory import make_annotation

BATCH = 4
SPEECHES = range(1, 31)
TITLES = {speech: f"第{speech}篇" for speech in SPEECHES}
SYLLABLES = "发展改革开放创新协调"
COLORS = ("yellow", "green", "blue")
TAGS = ("开头", "结尾", "Ａｂ")

Listing = list[tuple[int | str | None, list[str]]]


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of four groups, so thirty speeches take several."""
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", BATCH)


def _annotation(rng: random.Random, number: int) -> Annotation:
    return make_annotation(
        rng.choice(SPEECHES),
        number,
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 6))),
        color=rng.choice(COLORS),
        note="".join(rng.choice(SYLLABLES) for _ in range(rng.randint(0, 3))),
        tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
        annotation_id=f"a{number}",
    )


def _criteria(rng: random.Random) -> AnnotationCriteria:
    """Colours, a tag, words, or a mix of them (words from one to three characters)."""
    words = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))
    return AnnotationCriteria(
        colors=frozenset(rng.sample(COLORS, rng.randint(0, 2))),
        tag=rng.choice((None, None, *TAGS)),
        words=AnnotationCriteria.words_of(words) if rng.random() < 0.7 else (),
    )


def _expected(annotations: list[Annotation], criteria: AnnotationCriteria) -> Listing:
    """Every group with its annotations that pass, in order: Qt's recursive filter's answer."""
    grouped = group_annotations(annotations, speech_ranks(TITLES), all_speeches=True)
    listing = []
    for key, members in grouped.groups:
        passing = [a.id for a in members if criteria.accepts(a, search_text(a))]
        if passing:
            listing.append((key, passing))
    return listing


def _listing(proxy: AnnotationFilter) -> Listing:
    """What the view is shown: each group given so far, with its rows that pass."""
    listing = []
    for row in range(proxy.rowCount()):
        group = proxy.index(row, 0, QModelIndex())
        ids = [proxy.index(child, 0, group).data(Role.ID) for child in range(proxy.rowCount(group))]
        listing.append((group.data(Role.SPEECH_ID) or group.data(), ids))
    return listing


def _everything(proxy: AnnotationFilter) -> Listing:
    """The listing after every group was given to the view (End)."""
    source = proxy.sourceModel()
    assert isinstance(source, AnnotationsModel)
    source.expose_all()
    return _listing(proxy)


def _list(annotations: list[Annotation]) -> tuple[AnnotationsModel, AnnotationFilter]:
    """A model of "all speeches" with the worker's rows and texts, and its filter."""
    grouped = group_annotations(annotations, speech_ranks(TITLES), all_speeches=True)
    model = AnnotationsModel()
    model.adopt(grouped, all_speeches=True, titles=TITLES, rows=rows_of(grouped))
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    proxy.adopt_search_texts(search_texts(annotations))
    return model, proxy


def _filter(proxy: AnnotationFilter, criteria: AnnotationCriteria, by_ids: bool) -> None:
    """Filter as the GUI thread does, or by the ids a matcher found in the worker's texts."""
    if by_ids:
        proxy.set_criteria(criteria, matching_ids(criteria, proxy.adopted_search_texts))
    else:
        proxy.set_criteria(criteria)


@pytest.mark.parametrize("by_ids", [False, True])
@pytest.mark.parametrize("seed", range(8))
def test_random_filters_show_what_a_filter_of_every_group_shows(seed: int, by_ids: bool) -> None:
    rng = random.Random(seed)
    annotations = [_annotation(rng, number) for number in range(120)]
    _model, proxy = _list(annotations)
    for _ in range(5):
        criteria = _criteria(rng)
        _filter(proxy, criteria, by_ids)
        expected = _expected(annotations, criteria)
        assert _listing(proxy) == expected[:BATCH], "the first batch: the first groups matching"
        assert _everything(proxy) == expected
        assert proxy.shown_count() == sum(len(ids) for _key, ids in expected)


@pytest.mark.parametrize("by_ids", [False, True])
@pytest.mark.parametrize("seed", range(6))
def test_changes_under_a_filter_show_what_a_filter_of_every_group_shows(
    seed: int, by_ids: bool
) -> None:
    # Groups not given to Qt because they did not match must come when a change makes them
    # match (before or after the groups given so far); groups given that no longer match hide.
    rng = random.Random(100 + seed)
    annotations = {a.id: a for a in (_annotation(rng, number) for number in range(120))}
    model, proxy = _list(list(annotations.values()))
    criteria = _criteria(rng)
    _filter(proxy, criteria, by_ids)
    for step in range(25):
        _change(rng, model, annotations, 1000 * seed + step)
        expected = _expected(list(annotations.values()), criteria)
        if step % 5 == 4:
            assert _everything(proxy) == expected
        else:
            shown = _listing(proxy)  # the groups looked at so far: every match among them
            assert shown == expected[: len(shown)]


def _change(
    rng: random.Random, model: AnnotationsModel, annotations: dict[str, Annotation], number: int
) -> None:
    """Add, edit (its note, colour or tags) or trash an annotation, as the window does."""
    choice = rng.random()
    if choice < 0.3 or not annotations:
        added = _annotation(rng, number)
        annotations[added.id] = added
        model.add_annotation(added)
    elif choice < 0.7:
        edited = _annotation(rng, number)
        old = rng.choice(list(annotations.values()))
        new = replace(old, note=edited.note, color=edited.color, tags=edited.tags)
        annotations[new.id] = new
        model.update_annotation(new)
    else:
        gone = annotations.pop(rng.choice(list(annotations)))
        model.remove_annotation(gone.id)


def test_a_filter_by_ids_is_not_asked_about_groups_that_hold_no_match(
    monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    # Words few annotations hold, in groups all over a long list: Qt asked the proxy about
    # every group down to the last match (8,666 of a big library), ~15 ms a filter.
    rng = random.Random(3)
    annotations = [_annotation(rng, number) for number in range(120)]
    annotations.append(make_annotation(29, 1, "罕见之词", annotation_id="rare"))
    annotations.append(make_annotation(2, 1, "又一罕见", annotation_id="rare2"))
    model, proxy = _list(annotations)
    asked: list[int] = []
    real = AnnotationFilter.filterAcceptsRow

    def filter_accepts_row(self: AnnotationFilter, row: int, parent: QModelIndex) -> bool:
        if not parent.isValid():
            asked.append(row)
        return real(self, row, parent)

    monkeypatch.setattr(AnnotationFilter, "filterAcceptsRow", filter_accepts_row)
    monkeypatch.setattr(
        AnnotationFilter, "node_passes", _refuse_groups(AnnotationFilter.node_passes)
    )
    criteria = AnnotationCriteria(words=("罕见",))
    proxy.set_criteria(criteria, matching_ids(criteria, proxy.adopted_search_texts))
    assert _listing(proxy) == [(2, ["rare2"]), (29, ["rare"])]
    assert len(asked) == 2, "only the two groups holding a match"
    assert not model.has_more_groups()
    qtmodeltester.check(proxy)


def _refuse_groups(real: Callable[[AnnotationFilter, Node], bool]) -> Callable[..., bool]:
    """``node_passes`` that fails for a group: the groups come from the ids, not a look."""

    def node_passes(self: AnnotationFilter, node: Node) -> bool:
        if node.annotation is None and self.passing_groups() is None:
            raise AssertionError("a group looked at one by one")
        return real(self, node)

    return node_passes


def test_times_refreshed_under_a_filter_name_the_rows_as_qt_knows_them() -> None:
    rng = random.Random(5)
    annotations = [_annotation(rng, number) for number in range(120)]
    model, proxy = _list(annotations)
    criteria = AnnotationCriteria(words=("发展",))
    proxy.set_criteria(criteria, matching_ids(criteria, proxy.adopted_search_texts))
    told: list[QModelIndex] = []
    model.dataChanged.connect(lambda top, bottom, _roles: told.extend((top, bottom)))
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    model.clock = lambda: tomorrow  # a new day: every row's time is read again
    model.refresh_times()
    groups = {model.index(row, 0) for row in range(model.rowCount())}
    assert len(told) == 2 * len(groups) > 0, "a range for each group given to Qt"
    for index in told:
        assert index.parent() in groups
        assert model.index(index.row(), index.column(), index.parent()) == index
