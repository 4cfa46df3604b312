"""Tests for desktop/core/export/file_names.py: the file name an export proposes."""

from __future__ import annotations

from pathlib import Path

from desktop.core.export.file_names import (
    distinct_speech_title,
    file_name_for,
    proposed_file_name,
)
from desktop.core.export.model import ExportFilter
from desktop.core.export.reading import LibraryReader
from desktop.core.export.selection import ExportScope
from desktop.core.export.words import CHINESE_WORDS, ENGLISH_WORDS
from desktop.core.records import SpeechRecord
from desktop.core.storage.library import open_library
from tests.core.storage.documents import make_document, sample_paragraphs

TITLE = "在全县乡村振兴工作会议上的讲话"


def _speech(speech_id: int, index: int, title: str) -> SpeechRecord:
    return SpeechRecord(speech_id, 1, index, title, None, None, None, 10, "hash")


def test_a_title_its_siblings_share_is_numbered_as_the_concordance_numbers_it() -> None:
    speeches = [_speech(1, 1, TITLE), _speech(2, 2, TITLE), _speech(3, 3, "另一篇")]
    assert distinct_speech_title(speeches[1], speeches) == f"{TITLE}（第2篇）"
    assert distinct_speech_title(speeches[1], speeches, ENGLISH_WORDS) == f"{TITLE} (No. 2)"
    assert distinct_speech_title(speeches[2], speeches) == "另一篇"


def test_a_file_name_drops_what_file_systems_refuse() -> None:
    assert file_name_for('在"效能"会上: 讲话/稿?', ".md") == "在 效能 会上 讲话 稿.md"
    assert file_name_for("   ", ".csv", CHINESE_WORDS) == "批注.csv"


def test_a_character_dropped_beside_a_space_leaves_one_space() -> None:
    # The compare window's English title "Changes: old → new" was proposed with two spaces.
    assert file_name_for("Changes: 初稿 → 定稿", ".docx") == "Changes 初稿 → 定稿.docx"
    assert file_name_for("A / B", ".md") == "A B.md"


def test_an_export_of_one_of_two_same_titled_speeches_proposes_its_number(tmp_path: Path) -> None:
    paragraphs = sample_paragraphs()
    document = make_document([paragraphs[0:3], paragraphs[3:6]], titles=[TITLE, TITLE])
    with open_library(tmp_path / "library.sqlite", seed=lambda: document) as library:
        source = LibraryReader(library)
        first, second = source.speeches(source.collections()[0].id)
        name = proposed_file_name(source, ExportScope((second.id,)), format_name="docx")
        assert name == f"{TITLE}（第2篇）.docx"
        name = proposed_file_name(source, ExportScope((first.id,)), format_name="docx")
        assert name == f"{TITLE}（第1篇）.docx"


def test_a_tagged_export_proposes_the_tag_in_quotation_marks_windows_accepts(
    tmp_path: Path,
) -> None:
    """标签为“形势”的批注, as Chinese writes it; “” are not the ASCII quote Windows refuses."""
    paragraphs = sample_paragraphs()
    document = make_document([paragraphs[0:3]], titles=[TITLE])
    tagged = ExportFilter(tags=frozenset({"形势"}))
    with open_library(tmp_path / "library.sqlite", seed=lambda: document) as library:
        source = LibraryReader(library)
        (speech,) = source.speeches(source.collections()[0].id)
        name = proposed_file_name(source, ExportScope(), tagged, format_name="docx")
        assert name == "标签为“形势”的批注.docx"
        name = proposed_file_name(source, ExportScope((speech.id,)), tagged, format_name="md")
        assert name == f"《{TITLE}》中标签为“形势”的批注.md"
        name = proposed_file_name(
            source, ExportScope(), tagged, format_name="docx", words=ENGLISH_WORDS
        )
        assert name == "Annotations Tagged #形势.docx"
