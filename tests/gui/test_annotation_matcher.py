"""Tests for matching the annotations dock's words over "all speeches" in a thread
(desktop/gui/annotation_matcher.py with the dock's filters and desktop/models/annotation_filter.py).
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.core.annotation import Annotation
from desktop.core.annotation_groups import group_annotations, speech_ranks
from desktop.core.annotation_match import AnnotationCriteria, search_texts
from desktop.gui.annotations_dock import AnnotationsDock
from desktop.models.annotation_filter import AnnotationFilter
from desktop.models.annotation_nodes import rows_of
from desktop.models.annotations_model import AnnotationsModel, Role
from tests.models.factory import make_annotation

SPEECHES = range(1, 41)
TITLES = {speech: f"第{speech}篇讲话" for speech in SPEECHES}
SYLLABLES = "发展改革开放创新协调绿色共享"
COLORS = ("yellow", "green", "blue")


def _annotations(rng: random.Random) -> list[Annotation]:
    made = []
    for number in range(300):
        quote = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 8)))
        note = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(0, 4)))
        tags = tuple(rng.sample(("开头", "结尾", "Ａｂ"), rng.randint(0, 2)))
        made.append(
            make_annotation(
                rng.choice(SPEECHES),
                number,
                quote,
                color=rng.choice(COLORS),
                note=note,
                tags=tags,
                annotation_id=f"a{number}",
            )  # fmt: skip
        )
    return made


def _dock(qtbot: QtBot, annotations: list[Annotation]) -> AnnotationsDock:
    """A dock under "all speeches" given the list as the worker gives it (texts and rows)."""
    dock = AnnotationsDock()
    qtbot.addWidget(dock)
    dock.set_all_speeches(True)
    grouped = group_annotations(annotations, speech_ranks(TITLES), all_speeches=True)
    texts, rows = search_texts(annotations), rows_of(grouped)
    dock.adopt_annotations(grouped, speech_id=None, titles=TITLES, search_texts=texts, rows=rows)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def _shown_ids(proxy: AnnotationFilter) -> set[str]:
    """Every annotation the list shows (its groups all given to the view first)."""
    source = proxy.sourceModel()
    assert isinstance(source, AnnotationsModel)
    source.expose_all()
    shown: set[str] = set()
    for row in range(proxy.rowCount()):
        group = proxy.index(row, 0, QModelIndex())
        if proxy.rowCount(group) == 0:
            shown.add(f"empty group {group.data()}")  # a group shows only holding a match
        for child in range(proxy.rowCount(group)):
            shown.add(proxy.index(child, 0, group).data(Role.ID))
    return shown


def _expected(annotations: list[Annotation], criteria: AnnotationCriteria) -> set[str]:
    """The same filter on the GUI thread: a model and filter with no texts from a worker."""
    model = AnnotationsModel()
    model.set_annotations(annotations, all_speeches=True, titles=TITLES)
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    proxy.set_criteria(criteria)
    return _shown_ids(proxy)


def _type(qtbot: QtBot, dock: AnnotationsDock, text: str) -> None:
    edit = dock._filters.search_edit  # noqa: SLF001 - the box the user types in
    edit.clear()
    edit.insert(text)  # as an input method commits it (QTest types ASCII only)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("seed", range(6))
def test_words_matched_in_the_thread_show_what_the_gui_thread_shows(
    qtbot: QtBot, seed: int
) -> None:
    rng = random.Random(seed)
    annotations = _annotations(rng)
    dock = _dock(qtbot, annotations)
    for _ in range(4):
        words = " ".join(
            rng.choice(SYLLABLES) + rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2))
        )
        dock.set_color_filter(rng.sample(COLORS, rng.randint(0, 2)))
        _type(qtbot, dock, words)
        wanted = AnnotationCriteria.words_of(words)
        qtbot.waitUntil(lambda wanted=wanted: dock.proxy.criteria.words == wanted)
        assert _shown_ids(dock.proxy) == _expected(annotations, dock.proxy.criteria)


def test_an_annotation_changed_after_the_list_came_is_judged_as_it_is_now(qtbot: QtBot) -> None:
    annotations = _annotations(random.Random(7))
    dock = _dock(qtbot, annotations)
    changed = replace(annotations[5], note="罕见的词")
    dock.update_annotation(changed)
    dock.add_annotation(make_annotation(3, 999, "又一条", note="罕见的词", annotation_id="new"))
    _type(qtbot, dock, "罕见")
    qtbot.waitUntil(lambda: dock.proxy.criteria.words == ("罕见",))
    assert _shown_ids(dock.proxy) == {changed.id, "new"}
    dock.update_annotation(replace(changed, note=""))  # no longer matching: its group goes
    assert _shown_ids(dock.proxy) == {"new"}


def test_the_latest_words_typed_win(qtbot: QtBot) -> None:
    annotations = _annotations(random.Random(3))
    dock = _dock(qtbot, annotations)
    with qtbot.waitSignal(dock.proxy.modelReset):
        _type(qtbot, dock, "发展")
        _type(qtbot, dock, "创新")
    qtbot.waitUntil(lambda: dock.proxy.criteria.words == ("创新",))
    assert dock.proxy.text == "创新"
    expected = _expected(annotations, AnnotationCriteria(words=("创新",)))
    assert _shown_ids(dock.proxy) == expected
    # Emptying the box drops a question not answered yet and shows everything at once.
    _type(qtbot, dock, "协调")
    dock._filters.search_edit.clear()  # noqa: SLF001
    assert dock.proxy.text == ""
    assert len(_shown_ids(dock.proxy)) == len(annotations)
    qtbot.waitUntil(lambda: dock._matcher is not None and dock._matcher.pending is None)  # noqa: SLF001
    assert dock.proxy.text == ""
