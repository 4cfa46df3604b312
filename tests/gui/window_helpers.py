"""Driving the main window as a user does: clicking tree rows, selecting text, using menus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QInputMethodEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.library_tree import Role
from tests.gui.reader.helpers import page_offsets, select_with_keys


def tree_row(window: MainWindow, speech_id: int, start: int | None = None) -> QModelIndex:
    """The tree view's row of a speech, or of its outline node starting at ``start``."""
    pane = window.library_pane
    if start is None:
        source = pane.model.speech_index(speech_id)
    else:
        path = pane.model.outline_path(speech_id, start)
        source = next(index for index in path if index.data(Role.START) == start)
    index = pane.proxy.mapFromSource(source)
    assert index.isValid()
    return index


def click_row(
    qtbot: QtBot,
    window: MainWindow,
    index: QModelIndex,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Click a row of the library tree (scrolling it into view first), maybe with Ctrl/Shift."""
    tree = window.library_pane.tree
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifiers, rect.center())


def focus_reader(qtbot: QtBot, window: MainWindow) -> None:
    """Give the reader the keyboard, as clicking into the page does."""
    window.activateWindow()
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)


def select_and_press(qtbot: QtBot, window: MainWindow, start: int, end: int, key: Qt.Key) -> None:
    """Select ``text[start:end]`` of the open speech and press ``key`` in the reader."""
    focus_reader(qtbot, window)
    select_with_keys(window.reader, start, end)
    qtbot.keyClick(window.reader, key)


def highlight_word(qtbot: QtBot, window: MainWindow, word: str, key: Qt.Key) -> str:
    """Select the first ``word`` of the open speech, press ``key`` (1–5, N), return the new id."""
    start = window.current_speech().text.index(word)
    with qtbot.waitSignal(window.session.annotation_added) as added:
        select_and_press(qtbot, window, start, start + len(word), key)
    return added.args[1]


def menu_action(window: MainWindow, menu: str, object_name: str) -> QAction:
    """An action of a menu of the menu bar, found by its object name."""
    found = [a for a in window.menus[menu].actions() if a.objectName() == object_name]
    assert found, f"{object_name} is not in the {menu} menu"
    return found[0]


def type_chinese(widget: QWidget, text: str) -> None:
    """Type ``text`` as a Chinese input method commits it (QTest's keys are ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def line_top(window: MainWindow, offset: int) -> int:
    """Where the line holding ``str`` offset ``offset`` of the open speech begins, in the page."""
    reader = window.reader
    cursor = reader.textCursor()
    cursor.setPosition(page_offsets(reader).to_utf16(offset))
    return reader.cursorRect(cursor).top()


def import_annotations_by_menu(
    qtbot: QtBot, window: MainWindow, path: Path, timeout: int = 30_000
) -> None:
    """File ▸ Import Annotations… on ``path``, then OK on its report."""
    window.pick_annotation_file = lambda _parent, _folder: str(path)
    window.registry.action(ActionId.IMPORT_ANNOTATIONS).trigger()
    importer = window.annotation_importer
    assert importer is not None
    qtbot.waitUntil(lambda: not importer.is_running(), timeout=timeout)
    assert importer.message is not None
    importer.message.button(QMessageBox.StandardButton.Ok).click()


def status_messages(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The status bar's messages from now on, as asked for: a status tip (the pointer resting
    on a tool button) may replace one at once, and the same text again is no new message."""
    shown: list[str] = []
    show = window.status.showMessage

    def record(text: str, timeout: int = 0) -> None:
        shown.append(text)
        show(text, timeout)

    monkeypatch.setattr(window.status, "showMessage", record)
    return shown


def right_click(widget: QWidget, pos: QPoint) -> None:
    """What the platform sends a widget on a right-click (QTest's clicks send no menu event)."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def type_over(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    """Select what the box shows and type ``text`` over it, as a user does."""
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def menu_dialogs(window: MainWindow) -> Iterator[QWidget]:
    """Each dialog the menus open, shown in turn (closed before the next)."""
    for show in (
        window.show_export_dialog,
        window.show_tags_dialog,
        window.show_trash,
        window.show_shortcuts,
        lambda: window.show_concordance_of("效能", None) or window.concordance_dialog(),
        lambda: window.show_import_report(window.session.collections()[0].id),
    ):
        dialog = show()
        assert dialog is not None
        yield dialog
        dialog.close()
