"""Tests for desktop/gui/focus_ring.py: the keyboard's place is seen on lists and chips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.app_theme import focus_colour
from desktop.gui.focus_ring import FocusRing, install_focus_ring
from desktop.gui.main_window import MainWindow
from tests.gui.window_helpers import select_and_press

KEYBOARD_CUES = Qt.WidgetAttribute.WA_KeyboardFocusChange


def _edge(widget: QWidget) -> QColor:
    """The colour at the middle of the widget's left edge, as it paints with its children."""
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


def _focus(qtbot: QtBot, ring: FocusRing, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_the_tree_the_list_and_a_chip_show_they_have_the_keyboard(
    qtbot: QtBot, main_window: MainWindow, theme: str
) -> None:
    start = main_window.current_speech().text.index("效能革命")
    with qtbot.waitSignal(main_window.session.annotation_added):
        select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_1)
    main_window.set_theme(theme)
    ring = install_focus_ring()
    assert ring is not None
    dock = main_window.annotations_dock
    try:
        for control in (main_window.library_pane.tree, dock.view, dock.filter_bar.chip("green")):
            _focus(qtbot, ring, main_window.reader)  # the page's caret is its own sign
            assert ring.target() is None
            before = _edge(control)
            _focus(qtbot, ring, control)
            assert ring.target() is control
            ink = focus_colour(control.palette())
            assert _edge(control) == ink, control.objectName()
            assert before != ink
    finally:
        main_window.set_theme("light")


def test_the_ring_outlives_a_closed_dialogs_list(qtbot: QtBot, main_window: MainWindow) -> None:
    ring = install_focus_ring()
    assert ring is install_focus_ring()  # one for the application
    dialog = main_window.show_shortcuts()
    qtbot.waitExposed(dialog)
    shortcuts = dialog.findChild(QWidget, "shortcutList")
    _focus(qtbot, ring, shortcuts)
    assert ring.target() is shortcuts
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: ring.target() is None)
    tree = main_window.library_pane.tree
    _focus(qtbot, ring, tree)
    assert ring.target() is tree
    tree.resize(tree.width() - 20, tree.height())
    qtbot.waitUntil(lambda: tree.findChild(QWidget, "focusRing").size() == tree.size())


# The offscreen platform cannot raise a popup nor let it grab the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_no_ring_on_a_combo_box_s_or_a_completer_s_drop_down_list(qtbot: QtBot) -> None:
    ring = install_focus_ring()
    assert ring is not None
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    combo, field = QComboBox(host), QLineEdit(host)
    combo.addItems(["讲话", "报告", "批示"])
    completer = QCompleter(["xiaoneng geming", "xiaoneng tisheng"], field)
    field.setCompleter(completer)
    layout.addWidget(combo)
    layout.addWidget(field)
    host.show()
    qtbot.waitExposed(host)
    _focus(qtbot, ring, combo)
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible() and combo.view().hasFocus())
    assert ring.target() is None, "the open list's current row already shows"
    combo.hidePopup()
    _focus(qtbot, ring, field)
    qtbot.keyClicks(field, "xiao")  # QTest types ASCII only
    qtbot.waitUntil(completer.popup().isVisible)
    assert ring.target() is not completer.popup(), "the field keeps the keyboard, and the ring"


def _focus_window() -> QWidget | None:
    focused = QApplication.focusWidget()
    return focused.window() if focused is not None else None


def _preferences_shows_focus(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> bool:
    """Whether the preferences dialog, opened from ``window``, draws its focused control's cue."""
    from desktop.dialogs.preferences import PreferencesDialog

    shown: list[bool] = []

    def look(dialog: PreferencesDialog) -> int:
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        qtbot.waitUntil(lambda: _focus_window() is dialog)
        shown.append(dialog.testAttribute(KEYBOARD_CUES))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", look)
    window.registry.action(ActionId.PREFERENCES).trigger()
    assert len(shown) == 1
    return shown[0]


def test_a_dialog_opened_by_a_keyboard_user_shows_its_first_control_s_focus(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, main_window: MainWindow
) -> None:
    tree = main_window.library_pane.tree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    assert not _preferences_shows_focus(qtbot, monkeypatch, main_window), "a mouse user's"
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_F6)  # the keyboard moves between panes
    qtbot.waitUntil(lambda: not tree.hasFocus())
    assert main_window.testAttribute(KEYBOARD_CUES)
    assert _preferences_shows_focus(qtbot, monkeypatch, main_window)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_note_being_written_shows_it_has_the_keyboard(
    qtbot: QtBot, main_window: MainWindow, theme: str
) -> None:
    main_window.set_theme(theme)
    ring = install_focus_ring()
    assert ring is not None
    start = main_window.current_speech().text.index("效能革命")
    try:
        select_and_press(qtbot, main_window, start, start + 4, Qt.Key.Key_N)
        note = main_window.annotations_dock.editor.note_edit
        qtbot.waitUntil(note.hasFocus)  # N: the keyboard is in the note, seen by more than a caret
        assert ring.target() is note
        assert _edge(note) == focus_colour(note.palette())
        qtbot.keyClick(note, Qt.Key.Key_Escape)
        qtbot.waitUntil(main_window.reader.hasFocus)
        assert ring.target() is None
    finally:
        main_window.set_theme("light")


def test_a_drop_down_list_and_a_tab_bar_show_they_have_the_keyboard_on_the_dark_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.show_library_search()
    main_window.registry.action(ActionId.SHOW_TERMS).setChecked(True)
    main_window.set_theme("dark")
    ring = install_focus_ring()
    assert ring is not None
    scope, tabs = main_window.search_dock().scope_box, main_window.terms_dock().tabs.tabBar()
    try:
        # Fusion's own cue there, a one-pixel frame in the highlight's blue, hardly showed.
        _focus(qtbot, ring, scope)
        assert ring.target() is scope
        assert _edge(scope) == focus_colour(scope.palette())
        _focus(qtbot, ring, tabs)
        assert ring.target() is tabs
        overlay = tabs.findChild(QWidget, "focusRing")
        assert overlay.geometry() == tabs.tabRect(tabs.currentIndex())  # round the tab alone
        qtbot.keyClick(tabs, Qt.Key.Key_Right)
        assert tabs.currentIndex() == 1
        assert overlay.geometry() == tabs.tabRect(1)
    finally:
        main_window.set_theme("light")
