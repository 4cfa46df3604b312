"""Compare With… from the library tree's menu on a collection of one speech (the row a file of
one report shows)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.storage.library import open_library
from desktop.dialogs.speech_chooser import SPEECH_ID, SpeechChooser
from desktop.gui.actions import ActionId
from desktop.gui.main_window import MainWindow
from desktop.models.library_tree import Role, TreeKind
from tests.core.storage.documents import make_document, sample_paragraphs
from tests.gui.compare_helpers import FINAL, chooser_of, import_two_versions
from tests.gui.conftest import WindowFactory
from tests.gui.menu_spy import MENU_ON_OFFSCREEN, MenuSpy
from tests.gui.window_helpers import tree_row

REPORT = "2024年政府工作报告"


def _import_one_speech(library_path: Path) -> int:
    """A file of one speech imported: its speech's id."""
    with open_library(library_path, create=False, daily_backup=False) as library:
        report = library.store.import_document(
            make_document([sample_paragraphs()[:3]], title=REPORT, titles=[REPORT], source="/r.txt")
        )
        (speech,) = library.store.speeches(report.collection_id)
    return speech.id


def _right_click(window: MainWindow, index: QModelIndex) -> None:
    tree = window.library_pane.tree
    tree.scrollTo(index)
    point = tree.visualRect(index).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(tree.viewport(), event)


def _listed(chooser: SpeechChooser) -> list[int]:
    return [chooser.model.index(r, 0).data(SPEECH_ID) for r in range(chooser.model.rowCount())]


@MENU_ON_OFFSCREEN
def test_a_collection_of_one_speech_offers_compare_with_for_its_speech(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, menus: MenuSpy
) -> None:
    report = _import_one_speech(library_path)
    draft, final = import_two_versions(library_path)
    window = open_window()
    window.open_speech(draft)  # another speech is being read: the row's is compared
    collection = tree_row(window, report).parent()
    assert collection.data(Role.KIND) == TreeKind.COLLECTION
    menus.chosen = "action_compare_with"
    _right_click(window, collection)
    assert "action_compare_with" in menus.opened[-1][1]
    chooser = chooser_of(qtbot, window)
    prompt = chooser.findChild(QLabel)
    assert prompt.text().startswith(f"Compare “{REPORT}” with &which speech?")
    assert report not in _listed(chooser)
    assert draft in _listed(chooser)
    chooser.reject()
    # A collection of two speeches names neither: it offers no comparison.
    _right_click(window, tree_row(window, final).parent())
    assert "action_compare_with" not in menus.opened[-1][1]


@MENU_ON_OFFSCREEN
def test_with_no_speech_open_the_tree_s_compare_with_acts_on_the_row(
    qtbot: QtBot, open_window: WindowFactory, library_path: Path, menus: MenuSpy
) -> None:
    # View ▸ Compare With… is greyed with no speech open; the tree's menu offered it greyed too.
    draft, final = import_two_versions(library_path)
    window = open_window()
    window.close_speech()  # as when the speech read left the library
    compare = window.registry.action(ActionId.COMPARE_WITH)
    assert not compare.isEnabled()  # the View menu's acts on the open speech: there is none
    menus.chosen = "action_compare_with"
    _right_click(window, tree_row(window, final))
    assert "action_compare_with" in menus.opened[-1][1]
    chooser = chooser_of(qtbot, window)
    assert chooser.findChild(QLabel).text().startswith(f"Compare “{FINAL}” with &which speech?")
    assert draft in _listed(chooser)
    chooser.reject()
    assert not compare.isEnabled()  # the View menu's is greyed again
