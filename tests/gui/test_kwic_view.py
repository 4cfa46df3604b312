"""The keyword-in-context view spans a speech's row across the columns when it is shown."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from pytestqt.qtbot import QtBot

from desktop.gui.kwic_view import KwicTreeView
from desktop.models.search_results_model import Column

SPEECHES = 400


def _arrive(model: QStandardItemModel, speeches: int = SPEECHES) -> None:
    """New results, as the search model shows them: one reset to speech rows with a line each."""
    model.beginResetModel()
    model.removeRows(0, model.rowCount())
    for number in range(speeches):
        speech = QStandardItem(f"第{number + 1}篇 · 讲话")
        speech.appendRow([QStandardItem(text) for text in ("一、", "推动", "发展", "。")])
        model.appendRow([speech, *(QStandardItem() for _ in range(len(Column) - 1))])
    model.endResetModel()


def _shown_view(qtbot: QtBot, speeches: int = SPEECHES) -> KwicTreeView:
    """A shown view whose results arrive after it was built."""
    view = KwicTreeView(QStandardItemModel(0, len(Column)))
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    _arrive(view.model(), speeches)
    return view


def _spanned(view: KwicTreeView, row: int) -> bool:
    return view.isFirstColumnSpanned(row, QModelIndex())


def test_shown_speech_rows_are_spanned_and_the_rest_wait(qtbot: QtBot) -> None:
    view = _shown_view(qtbot)
    qtbot.waitUntil(lambda: _spanned(view, 0))
    assert not _spanned(view, SPEECHES - 1)


def test_scrolling_spans_the_rows_that_come_into_view(qtbot: QtBot) -> None:
    view = _shown_view(qtbot)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: _spanned(view, SPEECHES - 1))
    assert not _spanned(view, SPEECHES // 2)


def test_a_line_row_is_never_spanned(qtbot: QtBot) -> None:
    view = _shown_view(qtbot, 3)
    view.expandAll()
    qtbot.waitUntil(lambda: _spanned(view, 2))
    first = view.model().index(0, 0)
    assert not view.isFirstColumnSpanned(0, first)


def test_new_results_are_spanned_again_when_shown(qtbot: QtBot) -> None:
    view = _shown_view(qtbot)
    qtbot.waitUntil(lambda: _spanned(view, 0))
    _arrive(view.model(), 5)
    assert not _spanned(view, 0)
    qtbot.waitUntil(lambda: _spanned(view, 4))


def test_enter_on_a_speech_row_opens_and_closes_it(qtbot: QtBot) -> None:
    view = _shown_view(qtbot, speeches=3)
    speech = view.model().index(1, 0)
    view.setFocus()
    view.setCurrentIndex(speech)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # its lines, without reaching for the arrow
    assert view.isExpanded(speech)
    qtbot.keyClick(view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert not view.isExpanded(speech)


def test_enter_on_a_line_still_chooses_it(qtbot: QtBot) -> None:
    view = _shown_view(qtbot, speeches=3)
    speech = view.model().index(0, 0)
    view.expand(speech)
    line = view.model().index(0, 0, speech)
    view.setFocus()
    view.setCurrentIndex(line)
    with qtbot.waitSignal(view.activated) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args[0] == line
