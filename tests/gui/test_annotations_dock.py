"""Tests for desktop/gui/annotations_dock.py, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState, Annotation
from desktop.gui.annotations_dock import AnnotationsDock
from desktop.gui.i18n import Language
from desktop.models.annotations_model import Role
from tests.gui.conftest import ShowDocked
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.painted import painted_texts
from tests.gui.typing import commit_text
from tests.gui.ui_languages import ui_language
from tests.models.factory import changed, make_annotation

__all__ = ["ui_language"]

SPEECH = 10
TITLES = {SPEECH: "在全市工作会议上的讲话", 20: "在全省表彰大会上的讲话"}


def _annotations() -> list[Annotation]:
    return [
        make_annotation(SPEECH, 5, "统一思想，提高认识", color="yellow", tags=("提法",)),
        make_annotation(SPEECH, 40, "突出重点，狠抓落实", color="green", note="可作开头"),
        make_annotation(SPEECH, 90, "确保各项任务落到实处", color="green", tags=("金句", "提法")),
        make_annotation(SPEECH, 120, "原文已改的一句", state=AnchorState.ORPHANED, color="blue"),
    ]


def _docked(show_docked: ShowDocked) -> AnnotationsDock:
    widget = AnnotationsDock()
    show_docked(widget)
    return widget


@pytest.fixture
def dock(show_docked: ShowDocked) -> AnnotationsDock:
    """The dock on screen with the annotations of one speech."""
    widget = _docked(show_docked)
    widget.set_annotations(_annotations(), speech_id=SPEECH, titles=TITLES)
    return widget


def _visible_quotes(dock: AnnotationsDock) -> list[str]:
    proxy, quotes = dock.proxy, []
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(Role.IS_GROUP):
            children = [proxy.index(r, 0, index) for r in range(proxy.rowCount(index))]
            quotes += [f"[{index.data()}] {child.data(Role.QUOTE)}" for child in children]
        else:
            quotes.append(index.data(Role.QUOTE))
    return quotes


def _clear_button(line: QLineEdit) -> QWidget:
    """The clear button a QLineEdit shows while it holds text."""
    buttons = [b for b in line.findChildren(QToolButton) if b.isVisible()]
    assert len(buttons) == 1
    return buttons[0]


def _label(dock: AnnotationsDock, name: str) -> str:
    label = dock.findChild(QLabel, name)
    assert label is not None
    return label.text() if label.isVisible() else ""


def _row(dock: AnnotationsDock, quote: str) -> QModelIndex:
    for annotation in dock.model.annotations():
        if annotation.quote.exact == quote:
            return dock.proxy.mapFromSource(dock.model.index_of(annotation.id))
    raise AssertionError(f"no row for {quote}")


def _click(qtbot: QtBot, dock: AnnotationsDock, index: QModelIndex) -> None:
    dock.view.scrollTo(index)
    point = dock.view.visualRect(index).center()
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_shows_the_speech_with_orphans_in_their_own_group(dock: AnnotationsDock) -> None:
    assert _visible_quotes(dock) == [
        "统一思想，提高认识",
        "突出重点，狠抓落实",
        "确保各项任务落到实处",
        "[Passage not found] 原文已改的一句",
    ]
    assert not dock.editor.isVisible()  # nothing selected yet


def test_colour_chips_filter_the_rows(qtbot: QtBot, dock: AnnotationsDock) -> None:
    qtbot.mouseClick(dock.filter_bar.chip("green"), Qt.MouseButton.LeftButton)
    assert _visible_quotes(dock) == ["突出重点，狠抓落实", "确保各项任务落到实处"]
    qtbot.mouseClick(dock.filter_bar.chip("blue"), Qt.MouseButton.LeftButton)
    assert len(_visible_quotes(dock)) == 3
    qtbot.mouseClick(dock.filter_bar.chip("pink"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dock.filter_bar.chip("green"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dock.filter_bar.chip("blue"), Qt.MouseButton.LeftButton)
    assert _visible_quotes(dock) == []  # only pink: none
    assert _label(dock, "emptyTitle") == "No annotation matches the filters"
    clear = dock.findChild(QPushButton, "clearFilters")
    assert clear.isVisible()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert len(_visible_quotes(dock)) == 4
    assert dock.view.isVisible()


def test_tag_combo_lists_counts_and_filters(qtbot: QtBot, dock: AnnotationsDock) -> None:
    combo = dock.filter_bar.tag_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["All Tags", "金句 (1)", "提法 (2)"]
    combo.setCurrentIndex(combo.findData("金句"))
    assert _visible_quotes(dock) == ["确保各项任务落到实处"]
    combo.setCurrentIndex(0)
    assert len(_visible_quotes(dock)) == 4


def test_typing_in_the_search_line_filters_quote_note_and_tags(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    commit_text(dock.filter_bar.search_edit, "开头")  # in a note
    qtbot.waitUntil(lambda: _visible_quotes(dock) == ["突出重点，狠抓落实"])
    qtbot.mouseClick(_clear_button(dock.filter_bar.search_edit), Qt.MouseButton.LeftButton)
    assert len(_visible_quotes(dock)) == 4, "emptied: every annotation at once"
    commit_text(dock.filter_bar.search_edit, "金句")  # a tag
    qtbot.waitUntil(lambda: _visible_quotes(dock) == ["确保各项任务落到实处"])


def test_a_burst_of_typing_filters_the_list_once(qtbot: QtBot, dock: AnnotationsDock) -> None:
    # Each filter tests every annotation (0.36 s on a library's 20,000): once after the burst.
    resets: list[bool] = []
    dock.proxy.modelReset.connect(lambda: resets.append(True))
    for text in ("突", "出", "重点"):
        commit_text(dock.filter_bar.search_edit, text)
    assert resets == []
    assert len(_visible_quotes(dock)) == 4, "nothing filtered while typing"
    with qtbot.waitSignal(dock.proxy.modelReset):
        pass
    assert resets == [True]
    assert _visible_quotes(dock) == ["突出重点，狠抓落实"]


def test_clicking_a_row_asks_to_jump_to_its_passage(qtbot: QtBot, dock: AnnotationsDock) -> None:
    index = _row(dock, "突出重点，狠抓落实")
    with qtbot.waitSignal(dock.jump_requested) as blocker:
        _click(qtbot, dock, index)
    assert blocker.args == [SPEECH, 40]
    assert dock.selected_annotation_id() == index.data(Role.ID)
    assert dock.editor.isVisible()
    assert dock.editor.note_edit.toPlainText() == "可作开头"


def test_typing_a_note_sends_one_debounced_request_with_the_final_text(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    index = _row(dock, "统一思想，提高认识")
    _click(qtbot, dock, index)
    sent: list[tuple[str, str]] = []
    dock.note_edit_requested.connect(lambda i, text: sent.append((i, text)))
    with qtbot.waitSignal(dock.note_edit_requested, timeout=3000):
        qtbot.keyClicks(dock.editor.note_edit, "Key point: ")
        commit_text(dock.editor.note_edit, "金句")
    assert sent == [(index.data(Role.ID), "Key point: 金句")]
    dock.editor.flush()  # nothing new typed: nothing more to send
    assert len(sent) == 1


def test_leaving_the_note_sends_it_at_once(qtbot: QtBot, dock: AnnotationsDock) -> None:
    _click(qtbot, dock, _row(dock, "统一思想，提高认识"))
    qtbot.keyClicks(dock.editor.note_edit, "draft")
    with qtbot.waitSignal(dock.note_edit_requested, timeout=100) as blocker:
        _click(qtbot, dock, _row(dock, "突出重点，狠抓落实"))  # another row: the note leaves
    assert blocker.args[1] == "draft"


def test_a_saved_note_coming_back_does_not_disturb_typing(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    index = _row(dock, "统一思想，提高认识")
    _click(qtbot, dock, index)
    with qtbot.waitSignal(dock.note_edit_requested, timeout=3000) as blocker:
        qtbot.keyClicks(dock.editor.note_edit, "abc")
    qtbot.keyClicks(dock.editor.note_edit, "d")  # still typing when the save comes back
    dock.update_annotation(changed(dock.model.annotation(blocker.args[0]), note="abc"))
    assert dock.editor.note_edit.toPlainText() == "abcd"


def test_tags_are_sent_on_enter(qtbot: QtBot, dock: AnnotationsDock) -> None:
    index = _row(dock, "统一思想，提高认识")
    _click(qtbot, dock, index)
    tags = dock.editor.tags_edit
    tags.clear()
    with qtbot.waitSignal(dock.tags_edit_requested) as blocker:
        commit_text(tags, "金句，数据")
        qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert blocker.args == [index.data(Role.ID), ["金句", "数据"]]


def test_delete_key_asks_to_trash_the_selected_annotation(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    index = _row(dock, "确保各项任务落到实处")
    _click(qtbot, dock, index)
    dock.view.setFocus()
    qtbot.waitUntil(dock.view.hasFocus)
    with qtbot.waitSignal(dock.delete_requested) as blocker:
        qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    assert blocker.args == [index.data(Role.ID)]


def test_context_menu_offers_colours_and_reattach_for_orphans(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    orphan = _row(dock, "原文已改的一句")
    dock.view.setCurrentIndex(orphan)
    menu = dock.build_context_menu(orphan)
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    assert "&Reattach to Selection" in texts
    with qtbot.waitSignal(dock.reattach_requested) as blocker:
        next(a for a in menu.actions() if a.text() == "&Reattach to Selection").trigger()
    assert blocker.args == [orphan.data(Role.ID)]
    colours = next(a for a in menu.actions() if a.menu() is not None).menu()
    with qtbot.waitSignal(dock.color_change_requested) as blocker:
        next(a for a in colours.actions() if a.text() == "&Pink").trigger()
    assert blocker.args == [orphan.data(Role.ID), "pink"]


@MENU_ON_OFFSCREEN
@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_the_menu_key_opens_the_current_rows_menu_at_the_row(
    qtbot: QtBot,
    dock: AnnotationsDock,
    menus: MenuSpy,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier,
) -> None:
    view = dock.view
    row = _row(dock, "原文已改的一句")
    view.setCurrentIndex(row)
    view.setFocus()
    QCursor.setPos(view.mapToGlobal(QPoint(2, 2)))  # the mouse on another row
    qtbot.keyClick(view, key, modifiers)
    ((point, names),) = menus.opened
    assert names[0] == "dock_reattach", "the orphan's menu"
    rect = view.visualRect(row)
    shown = QRect(view.viewport().mapToGlobal(rect.topLeft()), rect.size())
    # At the row's height; Qt slides a menu wider than the room to the screen's edge leftwards.
    assert shown.top() <= point.y() <= shown.bottom()
    assert point.x() <= shown.right()


def test_select_annotation_selects_without_asking_to_jump(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    target = _row(dock, "确保各项任务落到实处").data(Role.ID)
    dock.set_text_filter("开头")  # the row is filtered out: selecting it clears the filter
    jumps: list[tuple[int, int]] = []
    dock.jump_requested.connect(lambda s, o: jumps.append((s, o)))
    assert dock.select_annotation(target)
    assert dock.selected_annotation_id() == target
    assert dock.filter_bar.search_edit.text() == ""
    assert jumps == []


def test_updates_arrive_one_by_one(dock: AnnotationsDock) -> None:
    added = make_annotation(SPEECH, 60, "新加的高亮", color="purple")
    dock.add_annotation(added)
    assert _visible_quotes(dock)[2] == "新加的高亮"
    dock.remove_annotation(added.id)
    assert "新加的高亮" not in _visible_quotes(dock)


def test_empty_states_say_what_to_do(show_docked: ShowDocked) -> None:
    dock = _docked(show_docked)
    dock.set_annotations([], speech_id=None)
    assert _label(dock, "emptyTitle") == "No speech is open"
    dock.set_annotations([], speech_id=SPEECH)
    assert _label(dock, "emptyTitle") == "No highlights or notes in this speech yet"
    assert "1–5" in _label(dock, "emptyHint")
    assert not dock.findChild(QPushButton, "clearFilters").isVisible()
    dock.add_annotation(make_annotation(SPEECH, 0, "第一条"))
    assert dock.view.isVisible()


def test_switching_scope_asks_for_all_speeches(qtbot: QtBot, dock: AnnotationsDock) -> None:
    button = dock.filter_bar.findChild(QToolButton, "scopeAllSpeeches")
    with qtbot.waitSignal(dock.scope_changed) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert dock.all_speeches
    everything = [*_annotations(), make_annotation(20, 3, "别的讲话里的")]
    dock.set_annotations(everything, speech_id=SPEECH, titles=TITLES)
    assert "[在全省表彰大会上的讲话] 别的讲话里的" in _visible_quotes(dock)


def test_filtering_away_the_selected_row_asks_for_no_jump(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    _click(qtbot, dock, _row(dock, "统一思想，提高认识"))
    jumps: list[tuple[int, int]] = []
    dock.jump_requested.connect(lambda s, o: jumps.append((s, o)))
    qtbot.mouseClick(dock.filter_bar.chip("green"), Qt.MouseButton.LeftButton)
    assert _visible_quotes(dock) == ["突出重点，狠抓落实", "确保各项任务落到实处"]
    assert jumps == []


def test_tag_counts_follow_edits(dock: AnnotationsDock) -> None:
    first = dock.model.annotations()[0]
    dock.update_annotation(changed(first, tags=("金句",)))
    combo = dock.filter_bar.tag_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All Tags",
        "金句 (2)",
        "提法 (1)",
    ]


def _group(dock: AnnotationsDock, speech_id: int | None) -> QModelIndex:
    """The group row of a speech (None: the passages not found)."""
    proxy = dock.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if not index.data(Role.IS_GROUP):
            continue
        if speech_id is None and index.data(Role.IS_ORPHAN_GROUP):
            return index
        if speech_id is not None and index.data(Role.SPEECH_ID) == speech_id:
            return index
    raise AssertionError(f"no group for {speech_id}")


def test_a_folded_group_stays_folded_through_every_update(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    dock.set_all_speeches(True)
    everything = [*_annotations(), make_annotation(20, 3, "别的讲话里的")]
    dock.set_annotations(everything, speech_id=SPEECH, titles=TITLES)
    assert dock.view.isExpanded(_group(dock, 20))
    _click(qtbot, dock, _group(dock, 20))  # a click on a group folds it
    assert not dock.view.isExpanded(_group(dock, 20))
    added = make_annotation(SPEECH, 60, "新加的高亮", color="purple")
    dock.add_annotation(added)
    dock.update_annotation(changed(added, note="改了"))
    dock.add_annotation(make_annotation(20, 50, "同一篇里又加一条"))
    assert not dock.view.isExpanded(_group(dock, 20)), "still folded after changes"
    assert dock.view.isExpanded(_group(dock, SPEECH))
    dock.set_annotations([*everything, added], speech_id=SPEECH, titles=TITLES)
    assert not dock.view.isExpanded(_group(dock, 20)), "and after the list is read again"
    assert dock.view.isExpanded(_group(dock, None))
    _click(qtbot, dock, _group(dock, 20))
    dock.remove_annotation(added.id)
    assert dock.view.isExpanded(_group(dock, 20)), "unfolded by the user: stays unfolded"


def test_choosing_an_orphan_shows_its_words_and_how_to_reattach_it(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    orphan = _row(dock, "原文已改的一句")
    annotation_id = orphan.data(Role.ID)
    panel = dock.orphan_panel
    with qtbot.assertNotEmitted(dock.jump_requested):
        _click(qtbot, dock, orphan)  # its old place means nothing now
    assert dock.selected_annotation_id() == annotation_id
    assert panel.isVisible()
    assert panel.quote_text == "原文已改的一句"
    assert not dock.row_actions.jump.isEnabled()
    assert not panel.reattach_button.isEnabled(), "nothing is selected in the reader yet"
    assert "Select where the passage is now" in panel.hint_text
    dock.set_reattach_enabled(True)  # the user selected words in the reader
    assert panel.reattach_button.isEnabled()
    with qtbot.waitSignal(dock.reattach_requested) as blocker:
        qtbot.mouseClick(panel.reattach_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [annotation_id]
    reattached = changed(dock.model.annotation(annotation_id), state=AnchorState.ANCHORED)
    dock.update_annotation(reattached)
    assert dock.selected_annotation_id() == annotation_id, "still chosen in its new place"
    assert not panel.isVisible()
    _click(qtbot, dock, _row(dock, "突出重点，狠抓落实"))
    assert not panel.isVisible()


def test_an_orphan_of_another_speech_offers_to_open_it(qtbot: QtBot, dock: AnnotationsDock) -> None:
    dock.set_all_speeches(True)
    lost = make_annotation(20, 7, "另一篇里找不到的话", state=AnchorState.ORPHANED)
    dock.set_annotations([*_annotations(), lost], speech_id=SPEECH, titles=TITLES)
    _click(qtbot, dock, _row(dock, "另一篇里找不到的话"))
    panel = dock.orphan_panel
    assert not panel.reattach_button.isVisible()
    with qtbot.waitSignal(dock.open_speech_requested) as blocker:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [20]


def test_f2_on_a_row_puts_the_keyboard_in_its_note(qtbot: QtBot, dock: AnnotationsDock) -> None:
    index = _row(dock, "突出重点，狠抓落实")
    dock.view.setFocus()
    qtbot.waitUntil(dock.view.hasFocus)
    dock.view.setCurrentIndex(index)
    qtbot.keyClick(dock.view, Qt.Key.Key_F2)
    note = dock.editor.note_edit
    qtbot.waitUntil(note.hasFocus)
    assert note.toPlainText() == "可作开头"
    assert note.textCursor().position() == len("可作开头"), "the caret waits after the note"


def test_filtering_many_groups_unfolds_each_group_at_most_once(
    qtbot: QtBot, dock: AnnotationsDock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "All speeches" of a big library has thousands of groups; restoring every group's
    # expansion for each group the filter changed was quadratic (minutes for 8,000 groups).
    groups = 60
    everything = [
        make_annotation(speech, start, quote)
        for speech in range(100, 100 + groups)
        for start, quote in ((5, "统一思想甲"), (40, "狠抓落实乙"))
    ]
    dock.set_all_speeches(True)
    dock.set_annotations(everything, speech_id=100, titles={})
    calls: list[bool] = []
    real = dock.view.setExpanded
    monkeypatch.setattr(dock.view, "setExpanded", lambda i, on: (calls.append(on), real(i, on)))
    dock.set_text_filter("甲")
    assert len(_visible_quotes(dock)) == groups
    dock.clear_filters()
    assert len(_visible_quotes(dock)) == 2 * groups
    assert len(calls) <= 2 * groups
    assert all(dock.view.isExpanded(dock.proxy.index(row, 0)) for row in range(groups))


def test_a_filter_change_is_one_reset_not_a_removal_per_group(dock: AnnotationsDock) -> None:
    # QTreeView lays out all its rows for each removal: a removal per group was quadratic
    # (8 s for 2,000 groups of "all speeches"), and the selection must survive the reset.
    everything = [
        make_annotation(speech, start, quote)
        for speech in range(100, 140)
        for start, quote in ((5, "统一思想甲"), (40, "狠抓落实乙"))
    ]
    dock.set_all_speeches(True)
    dock.set_annotations(everything, speech_id=100, titles={})
    assert dock.select_annotation(everything[2].id)
    removals: list[int] = []
    resets: list[bool] = []
    dock.proxy.rowsRemoved.connect(lambda *_: removals.append(1))
    dock.proxy.modelReset.connect(lambda: resets.append(True))
    dock.set_text_filter("甲")
    assert (removals, resets) == ([], [True])
    assert len(_visible_quotes(dock)) == 40
    assert dock.selected_annotation_id() == everything[2].id


def _painted_texts(dock: AnnotationsDock, index: QModelIndex) -> list[str]:
    return painted_texts(dock.view, index)


WORDS_CHANGED = {Language.ENGLISH: "words changed", Language.CHINESE: "原文已改"}
WHEN_MARKED = {
    Language.ENGLISH: "Originally marked: “效率就是生产力”",
    Language.CHINESE: "标注时的原文：“效率就是生产力”",
}


def test_a_row_whose_words_changed_says_so_and_shows_the_words_first_marked(
    ui_language: Language, qtbot: QtBot, show_docked: ShowDocked
) -> None:
    dock = _docked(show_docked)
    edited = changed(
        make_annotation(SPEECH, 60, "效率就是战斗力", state=AnchorState.FUZZY),
        marked_quote="效率就是生产力",
    )
    dock.set_annotations([*_annotations(), edited], speech_id=SPEECH, titles=TITLES)
    row, other = _row(dock, "效率就是战斗力"), _row(dock, "突出重点，狠抓落实")
    assert WORDS_CHANGED[ui_language] in _painted_texts(dock, row)
    assert WORDS_CHANGED[ui_language] not in _painted_texts(dock, other)
    assert WHEN_MARKED[ui_language] in row.data(Qt.ItemDataRole.ToolTipRole)
    assert WHEN_MARKED[ui_language] in row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "“" not in (other.data(Qt.ItemDataRole.ToolTipRole) or "")
    _click(qtbot, dock, row)
    assert _label(dock, "markedQuote") == WHEN_MARKED[ui_language], "shown above the note"
    _click(qtbot, dock, other)
    assert _label(dock, "markedQuote") == ""
    dock.update_annotation(changed(edited, marked_quote=None))  # e.g. an undo
    _click(qtbot, dock, _row(dock, "效率就是战斗力"))
    assert _label(dock, "markedQuote") == ""


def test_after_the_selected_row_leaves_the_row_the_editor_shows_is_selected(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    index = _row(dock, "突出重点，狠抓落实")
    _click(qtbot, dock, index)
    dock.remove_annotation(index.data(Role.ID))  # trashed with Delete: Qt makes a neighbour current
    shown = dock.editor.annotation_id
    assert shown is not None
    assert dock.selected_annotation_id() == shown
    current = dock.view.currentIndex()
    assert dock.view.selectionModel().isSelected(current), "the row being edited looks chosen"
