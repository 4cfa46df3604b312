"""A library the window cannot write: on a read-only share, or its file moved away meanwhile."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.gui.read_only_tips import read_only_tip
from tests.core.storage.disk_failures import unwritable_folder
from tests.gui.conftest import WindowFactory
from tests.gui.full_disk import close_messages
from tests.gui.library_messages import wait_for_message
from tests.gui.ui_languages import window_language
from tests.gui.window_helpers import select_and_press


@pytest.fixture
def library_path(tmp_path: Path, sample_library_template: Path) -> Path:
    """The sample library alone in a folder of its own (the share made read-only here)."""
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "library.sqlite"
    shutil.copyfile(sample_library_template, path)
    return path


@pytest.fixture
def read_only_share(library_path: Path) -> Iterator[Path]:
    """The library's folder takes no file while the test runs, as a CD or read-only share."""
    with unwritable_folder(library_path.parent):
        yield library_path


def _close_messages(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Wait for the window's message boxes, close them, return their texts."""
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)))
    return close_messages(window)


def test_a_library_on_a_read_only_share_opens_for_reading_and_says_so(
    qtbot: QtBot, read_only_share: Path, open_window: WindowFactory
) -> None:
    # It was refused at start ("copy it to a folder you can write to"): a colleague's library
    # on a CD could not even be read.
    before = hashlib.sha256(read_only_share.read_bytes()).hexdigest()
    window = open_window()
    assert window.session.read_only
    assert "[Read-Only]" in window.windowTitle()
    speech = window.current_speech()
    assert speech is not None
    assert speech.text, "the speech is there to read"
    notes = window.session.annotations(speech.record.id)
    start = speech.text.index("效能革命")
    select_and_press(qtbot, window, start, start + 4, Qt.Key.Key_1)
    texts = _close_messages(qtbot, window)
    assert "The library cannot be written to, so the change was not saved." in texts
    assert window.session.annotations(speech.record.id) == notes, "nothing looks saved"
    assert window.session.undo_stack.count() == 0
    assert hashlib.sha256(read_only_share.read_bytes()).hexdigest() == before


def test_a_highlight_after_the_library_was_moved_away_says_so_and_is_not_shown(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory
) -> None:
    # A USB stick pulled, the file moved: the message said the file "was replaced (by a
    # restore from a backup)", which nobody had done.
    window = open_window()
    speech = window.current_speech()
    assert speech is not None
    notes = window.session.annotations(speech.record.id)
    moved = library_path.with_name("moved.sqlite")
    library_path.rename(moved)
    start = speech.text.index("效能革命")
    select_and_press(qtbot, window, start, start + 4, Qt.Key.Key_1)
    assert _close_messages(qtbot, window) == [
        "The library file is no longer where it was opened (moved, deleted, or its disk was "
        "removed). The change was not saved."
    ]
    assert window.session.annotations(speech.record.id) == notes, "nothing looks saved"
    assert window.session.undo_stack.count() == 0
    moved.rename(library_path)  # the stick is back: the same highlight is taken
    with qtbot.waitSignal(window.session.annotation_added):
        select_and_press(qtbot, window, start, start + 4, Qt.Key.Key_1)


def test_an_undo_refused_while_the_library_is_moved_away_stays_to_be_tried_again(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory
) -> None:
    window = open_window()
    speech = window.current_speech()
    assert speech is not None
    start = speech.text.index("效能革命")
    with qtbot.waitSignal(window.session.annotation_added):
        select_and_press(qtbot, window, start, start + 4, Qt.Key.Key_1)
    moved = library_path.with_name("moved.sqlite")
    library_path.rename(moved)
    undo = window.registry.action(ActionId.UNDO)
    undo.trigger()
    assert len(_close_messages(qtbot, window)) == 1
    assert undo.text() == "&Undo Add Highlight", "the step stays, to be tried again"
    moved.rename(library_path)
    with qtbot.waitSignal(window.session.annotation_removed):
        undo.trigger()


def test_a_backup_after_the_library_was_moved_away_says_the_library_is_missing(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory, tmp_path: Path
) -> None:
    # Back Up Now… opens the library again in a worker: it said "It is no longer in the
    # library.", the message for a highlight deleted meanwhile.
    window = open_window()
    library_path.rename(library_path.with_name("moved.sqlite"))
    target = tmp_path / "copy.sqlite"
    window.back_up_to(target)
    box = wait_for_message(qtbot, window, "backup_failed")
    assert "The library file is no longer where it was opened" in box.informativeText()
    assert not target.exists()
    box.accept()


def test_the_position_at_close_refused_is_told_to_no_closed_window(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory
) -> None:
    # The position at close is written as the library closes, after the window: its refusal
    # (the file moved away) came to the closed window (in the tests, often already deleted:
    # an error in Qt's event loop), which showed a message nobody would see.
    window = open_window()
    library_path.rename(library_path.with_name("moved.sqlite"))
    window.close()
    window.session.close()
    QCoreApplication.processEvents()  # the writer's refusal, queued to the GUI thread
    assert window.findChildren(QMessageBox) == []


def test_a_scroll_after_the_library_was_moved_away_says_the_place_was_not_saved(
    qtbot: QtBot, library_path: Path, open_window: WindowFactory
) -> None:
    # Where the user reads is saved unasked: "The change was not saved." came after a scroll.
    window = open_window()
    library_path.rename(library_path.with_name("moved.sqlite"))
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    window.save_position()
    window.session.flush_reading_state()
    assert _close_messages(qtbot, window) == [
        "The library file is no longer where it was opened (moved, deleted, or its disk was "
        "removed), so your place in the text was not saved."
    ]


def test_a_read_only_library_says_so_at_start_and_keeps_the_place_without_writing_it(
    qtbot: QtBot, read_only_share: Path, open_window: WindowFactory
) -> None:
    # It was told only at the first scroll, as a message box (the position's write refused),
    # and every scroll after still queued a write certain to fail.
    window = open_window()
    label = window.status.read_only_label
    assert label.isVisible()
    assert label.text() == (
        "This library is read-only: you can read, but not save notes, highlights or your place"
    )
    # Cut short in a narrow window, not keeping it wide: the sentence whole in its tooltip.
    assert window.status.minimumSizeHint().width() < label.sizeHint().width()
    assert label.toolTip() == label.text()
    first, second = window.speech_order()[:2]
    window.open_speech(first, jump=False)
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = window.reading_offset()
    assert place > 0
    window.save_position()
    window.open_speech(second, jump=False)
    window.session.flush_reading_state()
    QCoreApplication.processEvents()
    assert window.findChildren(QMessageBox) == [], "no message at a scroll"
    assert window.session._reading_writer is None, "no write was queued"
    window.open_speech(first, jump=False)
    assert window.reading_offset() == place, "back where the user was, for this run"


_WRITES = (ActionId.HIGHLIGHT_1, ActionId.ADD_NOTE, ActionId.DELETE_ANNOTATION, ActionId.RENAME)
_READ_ONLY = "the library is read-only, so this cannot be saved."


def _tips(window: MainWindow, action_id: ActionId) -> tuple[str, str]:
    action = window.registry.action(action_id)
    return action.statusTip(), action.toolTip()


def test_the_actions_that_write_say_the_library_is_read_only_before_they_are_chosen(
    qtbot: QtBot, read_only_share: Path, open_window: WindowFactory
) -> None:
    # They stay enabled (each refused with a message when chosen): the tips said nothing of
    # it, so the user learnt only by choosing one.
    window = open_window()
    for action_id in _WRITES:
        status, tool = _tips(window, action_id)
        assert status.endswith(_READ_ONLY), action_id
        assert tool.endswith(_READ_ONLY), action_id
    assert "(1)" in _tips(window, ActionId.HIGHLIGHT_1)[1], "the key stays in the tooltip"
    window.registry.show_other_text(ActionId.ADD_NOTE, True)  # Edit Note…: its tips set anew
    window.registry.retranslate()  # a language change: every tip set anew
    for action_id in _WRITES:
        status, tool = _tips(window, action_id)
        assert status.endswith(_READ_ONLY), action_id
        assert tool.endswith(_READ_ONLY), action_id
        assert (status + tool).count(_READ_ONLY) == 2, "said once in each"
    assert not _tips(window, ActionId.COPY)[0].endswith(_READ_ONLY), "copying writes nothing"


def test_the_annotations_dock_s_actions_that_write_say_so_too(
    read_only_share: Path, open_window: WindowFactory
) -> None:
    window = open_window()
    actions = window.annotations_dock.row_actions  # built after the window's actions
    assert actions.delete.statusTip() == "The library is read-only, so this cannot be saved."
    assert actions.add_tag.statusTip().endswith(_READ_ONLY)
    assert actions.colors["yellow"].statusTip().endswith(_READ_ONLY.capitalize())
    actions.retranslate()  # its tips set anew
    assert actions.edit_note.statusTip().endswith(_READ_ONLY)
    assert not actions.copy.statusTip().endswith(_READ_ONLY.capitalize()), "copying writes nothing"


def test_the_chinese_title_marks_a_read_only_library_as_chinese_apps_do(
    qtbot: QtBot, read_only_share: Path, open_window: WindowFactory
) -> None:
    # "[只读]" took English brackets, spaced from the title: WPS and Word write 标题（只读）.
    window = open_window()
    title = window.current_speech().record.title
    assert window.windowTitle() == f"No. 1 · {title} [Read-Only] — 批注 Pizhu"
    with window_language(window):
        qtbot.waitUntil(lambda: "只读" in window.windowTitle())
        assert window.windowTitle() == f"第1篇 · {title}（只读） — 批注 Pizhu"
    qtbot.waitUntil(lambda: "[Read-Only]" in window.windowTitle())


def test_the_dock_s_actions_without_a_tooltip_of_their_own_say_so_in_the_new_language(
    qtbot: QtBot, read_only_share: Path, open_window: WindowFactory
) -> None:
    # Qt shows such an action's text as its tooltip; marked, that tooltip was set as a text of
    # its own, and a language switch left it in the old language ("Move to Trash — …").
    window = open_window()
    actions = window.annotations_dock.row_actions
    english = actions.delete.text()
    assert actions.delete.toolTip() == read_only_tip("Move to Trash")
    with window_language(window):
        qtbot.waitUntil(lambda: actions.delete.text() != english)
        for action in (actions.delete, actions.colors["yellow"]):
            own = QAction(action.text())  # the tooltip Qt makes of its text now
            assert action.toolTip() == read_only_tip(own.toolTip()), action.text()
        assert "回收站" in actions.delete.toolTip()
        assert "Move to Trash" not in actions.delete.toolTip()
    qtbot.waitUntil(lambda: actions.delete.text() == english)
    assert actions.delete.toolTip() == read_only_tip("Move to Trash"), "and back in English"


def test_the_actions_of_a_library_that_takes_writes_say_nothing_of_it(
    open_window: WindowFactory,
) -> None:
    window = open_window()
    assert not window.session.read_only
    for action_id in _WRITES:
        assert _READ_ONLY not in " ".join(_tips(window, action_id))
