"""Tests for desktop/dialogs/concordance_elision.py: each column shortens a cell its own way,
a speech's name leading with its title and keeping its number."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.core.importing.pipeline import import_file
from desktop.core.storage.library import Library
from desktop.dialogs.concordance_dialog import SPEECH_WITH_COLLECTION_PX, ConcordanceDialog
from desktop.dialogs.concordance_elision import fitted_name
from desktop.gui.i18n import Language, Translations
from desktop.gui.text_size import text_px
from desktop.models.concordance_model import Column, Role
from desktop.models.speech_labels import SpeechName
from tests.dialogs.concordance_fixtures import shown_concordance
from tests.gui.language_fixtures import (  # noqa: F401 - fixtures
    sample_library,
    sample_template,
)

TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def dialog(qtbot: QtBot, sample_library: Library) -> Iterator[ConcordanceDialog]:  # noqa: F811
    yield from shown_concordance(qtbot, sample_library)


def test_each_column_elides_its_own_way(dialog: ConcordanceDialog) -> None:
    """A left context keeps the words by the hit, a speech's name its number."""
    delegate = dialog.table.itemDelegate()
    modes = {}
    for column in Column:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, dialog.model.index(0, column))
        modes[column] = option.textElideMode
    assert modes == {
        Column.SPEECH: Qt.TextElideMode.ElideRight,
        Column.LEFT: Qt.TextElideMode.ElideLeft,
        Column.HIT: Qt.TextElideMode.ElideMiddle,
        Column.RIGHT: Qt.TextElideMode.ElideRight,
    }


def test_a_narrow_speech_cell_leads_with_the_title_and_keeps_the_speech_number(
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
) -> None:
    """Compilations repeat a title: what the cell shows still tells the speeches apart."""
    dialog.table.setColumnWidth(Column.SPEECH, 150)
    for row in range(dialog.model.rowCount()):
        record = sample_library.store.speech(dialog.model.index(row, 0).data(Role.SPEECH_ID))
        drawn = _drawn_in_cell(dialog, row, Column.SPEECH)
        assert drawn.startswith(record.title[:2])
        assert drawn.endswith(f"(No. {record.index})")


_CELL_MARGIN = 8
"""More than a cell's margins take (its focus frame's, and the delegate's pixel)."""


def _drawn_in_cell(dialog: ConcordanceDialog, row: int, column: Column) -> str:
    """The cell's text as the delegate fits it into the cell's rectangle, then elides it."""
    index = dialog.model.index(row, column)
    option = QStyleOptionViewItem()
    option.rect = dialog.table.visualRect(index)
    option.widget = dialog.table
    dialog.table.itemDelegate().initStyleOption(option, index)
    width = option.rect.width() - 2 * (
        dialog.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    )
    return option.fontMetrics.elidedText(option.text, option.textElideMode, width)


def test_across_collections_the_cell_names_the_collection_and_keeps_the_number(
    qtbot: QtBot,
    dialog: ConcordanceDialog,
    sample_library: Library,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Two collections may hold speeches of one title: the cell names the collection too, as
    the search dock does, after the speech's own title, which leads; a narrow cell shortens
    the collection first, then the title, never the number."""
    other = tmp_path / "other.txt"
    other.write_text("一个讲话\n\n我们要深化效能革命，提高办事效率。\n", encoding="utf-8")
    sample_library.store.import_document(import_file(other))
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.run()
    dialog.resize(900, 400)
    widened = text_px(dialog.table, SPEECH_WITH_COLLECTION_PX)
    assert dialog.table.columnWidth(Column.SPEECH) == widened, "room for the collection too"
    collection = sample_library.store.collections()[0].title
    rows = range(dialog.model.rowCount())
    sample_rows = [r for r in rows if collection in dialog.model.index(r, 0).data(TOOLTIP)]
    assert sample_rows, "the whole library names the sample's collection"
    for row in sample_rows:
        record = sample_library.store.speech(dialog.model.index(row, 0).data(Role.SPEECH_ID))
        label = f"{record.title} (No. {record.index}, {collection})"
        assert dialog.model.index(row, Column.SPEECH).data() == label
        assert dialog.model.index(row, Column.SPEECH).data(TOOLTIP) == label
        dialog.table.setColumnWidth(Column.SPEECH, 2000)
        assert _drawn_in_cell(dialog, row, Column.SPEECH) == label
        metrics = dialog.table.fontMetrics()
        # Room for the label but half its collection's name.
        half = metrics.horizontalAdvance(label) - metrics.horizontalAdvance(collection) // 2
        dialog.table.setColumnWidth(Column.SPEECH, half + 2 * _CELL_MARGIN)
        drawn = _drawn_in_cell(dialog, row, Column.SPEECH)
        assert drawn.startswith(f"{record.title} (No. {record.index}, {collection[0]}")
        assert drawn.endswith(")")
        assert "…" in drawn  # the collection's middle, the title whole
        dialog.table.setColumnWidth(Column.SPEECH, 140)
        drawn = _drawn_in_cell(dialog, row, Column.SPEECH)
        assert drawn.startswith(record.title[:2])
        assert drawn.endswith(f"(No. {record.index}, …)")


def test_a_formulation_longer_than_the_term_column_is_drawn_whole(
    qtbot: QtBot, dialog: ConcordanceDialog
) -> None:
    """The term column fitted four characters: 两集中、两到位, the formulation studied, read
    "两集…到位" on every line. The column widens to the term (never narrows under its width)."""
    before = dialog.table.columnWidth(Column.HIT)
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term("两集中、两到位")
    assert dialog.model.rowCount() > 0
    for row in range(dialog.model.rowCount()):
        assert _drawn_in_cell(dialog, row, Column.HIT) == "两集中、两到位"
    with qtbot.waitSignal(dialog.shown, timeout=10_000):
        dialog.show_term("效能")
    assert dialog.table.columnWidth(Column.HIT) >= before


_REPORT = SpeechName("政府工作报告", 1, "在十二届全国人大一次会议上（2013年3月5日）")


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += (char in "（(") - (char in "）)")
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.CHINESE])
def test_a_shortened_speech_name_keeps_every_bracket_with_its_pair(
    qapp: QApplication, language: Language
) -> None:
    """A collection ending in a bracketed part was cut in its middle: "（第1篇，在…））", the
    label's own bracket read doubled. Its start and its bracketed part now stay whole, or the
    bracketed part goes whole."""
    translations = Translations(qapp)
    assert translations.apply(language) == language
    try:
        metrics = QFontMetrics(QFont(qapp.font()))
        full = _REPORT.title_first()
        char = metrics.averageCharWidth()
        shown = [
            fitted_name(_REPORT, metrics, width)
            for width in range(metrics.horizontalAdvance(full), 4 * char, -char // 2 or -1)
        ]
    finally:
        translations.remove()
    assert shown[0] == full
    assert all(_balanced(text) for text in shown), [t for t in shown if not _balanced(t)]
    kept = [text for text in shown if "（2013年3月5日）" in text and "…" in text]
    assert kept, "its start and its bracketed part kept while there is room for both"
    assert all(text.split("，", 1)[-1].startswith("在") for text in kept if "，" in text)
