"""Word export, read back with python-docx."""

from __future__ import annotations

from docx.oxml.ns import qn
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from desktop.core.colors import COLOR_TABLE
from desktop.core.export.docx import write_docx
from desktop.core.export.docx_style import (
    META_STYLE,
    NOTE_LIST_STYLE,
    NOTE_QUOTE_STYLE,
    NOTE_STYLE,
    QUOTE_STYLE,
)
from desktop.core.export.markdown import write_markdown
from desktop.core.export.note_markup import plain_text
from desktop.core.export.textutil import xml_text
from tests.core.export.factory import BEIJING, TITLE_LINE, Library, sample_library
from tests.core.export.readback import docx_text, east_asia_font, read_docx, run_fill, squeeze


def test_every_quote_note_tag_citation_and_section_is_there() -> None:
    library = sample_library()
    data = write_docx(library.export_set())
    text = docx_text(data)
    for annotation in library.annotations:
        if annotation.start is not None:
            assert annotation.quote.exact in text
        assert plain_text(annotation.note) in text
        for tag in annotation.tags:
            assert f"#{tag}" in text
    assert "（张三：《在全市效能革命工作会上的讲话》，2016年4月15日）" in text
    assert "（李四：《关于作风建设的讲话》，2017年3月）" in text
    headings = {
        p.text: p.style.name for p in read_docx(data).paragraphs if p.style.name != "Normal"
    }
    assert headings["效能革命讲话摘录"] == "Title"
    assert headings["《在全市效能革命工作会上的讲话》"] == "Heading 1"
    assert (
        headings["一、提高认识，把握效能革命的重大意义 › （一）效能革命是发展的需要"] == "Heading 2"
    )


def test_quotes_are_shaded_in_their_highlight_colours() -> None:
    library = sample_library()
    document = read_docx(write_docx(library.export_set()))
    fills = {
        run.text: run_fill(run)
        for paragraph in document.paragraphs
        if paragraph.style.name == QUOTE_STYLE
        for run in paragraph.runs
    }
    assert fills["两集中、两到位"] == COLOR_TABLE["yellow"].fill_hex
    assert fills["效能是发展的保障"] == COLOR_TABLE["green"].fill_hex
    assert fills["作风建设永远在路上"] == COLOR_TABLE["purple"].fill_hex
    assert fills["突出重点，扎实推进各项工作"] is None  # a section note has no colour
    styles = {p.style.name for p in document.paragraphs}
    assert {NOTE_STYLE, META_STYLE} <= styles


def test_fonts_are_those_of_official_documents_with_east_asian_names_set() -> None:
    document = read_docx(write_docx(sample_library().export_set()))
    styles = document.styles
    assert east_asia_font(styles["Normal"].element) == "仿宋"
    assert east_asia_font(styles["Title"].element) == "黑体"
    assert east_asia_font(styles["Heading 1"].element) == "黑体"
    assert east_asia_font(styles["Heading 2"].element) == "楷体"
    assert east_asia_font(styles[NOTE_STYLE].element) == "楷体"
    fonts = styles["Heading 1"].element.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would override ours
    assert styles["Normal"].font.size.pt == 16  # 三号
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert defaults.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def test_the_font_table_names_english_fallbacks() -> None:
    document = read_docx(write_docx(sample_library().export_set()))
    part = next(
        rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/fontTable")
    )
    root = etree.fromstring(part.blob)
    alternatives = {
        font.get(qn("w:name")): font.find(qn("w:altName")).get(qn("w:val"))
        for font in root.findall(qn("w:font"))
        if font.find(qn("w:altName")) is not None
    }
    assert alternatives == {"黑体": "SimHei", "仿宋": "FangSong", "宋体": "SimSun", "楷体": "KaiTi"}


def test_page_and_properties_are_set() -> None:
    document = read_docx(write_docx(sample_library().export_set()))
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0
    assert round(section.top_margin.cm, 1) == 3.7
    assert document.core_properties.title == "效能革命讲话摘录"
    assert document.core_properties.author == ""
    assert document.core_properties.created.year == 2024


def test_control_characters_and_markup_in_user_text_do_not_break_the_file() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection('<汇编> & "引号"'), title="讲\x0b话")
    library.annotate(
        speech, "两集中、两到位", note="<script>x</script>\x00\x1f & 完", tags=("<t>",)
    )
    text = docx_text(write_docx(library.export_set()))
    assert "<script>x</script> & 完" in text
    assert "#<t>" in text
    assert "《讲话》" in text


@given(note=st.text(max_size=60), tag=st.text(min_size=1, max_size=10))
def test_any_note_and_tag_make_a_valid_document(note: str, tag: str) -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note=note, tags=(tag,))
    text = squeeze(docx_text(write_docx(library.export_set())))
    assert squeeze(xml_text(plain_text(note))) in text
    assert squeeze(xml_text(tag)) in text


def test_notes_keep_their_bold_and_italics_as_word_formatting() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note="**提法**和*说明*\n\n第二段")
    document = read_docx(write_docx(library.export_set()))
    notes = [p for p in document.paragraphs if p.style.name == NOTE_STYLE]
    assert [p.text for p in notes] == ["提法和说明", "第二段"]
    runs = {run.text: (run.bold, run.italic) for run in notes[0].runs}
    assert runs == {"提法": (True, None), "和": (None, None), "说明": (None, True)}


def test_times_are_in_the_export_zone_said_once_under_the_title() -> None:
    library = sample_library()
    data = write_docx(library.export_set(zone=BEIJING))
    paragraphs = [paragraph.text for paragraph in read_docx(data).paragraphs]
    assert paragraphs[1] == "导出于 2024-09-10 10:03 · 时间均为 UTC+08:00"
    assert any("2024-05-03 16:02" in text for text in paragraphs)  # stored 08:02 UTC
    assert not any("08:02" in text for text in paragraphs)


def _one_speech_collection() -> Library:
    library = Library()
    speech = library.add_speech(library.add_collection(TITLE_LINE), title=TITLE_LINE)
    library.annotate(speech, "两集中、两到位", note="重要提法")
    return library


def _headings(data: bytes) -> list[tuple[str, str]]:
    return [
        (paragraph.style.name, paragraph.text)
        for paragraph in read_docx(data).paragraphs
        if paragraph.style.name in ("Title", "Heading 1", "Heading 2")
    ]


def test_a_one_speech_export_titled_as_its_speech_writes_the_title_once() -> None:
    headings = _headings(write_docx(_one_speech_collection().export_set(scope_title=TITLE_LINE)))
    assert headings[0] == ("Title", TITLE_LINE)
    assert [text for _, text in headings].count(f"《{TITLE_LINE}》") == 0
    assert len(headings) > 1
    assert all(style == "Heading 1" for style, _ in headings[1:])  # its sections, a level up


def test_a_title_other_than_the_speechs_keeps_the_speech_heading() -> None:
    headings = _headings(write_docx(_one_speech_collection().export_set(scope_title="我的摘录")))
    assert headings[:2] == [("Title", "我的摘录"), ("Heading 1", f"《{TITLE_LINE}》")]
    assert all(style == "Heading 2" for style, _ in headings[2:])


def test_speeches_of_one_title_in_one_collection_are_told_apart_by_their_numbers() -> None:
    """A file of speeches all titled 在全市……的讲话: 第2篇's passages and 第4篇's under the
    same heading read as one speech's; numbered, she finds each again in the library."""
    library = Library()
    collection = library.add_collection("讲话汇编")
    alike = [library.add_speech(collection, index=number) for number in (2, 4)]
    other = library.add_speech(collection, title="另一篇讲话", index=5)
    for speech in (*alike, other):
        library.annotate(speech, "效能")
    data = library.export_set(scope_title="讲话汇编")
    headings = [text for style, text in _headings(write_docx(data)) if style == "Heading 1"]
    numbered = [f"《{TITLE_LINE}》（第{number}篇）" for number in (2, 4)]
    assert headings == [*numbered, "《另一篇讲话》"]
    markdown = write_markdown(data)
    assert f"## 《{TITLE_LINE}》（第4篇）" in markdown
    assert "## 《另一篇讲话》\n" in markdown


def test_a_note_s_facts_are_one_line_as_in_markdown_its_citation_the_next() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    created = "2024-05-03T08:02:00.000000Z"
    library.annotate(speech, "两集中、两到位", color="blue", tags=("金句", "开头"), created=created)
    data = library.export_set(zone=BEIJING)
    lines = [p.text for p in read_docx(write_docx(data)).paragraphs if p.style.name == META_STYLE]
    facts = "#金句 #开头 · 蓝色 · 2024-05-03 16:02"
    citation = "（张三：《在全市效能革命工作会上的讲话》，2016年4月15日）"
    assert lines[-2:] == [facts, citation]
    markdown = write_markdown(data).splitlines()
    assert markdown[markdown.index(facts) + 2] == citation, "the Markdown's two lines alike"


def test_a_note_s_lists_and_quote_are_word_list_items_and_a_quote() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    note = "**纲领**式开头：\n\n- 提出要求\n- 给出措施\n\n> 有目共睹\n\n1. 先讲挑战\n2. 再讲机遇"
    library.annotate(speech, "两集中、两到位", note=note)
    document = read_docx(write_docx(library.export_set()))
    styled = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style.name in (NOTE_STYLE, NOTE_LIST_STYLE, NOTE_QUOTE_STYLE)
    ]
    assert styled == [
        (NOTE_STYLE, "纲领式开头："),
        (NOTE_LIST_STYLE, "•\t提出要求"),  # the marker hangs; the tab reaches the text
        (NOTE_LIST_STYLE, "•\t给出措施"),
        (NOTE_QUOTE_STYLE, "有目共睹"),
        (NOTE_LIST_STYLE, "1.\t先讲挑战"),
        (NOTE_LIST_STYLE, "2.\t再讲机遇"),
    ]
    items = document.styles[NOTE_LIST_STYLE].paragraph_format
    assert items.first_line_indent < 0 < items.left_indent
    quote = document.styles[NOTE_QUOTE_STYLE].element.pPr
    assert quote.find(qn("w:pBdr")) is not None  # a rule on its left, unlike the shaded passage
    order = [etree.QName(child).localname for child in quote]
    assert order.index("pBdr") < order.index("ind"), "in ECMA-376's order, as Word wants"


def test_a_passage_its_note_and_facts_keep_to_one_page_with_the_citation() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", color="yellow", note="第一段\n\n- 要点")
    library.annotate(speech, "效能", color="green", note="另一条")
    document = read_docx(write_docx(library.export_set()))
    kept = [
        (p.text, bool(p.paragraph_format.keep_with_next))
        for p in document.paragraphs
        if p.style.name != "Title"
    ]
    start = kept.index(("两集中、两到位", True))
    item = kept[start : start + 5]
    assert [keep for _, keep in item] == [True, True, True, True, False]
    assert item[-1][0].startswith("（")  # the citation ends the item: the next may turn the page


def test_a_speech_s_facts_stay_under_its_heading_with_its_first_note() -> None:
    paragraphs = read_docx(write_docx(sample_library().export_set())).paragraphs
    facts = [
        paragraphs[index + 1]
        for index, p in enumerate(paragraphs[:-1])
        if p.style.name == "Heading 1" and paragraphs[index + 1].style.name == META_STYLE
    ]
    assert facts, "the sample's speeches have a date or speaker"
    assert all(p.paragraph_format.keep_with_next for p in facts)
