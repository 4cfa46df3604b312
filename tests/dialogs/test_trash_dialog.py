"""Tests for desktop/dialogs/trash_dialog.py: restore chosen rows, empty after confirming."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from desktop.dialogs.trash_dialog import (
    ANNOTATION,
    COLLECTION,
    DELETED,
    FROM,
    FROM_SHARE,
    ITEM,
    TrashDialog,
    TrashRow,
    annotation_rows,
    collection_row,
)
from desktop.gui.i18n import Language, Translations
from tests.gui.access_keys import activate, press_access_key, window_problems
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.machine_zone import machine_zone
from tests.models.factory import changed, make_annotation


@pytest.fixture
def dialog(qtbot: QtBot) -> TrashDialog:
    """The trash with two annotations and a collection, on screen."""
    trashed = [
        changed(
            make_annotation(1, 0, "统一思想", annotation_id="a1"), deleted="2024-03-06T08:00:00Z"
        ),
        changed(
            make_annotation(2, 9, "", note="整篇的批注", annotation_id="a2"), kind="speech-note"
        ),
    ]
    rows = [
        *annotation_rows(trashed, {1: "在全市工作会议上的讲话"}),
        TrashRow(COLLECTION, "7", "2016年讲话汇编", "12 篇讲话", "2024-03-07T08:00:00Z"),
    ]
    widget = TrashDialog()
    qtbot.addWidget(widget)
    widget.set_rows(rows)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(dialog: TrashDialog) -> list[tuple[str, str]]:
    tree = dialog.list
    return [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(3)]


def test_rows_show_what_was_deleted_and_where_from(dialog: TrashDialog) -> None:
    assert _texts(dialog) == [
        ("统一思想", "在全市工作会议上的讲话"),
        ("整篇的批注", ""),
        ("2016年讲话汇编", "12 篇讲话"),
    ]
    assert dialog.restore_button.isEnabled()  # the first row is chosen on opening


def test_the_first_row_is_chosen_on_opening_so_enter_restores_it(
    qtbot: QtBot, dialog: TrashDialog
) -> None:
    tree = dialog.list
    assert tree.currentItem() is tree.topLevelItem(0)
    assert tree.selectedItems() == [tree.topLevelItem(0)]
    assert tree.hasFocus()
    with qtbot.waitSignal(dialog.restore_requested) as blocker:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert blocker.args == [[("annotation", "a1")]]
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the keyboard moves the choice with it
    with qtbot.waitSignal(dialog.restore_requested) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [[("annotation", "a2")]]


def test_restore_asks_for_the_chosen_rows(qtbot: QtBot, dialog: TrashDialog) -> None:
    tree = dialog.list
    tree.setCurrentItem(tree.topLevelItem(0))
    tree.topLevelItem(2).setSelected(True)
    with qtbot.waitSignal(dialog.restore_requested) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [[("annotation", "a1"), ("collection", "7")]]


def test_emptying_asks_first_and_says_it_cannot_be_undone(
    qtbot: QtBot, dialog: TrashDialog
) -> None:
    emptied: list[bool] = []
    dialog.empty_requested.connect(lambda: emptied.append(True))
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "cannot be undone" in box.informativeText()
    assert "3" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert emptied == []

    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    box = dialog.confirmation
    destructive = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    with qtbot.waitSignal(dialog.empty_requested):
        qtbot.mouseClick(destructive, Qt.MouseButton.LeftButton)


def test_an_empty_trash_says_so(qtbot: QtBot, dialog: TrashDialog) -> None:
    dialog.set_rows([])
    assert not dialog.list.isVisible()
    assert not dialog.empty_button.isEnabled()


def test_a_collection_row_says_how_many_speeches_went_with_it() -> None:
    row = collection_row(7, "2016年讲话汇编", 12, "2024-03-07T08:00:00Z")
    assert (row.kind, row.key, row.title) == ("collection", "7", "2016年讲话汇编")
    assert row.detail == "Collection of 12 speech(es)"


def test_enter_never_empties_the_trash(qtbot: QtBot, dialog: TrashDialog) -> None:
    assert dialog.list.hasFocus()
    assert not dialog.empty_button.isDefault()
    assert not dialog.empty_button.autoDefault()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # choose the first row
    with qtbot.waitSignal(dialog.restore_requested) as blocker:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert blocker.args == [[("annotation", "a1")]]
    assert dialog.confirmation is None


def test_the_columns_show_a_speech_label_whole_and_give_the_rest_to_the_item(
    qtbot: QtBot,
) -> None:
    label = "第5篇 · 在全市“效能革命”工作会上的讲话"
    quote = "推进机关行政效能建设是建设法治政府的需要，" * 4
    rows = [TrashRow(ANNOTATION, "a1", quote, label, "2024-03-06T08:00:00Z", "yellow")]
    dialog = TrashDialog()
    qtbot.addWidget(dialog)
    dialog.set_rows(rows)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.list
    metrics = tree.fontMetrics()
    assert tree.columnWidth(FROM) >= metrics.horizontalAdvance(label), "the label is not cut"
    when = tree.topLevelItem(0).text(DELETED)
    assert tree.columnWidth(DELETED) >= metrics.horizontalAdvance(when)
    assert tree.columnWidth(ITEM) > tree.columnWidth(FROM), "the quote gets the rest"
    used = sum(tree.columnWidth(column) for column in (ITEM, FROM, DELETED))
    assert used <= tree.viewport().width(), "no sideways scrolling"
    assert dialog.minimumWidth() >= 480
    assert dialog.minimumHeight() >= 240


def test_a_very_long_label_takes_at_most_its_share(qtbot: QtBot) -> None:
    label = "讲话汇编（二〇一六年） › 第5篇 · " + "在全市“效能革命”工作会上的讲话" * 3
    dialog = TrashDialog()
    qtbot.addWidget(dialog)
    dialog.set_rows([TrashRow(ANNOTATION, "a1", "两集中、两到位", label)])
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.list
    assert tree.columnWidth(FROM) <= tree.viewport().width() * FROM_SHARE
    assert tree.topLevelItem(0).toolTip(FROM) == label, "shown whole on hover"


def test_deletion_times_are_the_machines_local_time(dialog: TrashDialog) -> None:
    row = TrashRow(COLLECTION, "8", "汇编", "1 篇讲话", "2024-03-07T08:00:00Z")
    with machine_zone():  # UTC+08:00
        dialog.set_rows([row])
    assert dialog.list.topLevelItem(0).text(2) == "2024-03-07 16:00"


def test_every_button_has_its_own_access_key_and_the_question_too(
    qtbot: QtBot, ui_language: Language, dialog: TrashDialog
) -> None:
    assert window_problems(dialog) == []
    activate(qtbot, dialog)
    press_access_key(qtbot, dialog, dialog.empty_button.text())
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    box = dialog.confirmation
    assert window_problems(box) == []
    assert box.focusWidget() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert dialog.isVisible(), "Escape leaves the question, not the trash"


def test_escape_closes_the_trash(qtbot: QtBot, dialog: TrashDialog) -> None:
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_kept_trash_dialog_follows_a_change_of_language(
    qtbot: QtBot, qapp: QApplication, dialog: TrashDialog
) -> None:
    """The window keeps one trash dialog; switching to Chinese later must reach it too."""
    assert dialog.windowTitle() == "Trash"
    translations = Translations(qapp)
    try:
        assert translations.apply(Language.CHINESE) == Language.CHINESE
        qtbot.waitUntil(lambda: dialog.windowTitle() == "回收站")
        assert dialog.restore_button.text().startswith("还原")
        assert dialog.list.headerItem().text(0) != "Item"
    finally:
        translations.remove()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Trash")


def test_the_intro_names_both_ways_items_leave_the_trash(
    qtbot: QtBot, qapp: QApplication, dialog: TrashDialog
) -> None:
    """Delete for Good ends an item's stay as emptying the trash does: the intro says both."""
    intro = dialog.findChildren(QLabel)[0]
    assert "for good" in intro.text()
    assert "empty the trash" in intro.text()
    translations = Translations(qapp)
    try:
        assert translations.apply(Language.CHINESE) == Language.CHINESE
        qtbot.waitUntil(lambda: dialog.windowTitle() == "回收站")
        assert "永久删除" in intro.text()
        assert "清空回收站" in intro.text()
    finally:
        translations.remove()


def _destructive(box: QMessageBox) -> QAbstractButton:
    return next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )


def test_the_delete_key_deletes_the_chosen_rows_for_good_after_asking(
    qtbot: QtBot, dialog: TrashDialog
) -> None:
    """Delete did nothing in the trash: one thing could not go without emptying all of it."""
    tree = dialog.list
    tree.topLevelItem(2).setSelected(True)  # the first row is chosen on opening, and this one
    deleted: list[list] = []
    dialog.delete_requested.connect(deleted.append)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    box = dialog.confirmation
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "2" in box.text()
    assert "cannot be undone" in box.informativeText()
    assert box.focusWidget() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert deleted == []
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.delete_requested) as asked:
        qtbot.mouseClick(_destructive(dialog.confirmation), Qt.MouseButton.LeftButton)
    assert asked.args == [[("annotation", "a1"), ("collection", "7")]]


@pytest.fixture
def menus() -> Iterator[MenuSpy]:
    """Records and closes the context menus that open while the test runs."""
    spy = MenuSpy()
    yield spy
    spy.deleteLater()


@MENU_ON_OFFSCREEN
def test_a_rows_menu_restores_or_deletes_it_for_good(
    qtbot: QtBot, dialog: TrashDialog, menus: MenuSpy
) -> None:
    """A right-click on a row offered nothing."""
    tree = dialog.list
    rect = tree.visualItemRect(tree.topLevelItem(1))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    menus.chosen = "trash_restore"
    with qtbot.waitSignal(dialog.restore_requested) as asked:
        tree.customContextMenuRequested.emit(rect.center())
    assert asked.args == [[("annotation", "a2")]]
    assert menus.opened[0][1] == ["trash_restore", "trash_delete"]
    menus.chosen = "trash_delete"
    tree.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: dialog.confirmation is not None)


def test_nothing_chosen_nothing_to_restore_or_delete(qtbot: QtBot, dialog: TrashDialog) -> None:
    dialog.list.clearSelection()
    assert not dialog.restore_button.isEnabled()
    assert not dialog.delete_button.isEnabled()
    assert not dialog.delete_action.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.confirmation is None


def test_delete_asks_wherever_the_focus_is_in_the_trash(qtbot: QtBot, dialog: TrashDialog) -> None:
    """The focus a click left on a button (or a question left behind) is still the trash's."""
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.empty_button.setFocus()
    qtbot.keyClick(dialog.empty_button, Qt.Key.Key_Delete)
    assert dialog.confirmation is not None


def test_restoring_the_last_rows_leaves_the_keyboard_on_close(
    qtbot: QtBot, dialog: TrashDialog
) -> None:
    """The list with the keyboard hid when the trash emptied: no widget had it, and nothing
    showed where Tab or Space would act."""
    activate(qtbot, dialog)
    dialog.list.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(dialog.restore_requested):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    dialog.set_rows([])  # what the window does once the rows are back in the library
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert dialog.focusWidget() is close
    qtbot.keyClick(close, Qt.Key.Key_Space)
    assert not dialog.isVisible()
