"""A table of contents at the top of a speech, with or without its ``目录`` line."""

from __future__ import annotations

from desktop.core.importing.clean import Paragraph
from desktop.core.importing.contents import is_numbered_entry, labelled_toc, unlabelled_toc


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(line) for line in text.strip().split("\n")]


def test_labelled_toc_ends_at_the_salutation() -> None:
    paragraphs = _paragraphs("目录\n一、总体情况\n二、下一步工作……5\n各位代表：\n现在作报告。")
    assert list(labelled_toc(paragraphs, 0)) == [0, 1, 2]


def test_a_contents_line_with_nothing_listed_is_no_toc() -> None:
    assert list(labelled_toc(_paragraphs("目录\n现在，我代表市人民政府作报告。"), 0)) == []


def test_unlabelled_toc_needs_its_entries_repeated_as_headings() -> None:
    listed = "一、总体情况\n二、主要任务\n三、保障措施\n"
    body = "一、总体情况\n过去一年。\n二、主要任务\n今年。\n三、保障措施\n保障。"
    assert unlabelled_toc(_paragraphs(listed + body), 0) == [0, 1, 2]
    assert unlabelled_toc(_paragraphs(listed + "过去一年，我们做了工作。"), 0) == []


def test_numbered_entry_ignores_its_page_number() -> None:
    assert is_numbered_entry("1.1 编制目的……3")
    assert not is_numbered_entry("一、过去一年，我们完成了任务。")


def test_labelled_toc_ends_where_its_first_entry_comes_again_as_a_heading() -> None:
    listed = "目录\n第一章 总则\n第二章 职责\n第三章 附则\n"
    body = "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全市。"
    assert list(labelled_toc(_paragraphs(listed + body), 0)) == [0, 1, 2, 3]
