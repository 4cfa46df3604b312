"""Counts in the UI: English plurals from the catalogue, digits grouped as the UI language does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.export.runner import ExportOutcome
from desktop.gui.i18n import Language, Translations
from desktop.gui.status_bar import ReadingStatusBar


@pytest.fixture
def translations(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    """Translations built into this test's cache, removed again afterwards."""
    saved = QLocale()
    installed = Translations(qapp, cache=tmp_path / "cache")
    yield installed
    installed.remove()
    QLocale.setDefault(saved)


def counted(context: str, text: str, count: int) -> str:
    """A plural string of ``context`` as the installed catalogue gives it for ``count``."""
    return QCoreApplication.translate(context, text, "", count)


def test_the_status_bar_counts_kept_changes(qtbot: QtBot, translations: Translations) -> None:
    assert translations.apply("en") == Language.ENGLISH
    bar = ReadingStatusBar()
    qtbot.addWidget(bar)
    bar.show_pending(1)
    assert bar.pending_label.text() == "1 change saved when the import finishes"
    bar.show_pending(20000)
    assert bar.pending_label.text() == "20,000 changes saved when the import finishes"
    translations.apply("zh_CN")
    bar.show_pending(20000)
    assert "20,000" in bar.pending_label.text()
    assert "change" not in bar.pending_label.text()


def test_the_export_summary_counts_annotations_and_speeches(translations: Translations) -> None:
    translations.apply("en")
    summary = counted("ExportDialogLayout", "%Ln annotation(s)", 20000) + counted(
        "ExportDialogLayout", " in %Ln speech(es)", 8666
    )
    assert summary == "20,000 annotations in 8,666 speeches"
    assert counted("ExportDialogLayout", " in %Ln speech(es)", 1) == " in 1 speech"
    translations.apply("zh_CN")
    assert "20,000" in counted("ExportDialogLayout", "%Ln annotation(s)", 20000)


def test_the_export_message_counts_what_it_wrote(translations: Translations) -> None:
    from desktop.dialogs.export_texts import ExportTexts

    translations.apply("en")
    outcome = ExportOutcome(Path("/tmp/notes.docx"), "docx", 20000, 12, "Notes")
    assert ExportTexts().exported(outcome) == "20,000 annotations exported to /tmp/notes.docx"
    one = ExportOutcome(Path("/tmp/notes.docx"), "docx", 1, 1, "Notes")
    assert ExportTexts().exported(one) == "1 annotation exported to /tmp/notes.docx"
    translations.apply("zh_CN")
    shown = ExportTexts().exported(outcome)
    assert "20,000" in shown
    assert "annotation" not in shown


def test_the_copy_message_counts_passages(translations: Translations) -> None:
    translations.apply("en")
    assert counted("DockBatchRequests", "Copied %Ln passage(s).", 2) == "Copied 2 passages."
    assert counted("DockBatchRequests", "Copied %Ln passage(s).", 1234) == (
        "Copied 1,234 passages."
    )
    translations.apply("zh_CN")
    shown = counted("DockBatchRequests", "Copied %Ln passage(s).", 1234)
    assert "1,234" in shown
    assert "passage" not in shown


def test_the_tag_filter_groups_the_digits_of_a_tag_s_uses(
    qtbot: QtBot, translations: Translations
) -> None:
    from PySide6.QtWidgets import QComboBox

    from desktop.gui.annotation_filter_bar import AnnotationFilterBar

    translations.apply("en")
    bar = AnnotationFilterBar()
    qtbot.addWidget(bar)
    bar.set_tag_counts({"提法": 12345, "金句": 2})
    tags = bar.findChild(QComboBox, "tagFilter")
    assert tags is not None
    labels = [tags.itemText(row) for row in range(1, tags.count())]
    assert labels == ["金句 (2)", "提法 (12,345)"]


def test_the_status_bar_groups_the_digits_of_a_long_speech_s_paragraphs(
    qtbot: QtBot, translations: Translations
) -> None:
    translations.apply("en")
    bar = ReadingStatusBar()
    qtbot.addWidget(bar)
    bar.show_speech("\n".join(["段落。"] * 1500))
    bar.show_position(0)
    assert bar.position_label.text().startswith("Paragraph 1 of 1,500")
