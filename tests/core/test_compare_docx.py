"""A comparison's changes as a Word document (core.compare_docx), read back with python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.run import Run

from desktop.core.compare_export import ChangesFormat, ChangeWords, write_changes
from desktop.core.compare_segments import DELETED_FILL, INSERTED_FILL
from desktop.core.export.docx_style import FANGSONG, HEI, QUOTE_STYLE
from tests.core.compared import compared_speeches


def _fill(run: Run) -> str | None:
    shading = run._element.find(f"{qn('w:rPr')}/{qn('w:shd')}")
    return None if shading is None else shading.get(qn("w:fill"))


def test_each_change_is_a_heading_over_its_old_words_struck_and_its_new_underlined(
    tmp_path: Path,
) -> None:
    path = write_changes(compared_speeches(), tmp_path / "changes.docx", ChangesFormat.DOCX)
    document = docx.Document(str(path))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Title", "Changes: 征求意见稿 → 正式稿")
    assert paragraphs[1][1] == "3 changes: 3 characters added, 6 removed."
    assert paragraphs[2][1] == "Old: 征求意见稿 · 2025-03-05 · 李某"
    assert paragraphs[3][1] == "New: 正式稿"
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == [
        "1. 一、总体 › （0）部分 (inserted)",
        "2. 一、总体 › （1）部分 (inserted)",
        "3. 一、总体 › （2）部分 (deleted)",
    ]
    assert paragraphs[5][1] == "New: 第一段讲𠮷发展。 ↵ 第二段讲深化"
    runs = [run for paragraph in document.paragraphs for run in paragraph.runs]
    underlined = [run for run in runs if run.underline]
    struck = [run for run in runs if run.font.strike]
    assert [run.text for run in underlined] == ["𠮷", "深化"]
    assert [run.text for run in struck] == ["第三段删去。"]
    assert {_fill(run) for run in underlined} == {INSERTED_FILL}
    assert {_fill(run) for run in struck} == {DELETED_FILL}
    assert not any(run.underline or run.font.strike for run in runs if _fill(run) is None)


def test_it_is_set_as_the_other_word_exports_are(tmp_path: Path) -> None:
    # The page, fonts and page numbers of every Word export (export.docx_style).
    words = ChangeWords(language="zh-CN")
    path = write_changes(compared_speeches(), tmp_path / "c.docx", ChangesFormat.DOCX, words)
    document = docx.Document(str(path))
    normal = document.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == FANGSONG.name
    title = document.styles["Title"].element.rPr.rFonts
    assert title.get(qn("w:eastAsia")) == HEI.name
    footer = document.sections[0].footer._element
    assert footer.find(f".//{qn('w:fldSimple')}").get(qn("w:instr")).strip() == "PAGE"
    assert document.core_properties.language == "zh-CN"
    assert document.core_properties.title == "Changes: 征求意见稿 → 正式稿"


def test_a_speech_s_control_characters_do_not_break_the_document() -> None:
    from desktop.core.compare_docx import to_docx

    data = to_docx(compared_speeches("甲乙", "甲\x0b乙<&>"), generated="2026-01-01T00:00:00+00:00")
    document = docx.Document(io.BytesIO(data))
    assert any("<&>" in paragraph.text for paragraph in document.paragraphs)


def test_only_a_change_s_old_line_is_kept_with_its_new_one(tmp_path: Path) -> None:
    # A line kept with the heading after it chains the changes into runs that Word and
    # LibreOffice move whole to the next page, leaving half a page blank.
    old = "第一段讲发展。\n第二段讲改革开放。\n第三段删去。"
    new = "第一段讲𠮷发展。\n第二段讲深化开放。\n"
    path = write_changes(compared_speeches(old, new), tmp_path / "c.docx", ChangesFormat.DOCX)
    lines = [
        (p.text.split(":")[0], p.paragraph_format.keep_with_next)
        for p in docx.Document(str(path)).paragraphs
        if p.style.name == QUOTE_STYLE
    ]
    assert lines == [("New", None), ("Old", True), ("New", None), ("Old", None)]
