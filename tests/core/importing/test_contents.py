"""A table of contents at the top of a speech or further down, with or without ``目录``."""

from __future__ import annotations

from desktop.core.importing import import_bytes
from desktop.core.importing.clean import Paragraph
from desktop.core.importing.contents import (
    is_numbered_entry,
    labelled_toc,
    tocs_in_body,
    unlabelled_toc,
)
from tests.core.importing.readers.docx_factory import new_document, to_bytes


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


def test_a_toc_justifying_its_short_titles_still_ends_at_the_first_chapter() -> None:
    """A regulation's contents set 总　则 and 附　则 spaced out, its chapter heading 总则 not:
    the chapter and its articles are the text, not more entries."""
    listed = "目　录\n第一章　总　则\n第二章　设施管理\n第三章　附　则\n"
    body = "第一章　总则\n第一条　为了加强管理，制定本条例。\n第二条　本条例适用于全市。"
    assert list(labelled_toc(_paragraphs(listed + body), 0)) == [0, 1, 2, 3]
    text = "某某管理条例\n" + listed + body + "\n第二章　设施管理\n第三条　设施应当规划。"
    assert _top_labels(text.encode(), "a.txt") == ["第一章 总则", "第二章 设施管理"]


def _top_labels(data: bytes, name: str) -> list[str]:
    return [node.label for node in import_bytes(data, name).speeches[0].outline]


_HEADINGS = ("一、主要成效", "二、存在问题", "三、下步安排")


def test_a_labelled_toc_under_an_opening_paragraph_is_no_heading() -> None:
    listed = "".join(f"{heading} {page}\n" for page, heading in enumerate(_HEADINGS, 1))
    body = "".join(f"{heading}\n正文一段。\n" for heading in _HEADINGS)
    text = "工作报告\n现将全年工作情况报告如下。\n目录\n" + listed + body
    assert _top_labels(text.encode(), "a.txt") == list(_HEADINGS)


def test_an_unlabelled_list_with_pages_further_down_is_contents() -> None:
    listed = "".join(f"{heading}……{page}\n" for page, heading in enumerate(_HEADINGS, 1))
    body = "".join(f"{heading}\n正文一段。\n" for heading in _HEADINGS)
    paragraphs = _paragraphs("现将全年工作情况报告如下。\n" + listed + body)
    assert tocs_in_body(paragraphs, 0) == [1, 2, 3]


def test_a_list_in_the_body_not_repeated_later_stays_text() -> None:
    listed = "".join(f"{heading} {page}\n" for page, heading in enumerate(_HEADINGS, 1))
    paragraphs = _paragraphs("现将情况报告如下。\n目录\n" + listed + "一、主要成效\n正文。")
    assert tocs_in_body(paragraphs, 0) == []
    unlabelled = _paragraphs("现将情况报告如下。\n" + listed + "一、主要成效\n正文。")
    assert tocs_in_body(unlabelled, 0) == []


def test_a_word_toc_under_an_opening_paragraph_is_no_heading() -> None:
    document = new_document()
    document.add_paragraph("关于全市工作情况的报告", style="Title")
    document.add_paragraph("现将全年工作情况报告如下。")
    document.add_paragraph("目  录")
    for page, heading in enumerate(_HEADINGS, 1):
        document.add_paragraph(f"{heading}\t{page}")
    for heading in _HEADINGS:
        document.add_paragraph(heading, style="Heading 1")
        document.add_paragraph("正文一段。")
    assert _top_labels(to_bytes(document), "a.docx") == list(_HEADINGS)
