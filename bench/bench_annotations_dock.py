"""The annotations dock's "all speeches" of a big library, on the GUI thread, against Qt alone.

- ``dock-all-arrival``: the worker's list (8,666 speeches' groups, 20,000 annotations; its rows
  made beforehand, as the worker makes them) adopted by a shown ``AnnotationsDock``, laid out
  and painted; against a ``QTreeView`` given a ready ``QStandardItemModel`` of the same groups
  and annotations, laid out and painted: the same list answered by Qt in C++, no Python.
- ``dock-all-change``: a group leaving the list and coming back (its one annotation trashed,
  the trash undone), each laid out and painted; against the same two row changes in the
  ``QStandardItemModel``.
- ``dock-few-filter``: the same for a word 50 of the notes hold (发展能), then cleared: the
  words are matched in a thread; the time runs to the list filtered, laid out and painted.
- ``dock-far-select``: an annotation far down the list (its group 60-90 % of the way, another
  each time) selected in the dock as a highlight clicked in the reader selects it
  (``select_annotation``: its group unfolded, the row scrolled into view), laid out and
  painted; against the same row
  selected in the plain tree (``setCurrentIndex``, unfolded and scrolled to by Qt), laid out and
  painted. Quick or not, the whole list (its cost is the groups above the one selected).
- ``dock-all-filter``: the dock's text filter set to a word every annotation holds, then to one
  a third hold (in their notes), then cleared, each laid out and painted; against a
  ``QSortFilterProxyModel`` filtering the ``QStandardItemModel`` recursively by the same words
  (in C++, no Python).

Both lists show the groups folded with rows of one height, as the dock does past
``FOLD_ABOVE`` annotations. The annotations are generated (no library needed): what costs here
is the number of groups and rows, not their words. ``--quick``: a tenth of them.

    python bench/run.py [--quick] dock-all-arrival dock-all-change dock-far-select dock-all-filter
        dock-few-filter
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.harness import Benchmark  # noqa: E402

SPEECHES, ANNOTATIONS = 8_666, 20_000
"""The big library's (bench/big_library.py): speeches with annotations, and annotations."""


@dataclass
class DockInput:
    """A shown dock and a shown plain tree, the list for each, and where the next rows come."""

    app: Any
    dock: Any
    plain: Any
    plain_models: list[Any]
    grouped: Any
    titles: dict[int, str]
    texts: Any
    """The folded search texts, as the worker gives them (``search_texts``)."""
    lone: Any
    """An annotation alone in its group (in the first screen of the list)."""
    plain_filter: Any = None
    """A recursive ``QSortFilterProxyModel`` over a ``QStandardItemModel`` of the list."""
    rows: list[Any] = field(default_factory=list)
    turn: int = 0


def _annotations(speeches: int, count: int) -> tuple[list[Any], dict[int, str]]:
    from desktop.core.annotation import Annotation, TextQuote

    rng = random.Random(20261127)
    made = []
    for number in range(count):
        speech = number + 1 if number < speeches else rng.randrange(2, speeches + 1)
        start = rng.randrange(0, 5000)
        quote = TextQuote("推进高质量发展" * rng.randint(1, 6), "", "")
        made.append(
            Annotation(
                id=f"a{number}",
                speech_id=speech,
                kind="highlight",
                start=start,
                end=start + len(quote.exact),
                quote=quote,
                text_hash="h",
                color="yellow",
                note=_note(number),
                created="2026-11-27T00:00:00Z",
            )
        )
    titles = {
        speech: f"第{speech}篇 在全市效能革命推进会上的讲话" for speech in range(1, speeches + 1)
    }
    return made, titles


def _note(number: int) -> str:
    """A third of the notes hold 可作开头; one in 400 (50 of 20,000) also 发展能力."""
    if number % 400 == 0:
        return "可作开头 发展能力"
    return "可作开头" if number % 3 == 0 else ""


def _plain_model(grouped: Any, titles: dict[int, str], *, notes: bool = False) -> Any:
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel()
    root = model.invisibleRootItem()
    for key, members in grouped.groups:
        heading = QStandardItem(titles.get(key, str(key)))
        texts = [f"{a.exact} {a.note}" if notes else a.exact for a in members]
        heading.appendRows([QStandardItem(text) for text in texts])
        root.appendRow(heading)
    return model


def setup(quick: bool) -> DockInput:
    """A QApplication, the dock on "all speeches" and a plain tree, both shown, 360 × 800."""
    from PySide6.QtWidgets import QApplication, QTreeView

    from desktop.core.annotation_groups import group_annotations, speech_ranks
    from desktop.core.annotation_match import search_texts
    from desktop.gui.annotations_dock import AnnotationsDock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    speeches, count = (SPEECHES // 10, ANNOTATIONS // 10) if quick else (SPEECHES, ANNOTATIONS)
    annotations, titles = _annotations(speeches, count)
    grouped = group_annotations(annotations, speech_ranks(titles), all_speeches=True)
    dock = AnnotationsDock()
    dock.set_all_speeches(True)
    plain = QTreeView()
    plain.setHeaderHidden(True)
    plain.setUniformRowHeights(True)
    for widget in (dock, plain):
        widget.resize(360, 800)
        widget.show()
    lone = next(members[0] for _key, members in grouped.groups[:20] if len(members) == 1)
    data = DockInput(app, dock, plain, [_plain_model(grouped, titles) for _ in range(2)], grouped,
                     titles, search_texts(annotations), lone)  # fmt: skip
    make_rows(data)
    adopt(data)
    plain_arrival(data)
    _KEPT.append(data)
    return data


def _shown(data: DockInput, view: Any) -> None:
    """Laid out (Qt's delayed layout runs from the event loop) and painted."""
    data.app.processEvents()
    data.app.processEvents()
    view.viewport().repaint()


def make_rows(data: DockInput) -> None:
    """Untimed: the rows of the next list, as the worker makes them."""
    from desktop.models.annotation_nodes import rows_of

    if not data.rows:
        data.rows.append(rows_of(data.grouped))


def adopt(data: DockInput) -> None:
    """The worker's list arriving in the dock, laid out and painted."""
    rows = data.rows.pop() if data.rows else None  # none in the warm-up: made here then
    data.dock.adopt_annotations(
        data.grouped, speech_id=None, titles=data.titles, search_texts=data.texts, rows=rows
    )
    _shown(data, data.dock.view)


def plain_arrival(data: DockInput) -> None:
    """A ready model of the same list given to a plain tree, laid out and painted."""
    data.turn += 1
    data.plain.setModel(data.plain_models[data.turn % 2])
    _shown(data, data.plain)


def group_out_and_back(data: DockInput) -> None:
    """A group's one annotation trashed and the trash undone, each laid out and painted."""
    data.dock.remove_annotation(data.lone.id)
    _shown(data, data.dock.view)
    data.dock.add_annotation(data.lone)
    _shown(data, data.dock.view)


def plain_group_out_and_back(data: DockInput) -> None:
    """The same two row changes in the plain tree's model."""
    model = data.plain.model()
    heading = model.takeRow(3)
    _shown(data, data.plain)
    model.insertRow(3, heading)
    _shown(data, data.plain)


FAR_DOWN = (0.6, 0.9)
"""Where the groups of the annotations selected far down sit in the list: a new one each
time (a group unfolded once is measured by Qt until the next layout: selecting in it again
cost little)."""


def _far_group(data: DockInput) -> int:
    """The next far group's row (the turn moves on): spread over ``FAR_DOWN``."""
    data.turn += 1
    low, high = FAR_DOWN
    return int(len(data.grouped.groups) * (low + (high - low) * (data.turn * 0.618 % 1)))


def setup_far(_quick: bool) -> DockInput:
    """``setup`` of the whole list even when quick: the cost measured is that of the groups
    above the one selected (a tenth of them hid it behind the paint)."""
    return setup(False)


def select_far(data: DockInput) -> None:
    """An annotation far down selected as the reader's click selects it, laid out, painted."""
    members = data.grouped.groups[_far_group(data)][1]
    data.dock.select_annotation(members[-1].id)
    _shown(data, data.dock.view)


def plain_select_far(data: DockInput) -> None:
    """The same row selected in the plain tree: Qt unfolds its group and scrolls to it."""
    from PySide6.QtCore import QItemSelectionModel

    model = data.plain.model()
    group = model.index(_far_group(data), 0)
    row = model.index(model.rowCount(group) - 1, 0, group)
    flag = QItemSelectionModel.SelectionFlag
    data.plain.selectionModel().setCurrentIndex(row, flag.ClearAndSelect | flag.Rows)
    data.plain.scrollTo(row)
    _shown(data, data.plain)


_KEPT: list[DockInput] = []
"""Every input made, alive until the process ends: collected in a later benchmark's run, the
dock's widgets and models went in an order that crashed PySide (a segfault in the collector)."""


FILTER_WORDS = ("发展", "可作", "")
"""Every annotation's quote holds the first, a third of the notes the second; then cleared."""

FEW_WORDS = ("发展能", "")
"""50 of the notes hold the first (spread over the list); then cleared."""


def setup_filter(quick: bool) -> DockInput:
    """``setup``, and a plain tree over a recursive filter of the plain model, shown."""
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtWidgets import QTreeView

    data = setup(quick)
    proxy = QSortFilterProxyModel()
    proxy.setRecursiveFilteringEnabled(True)
    plain = _plain_model(data.grouped, data.titles, notes=True)
    proxy.setSourceModel(plain)
    proxy.setParent(plain)  # kept alive with the model
    view = QTreeView()
    view.setHeaderHidden(True)
    view.setUniformRowHeights(True)
    view.setModel(proxy)
    view.resize(360, 800)
    view.show()
    data.plain_filter = view
    return data


def filter_words(data: DockInput, words: tuple[str, ...] = FILTER_WORDS) -> None:
    """The dock's text filter set to each of ``words``, each laid out and painted (words over
    "all speeches" are matched in a thread: the list changes when it answers)."""
    from desktop.core.annotation_match import AnnotationCriteria

    for word in words:
        data.dock.set_text_filter(word)
        wanted = AnnotationCriteria.words_of(word)
        while data.dock.proxy.criteria.words != wanted:
            data.app.processEvents()
        _shown(data, data.dock.view)


def filter_few(data: DockInput) -> None:
    """The dock's text filter set to a word few annotations hold, then cleared."""
    filter_words(data, FEW_WORDS)


def plain_filter_words(data: DockInput, words: tuple[str, ...] = FILTER_WORDS) -> None:
    """The plain recursive filter set to the same words."""
    for word in words:
        data.plain_filter.model().setFilterFixedString(word)
        _shown(data, data.plain_filter)


def plain_filter_few(data: DockInput) -> None:
    """The plain recursive filter set to the same word few hold, then cleared."""
    plain_filter_words(data, FEW_WORDS)


BENCHMARKS = [
    Benchmark(
        name="dock-all-arrival",
        setup=setup,
        run=adopt,
        baseline=plain_arrival,
        target_ratio=3.0,
        description='"all speeches" of 8,666 groups adopted by the dock vs a QStandardItemModel',
        settle=make_rows,
        repeats=9,
        quick_repeats=3,
    ),
    Benchmark(
        name="dock-all-change",
        setup=setup,
        run=group_out_and_back,
        baseline=plain_group_out_and_back,
        target_ratio=3.0,
        description="a group leaving and coming back under all speeches vs a QStandardItemModel",
        repeats=9,
        quick_repeats=3,
    ),
    Benchmark(
        name="dock-far-select",
        setup=setup_far,
        run=select_far,
        baseline=plain_select_far,
        target_ratio=5.0,  # a guard: the selection ~6 ms, the rest the delegate's two paints
        description="an annotation far down all speeches selected vs a QStandardItemModel's",
        repeats=9,
        quick_repeats=3,
    ),
    Benchmark(
        name="dock-all-filter",
        setup=setup_filter,
        run=filter_words,
        baseline=plain_filter_words,
        target_ratio=3.0,
        description="the text filter set twice and cleared under all speeches vs Qt's own filter",
        repeats=9,
        quick_repeats=3,
    ),
    Benchmark(
        name="dock-few-filter",
        setup=setup_filter,
        run=filter_few,
        baseline=plain_filter_few,
        target_ratio=3.0,
        description="the text filter set to a word 50 of 20,000 hold, cleared, vs Qt's own filter",
        repeats=9,
        quick_repeats=3,
    ),
]
