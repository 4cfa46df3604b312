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


def _new_list(dock: AnnotationsDock, annotations: list[Annotation]) -> None:
    """The worker's next list of "all speeches" arriving (its own rows and folded texts)."""
    grouped = group_annotations(annotations, speech_ranks(TITLES), all_speeches=True)
    texts, rows = search_texts(annotations), rows_of(grouped)
    dock.adopt_annotations(grouped, speech_id=None, titles=TITLES, search_texts=texts, rows=rows)


def test_a_new_list_under_words_is_filtered_once_by_the_matcher(qtbot: QtBot) -> None:
    annotations = _annotations(random.Random(11))
    dock = _dock(qtbot, annotations)
    _type(qtbot, dock, "发展")
    qtbot.waitUntil(lambda: dock.proxy.criteria.words == ("发展",))
    newer = [replace(a, note=a.note + "发展") if n % 2 else a for n, a in enumerate(annotations)]
    resets: list[int] = []
    dock.proxy.modelReset.connect(lambda: resets.append(1))
    _new_list(dock, newer)
    assert resets == [], "the list waits for the matcher's answer for its texts"
    qtbot.waitUntil(lambda: resets == [1])
    assert dock.model.annotation(newer[1].id) is newer[1]
    assert _shown_ids(dock.proxy) == _expected(newer, dock.proxy.criteria)
    assert resets == [1], "filtered once"


def test_a_change_while_a_new_list_waits_is_made_to_the_new_list(qtbot: QtBot) -> None:
    annotations = _annotations(random.Random(12))
    dock = _dock(qtbot, annotations)
    _type(qtbot, dock, "创新")
    qtbot.waitUntil(lambda: dock.proxy.criteria.words == ("创新",))
    newer = annotations[:-1]  # one trashed since the first list
    _new_list(dock, newer)
    added = make_annotation(4, 998, "创新", note="", annotation_id="added")
    dock.add_annotation(added)  # made after the worker read: must not be lost
    assert dock.model.annotation(annotations[-1].id) is None
    qtbot.waitUntil(lambda: dock._matcher is not None and dock._matcher.pending is None)  # noqa: SLF001
    assert _shown_ids(dock.proxy) == _expected([*newer, added], dock.proxy.criteria)


def test_changes_while_the_matcher_works_are_judged_as_they_are_now(qtbot: QtBot) -> None:
    annotations = _annotations(random.Random(13))
    dock = _dock(qtbot, annotations)
    by_words = [a for a in annotations if "绿色" in a.quote.exact + a.note]
    assert len(by_words) >= 2
    gone, edited = (
        by_words[0],
        replace(by_words[1], note="", quote=by_words[1].quote._replace(exact="无")),
    )
    with qtbot.waitSignal(dock.proxy.modelReset):
        _type(qtbot, dock, "绿色")  # asked; the answer comes once the event loop runs
        dock.remove_annotation(gone.id)
        dock.update_annotation(edited)
        dock.add_annotation(make_annotation(7, 997, "绿色发展", annotation_id="late"))
    now = [a for a in annotations if a.id not in (gone.id, edited.id)]
    now += [edited, make_annotation(7, 997, "绿色发展", annotation_id="late")]
    shown = _shown_ids(dock.proxy)
    assert shown == _expected(now, dock.proxy.criteria)
    assert "late" in shown
    assert gone.id not in shown
    assert edited.id not in shown


def test_the_matcher_s_thread_ends_with_the_dock(qtbot: QtBot) -> None:
    annotations = _annotations(random.Random(14))
    dock = _dock(qtbot, annotations)
    _type(qtbot, dock, "协调")  # a question in the thread, not answered yet
    matcher = dock._matcher  # noqa: SLF001
    assert matcher is not None
    assert matcher.pending is not None
    thread = matcher._thread  # noqa: SLF001
    finished: list[bool] = []
    thread.finished.connect(lambda: finished.append(True), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(matcher.destroyed):
        dock.deleteLater()
    assert finished == [True], "quit and waited for before Qt deleted it"
