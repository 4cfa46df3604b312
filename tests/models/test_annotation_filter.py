"""Tests for desktop/models/annotation_filter.py: colour, tag and text filters over groups."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from PySide6.QtCore import SIGNAL, QModelIndex, QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from desktop.core.annotation import AnchorState, Annotation
from desktop.core.annotation_match import AnnotationCriteria, search_texts
from desktop.models import annotations_fetch
from desktop.models.annotation_filter import AnnotationFilter
from desktop.models.annotations_model import AnnotationsModel
from tests.models.factory import changed, make_annotation


def _shown(proxy: QSortFilterProxyModel) -> list[str]:
    out = []
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        children = [proxy.index(r, 0, index).data() for r in range(proxy.rowCount(index))]
        out.append(f"{index.data()}: {', '.join(children)}" if children else index.data())
    return out


def _filtered() -> tuple[AnnotationsModel, AnnotationFilter]:
    model = AnnotationsModel()
    model.set_annotations(
        [
            make_annotation(1, 1, "效能革命", color="yellow", tags=("提法",)),
            make_annotation(1, 9, "数据翔实", color="green", note="可用于 ABC 材料"),
            make_annotation(2, 3, "金句一则", color="green", tags=("金句", "提法")),
        ],
        all_speeches=True,
        titles={1: "甲", 2: "乙"},
    )
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    return model, proxy


def _criteria(
    colors: Iterable[str] = (), tag: str | None = None, text: str = ""
) -> AnnotationCriteria:
    """The filters as the dock sets them from its choices (the typed text folded into words)."""
    return AnnotationCriteria(frozenset(colors), tag, AnnotationCriteria.words_of(text))


def test_without_filters_everything_shows(qtmodeltester: ModelTester) -> None:
    _model, proxy = _filtered()
    qtmodeltester.check(proxy)
    assert _shown(proxy) == ["甲: 效能革命, 数据翔实", "乙: 金句一则"]


def test_colour_filter_hides_groups_left_empty(qtmodeltester: ModelTester) -> None:
    _model, proxy = _filtered()
    proxy.set_criteria(_criteria(colors={"yellow"}))
    assert _shown(proxy) == ["甲: 效能革命"]
    proxy.set_criteria(_criteria(colors={"yellow", "green"}))
    assert _shown(proxy) == ["甲: 效能革命, 数据翔实", "乙: 金句一则"]
    qtmodeltester.check(proxy)


def test_tag_filter_ignores_case_and_text_searches_quote_note_and_tags() -> None:
    _model, proxy = _filtered()
    proxy.set_criteria(_criteria(tag="提法"))
    assert _shown(proxy) == ["甲: 效能革命", "乙: 金句一则"]
    proxy.set_criteria(_criteria(text="ａｂｃ"))  # full-width letters find the note's ABC
    assert _shown(proxy) == ["甲: 数据翔实"]
    proxy.set_criteria(_criteria(text="金句"))  # a tag
    assert _shown(proxy) == ["乙: 金句一则"]
    proxy.set_criteria(_criteria(text="效能 革命"))  # every word must occur
    assert _shown(proxy) == ["甲: 效能革命"]
    proxy.clear()
    assert not proxy.is_active()


def test_rows_added_later_are_filtered_too() -> None:
    model, proxy = _filtered()
    proxy.set_criteria(_criteria(colors={"pink"}))
    assert _shown(proxy) == []
    model.add_annotation(make_annotation(2, 50, "新增粉色", color="pink"))
    assert _shown(proxy) == ["乙: 新增粉色"]
    assert proxy.rowCount(QModelIndex()) == 1


def test_shown_count_follows_the_filters() -> None:
    _model, proxy = _filtered()
    assert proxy.shown_count() == 3
    proxy.set_criteria(_criteria(colors={"green"}))
    assert proxy.shown_count() == 2
    proxy.set_criteria(_criteria(colors={"green"}, text="abc"))
    assert proxy.shown_count() == 1


def test_asking_whether_a_group_has_rows_filters_none_of_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The view asks it of every group it lays out; "all speeches" has thousands of groups
    # holding 20,000 annotations, which need no filtering while the groups are folded.
    _model, proxy = _filtered()
    asked: list[bool] = []
    real = AnnotationFilter.filterAcceptsRow
    monkeypatch.setattr(
        AnnotationFilter,
        "filterAcceptsRow",
        lambda self, row, parent: asked.append(parent.isValid()) or real(self, row, parent),
    )
    groups = [proxy.index(row, 0) for row in range(proxy.rowCount())]
    assert all(proxy.hasChildren(group) for group in groups)
    assert not any(asked), "only the groups themselves were filtered"
    assert not proxy.hasChildren(proxy.index(0, 0, groups[0]))


def _asked_of_model(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The source model's methods called from now on, by name."""
    asked: list[str] = []
    for name in ("index", "data", "flags", "rowCount", "node_at"):
        real = getattr(AnnotationsModel, name)

        def spy(self: AnnotationsModel, *args: object, _real=real, _name=name) -> object:
            asked.append(_name)
            return _real(self, *args)

        monkeypatch.setattr(AnnotationsModel, name, spy)
    return asked


def test_the_headings_of_all_speeches_are_described_without_the_source_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The view asks hasChildren and flags (twice) of each of thousands of headings it lays out:
    # through the source model each was a model index and a call, both in Python.
    _model, proxy = _filtered()
    groups = [proxy.index(row, 0) for row in range(proxy.rowCount())]
    asked = _asked_of_model(monkeypatch)
    assert all(proxy.hasChildren(group) for group in groups)
    assert all(proxy.flags(group) == Qt.ItemFlag.ItemIsEnabled for group in groups)
    assert asked == []
    row = proxy.index(0, 0, groups[0])
    assert not proxy.hasChildren(row)
    assert proxy.flags(row) & Qt.ItemFlag.ItemIsSelectable


def test_one_speech_s_rows_and_orphans_group_are_told_apart() -> None:
    model = AnnotationsModel()
    model.set_annotations(
        [
            make_annotation(1, 1, "效能革命"),
            make_annotation(1, 5, "失落", state=AnchorState.ORPHANED),
        ],
        speech_id=1,
    )
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    loose, orphans = proxy.index(0, 0), proxy.index(1, 0)
    assert (proxy.hasChildren(loose), proxy.hasChildren(orphans)) == (False, True)
    assert proxy.flags(loose) & Qt.ItemFlag.ItemIsSelectable
    assert proxy.flags(orphans) == Qt.ItemFlag.ItemIsEnabled


def test_without_filters_every_row_is_taken_unlooked_at(monkeypatch: pytest.MonkeyPatch) -> None:
    # Clearing a filter under "all speeches" mapped each of thousands of groups again, asking
    # the model for each group's annotations.
    _model, proxy = _filtered()
    proxy.set_criteria(_criteria(text="数据"))
    asked = _asked_of_model(monkeypatch)
    proxy.clear()
    assert proxy.rowCount() == 2
    assert set(asked) <= {"rowCount"}, "how many rows there are, and nothing of any row"
    assert "node_at" not in asked


def _asked_parents(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each row filtered from now on was under a group (True) or a group itself."""
    asked: list[bool] = []
    real = AnnotationFilter.filterAcceptsRow
    monkeypatch.setattr(
        AnnotationFilter,
        "filterAcceptsRow",
        lambda self, row, parent: asked.append(parent.isValid()) or real(self, row, parent),
    )
    return asked


def test_a_filter_pass_decides_on_the_groups_without_mapping_their_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Qt's recursive filtering asked each of 20,000 annotations of "all speeches" through a
    # model index on every pass; the groups are decided from their annotations directly.
    _model, proxy = _filtered()
    asked = _asked_parents(monkeypatch)
    proxy.set_criteria(_criteria(text="数据"))
    assert proxy.rowCount() == 1
    # Only the group that matches is given to Qt (the source looked at both once).
    assert asked == [False], "the matching group asked once, none of the rows under them"
    assert _shown(proxy) == ["甲: 数据翔实"], "a group's rows filtered when it is opened"


def test_an_edit_shows_or_hides_its_group_under_a_filter(qtmodeltester: ModelTester) -> None:
    model, proxy = _filtered()
    qtmodeltester.check(proxy)
    proxy.set_criteria(_criteria(text="提法"))
    assert _shown(proxy) == ["甲: 效能革命", "乙: 金句一则"]
    first = model.annotations()[0]
    model.update_annotation(changed(first, tags=()))
    assert _shown(proxy) == ["乙: 金句一则"], "甲 matches no more"
    second = model.annotations()[1]
    model.update_annotation(changed(second, note="一个提法"))
    assert _shown(proxy) == ["甲: 数据翔实", "乙: 金句一则"], "甲 matches again, by a note"


def test_texts_folded_by_the_worker_are_searched_as_they_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model, proxy = _filtered()
    proxy.adopt_search_texts(search_texts(model.annotations()))

    def fold_again(annotation: Annotation) -> str:
        raise AssertionError(f"{annotation.id} folded again on the GUI thread")

    monkeypatch.setattr("desktop.models.annotation_filter.search_text", fold_again)
    proxy.set_criteria(_criteria(text="ａｂｃ"))
    assert _shown(proxy) == ["甲: 数据翔实"]
    assert proxy.shown_count() == 1


def test_a_filter_looks_at_groups_not_given_to_the_view_yet(
    qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", 2)
    model = AnnotationsModel()
    titles = {speech: f"第{speech}篇" for speech in range(1, 7)}
    quotes = {speech: "效能革命" if speech == 6 else "数据翔实" for speech in titles}
    model.set_annotations(
        [make_annotation(speech, 1, quote) for speech, quote in quotes.items()],
        all_speeches=True,
        titles=titles,
    )
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 2
    proxy.set_criteria(_criteria(text="效能"))
    assert _shown(proxy) == ["第6篇: 效能革命"]
    qtmodeltester.check(proxy)
    model.set_annotations(model.annotations(), all_speeches=True, titles=titles)  # a new list
    assert _shown(proxy) == ["第6篇: 效能革命"]
    proxy.clear()
    assert proxy.rowCount() == 2  # the first batch again
    assert proxy.shown_count() == 6


def test_a_filter_gives_a_batch_of_matching_groups_and_more_on_request(
    monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester
) -> None:
    # "all speeches" of a big library: a filter looks at the groups down to its batch of
    # matches, not at every group, and the view is given more matches as it scrolls.
    monkeypatch.setattr(annotations_fetch, "FETCH_BATCH", 2)
    model = AnnotationsModel()
    titles = {speech: f"第{speech}篇" for speech in range(1, 10)}
    model.set_annotations(
        [make_annotation(s, 1, "效能革命" if s % 3 == 0 else "数据翔实") for s in titles],
        all_speeches=True,
        titles=titles,
    )
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    proxy.set_criteria(_criteria(text="效能"))
    assert _shown(proxy) == ["第3篇: 效能革命", "第6篇: 效能革命"]
    assert model.rowCount() == 2  # the matching groups down to the second, not those between
    assert proxy.shows_more_than(2)
    assert not proxy.shows_more_than(3)
    assert proxy.shown_count() == 3
    model.fetch_more_groups()
    assert _shown(proxy) == ["第3篇: 效能革命", "第6篇: 效能革命", "第9篇: 效能革命"]
    qtmodeltester.check(proxy)


def test_an_annotation_changed_is_judged_again(qtmodeltester: ModelTester) -> None:
    model, proxy = _filtered()
    proxy.set_criteria(_criteria(text="金句"))
    assert _shown(proxy) == ["乙: 金句一则"]
    first = model.annotations()[0]
    model.update_annotation(changed(first, note="金句"))
    assert _shown(proxy) == ["甲: 效能革命", "乙: 金句一则"]
    assert proxy.shown_count() == 2
    qtmodeltester.check(proxy)


def _all_speeches_reads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each read of the source's ``all_speeches`` from now on."""
    reads: list[bool] = []
    real = AnnotationsModel.all_speeches

    def spy(self: AnnotationsModel) -> bool:
        reads.append(real.fget(self))  # type: ignore[misc]
        return reads[-1]

    monkeypatch.setattr(AnnotationsModel, "all_speeches", property(spy))
    return reads


def test_whether_the_top_rows_are_groups_is_read_once_not_per_heading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Choosing a row far down "all speeches" had Qt ask flags and hasChildren ~35,000 times,
    # each reading the source's all_speeches through Python.
    _model, proxy = _filtered()
    reads = _all_speeches_reads(monkeypatch)
    groups = [proxy.index(row, 0) for row in range(proxy.rowCount())]
    for _ in range(3):
        assert all(proxy.hasChildren(group) for group in groups)
        assert all(proxy.flags(group) == Qt.ItemFlag.ItemIsEnabled for group in groups)
        assert all(proxy.is_group(group) for group in groups)
    assert reads == []


def _top_answers(proxy: AnnotationFilter) -> tuple[bool, bool]:
    """Whether the first top-level row is told a heading: by its flags, by hasChildren."""
    first = proxy.index(0, 0)
    return proxy.flags(first) == Qt.ItemFlag.ItemIsEnabled, proxy.hasChildren(first)


def test_the_top_rows_answer_follows_each_new_list_from_its_reset_on() -> None:
    model, proxy = _filtered()
    seen_at_reset: list[tuple[bool, bool]] = []
    # What a view connected to the proxy's reset asks first: the new list's answer already.
    proxy.modelReset.connect(lambda: seen_at_reset.append(_top_answers(proxy)))
    one = [make_annotation(1, 1, "效能革命")]
    model.set_annotations(one, speech_id=1)  # one speech: its annotations at the top
    assert _top_answers(proxy) == (False, False)
    model.set_annotations(one, all_speeches=True, titles={1: "甲"})
    assert _top_answers(proxy) == (True, True)
    assert seen_at_reset == [(False, False), (True, True)]


def test_a_new_source_brings_its_own_top_rows_answer() -> None:
    _model, proxy = _filtered()
    one = AnnotationsModel()
    one.set_annotations([make_annotation(1, 1, "效能革命")], speech_id=1)
    proxy.setSourceModel(one)
    assert _top_answers(proxy) == (False, False)
    grouped, _proxy = _filtered()
    proxy.setSourceModel(grouped)
    assert _top_answers(proxy) == (True, True)


_HEARD_SIGNALS = (
    "modelReset()",
    "modelAboutToBeReset()",
    "rowsAboutToBeInserted(QModelIndex,int,int)",
    "rowsAboutToBeRemoved(QModelIndex,int,int)",
    "dataChanged(QModelIndex,QModelIndex,QList<int>)",
    "rows_changed()",
)


def _listeners(model: AnnotationsModel) -> list[int]:
    """How many receivers each signal the filter hears has (Qt's own connections included)."""
    return [model.receivers(SIGNAL(signature)) for signature in _HEARD_SIGNALS]


def test_a_source_replaced_is_no_longer_heard() -> None:
    dropped = AnnotationsModel()
    alone = _listeners(dropped)
    proxy = AnnotationFilter()
    proxy.setSourceModel(dropped)
    assert _listeners(dropped) != alone
    grouped, _proxy = _filtered()
    proxy.setSourceModel(grouped)
    assert _listeners(dropped) == alone


def test_the_same_source_set_twice_is_heard_once() -> None:
    model = AnnotationsModel()
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    once = _listeners(model)
    proxy.setSourceModel(model)
    assert _listeners(model) == once
