"""The .docx reader: paragraphs, headings, tables, list numbering, breaks, damaged files."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop.core.document import iter_nodes
from desktop.core.errors import DocumentError
from desktop.core.importing import import_bytes
from desktop.core.importing.readers.docx import join_breaks, read_docx
from tests.core.importing.readers.docx_factory import (
    ListLevel,
    add_list,
    add_raw_paragraph,
    new_document,
    numbered,
    to_bytes,
)


def _texts(data: bytes) -> list[str]:
    return [line.text for line in read_docx(data, "a.docx").lines]


def test_paragraphs_in_order_with_headings_and_title() -> None:
    document = new_document()
    document.core_properties.title = "效能革命讲话汇编"
    document.core_properties.author = "市政府办公室"
    document.add_paragraph("在全市效能革命工作会上的讲话", style="Title")
    document.add_paragraph("一、决心是坚定的", style="Heading 1")
    document.add_paragraph("（一）认识要到位", style="Heading 2")
    document.add_paragraph("今天召开大会。")
    source = read_docx(to_bytes(document), "a.docx")
    assert [(line.text, line.heading) for line in source.lines] == [
        ("在全市效能革命工作会上的讲话", 0),
        ("一、决心是坚定的", 1),
        ("（一）认识要到位", 2),
        ("今天召开大会。", None),
    ]
    assert (source.encoding, source.format) == ("docx", "docx")
    assert source.title == "效能革命讲话汇编"
    # and the days Word says it was created and last saved (python-docx's template's here)
    assert source.meta == {"author": "市政府办公室", "file-dates": "2013-12-23 2013-12-23"}


def test_chinese_heading_style_names_and_outline_levels() -> None:
    document = new_document()
    custom = document.styles.add_style("标题 3", 1)  # 1: a paragraph style, as WPS names it
    custom.base_style = document.styles["Normal"]
    document.add_paragraph("小标题", style=custom)
    outlined = document.add_paragraph("大纲级别二")
    outlined._p.get_or_add_pPr().append(
        outlined._p.makeelement(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl",
            {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val": "1"},
        )
    )
    inheriting = document.styles.add_style("My Heading", 1)
    inheriting.base_style = document.styles["Heading 2"]
    document.add_paragraph("继承二级标题", style=inheriting)
    levels = [line.heading for line in read_docx(to_bytes(document), "a.docx").lines]
    assert levels == [3, 2, 2]


def test_a_table_holding_more_than_data_is_read_cell_by_cell_in_document_order() -> None:
    document = new_document()
    document.add_paragraph("表前")
    table = document.add_table(rows=2, cols=2)
    for row, values in zip(table.rows, (("单位", "得分"), ("市政府", "98")), strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(1, 1).add_table(rows=1, cols=1).cell(0, 0).text = "嵌套"
    document.add_paragraph("表后")
    # the first row is a row of data; the second holds a table, so goes cell by cell
    assert _texts(to_bytes(document)) == ["表前", "单位    得分", "市政府", "98", "嵌套", "表后"]


def test_a_row_of_data_reads_as_one_line_of_columns() -> None:
    document = new_document()
    document.add_paragraph("附件：重点项目进度表")
    rows = (("序号", "项目名称", "年度计划（亿元）", "完成率"), ("1", "某某产业园", "12.5", "56%"))
    table = document.add_table(rows=2, cols=4)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    assert _texts(to_bytes(document)) == [
        "附件：重点项目进度表",
        "序号    项目名称    年度计划（亿元）    完成率",
        "1    某某产业园    12.5    56%",
    ]


def test_a_table_laying_out_paragraphs_keeps_them_as_lines() -> None:
    document = new_document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "会议纪要"
    body = table.cell(0, 1)
    body.text = "会议听取了全县重点项目建设情况汇报，研究部署了下半年工作。"
    body.add_paragraph("会议要求，各单位要倒排工期，确保全年目标任务圆满完成。")
    assert _texts(to_bytes(document)) == [
        "会议纪要",
        "会议听取了全县重点项目建设情况汇报，研究部署了下半年工作。",
        "会议要求，各单位要倒排工期，确保全年目标任务圆满完成。",
    ]


def test_merged_cells_are_read_once() -> None:
    document = new_document()
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "合并单元格"
    table.cell(1, 0).text = "甲"
    table.cell(1, 1).text = "乙"
    assert _texts(to_bytes(document)) == ["合并单元格", "甲    乙"]


def _official_outline(document) -> None:
    add_list(
        document,
        abstract_id=1,
        num_ids=[1],
        levels=[
            ListLevel("chineseCounting", "%1、"),
            ListLevel("chineseCounting", "（%2）"),
            ListLevel("decimal", "%3.", suffix="space"),
            ListLevel("decimalEnclosedCircle", "%4"),
        ],
    )


def test_word_numbering_is_written_into_the_text() -> None:
    document = new_document()
    _official_outline(document)
    for text, level in [
        ("总体要求", 0),
        ("指导思想", 1),
        ("坚持问题导向", 2),
        ("坚持目标导向", 2),
        ("细化任务", 3),
        ("基本原则", 1),
        ("坚持统筹", 2),
        ("重点任务", 0),
        ("强化落实", 1),
    ]:
        numbered(document.add_paragraph(text), 1, level)
    assert _texts(to_bytes(document)) == [
        "一、总体要求",
        "（一）指导思想",
        "1.坚持问题导向",
        "2.坚持目标导向",
        "①细化任务",
        "（二）基本原则",
        "1.坚持统筹",
        "二、重点任务",
        "（一）强化落实",
    ]


def test_lists_sharing_a_definition_continue_unless_restarted() -> None:
    document = new_document()
    add_list(document, 1, [1, 2, 3], [ListLevel("decimal", "%1.")], start_overrides={3: 1})
    for text, num_id in [("甲", 1), ("乙", 1), ("丙", 2), ("丁", 3), ("戊", 3)]:
        numbered(document.add_paragraph(text), num_id)
    assert _texts(to_bytes(document)) == ["1.甲", "2.乙", "3.丙", "1.丁", "2.戊"]


@pytest.mark.parametrize(
    ("number_format", "text", "start", "expected"),
    [
        ("chineseCountingThousand", "第%1章", 10, ["第十章", "第十一章"]),
        ("ideographTraditional", "%1、", 1, ["甲、", "乙、"]),
        ("lowerLetter", "(%1)", 26, ["(z)", "(aa)"]),
        ("upperRoman", "%1.", 4, ["IV.", "V."]),
        ("decimalZero", "%1", 9, ["09", "10"]),
        ("chineseLegalSimplified", "%1", 1, ["壹", "贰"]),
    ],
)
def test_number_formats(number_format: str, text: str, start: int, expected: list[str]) -> None:
    document = new_document()
    add_list(document, 1, [1], [ListLevel(number_format, text, start=start)])
    numbered(document.add_paragraph("正文"), 1)
    numbered(document.add_paragraph("正文"), 1)
    assert _texts(to_bytes(document)) == [f"{label}正文" for label in expected]


def test_bullets_and_switched_off_numbering_add_nothing() -> None:
    document = new_document()
    add_list(document, 1, [1], [ListLevel("bullet", "\uf0b7")])
    numbered(document.add_paragraph("要点"), 1)
    numbered(document.add_paragraph("无编号"), 0)
    assert _texts(to_bytes(document)) == ["要点", "无编号"]


def test_level_restart_keeps_counting_when_told_to() -> None:
    document = new_document()
    add_list(
        document,
        1,
        [1],
        [ListLevel("chineseCounting", "%1、"), ListLevel("decimal", "%2.", restart=0)],
    )
    for text, level in [("一", 0), ("甲", 1), ("二", 0), ("乙", 1)]:
        numbered(document.add_paragraph(text), 1, level)
    assert _texts(to_bytes(document)) == ["一、一", "1.甲", "二、二", "2.乙"]


def test_runs_hyperlinks_revisions_fields_and_hidden_text() -> None:
    document = new_document()
    add_raw_paragraph(
        document,
        '<w:r><w:t xml:space="preserve">保留 </w:t></w:r>'
        "<w:hyperlink><w:r><w:t>链接文字</w:t></w:r></w:hyperlink>"
        "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
        "<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t></w:r>",
    )
    assert _texts(to_bytes(document)) == ["保留 链接文字插入7甲 乙"]


def test_text_boxes_are_read_once() -> None:
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    box = "<w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>"
    document = new_document()
    add_raw_paragraph(
        document,
        f"<w:r><w:t>锚点</w:t><mc:AlternateContent {mc}>"
        f"<mc:Choice Requires='wps'><w:drawing><x>{box}</x></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><x>{box}</x></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>",
    )
    assert _texts(to_bytes(document)) == ["锚点", "文本框"]


def test_soft_breaks_split_lines_only_where_the_text_says_so() -> None:
    document = new_document()
    add_raw_paragraph(
        document,
        "<w:r><w:t>某某市人民政府</w:t><w:br/><w:t>2024年9月8日</w:t></w:r>",
    )
    add_raw_paragraph(
        document,
        "<w:r><w:t>今天，市委、市政府在这里召开大规模、高规格的</w:t><w:br/>"
        "<w:t>效能革命工作会。</w:t><w:br/><w:t>一、决心是坚定的</w:t></w:r>",
    )
    assert _texts(to_bytes(document)) == [
        "某某市人民政府",
        "2024年9月8日",
        "今天，市委、市政府在这里召开大规模、高规格的效能革命工作会。",
        "一、决心是坚定的",
    ]


def test_join_breaks_puts_a_space_between_latin_words() -> None:
    assert join_breaks(["This sentence was broken by a manual", "line break."]) == [
        "This sentence was broken by a manual line break."
    ]
    assert join_breaks(["第一句，", "第二句。", "第三句"]) == ["第一句，第二句。", "第三句"]


def test_empty_paragraphs_are_skipped() -> None:
    document = new_document()
    document.add_paragraph("")
    document.add_paragraph("正文")
    document.add_paragraph("   ")
    assert _texts(to_bytes(document)) == ["正文"]


def _zip(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return stream.getvalue()


def _replace_member(data: bytes, member: str, content: bytes | None) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    if content is None:
        del members[member]
    else:
        members[member] = content
    return _zip(members)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut off mid-archive
        lambda data: _replace_member(data, "word/document.xml", None),
        lambda data: _replace_member(data, "word/document.xml", b"<w:document><w:body><w:p>"),
        lambda data: _replace_member(data, "[Content_Types].xml", b"not xml"),
    ],
    ids=["truncated", "no-document-xml", "broken-xml", "broken-content-types"],
)
def test_damaged_documents_are_corrupt(damage) -> None:
    document = new_document()
    document.add_paragraph("正文")
    with pytest.raises(DocumentError) as raised:
        read_docx(damage(to_bytes(document)), "坏.docx")
    assert raised.value.code == "corrupt"
    assert str(raised.value).startswith("坏.docx: ")
    assert "\n" not in str(raised.value)


def test_the_numbers_in_a_speechs_table_are_no_page_numbers() -> None:
    document = new_document()
    document.add_paragraph("在全县重点项目建设推进会上的讲话")
    document.add_paragraph("　　今年以来，全县共实施重点项目86个，完成情况见附表。")
    table = document.add_table(rows=4, cols=3)
    rows = (("序号", "项目名称", "完成率"), ("1", "某某产业园", "56%"), ("2", "某某大道", "48%"))
    for row, values in zip(table.rows, (*rows, ("3", "某某水厂", "61%")), strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    speech = import_bytes(to_bytes(document), "a.docx").speeches[0]
    assert speech.text.endswith("2    某某大道    48%\n3    某某水厂    61%")


def test_words_author_never_names_the_speaker() -> None:
    """Word fills in the author from whoever typed the file (a secretary), not who spoke."""
    document = new_document()
    document.core_properties.author = "周七"
    document.add_paragraph("在全市工作会议上的讲话", style="Title")
    document.add_paragraph("同志们：")
    document.add_paragraph("今天召开全市工作会议。")
    assert import_bytes(to_bytes(document), "a.docx").speeches[0].speaker is None


def test_a_title_set_in_heading_1_over_numbered_parts_in_it_titles_the_speech() -> None:
    """Many writers set the title in 标题 1 as well as the parts (一、, 二、): it titles the
    speech, and the outline (and a notes export's headings) starts at 一、, not at the title."""
    document = new_document()
    document.add_paragraph("关于实施乡村振兴战略的意见", style="Heading 1")
    document.add_paragraph("（2018年1月2日）")
    document.add_paragraph("现就实施乡村振兴战略提出如下意见。")
    document.add_paragraph("一、重大意义", style="Heading 1")
    document.add_paragraph("乡村振兴意义重大。")
    document.add_paragraph("二、总体要求", style="Heading 1")
    document.add_paragraph("（一）指导思想", style="Heading 2")
    document.add_paragraph("全面贯彻党的十九大精神。")
    speech = import_bytes(to_bytes(document), "a.docx").speeches[0]
    assert speech.title == "关于实施乡村振兴战略的意见"
    assert [(node.label, node.level) for node in iter_nodes(speech.outline)] == [
        ("一、重大意义", 1),
        ("二、总体要求", 1),
        ("（一）指导思想", 2),
    ]


def test_an_unnumbered_first_part_among_unnumbered_parts_stays_a_part() -> None:
    """Parts set in 标题 1 without numbers (引言, 总体要求…): the first is one of them."""
    document = new_document()
    document.add_paragraph("引言", style="Heading 1")
    document.add_paragraph("乡村振兴意义重大。")
    document.add_paragraph("总体要求", style="Heading 1")
    document.add_paragraph("全面贯彻党的十九大精神。")
    speech = import_bytes(to_bytes(document), "a.docx").speeches[0]
    assert [node.label for node in iter_nodes(speech.outline)] == ["引言", "总体要求"]


def test_a_numbered_list_in_chinese_leaves_nothing_to_report_removed() -> None:
    """Word shows a tab after 1.: the reader writes none before Chinese, so the import report
    of a clean Word file counts no stray space (多余空格) the file never held."""
    document = new_document()
    add_list(document, 1, [1], [ListLevel("decimal", "%1.", suffix="tab")])  # Word's default
    document.add_paragraph("主要做了以下几项工作：")
    for text in ["大力促进就业；", "加快完善社会保障体系；"]:
        numbered(document.add_paragraph(text), 1)
    imported = import_bytes(to_bytes(document), "a.docx")
    assert imported.speeches[0].text.split("\n")[1:] == [
        "1.大力促进就业；",
        "2.加快完善社会保障体系；",
    ]
    assert imported.removed == []


def test_a_numbered_list_keeps_its_space_before_a_latin_word_or_a_figure() -> None:
    """Only Chinese runs on from the number: 1. Work stays (not 1.Work), 2. 2024年 stays (not
    2.2024年, a decimal), and the import report counts no stray space for either."""
    document = new_document()
    add_list(document, 1, [1], [ListLevel("decimal", "%1.", suffix="tab")])
    document.add_paragraph("主要做了以下几项工作：")
    for text in ["Work计划全面落实；", "2024年目标任务完成；", "大力促进就业。"]:
        numbered(document.add_paragraph(text), 1)
    imported = import_bytes(to_bytes(document), "a.docx")
    assert imported.speeches[0].text.split("\n")[1:] == [
        "1. Work计划全面落实；",
        "2. 2024年目标任务完成；",
        "3.大力促进就业。",
    ]
    assert imported.removed == []


def test_a_first_heading_over_a_chapter_numbered_on_stays_a_part() -> None:
    """A reading note's 重点 over 第九章 (the chapters before it elsewhere): no title."""
    document = new_document()
    document.add_paragraph("重点", style="Heading 1")
    document.add_paragraph("五位一体总体布局。")
    document.add_paragraph("第九章 中国梦", style="Heading 1")
    document.add_paragraph("中国梦是民族复兴的梦。")
    speech = import_bytes(to_bytes(document), "a.docx").speeches[0]
    assert [node.label for node in iter_nodes(speech.outline)] == ["重点", "第九章 中国梦"]


def test_a_paragraph_set_whole_in_a_heading_style_is_headed_by_its_first_sentence() -> None:
    """（一）指导思想。全面贯彻… all in 标题 2: the heading ends at its sentence, as a heading run
    into its paragraph does (the reader sets the rest as body text); a long heading of clauses
    with no sentence end stays whole."""
    long_heading = (
        "一、坚持稳中求进工作总基调，推动经济高质量发展取得新成效，"
        "为全面建设社会主义现代化国家开好局起好步，以优异成绩迎接党的二十大胜利召开"
    )
    body = "全面贯彻党的十九大精神，以习近平新时代中国特色社会主义思想为指导，坚持稳中求进。"
    document = new_document()
    document.add_paragraph(long_heading, style="Heading 1")
    document.add_paragraph("今年工作很重要。")
    document.add_paragraph("（一）指导思想。" + body, style="Heading 2")
    document.add_paragraph("（二）目标任务", style="Heading 2")
    speech = import_bytes(to_bytes(document), "a.docx").speeches[0]
    nodes = list(iter_nodes(speech.outline))
    assert [node.label for node in nodes[1:]] == ["（一）指导思想", "（二）目标任务"]
    first, second = nodes[:2]
    assert speech.text[first.start : first.head_end] == long_heading
    assert speech.text[second.start : second.head_end] == "（一）指导思想。"
