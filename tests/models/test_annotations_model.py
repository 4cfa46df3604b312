"""Tests for desktop/models/annotations_model.py: groups, rows, roles, incremental updates."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState
from desktop.core.annotation_groups import group_annotations, speech_ranks
from desktop.gui.i18n import Language, Translations
from desktop.models import annotations_model
from desktop.models.annotations_model import AnnotationsModel, Column, Role
from tests.machine_zone import machine_zone
from tests.models.factory import changed, make_annotation

TITLES = {10: "在全市工作会议上的讲话", 20: "在全省表彰大会上的讲话"}


def _rows(model: AnnotationsModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def _tree(model: AnnotationsModel) -> list[tuple[str, list[str]]]:
    out = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        out.append((index.data(), _rows(model, index)))
    return out


def test_one_speech_lists_its_annotations_in_text_order_and_orphans_apart(
    qtmodeltester: ModelTester,
) -> None:
    model = AnnotationsModel()
    model.set_annotations(
        [
            make_annotation(10, 50, "后面的话"),
            make_annotation(10, 5, "前面的话"),
            make_annotation(10, 30, "找不到的话", state=AnchorState.ORPHANED),
            make_annotation(20, 1, "别的讲话"),
        ],
        speech_id=10,
        titles=TITLES,
    )
    qtmodeltester.check(model)
    assert _tree(model) == [
        ("前面的话", []),
        ("后面的话", []),
        ("Passage not found", ["找不到的话"]),
    ]
    orphans = model.index(2, 0)
    assert orphans.data(Role.IS_ORPHAN_GROUP)
    assert orphans.data(Role.GROUP_COUNT) == 1
    assert not model.flags(orphans) & Qt.ItemFlag.ItemIsSelectable


def test_all_speeches_are_grouped_in_library_order(qtmodeltester: ModelTester) -> None:
    model = AnnotationsModel()
    model.set_annotations(
        [
            make_annotation(20, 1, "乙"),
            make_annotation(10, 9, "甲二"),
            make_annotation(10, 2, "甲一"),
        ],
        all_speeches=True,
        titles=TITLES,
    )
    qtmodeltester.check(model)
    assert _tree(model) == [
        ("在全市工作会议上的讲话", ["甲一", "甲二"]),
        ("在全省表彰大会上的讲话", ["乙"]),
    ]


def test_roles_carry_what_the_dock_needs() -> None:
    model = AnnotationsModel()
    note = "## 要点\n\n第二行"
    annotation = make_annotation(10, 7, "提高认识", color="green", note=note, tags=("金句", "开头"))
    model.set_annotations([annotation], speech_id=10)
    index = model.index_of(annotation.id)
    assert index.data(Role.ID) == annotation.id
    assert index.data(Role.SPEECH_ID) == 10
    assert index.data(Role.START) == 7
    assert index.data(Role.COLOR) == "green"
    assert index.data(Role.NOTE) == note
    assert index.data(Role.TAGS) == ("金句", "开头")
    assert model.index(index.row(), Column.NOTE).data() == "要点…", "more follows"
    assert model.index(index.row(), Column.TAGS).data() == "金句、开头"
    assert index.data(Qt.ItemDataRole.DecorationRole).name() == "#b7eb8f"
    assert "第二行" in index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize(
    ("language", "spoken"),
    [
        ("en", "Green · 提高认识 · 要点 · 金句、开头"),
        ("zh_CN", "绿色 · 提高认识 · 要点 · 金句、开头"),
    ],
)
def test_a_row_says_its_colour_passage_note_and_tags(
    qapp: QApplication, language: str, spoken: str
) -> None:
    """Colour is never the only sign: a screen reader hears "绿色 · 摘录 · 批注 · 标签"."""
    translations = Translations(qapp)
    translations.apply(Language(language))
    try:
        model = AnnotationsModel()
        annotation = make_annotation(
            10, 7, "提高认识", color="green", note="## 要点\n\n第二行", tags=("金句", "开头")
        )
        model.set_annotations([annotation], speech_id=10)
        index = model.index_of(annotation.id)
        assert index.data(Qt.ItemDataRole.AccessibleTextRole) == spoken
        description = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
        assert description == index.data(Qt.ItemDataRole.ToolTipRole)
        assert description.startswith(spoken.split(" · ")[0])
        assert (
            model.index(index.row(), Column.NOTE).data(Qt.ItemDataRole.AccessibleTextRole) is None
        )
    finally:
        translations.remove()


def test_adding_changing_and_removing_one_annotation_needs_no_reset(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    model = AnnotationsModel()
    first, second = make_annotation(10, 5, "甲"), make_annotation(10, 50, "丙")
    model.set_annotations([first, second], speech_id=10)
    qtmodeltester.check(model)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    middle = make_annotation(10, 20, "乙")
    with qtbot.waitSignal(model.rowsInserted):
        model.add_annotation(middle)
    assert _rows(model) == ["甲", "乙", "丙"]

    with qtbot.waitSignal(model.dataChanged):
        model.update_annotation(changed(middle, note="新批注"))
    assert model.index_of(middle.id).data(Role.NOTE) == "新批注"

    model.update_annotation(changed(middle, state=AnchorState.ORPHANED))  # moves to the group
    assert _tree(model) == [("甲", []), ("丙", []), ("Passage not found", ["乙"])]

    model.remove_annotation(middle.id)  # the group goes with its last member
    assert _rows(model) == ["甲", "丙"]
    model.add_annotation(make_annotation(20, 0, "别的讲话"))  # another speech: not shown
    model.update_annotation(changed(first, deleted="2024-03-06T00:00:00Z"))  # trashed
    assert _rows(model) == ["丙"]
    assert resets == []
    qtmodeltester.check(model)


def test_updates_keep_groups_right_when_showing_all(qtmodeltester: ModelTester) -> None:
    model = AnnotationsModel()
    model.set_annotations([make_annotation(20, 1, "乙")], all_speeches=True, titles=TITLES)
    added = make_annotation(10, 3, "甲")
    model.add_annotation(added)  # a new group, in library order
    assert _tree(model) == [("在全市工作会议上的讲话", ["甲"]), ("在全省表彰大会上的讲话", ["乙"])]
    model.update_annotation(changed(added, start=0, quote=added.quote))
    model.set_speech_titles({10: "改过的标题", 20: TITLES[20]})
    assert model.index(0, 0).data() == "改过的标题"
    qtmodeltester.check(model)


def test_tag_counts_cover_the_shown_annotations() -> None:
    model = AnnotationsModel()
    model.set_annotations(
        [
            make_annotation(10, 1, tags=("金句",)),
            make_annotation(10, 2, tags=("金句", "数据")),
            make_annotation(20, 2, tags=("别处",)),
        ],
        speech_id=10,
    )
    assert model.tag_counts() == {"金句": 2, "数据": 1}


def test_all_speeches_builds_each_group_once_by_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # Finding each annotation's group by scanning the groups was quadratic: 2.5 s for
    # 20,000 annotations in 8,600 groups. The bulk build never scans for a group.
    model = AnnotationsModel()
    monkeypatch.setattr(model, "_parent_for", lambda *_: pytest.fail("scanned for a group"))
    annotations = [make_annotation(100 + n % 50, n, f"第{n}句") for n in range(200)]
    model.set_annotations(annotations, all_speeches=True, titles={})
    assert model.rowCount() == 50
    assert sum(model.rowCount(model.index(row, 0)) for row in range(50)) == 200


def test_adopting_grouped_annotations_sorts_nothing(
    qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker sorts and groups "all speeches"; the GUI thread only makes rows of them.
    titles = {7: "第七篇", 3: "第三篇"}
    annotations = [
        make_annotation(3, 9),
        make_annotation(7, 5),
        make_annotation(3, 1),
        make_annotation(7, 2, state=AnchorState.ORPHANED),
    ]
    grouped = group_annotations(annotations, speech_ranks(titles), all_speeches=True)
    keyed: list[object] = []
    real_key = annotations_model.annotation_key
    monkeypatch.setattr(
        annotations_model, "annotation_key", lambda *a: keyed.append(a) or real_key(*a)
    )
    model = AnnotationsModel()
    model.adopt(grouped, all_speeches=True, titles=titles)
    qtmodeltester.check(model)
    assert keyed == [], "no annotation's sort key was computed"
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names[:2] == ["第七篇", "第三篇"]
    assert model.annotations() == [a for _key, members in grouped.groups for a in members]
    later = make_annotation(3, 5)
    model.add_annotation(later)  # single changes still find their place
    third = model.index(1, 0)
    assert [model.index(r, 0, third).data(Role.ID) for r in range(3)] == [
        annotations[2].id,
        later.id,
        annotations[0].id,
    ]


def _library(speeches: int) -> tuple[dict[int, str], list]:
    titles = {speech: f"第{speech}篇" for speech in range(1, speeches + 1)}
    annotations = [make_annotation(speech, 3, f"{speech}甲") for speech in titles]
    annotations += [make_annotation(speech, 1, f"{speech}乙") for speech in titles]
    return titles, annotations


def test_a_collection_leaves_and_comes_back_in_one_step_each(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    # A collection's speeches are neighbours: its groups go and come back as one run of rows,
    # not a reset of the whole list nor a row at a time.
    titles, annotations = _library(6)
    lost = make_annotation(4, 9, "4丢", state=AnchorState.ORPHANED)
    kept_orphan = make_annotation(1, 9, "1丢", state=AnchorState.ORPHANED)
    model = AnnotationsModel()
    model.set_annotations([*annotations, lost, kept_orphan], all_speeches=True, titles=titles)
    qtmodeltester.check(model)
    before = _tree(model)
    collection = [a for a in [*annotations, lost] if a.speech_id in (3, 4, 5)]
    steps: list[tuple[str, bool, int, int]] = []
    model.rowsRemoved.connect(
        lambda parent, first, last: steps.append(("-", parent.isValid(), first, last))
    )
    model.rowsInserted.connect(
        lambda parent, first, last: steps.append(("+", parent.isValid(), first, last))
    )
    model.modelReset.connect(lambda: steps.append(("reset", False, 0, 0)))

    model.remove_annotations(a.id for a in collection)
    assert _tree(model) == [
        ("第1篇", ["1乙", "1甲"]),
        ("第2篇", ["2乙", "2甲"]),
        ("第6篇", ["6乙", "6甲"]),
        ("Passage not found", ["1丢"]),
    ]
    assert steps == [("-", True, 1, 1), ("-", False, 2, 4)], "the orphan, then three groups"
    assert model.annotation(lost.id) is None
    steps.clear()

    model.add_annotations(reversed(collection))
    assert _tree(model) == before
    assert steps == [("+", True, 1, 1), ("+", False, 2, 4)], "the orphan, then three groups"
    assert model.annotation_count() == 14
    qtmodeltester.check(model)


def test_many_annotations_added_to_one_speech_land_in_text_order() -> None:
    model = AnnotationsModel()
    model.set_annotations([make_annotation(10, 20, "中")], speech_id=10)
    first, last = make_annotation(10, 1, "前"), make_annotation(10, 90, "后")
    model.add_annotations([last, make_annotation(20, 0, "别的讲话"), first])
    assert _rows(model) == ["前", "中", "后"]
    model.remove_annotations([first.id, "unknown"])
    assert _rows(model) == ["中", "后"]


def test_new_titles_change_only_the_groups_renamed(qtbot: QtBot) -> None:
    # A signal over every group made the filter and the view look at thousands of rows again.
    titles, annotations = _library(5)
    model = AnnotationsModel()
    model.set_annotations(annotations, all_speeches=True, titles=titles)
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changes.append((top.row(), bottom.row())))
    model.set_speech_titles({**titles, 2: "改", 3: "改过", 5: "又改"})
    assert changes == [(1, 2), (4, 4)]
    assert [model.index(row, 0).data() for row in range(5)] == [
        "第1篇",
        "改",
        "改过",
        "第4篇",
        "又改",
    ]
    changes.clear()
    model.set_speech_titles(dict(model.speech_titles))
    assert changes == []


def test_another_open_speech_under_all_speeches_changes_no_row(qtbot: QtBot) -> None:
    titles, annotations = _library(3)
    model = AnnotationsModel()
    model.set_annotations(annotations, speech_id=1, all_speeches=True, titles=titles)
    before = _tree(model)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.dataChanged):
        model.set_open_speech(2)
    assert model.speech_id == 2
    assert _tree(model) == before
    model.set_annotations(annotations[:1], speech_id=1)
    with pytest.raises(ValueError, match="set_annotations"):
        model.set_open_speech(2)


@pytest.mark.usefixtures("automatic_collector")
def test_making_the_rows_of_a_new_list_sets_off_no_pass_of_the_collector() -> None:
    # The rows all live: passes over the whole heap while 28,000 were made (some 35-50 ms
    # each on a big library) found nothing to free.
    titles, annotations = _library(1000)
    grouped = group_annotations(annotations, speech_ranks(titles), all_speeches=True)
    model = AnnotationsModel()
    passes: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        model.adopt(grouped, all_speeches=True, titles=titles)
    finally:
        gc.callbacks.remove(count)
    assert model.annotation_count() == 2000
    assert len(passes) <= 1, "at most the one due when the collector runs again"


def test_tag_counts_follow_every_kind_of_change() -> None:
    def recount(model: AnnotationsModel) -> dict[str, int]:
        counts: dict[str, int] = {}
        for annotation in model.annotations():
            for tag in annotation.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: item[0].casefold()))

    first = make_annotation(10, 1, tags=("金句",))
    second = make_annotation(20, 2, tags=("金句", "Data"))
    model = AnnotationsModel()
    model.set_annotations([first, second], all_speeches=True, titles=TITLES)
    assert model.tag_counts() == recount(model) == {"Data": 1, "金句": 2}
    steps = [
        lambda: model.add_annotation(make_annotation(10, 3, tags=("apple",))),
        lambda: model.update_annotation(changed(first, tags=("数据",))),
        lambda: model.update_annotation(changed(second, speech_id=10)),  # moves group
        lambda: model.remove_annotations([second.id]),
        lambda: model.add_annotations([second]),
        lambda: model.remove_annotation(first.id),
    ]
    for step in steps:
        step()
        assert model.tag_counts() == recount(model)
    assert model.tag_counts() == {"apple": 1, "Data": 1, "金句": 1}


def test_each_minute_only_the_times_still_shown_relative_are_read_again() -> None:
    # "All speeches" of a big library: a range for each of ~8,000 groups every minute held the
    # GUI thread ~130 ms, though only the last hour's times ("5 min ago") read otherwise.
    now = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
    model = AnnotationsModel()
    model.clock = lambda: now
    old = [
        make_annotation(speech, 5, "早先的话", annotation_id=f"old{speech}") for speech in (10, 20)
    ]
    recent = make_annotation(
        20, 50, "刚才的话", created="2024-03-05T11:58:00.000000Z", annotation_id="new"
    )
    model.set_annotations([*old, recent], all_speeches=True, titles=TITLES)
    model.expose_all()
    told: list[tuple[str, str]] = []
    model.dataChanged.connect(
        lambda top, bottom, _roles: told.append((top.data(Role.ID), bottom.data(Role.ID)))
    )
    now += timedelta(minutes=1)
    model.refresh_times()
    assert told == [("new", "new")]
    (group,) = [model.index(row, 0) for row in range(2) if model.index(row, 0).data() == TITLES[20]]
    assert model.index(1, Column.TIME, group).data() == "3 min ago"
    told.clear()
    now += timedelta(days=1)  # "today 08:00" becomes "yesterday 08:00": every row is read
    model.refresh_times()
    assert sorted(told) == [("old10", "old10"), ("old20", "new")]
    told.clear()
    model.refresh_times()
    assert told == []


def test_a_time_the_machines_zone_moves_out_of_the_calendar_shows_as_stored() -> None:
    """Another tool's time (an annotation import takes it) at the calendar's last hours: the
    row and its tooltip show it as stored, and each minute's refresh reads it without error."""
    now = datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
    stamp = "9999-12-31T20:00:00Z"
    model = AnnotationsModel()
    model.clock = lambda: now
    edge = make_annotation(10, 5, "边界的话", created=stamp, annotation_id="edge")
    with machine_zone():  # UTC+08:00: 10000-01-01 04:00 there
        model.set_annotations([edge], speech_id=10)
        index = model.index_of("edge")
        assert model.index(index.row(), Column.TIME, index.parent()).data() == stamp
        assert f"Created {stamp}" in index.data(Qt.ItemDataRole.ToolTipRole)
        model.refresh_times()
