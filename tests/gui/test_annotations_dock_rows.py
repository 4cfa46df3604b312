"""Tests for desktop/gui/annotations_dock_rows.py: rows chosen together with Ctrl/Shift+click or
Ctrl+A, and what the dock asks of them (copy, recolour, trash, accept their places), driven as a
user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.core.annotation import AnchorState, Annotation, Color
from desktop.gui.annotations_dock import AnnotationsDock
from desktop.gui.main_window import MainWindow
from tests.gui.conftest import ShowDocked
from tests.gui.swatches import PURPLE, PURPLE_ON_DARK, dark_theme, swatch_fill
from tests.models.factory import make_annotation

SPEECH = 10
QUOTES = ("统一思想，提高认识", "突出重点，狠抓落实", "确保各项任务落到实处", "真抓实干")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def dock(show_docked: ShowDocked) -> AnnotationsDock:
    """The dock on screen with four highlights of one speech, in text order."""
    widget = AnnotationsDock()
    show_docked(widget)
    colors = ("yellow", "green", "green", "blue")
    widget.set_annotations(
        [
            make_annotation(SPEECH, 10 + 30 * n, quote, color=color)
            for n, (quote, color) in enumerate(zip(QUOTES, colors, strict=True))
        ],
        speech_id=SPEECH,
    )
    return widget


def _row(dock: AnnotationsDock, quote: str) -> QModelIndex:
    for annotation in dock.model.annotations():
        if annotation.quote.exact == quote:
            return dock.proxy.mapFromSource(dock.model.index_of(annotation.id))
    raise AssertionError(f"no row for {quote}")


def _click(
    qtbot: QtBot,
    dock: AnnotationsDock,
    quote: str,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    index = _row(dock, quote)
    dock.view.scrollTo(index)
    point = dock.view.visualRect(index).center()
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, modifiers, point)


def _quotes(annotations: list[Annotation]) -> list[str]:
    return [annotation.quote.exact for annotation in annotations]


def test_ctrl_and_shift_click_choose_rows_without_going_anywhere(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    jumps: list[tuple[int, int]] = []
    dock.jump_requested.connect(lambda speech, offset: jumps.append((speech, offset)))
    _click(qtbot, dock, QUOTES[3])
    assert len(jumps) == 1, "a plain click goes to the passage"
    _click(qtbot, dock, QUOTES[1], CTRL)
    assert _quotes(dock.selected_annotations()) == [QUOTES[1], QUOTES[3]], "in the list's order"
    _click(qtbot, dock, QUOTES[0], CTRL)
    assert _quotes(dock.selected_annotations()) == [QUOTES[0], QUOTES[1], QUOTES[3]]
    assert len(jumps) == 1, "choosing rows asked for no jump"
    _click(qtbot, dock, QUOTES[1])
    assert len(jumps) == 2
    _click(qtbot, dock, QUOTES[3], SHIFT)
    assert _quotes(dock.selected_annotations()) == list(QUOTES[1:])
    qtbot.keyClick(dock.view, Qt.Key.Key_Up, SHIFT)
    assert _quotes(dock.selected_annotations()) == [QUOTES[1], QUOTES[2]]
    assert len(jumps) == 2, "choosing rows asked for no jump"


def test_copy_and_ctrl_c_ask_for_the_chosen_passages_in_the_list_s_order(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    _click(qtbot, dock, QUOTES[2])
    _click(qtbot, dock, QUOTES[0], CTRL)
    with qtbot.waitSignal(dock.copy_requested) as copied:
        dock.row_actions.copy.trigger()
    assert _quotes(copied.args[0]) == [QUOTES[0], QUOTES[2]]
    assert copied.args[1] is False
    dock.view.setFocus()
    with qtbot.waitSignal(dock.copy_requested) as copied:
        qtbot.keyClick(dock.view, Qt.Key.Key_C, CTRL)
    assert _quotes(copied.args[0]) == [QUOTES[0], QUOTES[2]]
    with qtbot.waitSignal(dock.copy_requested) as cited:
        qtbot.keyClick(dock.view, Qt.Key.Key_C, CTRL | SHIFT)
    assert cited.args[1] is True


def test_ctrl_a_chooses_every_row_and_the_editor_waits_for_one(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    _click(qtbot, dock, QUOTES[1])
    assert dock.editor.isEnabled()
    qtbot.keyClick(dock.view, Qt.Key.Key_A, CTRL)
    assert _quotes(dock.selected_annotations()) == list(QUOTES)
    assert not dock.editor.isEnabled(), "one note is written at a time"
    actions = dock.row_actions
    assert not actions.jump.isEnabled(), "several rows have no one passage"
    assert actions.copy.isEnabled()
    assert actions.copy_cited.isEnabled()
    assert not any(action.isChecked() for action in actions.colors.values()), "mixed colours"
    jumps: list[int] = []
    dock.jump_requested.connect(lambda speech, _offset: jumps.append(speech))
    qtbot.keyClick(dock.view, Qt.Key.Key_F2)
    assert not dock.editor.note_edit.hasFocus()
    _click(qtbot, dock, QUOTES[2])
    assert _quotes(dock.selected_annotations()) == [QUOTES[2]]
    assert dock.editor.isEnabled()
    assert actions.jump.isEnabled()
    assert jumps == [SPEECH]


def test_delete_and_colour_ask_for_every_chosen_row(qtbot: QtBot, dock: AnnotationsDock) -> None:
    _click(qtbot, dock, QUOTES[0])
    _click(qtbot, dock, QUOTES[2], SHIFT)
    ids = [annotation.id for annotation in dock.selected_annotations()]
    with qtbot.waitSignal(dock.color_change_requested) as recoloured:
        dock.row_actions.colors["green"].trigger()
    assert recoloured.args == [ids[0], "green"], "only the one not green yet"
    with qtbot.waitSignal(dock.colors_change_requested) as recoloured:
        dock.row_actions.colors["pink"].trigger()
    assert recoloured.args == [ids, "pink"]
    dock.view.setFocus()
    with qtbot.waitSignal(dock.many_delete_requested) as deleted:
        qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    assert deleted.args == [ids]


def test_the_menu_of_a_chosen_row_keeps_the_choice_and_offers_the_citation(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    _click(qtbot, dock, QUOTES[0])
    _click(qtbot, dock, QUOTES[3], CTRL)
    index = _row(dock, QUOTES[3])
    menu = dock.build_context_menu(index)
    assert menu is not None
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert "dock_copy_with_citation" in names
    assert _quotes(dock.selected_annotations()) == [QUOTES[0], QUOTES[3]]
    menu.deleteLater()
    other = dock.build_context_menu(_row(dock, QUOTES[1]))
    assert other is not None
    assert _quotes(dock.selected_annotations()) == [QUOTES[1]], "a row outside the choice"
    other.deleteLater()


def test_the_colour_actions_follow_a_theme_change(main_window: MainWindow) -> None:
    purple = main_window.annotations_dock.row_actions.colors[Color.PURPLE.value]
    assert swatch_fill(purple.icon()) == QColor(PURPLE)
    with dark_theme(main_window):
        assert swatch_fill(purple.icon()) == PURPLE_ON_DARK
    assert swatch_fill(purple.icon()) == QColor(PURPLE), "and back on light"


def _menu_names(dock: AnnotationsDock, quote: str) -> list[str]:
    menu = dock.build_context_menu(_row(dock, quote))
    assert menu is not None
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    menu.deleteLater()
    return names


def test_only_moved_and_fuzzy_rows_offer_to_accept_their_place(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    states = (AnchorState.MOVED, AnchorState.FUZZY, AnchorState.ANCHORED, AnchorState.ORPHANED)
    made = [
        make_annotation(SPEECH, 10 + 30 * n, quote, state=state)
        for n, (quote, state) in enumerate(zip(QUOTES, states, strict=True))
    ]
    made[3] = make_annotation(SPEECH, None, QUOTES[3], state=AnchorState.ORPHANED)
    dock.set_annotations(made, speech_id=SPEECH)
    assert "dock_accept_place" in _menu_names(dock, QUOTES[0])
    assert "dock_accept_place" in _menu_names(dock, QUOTES[1])
    assert "dock_accept_place" not in _menu_names(dock, QUOTES[2]), "anchored where it was made"
    orphan_menu = _menu_names(dock, QUOTES[3])
    assert "dock_accept_place" not in orphan_menu
    assert "dock_reattach" in orphan_menu, "an orphan is reattached instead"
    for quote in QUOTES:
        _click(qtbot, dock, quote, CTRL if quote != QUOTES[0] else Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(dock.accept_place_requested) as asked:
        dock.row_actions.accept_place.trigger()
    assert asked.args == [[made[0].id, made[1].id]], "the moved and fuzzy ones among the rows"


def test_edit_note_is_offered_for_one_row_and_named_as_in_the_reader(
    qtbot: QtBot, dock: AnnotationsDock
) -> None:
    edit = dock.row_actions.edit_note
    _click(qtbot, dock, QUOTES[0])
    assert "dock_edit_note" in _menu_names(dock, QUOTES[0])
    assert edit.isEnabled()
    assert edit.text() == "Add &Note…", "a highlight without a note"
    _click(qtbot, dock, QUOTES[1], CTRL)
    assert not edit.isEnabled(), "one note is written at a time"
    qtbot.keyClick(dock.view, Qt.Key.Key_F2)
    assert not dock.editor.note_edit.hasFocus()
    noted = make_annotation(SPEECH, 200, "抓铁有痕", note="可作结尾")
    dock.add_annotation(noted)
    _click(qtbot, dock, "抓铁有痕")
    assert edit.text() == "Edit &Note…"
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_F2)
    note = dock.editor.note_edit
    qtbot.waitUntil(note.hasFocus)
    assert note.textCursor().position() == len("可作结尾")
