"""A comparison's changes as plain text, Markdown and CSV (core.compare_export)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.core.compare_export import (
    ChangesFormat,
    ChangeWords,
    changes_table,
    render,
    to_markdown,
    to_text,
    write_changes,
)
from tests.core.compared import OLD, compared_speeches


def test_the_changes_are_an_insertion_of_a_supplementary_character_another_and_a_deletion() -> None:
    compared = compared_speeches()
    kinds = [hunk.kind.value for hunk in compared.comparison.hunks]
    assert kinds == ["inserted", "inserted", "deleted"]


def test_markdown_names_both_speeches_and_marks_each_change_in_its_section() -> None:
    text = to_markdown(compared_speeches())
    lines = text.splitlines()
    assert lines[0] == "# Changes: 征求意见稿 → 正式稿"
    assert "- Old: **征求意见稿** · 2025-03-05 · 李某" in lines
    assert "- New: **正式稿**" in lines
    # The insertion of 𠮷 (one character, two UTF-16 units) in bold, with its context.
    assert "## 1. 一、总体 › （0）部分 (inserted)" in lines
    assert "- New: 第一段讲**𠮷**发展。 ↵ 第二段讲深化" in lines
    # The deleted paragraph struck through, its line break not inside the marks.
    assert "## 3. 一、总体 › （2）部分 (deleted)" in lines
    deleted = [line for line in lines if line.startswith("- Old: ") and "~~" in line]
    assert deleted == ["- Old: 开放，要坚定不移。 ↵ ~~第三段删去。~~"]


def test_markdown_marks_in_the_speech_are_shown_as_themselves() -> None:
    compared = compared_speeches("甲*乙*丙", "甲*乙*丙丁", sections=("# 标题",))
    text = to_markdown(
        compared,
        ChangeWords(old="旧稿：", new="新稿：", section_kind="%1（%2）", kinds={"inserted": "增"}),
    )
    assert "## 1. \\# 标题（增）" in text
    assert "- 新稿：甲\\*乙\\*丙**丁**" in text


def test_markdown_of_identical_texts_says_so() -> None:
    assert "The two texts are identical." in to_markdown(compared_speeches(OLD, OLD, ()))


def test_plain_text_is_the_lines_the_command_prints() -> None:
    text = to_text(compared_speeches(), context=3)
    assert text.splitlines()[:4] == [
        "--- 征求意见稿 · 2025-03-05 · 李某",  # the speeches, as the Markdown names them
        "+++ 正式稿",
        "@@ 1/3 inserted  old 4-4, new 4-5  [一、总体 › （0）部分]",
        "+ 一段讲{+𠮷+}发展。",
    ]
    assert text.endswith("3 changes: 3 characters added, 6 removed\n")


def test_csv_has_a_row_per_change_with_offsets_and_a_bom(tmp_path: Path) -> None:
    path = write_changes(compared_speeches(), tmp_path / "changes.csv", ChangesFormat.CSV)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["section", "kind", "old", "new", "old_offset", "new_offset"]
    assert rows[1] == ["一、总体 › （0）部分", "inserted", "", "𠮷", "4", "4"]
    assert rows[3][1:4] == ["deleted", "第三段删去。", ""]
    assert rows[2][4:] == ["12", "13"]


def test_csv_defuses_cells_a_spreadsheet_would_run() -> None:
    compared = compared_speeches("甲", "=HYPERLINK(1)", sections=("@SUM(1)",))
    row = changes_table(compared).rows[0]
    data = render(compared, ChangesFormat.CSV)
    assert row[0] == "@SUM(1)"  # the table holds the text; the CSV defuses it
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][0] == "'@SUM(1)"
    assert rows[1][3] == "'=HYPERLINK(1)"


def test_markdown_and_text_files_are_utf8(tmp_path: Path) -> None:
    compared = compared_speeches()
    for form in (ChangesFormat.MARKDOWN, ChangesFormat.TEXT):
        path = write_changes(compared, tmp_path / f"changes.{form.value}", form)
        assert "𠮷" in path.read_text(encoding="utf-8")


def test_a_change_edged_with_punctuation_is_marked_in_html_where_marks_would_not_read() -> None:
    # CommonMark reads no bold in "坚持**，全面**发展": a mark between a letter and
    # punctuation neither opens nor closes. Typora and Obsidian show the tags.
    compared = compared_speeches("我们要坚持发展。", "我们要坚持，全面发展。", sections=("",))
    assert "- New: 我们要坚持<strong>，全面</strong>发展。" in to_markdown(compared)
    compared = compared_speeches("我们要坚持，全面发展。", "我们要坚持发展。", sections=("",))
    assert "- Old: 我们要坚持<del>，全面</del>发展。" in to_markdown(compared)
    compared = compared_speeches("我们要坚持发展。", "我们要坚持全面发展。", sections=("",))
    assert "- New: 我们要坚持**全面**发展。" in to_markdown(compared)


def test_markdown_keeps_the_break_after_a_paragraph_added_before_another() -> None:
    # A paragraph inserted whole ("…。\n") read as run into the next one: its break was lost.
    old = "工作如下：\n（一）调整政策。"
    new = "工作如下：\n新加一段。\n（一）调整政策。"
    lines = to_markdown(compared_speeches(old, new)).splitlines()
    assert "- New: 工作如下： ↵ **新加一段。** ↵ （一）调整政策。" in lines


def test_sides_of_one_title_are_named_by_their_files_in_every_export() -> None:
    """Two versions of one report read the same (title · date · speaker) without them."""
    import dataclasses

    import docx

    from desktop.core.compare_docx import to_docx
    from desktop.core.compare_html import to_html
    from desktop.core.source_names import side_names

    sources = side_names(("报告", "报告"), ("/home/秘书/v1.txt", "D:\\稿\\v2.txt"))
    assert sources == ("v1.txt", "v2.txt")
    assert side_names(("报告", "另一个"), ("/a/v1.txt", "/a/v2.txt")) == ("", "")
    compared = dataclasses.replace(compared_speeches(), sources=sources)
    words = ChangeWords(old="旧稿：", new="新稿：", source="来源：%1")
    lines = to_markdown(compared, words).splitlines()
    assert "- 旧稿：**征求意见稿** · 2025-03-05 · 李某 · 来源：v1.txt" in lines
    assert "- 新稿：**正式稿** · 来源：v2.txt" in lines
    assert "来源：v1.txt" in to_html(compared, words)
    document = docx.Document(io.BytesIO(to_docx(compared, words, generated="2026-01-01T00:00:00Z")))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "旧稿：征求意见稿 · 2025-03-05 · 李某 · 来源：v1.txt" in texts
    assert "新稿：正式稿 · 来源：v2.txt" in texts
    assert "Source" not in to_markdown(compared_speeches()), "named only when needed"


def test_a_title_or_section_holding_a_place_is_written_as_it_stands_in_every_export() -> None:
    """``%2`` in the old title (增长5%2024…) or a section is the speech's words, not a place:
    filled in one pass (``text_templates.fill``), not by one ``replace`` after another."""
    import dataclasses

    import docx

    from desktop.core.compare_docx import to_docx
    from desktop.core.compare_html import to_html

    plain = compared_speeches(sections=("一、增长5%2",) * 3)
    compared = dataclasses.replace(plain, old=plain.old._replace(title="增长5%2024"))
    title = "Changes: 增长5%2024 → 正式稿"
    lines = to_markdown(compared).splitlines()
    assert lines[0] == f"# {title}"
    assert "## 1. 一、增长5%2 (inserted)" in lines
    page = to_html(compared)
    assert f">{title}</h1>" in page
    assert "1. 一、增长5%2 (inserted)</h2>" in page
    document = docx.Document(io.BytesIO(to_docx(compared, generated="2026-01-01T00:00:00Z")))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert texts[0] == title
    assert "1. 一、增长5%2 (inserted)" in texts
