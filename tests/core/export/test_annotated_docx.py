"""The annotated speech as Word, read back with python-docx."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

from desktop.core.colors import COLOR_TABLE
from desktop.core.export.annotated_docx import write_annotated_docx
from desktop.core.export.docx_style import BODY_STYLE, INDENT, NOTE_LIST_STYLE, NOTE_STYLE
from desktop.core.export.note_markup import plain_text
from desktop.core.export.words import ENGLISH_WORDS
from tests.core.export.factory import (
    Library,
    highlights_without_notes,
    sample_library,
    signed_notice,
    speech_citing_its_notes,
)
from tests.core.export.readback import (
    docx_text,
    east_asia_font,
    read_docx,
    run_fill,
    squeeze,
    without_markers,
)


def test_the_whole_text_is_there_with_notes_tags_and_citations() -> None:
    library = sample_library()
    data = write_annotated_docx(library.export_set())
    text = squeeze(docx_text(data))
    for content in library.speeches:
        for line in content.text.splitlines():
            assert squeeze(line) in without_markers(text)
    for annotation in library.annotations:
        assert squeeze(plain_text(annotation.note)) in text
        for tag in annotation.tags:
            assert squeeze(f"#{tag}") in text
    assert "这句话已经不在正文里了" in text
    assert "李四：《关于作风建设的讲话》，2017年3月，载《效能革命讲话汇编》" in text


def test_headings_use_word_heading_styles_by_outline_level() -> None:
    document = read_docx(write_annotated_docx(sample_library().export_set()))
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["在全市效能革命工作会上的讲话"] == "Title"
    assert styles["一、提高认识，把握效能革命的重大意义"] == "Heading 1"
    assert styles["（一）效能革命是发展的需要"] == "Heading 2"
    assert styles["二、突出重点，扎实推进各项工作[批4]"] == "Heading 1"
    assert styles["关于作风建设的讲话"] == "Title"  # no title line of its own: added


def test_highlights_are_shaded_and_markers_are_superscript_with_the_note_after() -> None:
    document = read_docx(write_annotated_docx(sample_library().export_set()))
    paragraphs = document.paragraphs
    index = next(
        i
        for i, p in enumerate(paragraphs)
        if "两集中、两到位" in p.text and p.style.name == BODY_STYLE
    )
    runs = paragraphs[index].runs
    quote = next(run for run in runs if run.text == "两集中、两到位")
    assert run_fill(quote) == COLOR_TABLE["yellow"].fill_hex
    marker = runs[runs.index(quote) + 1]
    assert marker.text == "[批1]"
    assert marker.font.superscript
    following = paragraphs[index + 1]
    assert following.style.name == NOTE_STYLE
    assert following.text.startswith("[批1] 提法：两集中、两到位")
    assert [run.bold for run in following.runs[:2]] == [None, True]


def test_an_english_export_marks_the_notes_a1_a2() -> None:
    document = read_docx(write_annotated_docx(sample_library().export_set(words=ENGLISH_WORDS)))
    markers = [run.text for p in document.paragraphs for run in p.runs if run.font.superscript]
    assert markers[:2] == ["[A1]", "[A2]"]
    notes = [p.text for p in document.paragraphs if p.style.name == NOTE_STYLE]
    assert any(note.startswith("[A1] 提法：两集中、两到位") for note in notes)
    assert not any("[批" in p.text for p in document.paragraphs)


def test_the_users_marker_and_the_speechs_own_note_mark_read_apart() -> None:
    library = Library()
    speech_citing_its_notes(library)
    document = read_docx(write_annotated_docx(library.export_set()))
    texts = [p.text for p in document.paragraphs]
    assert "我们要完成今年的各项任务[批1]，深入领会会议精神［1］。" in texts
    assert "［1］《某某文选》第三卷，某出版社1993年版。" in texts
    assert [t for t in texts if t.startswith("[")] == ["[批1] 抓落实"]


def test_emphasised_head_words_are_in_hei() -> None:
    document = read_docx(write_annotated_docx(sample_library().export_set()))
    runs = [run for p in document.paragraphs for run in p.runs if run.text == "一是要改进作风"]
    assert runs
    assert east_asia_font(runs[0]._element) == "黑体"


def test_the_sign_off_is_right_aligned_two_characters_in() -> None:
    library = Library()
    speech = signed_notice(library)
    library.annotate(speech, "人民政府办公室", note="落款")
    document = read_docx(write_annotated_docx(library.export_set()))
    by_text = {without_markers(p.text): p for p in document.paragraphs}
    assert by_text["2021年5月1日"].alignment == WD_ALIGN_PARAGRAPH.CENTER
    signature, closing = by_text["某某县人民政府办公室"], by_text["2021年5月6日"]
    for paragraph in (signature, closing):
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.RIGHT
        assert paragraph.paragraph_format.right_indent == INDENT
    assert signature.paragraph_format.space_before > 0
    assert by_text["各地要高度重视防汛工作。"].alignment is None


def test_a_highlight_without_a_note_leads_its_endnote_with_the_words_it_marks() -> None:
    library = Library()
    highlights_without_notes(library)
    document = read_docx(write_annotated_docx(library.export_set()))
    notes = [p.text for p in document.paragraphs if p.style.name == NOTE_STYLE]
    assert notes == [
        "[批1] 「高质量发展」 #提法",
        "[批2] 总基调  #提法",  # a note speaks for itself
        "[批3] #改革",  # words that changed say what was marked, on the line under
        "标注时原文：“改革”",
    ]


def test_a_note_that_opens_with_a_list_has_its_marker_on_a_line_of_its_own() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", color="yellow", note="- 提出要求\n- 给出措施")
    document = read_docx(write_annotated_docx(library.export_set()))
    notes = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(NOTE_STYLE)
    ]
    assert notes == [
        (NOTE_STYLE, "[批1]"),  # "[批1] •  提出要求" put the marker before the bullet
        (NOTE_LIST_STYLE, "•\t提出要求"),
        (NOTE_LIST_STYLE, "•\t给出措施"),
    ]


_TABLE_TEXT = "\n".join(
    [
        "在全市经济工作会议上的讲话",
        "今年主要指标如下：",
        "指标    数额    增长",
        "地区生产总值    1234 亿元    6.5%",
        "财政收入    88亿元",
        "总的看，成绩来之不易。",
        "详见某某公报    2025年第4期",
    ]
)


def test_a_table_of_data_is_a_word_table_with_its_highlights_and_notes_after_it() -> None:
    """Rows of columns (the importer's four-space gaps) are a table a draft can take as one;
    a highlight across two cells is shaded in both, its marker in the last, its note under the
    table; a lone line of columns is no table."""
    library = Library()
    speech = library.add_speech(library.add_collection("经济"), _TABLE_TEXT, title="讲话")
    library.annotate(speech, "地区生产总值    1234 亿元", color="green", note="总量")
    document = read_docx(write_annotated_docx(library.export_set()))
    (table,) = document.tables
    assert [[cell.text for cell in row.cells] for row in table.rows] == [
        ["指标", "数额", "增长"],
        ["地区生产总值", "1234 亿元[批1]", "6.5%"],
        ["财政收入", "88亿元", ""],
    ]
    first, second = (table.rows[1].cells[i].paragraphs[0].runs for i in (0, 1))
    assert run_fill(first[0]) == run_fill(second[0]) == COLOR_TABLE["green"].fill_hex
    assert second[-1].font.superscript
    texts = [p.text for p in document.paragraphs]
    assert texts.index("[批1] 总量") == texts.index("今年主要指标如下：") + 1  # after the table
    assert "详见某某公报    2025年第4期" in texts
