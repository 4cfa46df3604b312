"""Tests for desktop/models/annotations_bulk.py: renames and groups found by key, not by scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from desktop.models.annotations_model import AnnotationsModel
from tests.models.factory import make_annotation


def _library(speeches: int) -> tuple[dict[int, str], list]:
    titles = {speech: f"第{speech}篇" for speech in range(1, speeches + 1)}
    return titles, [make_annotation(speech, 3, f"{speech}甲") for speech in titles]


def test_renames_known_to_the_caller_are_the_only_groups_looked_at(qapp: QApplication) -> None:
    # A re-imported collection's speeches are the only ones renamed: looking at every one of
    # 8,666 groups for a changed title was most of the relabelling.
    titles, annotations = _library(6)
    model = AnnotationsModel()
    model.set_annotations(annotations, all_speeches=True, titles=titles)
    changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changes.append((top.row(), bottom.row())))
    model.set_speech_titles({**titles, 2: "改", 3: "改过", 6: "别处改"}, renamed=[2, 3, 99])
    assert changes == [(1, 2)]  # 6 is not among those said renamed: its group is not looked at
    assert [model.index(row, 0).data() for row in (1, 2)] == ["改", "改过"]


def test_a_collections_annotations_back_join_the_groups_already_there(qapp: QApplication) -> None:
    titles, annotations = _library(4)
    model = AnnotationsModel()
    model.set_annotations(annotations, all_speeches=True, titles=titles)
    back = [make_annotation(2, 9, "又一条"), make_annotation(5, 0, "新的讲话")]
    model.set_speech_titles({**titles, 5: "第5篇"}, renamed=[5])
    model.add_annotations(back)
    assert model.rowCount() == 5  # speech 2's group kept, speech 5's new
    assert model.rowCount(model.index(1, 0)) == 2


_STEP = st.tuples(st.sampled_from(["add", "remove", "add_many", "remove_many"]), st.integers(1, 5))


@settings(max_examples=40, deadline=None)
@given(steps=st.lists(_STEP, max_size=25))
def test_groups_are_found_by_key_after_any_changes(qapp: QApplication, steps: list) -> None:
    # Each speech's group is looked up by its key (kept in step with the rows), not by a scan
    # of every group: after any adds and removals the rows are those of a list made anew.
    titles, _ = _library(5)
    model = AnnotationsModel()
    model.set_annotations([], all_speeches=True, titles=titles)
    live: dict[str, object] = {}
    for number, (step, speech) in enumerate(steps):
        made = [make_annotation(speech, number, f"{speech}号{number}")]
        if step == "add_many":
            made.append(make_annotation(speech % 5 + 1, number, f"又{number}"))
        mine = [key for key, a in live.items() if a.speech_id == speech]  # type: ignore[attr-defined]
        if step == "add":
            model.add_annotation(made[0])
        elif step == "add_many":
            model.add_annotations(made)
        elif step == "remove" and mine:
            model.remove_annotation(mine[0])
        elif step == "remove_many":
            model.remove_annotations(mine)
        if step.startswith("add"):
            live.update((a.id, a) for a in made)
        else:
            for key in mine if step == "remove_many" else mine[:1]:
                live.pop(key)
    fresh = AnnotationsModel()
    fresh.set_annotations(list(live.values()), all_speeches=True, titles=titles)
    model.expose_all()
    fresh.expose_all()
    assert _tree(model) == _tree(fresh)


def _tree(model: AnnotationsModel) -> list[tuple[str, int]]:
    return [
        (model.index(row, 0).data(), model.rowCount(model.index(row, 0)))
        for row in range(model.rowCount())
    ]
