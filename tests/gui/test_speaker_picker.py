"""The speaker box's last item, "No speaker named", typed as a user types it: taken as the
item, whatever its case or width, as the library's names are found ("温" → 温家宝) folded.

Typed in lower case it was told of as a name no speech gives, left in the box, not picked.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.storage.speech_filter import FilterChoices, SpeechFilter
from desktop.gui.search_filter_row import SearchFilterRow
from tests.gui.language_fixtures import type_text
from tests.gui.search_helpers import filter_row_in_host

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CHOICES = FilterChoices(speakers=("李明", "王芳"), first_year=2018, last_year=2020)


@pytest.fixture
def row(qtbot: QtBot) -> Iterator[SearchFilterRow]:
    """The filter row opened, the library's speakers given."""
    host, row = filter_row_in_host(qtbot)
    host.show()
    qtbot.waitExposed(host)
    qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    row.set_choices(CHOICES)
    yield row  # the host kept alive with it
    host.close()


@pytest.mark.parametrize("typed", ["no speaker named", "NO SPEAKER NAMED, 李明"])
def test_no_speaker_named_typed_in_another_case_is_taken(
    qtbot: QtBot, row: SearchFilterRow, typed: str
) -> None:
    edit = row.speaker_box.lineEdit()
    with qtbot.waitSignal(row.changed):
        type_text(qtbot, edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    speakers = ("李明",) if "李明" in typed else ()
    assert row.speech_filter() == SpeechFilter(speakers=speakers, no_speaker=True)
    assert edit.text() == ""
    assert not row.speakers.note.isVisible()
