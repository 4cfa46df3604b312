"""A speaker typed into the search filter before the library's speakers have come is told of
once they come, as when typed after: back in the box, out of the filter, and a line saying so.

It became a chip and stayed one, only its tooltip saying no speech names it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.storage.speech_filter import FilterChoices, SpeechFilter
from desktop.gui.i18n import Language, Translations
from desktop.gui.search_filter_row import SearchFilterRow
from tests.gui.language_fixtures import type_text
from tests.gui.search_helpers import filter_row_in_host

CHOICES = FilterChoices(speakers=("李明", "王芳"), first_year=2018, last_year=2020)


@pytest.fixture
def row(qtbot: QtBot) -> Iterator[SearchFilterRow]:
    """The filter row opened, the library's speakers asked for and not yet given."""
    host, row = filter_row_in_host(qtbot)
    host.show()
    qtbot.waitExposed(host)
    with qtbot.waitSignal(row.choices_wanted):
        qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    yield row  # the host kept alive with it
    host.close()


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The Chinese catalogue."""
    translations = Translations(qapp)
    assert translations.apply(Language.CHINESE) == Language.CHINESE
    yield
    translations.remove()


def _typed_early(qtbot: QtBot, row: SearchFilterRow, text: str) -> None:
    """``text`` typed in the speaker box and Enter pressed before the names come: taken."""
    edit = row.speaker_box.lineEdit()
    with qtbot.waitSignal(row.changed):
        type_text(qtbot, edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def _chips(row: SearchFilterRow) -> list[str]:
    return [chip.text() for chip in row.speakers.chip_buttons()]


def test_a_name_typed_before_the_speakers_came_is_told_of_when_they_come(
    qtbot: QtBot, row: SearchFilterRow
) -> None:
    _typed_early(qtbot, row, "李明、张三")
    assert _chips(row) == ["李明 ×", "张三 ×"]
    with qtbot.waitSignal(row.changed):
        row.set_choices(CHOICES)
    note = row.speakers.note
    assert note.isVisible()
    assert note.text() == "No speech names “张三”"
    assert _chips(row) == ["李明 ×"], "the known one stays taken"
    assert row.speaker_box.currentText() == "张三"
    assert row.speech_filter() == SpeechFilter(speakers=("李明",))


@pytest.mark.usefixtures("chinese")
def test_in_chinese_names_told_of_late_are_listed_as_chinese_lists_them(
    qtbot: QtBot, row: SearchFilterRow
) -> None:
    _typed_early(qtbot, row, "张三，李")
    with qtbot.waitSignal(row.changed):
        row.set_choices(CHOICES)
    assert row.speakers.note.text() == (
        "没有讲话注明讲话人“张三”\n没有讲话注明讲话人“李”：文库中有李明"
    )
    assert row.speaker_box.currentText() == "张三、李"
    assert (_chips(row), row.speech_filter()) == ([], None)


def test_a_name_the_library_gives_typed_early_stays_without_a_line(
    qtbot: QtBot, row: SearchFilterRow
) -> None:
    _typed_early(qtbot, row, "王芳")
    with qtbot.assertNotEmitted(row.changed):
        row.set_choices(CHOICES)
    assert not row.speakers.note.isVisible()
    assert _chips(row) == ["王芳 ×"]
