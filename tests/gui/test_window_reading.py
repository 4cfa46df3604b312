"""Tests for desktop/gui/window_reading.py: where jumps put their target on the page."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.document import NodeKind, OutlineNode, iter_nodes, node_path
from desktop.core.importing import import_file
from desktop.core.storage.library import Library, open_library
from desktop.gui.actions import ActionId
from desktop.gui.find_bar import LAYER as FIND_LAYER
from desktop.gui.import_job import ImportJob, default_opener
from desktop.gui.main_window import MainWindow
from desktop.gui.reader.document import LINE_HEIGHT_EM
from desktop.models.library_tree import Role
from desktop.models.search_results_model import Column
from tests.gui.conftest import WindowFactory
from tests.gui.files import good_file
from tests.gui.language_fixtures import type_text
from tests.gui.window_helpers import click_row, focus_reader, line_top, tree_row


def _one_line(window: MainWindow) -> float:
    reader = window.reader
    return LINE_HEIGHT_EM * reader.fontMetrics().horizontalAdvance("国") * 0.5


def _headings(window: MainWindow) -> list:  # OutlineNodes
    speech = window.current_speech()
    assert speech is not None
    return [node for node in iter_nodes(speech.outline) if node.kind == NodeKind.HEADING]


def _widen(qtbot: QtBot, window: MainWindow) -> None:
    """Give the page a reading width (the test window leaves it a few characters wide)."""
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: window.reader.viewport().width() > 400)


def _assert_section_named(window: MainWindow, label: str, start: int) -> None:
    assert window.breadcrumb.crumbs()[-1].text == label
    assert window.library_pane.tree.currentIndex().data(Role.START) == start


def test_a_section_chosen_in_the_tree_comes_with_room_above_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    heading = _headings(main_window)[1]
    speech_id = main_window.current_speech_id()
    click_row(qtbot, main_window, tree_row(main_window, speech_id, heading.start))
    qtbot.waitUntil(lambda: main_window.reading_offset() == heading.start)
    top = line_top(main_window, heading.start)
    assert _one_line(main_window) <= top < 4 * _one_line(main_window)
    _assert_section_named(main_window, heading.label, heading.start)


def test_the_section_jumped_to_stays_named_once_the_page_moves(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    focus_reader(qtbot, main_window)
    first, second = _headings(main_window)[:2]
    main_window.registry.action(ActionId.NEXT_SECTION).trigger()
    main_window.registry.action(ActionId.NEXT_SECTION).trigger()
    assert main_window.reading_offset() == second.start
    assert line_top(main_window, second.start) >= _one_line(main_window)
    # A wheel's nudge: the line above the heading, the end of the section before, is still on top.
    bar = main_window.reader.verticalScrollBar()
    with qtbot.waitSignal(main_window.reader.position_changed):
        bar.setValue(bar.value() + 2)
    _assert_section_named(main_window, second.label, second.start)
    assert main_window.reading_offset() == second.start
    assert first.start < second.start


def test_a_crumb_jumps_with_room_above(qtbot: QtBot, main_window: MainWindow) -> None:
    heading = _headings(main_window)[1]
    main_window.reader.scroll_to_offset(heading.start + 60)
    main_window._follow_position()
    crumb = main_window.breadcrumb.buttons[-1]
    qtbot.mouseClick(crumb, Qt.MouseButton.LeftButton)
    assert main_window.reading_offset() == heading.start
    assert line_top(main_window, heading.start) >= _one_line(main_window)
    _assert_section_named(main_window, heading.label, heading.start)


def test_the_position_reads_100_percent_once_the_last_line_shows(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _widen(qtbot, main_window)
    bar = main_window.reader.verticalScrollBar()
    label = main_window.status.position_label
    with qtbot.waitSignal(main_window.reader.position_changed):
        bar.setValue(bar.maximum() - 1)  # scrolled by the wheel, the last line in sight
    assert label.text().endswith("100%")
    with qtbot.waitSignal(main_window.reader.position_changed):
        bar.setValue(bar.maximum() // 2)
    assert not label.text().endswith("100%")


def test_page_up_then_page_down_at_the_end_comes_back_to_the_very_bottom(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    _widen(qtbot, main_window)
    focus_reader(qtbot, main_window)
    reader = main_window.reader
    bar = reader.verticalScrollBar()
    qtbot.keyClick(reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(reader, Qt.Key.Key_PageUp)
    assert bar.value() < bar.maximum()
    qtbot.keyClick(reader, Qt.Key.Key_PageDown)
    assert bar.value() == bar.maximum()


def test_full_width_punctuation_shows_in_the_tree_and_breadcrumb_too(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    heading = next(node for node in _headings(main_window) if node.label.startswith("("))
    speech_id = main_window.current_speech_id()
    main_window.jump_to(heading.start)
    row = tree_row(main_window, speech_id, heading.start)
    assert row.data() == heading.label
    action = main_window.registry.action(ActionId.FULLWIDTH_PUNCTUATION)
    action.trigger()
    assert action.isChecked()
    shown = heading.label.translate(str.maketrans("(),", "（），"))
    assert tree_row(main_window, speech_id, heading.start).data() == shown
    assert main_window.breadcrumb.crumbs()[-1].text == shown
    assert row.data(Qt.ItemDataRole.EditRole) == heading.label, "the stored label as it was"
    action.trigger()
    assert tree_row(main_window, speech_id, heading.start).data() == heading.label
    assert main_window.breadcrumb.crumbs()[-1].text == heading.label


def test_reading_state_waits_for_a_running_import_then_is_written(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    # An import's transaction holds the library's write lock for as long as it stores: a
    # write of the position meanwhile blocked the window until it ended.
    window = main_window
    release = threading.Event()

    def opener() -> Library:
        release.wait(10)  # the import is running while the user reads on
        return default_opener(window.session.library_path)()

    job = ImportJob([good_file(tmp_path)], opener)
    job.start(window.workers)
    window.next_speech()
    second = window.current_speech_id()
    window.open_speech(second, len(window.current_speech().text) // 2)
    window.save_position()
    assert window.session.last_speech() != second, "not written while the import runs"
    assert window.session.reading_position(second) is None
    with qtbot.waitSignal(job.finished, timeout=20000):
        release.set()
    qtbot.waitUntil(lambda: window.session.last_speech() == second)
    assert window.session.reading_position(second) == window.reading_offset() > 0


def test_a_file_of_one_speech_is_named_once_in_the_breadcrumb(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    """The collection of one speech bears its title: the breadcrumb names it once, not twice."""
    title = "在全市工作会议上的讲话"
    source = good_file(tmp_path, f"{title}.txt", title)
    with open_library(library_path, create=False, daily_backup=False) as library:
        report = library.store.import_document(import_file(source))
        (speech,) = library.store.speeches(report.collection_id)
    assert report.title == title
    window = open_window()
    click_row(qtbot, window, tree_row(window, speech.id))
    qtbot.waitUntil(lambda: window.current_speech_id() == speech.id)
    crumbs = [crumb.text for crumb in window.breadcrumb.crumbs()]
    assert crumbs[0] == title
    assert crumbs.count(title) == 1


def test_a_draft_and_its_final_version_are_told_apart_in_the_breadcrumb(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    title = "政府工作报告"
    with open_library(library_path, create=False, daily_backup=False) as library:
        for name in ("初稿.txt", "定稿.txt"):
            document = import_file(good_file(tmp_path, name, title))
            report = library.store.import_document(document, keep_duplicates=True)  # same words
        (final,) = library.store.speeches(report.collection_id)
    window = open_window()
    click_row(qtbot, window, tree_row(window, final.id))
    qtbot.waitUntil(lambda: window.current_speech_id() == final.id)
    assert window.breadcrumb.crumbs()[0].text == f"{title} (定稿.txt)"


def test_a_speech_chosen_in_the_tree_opens_where_it_was_left(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # Its place was saved, and Ctrl+PgDown came back to it, but a click on its row in the
    # library (the usual way back) opened it at the top.
    window = main_window
    first = window.current_speech_id()
    window.open_speech(first, len(window.current_speech().text) // 2)
    left_at = window.reading_offset()
    assert left_at > 0
    window.next_speech()
    click_row(qtbot, window, tree_row(window, first))
    qtbot.waitUntil(lambda: window.current_speech_id() == first)
    assert window.reading_offset() == left_at
    click_row(qtbot, window, tree_row(window, first))  # the open speech's row: its top
    assert window.reading_offset() == 0


GOVERNMENT_SERVICES = 5
"""The sample's 篇5: sections 一 to 三, with points and subsections under them."""


def _section_at(window: MainWindow, offset: int) -> OutlineNode:
    speech = window.current_speech()
    assert speech is not None
    return node_path(speech.outline, offset)[-1]


def _assert_hit_section_named(window: MainWindow, hit: int) -> None:
    """The breadcrumb and the tree name the section holding ``hit``, though the page's top
    lies in another one (else the test would prove nothing)."""
    section = _section_at(window, hit)
    assert _section_at(window, window.reader.current_offset()) != section
    _assert_section_named(window, section.label, section.start)


def test_a_find_hit_names_its_section_until_the_page_is_scrolled(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # The breadcrumb followed the page's top: a hit come a third of the way down, in 三, was
    # said to be in the point above it, under 二.
    window = main_window
    window.open_speech(GOVERNMENT_SERVICES, 0)
    words = "重点抓好以下三项工作"
    hit = window.current_speech().text.index(words)
    window.registry.action(ActionId.FIND).trigger()
    type_text(qtbot, window.find_bar.edit, words)
    assert window.find_bar.count_text() == "1/1"
    assert window.reading_offset() == hit
    _assert_hit_section_named(window, hit)
    # Read on with the wheel: the page's top is named again (in the tree, its section's
    # innermost row unfolded).
    bar = window.reader.verticalScrollBar()
    with qtbot.waitSignal(window.reader.position_changed):
        bar.setValue(bar.value() + 2)
    top = window.reader.current_offset()
    assert window.reading_offset() == top
    assert window.breadcrumb.crumbs()[-1].text == _section_at(window, top).label
    path = node_path(window.current_speech().outline, top)
    assert window.library_pane.tree.currentIndex().data(Role.START) in [n.start for n in path]


def test_stepping_to_a_find_hit_already_in_view_names_its_section(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    # F3 to a hit on the page scrolls nothing: nothing reported the new place.
    window = main_window
    window.open_speech(GOVERNMENT_SERVICES, 0)
    text = window.current_speech().text
    window.registry.action(ActionId.FIND).trigger()
    type_text(qtbot, window.find_bar.edit, "抓好")
    first = window.reading_offset()
    assert text.startswith("三、突出工作重点", text.rindex("\n", 0, first) + 1)
    bar = window.reader.verticalScrollBar()
    placed = bar.value()
    subsection = text.index("(一)认真抓好")
    hit = text.index("抓好", subsection)
    while window.reader.marks(FIND_LAYER)[_current_hit(window)][0] != hit:
        window.registry.action(ActionId.FIND_NEXT).trigger()
    assert bar.value() == placed, "the hit was in view: the page stayed"
    assert window.reading_offset() == hit
    _assert_hit_section_named(window, hit)


def _current_hit(window: MainWindow) -> int:
    """The index of the find bar's current hit ("2/6" → 1)."""
    return int(window.find_bar.count_text().split("/")[0]) - 1


SHORT_LAST_SECTION = "\n".join(
    [
        "在全市作风建设大会上的讲话",
        "同志们：",
        "一、提高认识",
        *["作风建设永远在路上，我们要一以贯之抓下去，决不能松劲歇脚。" * 3] * 6,
        "二、狠抓落实",
        *["各级各部门要把责任扛在肩上，把任务落到实处，确保件件有着落。" * 3] * 12,
        "三、严明纪律",
        "对顶风违纪的要严肃查处、绝不姑息，群众反映强烈的门难进问题要限期整改。",
    ]
)
"""A speech whose last section is shorter than a page: a hit in it opens at the very end."""


def test_a_library_search_hit_near_the_end_keeps_its_section_named(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, tmp_path: Path
) -> None:
    # Opened near the speech's end, the hit was scrolled to before the text under it was laid
    # out; the range Qt found then pulled the page back, and the breadcrumb fell back to the
    # section at the page's top.
    source = tmp_path / "作风建设.txt"
    source.write_text(SHORT_LAST_SECTION, encoding="utf-8")
    with open_library(library_path, create=False, daily_backup=False) as library:
        report = library.store.import_document(import_file(source))
        (speech,) = library.store.speeches(report.collection_id)
    window = open_window()
    words = "门难进问题"
    window.registry.action(ActionId.SEARCH_LIBRARY).trigger()
    dock = window.search_dock()
    with qtbot.waitSignal(dock.searched, timeout=10_000):
        type_text(qtbot, dock.query_box.lineEdit(), words)
    group = dock.model.speech_index(speech.id)
    dock.view.expand(group)
    qtbot.waitUntil(lambda: dock.model.rowCount(group) == 1)
    line = dock.model.index(0, Column.HIT, group)
    dock.view.scrollTo(line)
    qtbot.mouseClick(
        dock.view.viewport(), Qt.MouseButton.LeftButton, pos=dock.view.visualRect(line).center()
    )
    assert window.current_speech_id() == speech.id
    hit = window.current_speech().text.index(words)
    reader = window.reader
    placed = reader.verticalScrollBar().value()
    # What Qt does a moment later, bit by bit after the visible page: lay out the rest.
    with qtbot.waitSignal(reader.position_changed):
        reader.document().documentLayout().documentSize()
    assert reader.verticalScrollBar().value() < placed, "the page was pulled back"
    assert window.reading_offset() == hit
    _assert_hit_section_named(window, hit)
