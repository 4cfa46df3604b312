"""HTML export, read back with the standard library's HTML parser."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.colors import COLOR_TABLE
from desktop.core.export.annotated_html import write_annotated_html
from desktop.core.export.html import write_html
from desktop.core.export.html_base import note_html
from desktop.core.export.model import ExportSet
from desktop.core.export.note_markup import note_blocks
from desktop.core.export.words import ENGLISH_WORDS
from tests.core.export.factory import (
    BEIJING,
    TITLE_LINE,
    Library,
    highlights_without_notes,
    sample_library,
)
from tests.core.export.readback import (
    class_styles,
    element_classes,
    html_languages,
    language_of,
    read_html,
    squeeze,
)

HOSTILE = '<script>alert("x")</script> & "引号" \'单引号\' <img src=x onerror=alert(1)>'


def test_every_quote_note_tag_and_citation_is_there_as_text() -> None:
    library = sample_library()
    parsed = read_html(write_html(library.export_set()))
    for annotation in library.annotations:
        if annotation.start is not None:
            assert annotation.quote.exact in parsed.text
        for line in annotation.note.replace("**", "").splitlines():
            assert line in parsed.text
        for tag in annotation.tags:
            assert f"#{tag}" in parsed.text
    assert "（张三：《在全市效能革命工作会上的讲话》，2016年4月15日）" in parsed.text
    assert "一、提高认识，把握效能革命的重大意义 › （一）效能革命是发展的需要" in parsed.text


def test_quotes_are_marked_in_their_colours_and_the_colours_are_defined() -> None:
    library = sample_library()
    html = write_html(library.export_set())
    parsed = read_html(html)
    assert "两集中、两到位" in parsed.by_class["c-yellow"]
    assert "效能是发展的保障" in parsed.by_class["c-green"]
    assert "政务服务中心建设" in parsed.by_class["c-blue"]
    for info in COLOR_TABLE.values():
        assert f"\n.c-{info.color.value} {{ background-color: {info.fill}; }}" in html
        assert f"solid {info.fill}; }}" in html  # the quote's border


@pytest.mark.parametrize("writer", [write_html, write_annotated_html])
def test_highlights_are_coloured_in_css_that_libreoffice_and_word_read(
    writer: Callable[[ExportSet], str],
) -> None:
    """LibreOffice and Word, opening the page, know no custom properties (var(--…)), no
    ``mark`` element, and LibreOffice no ``span.c-yellow`` but a bare ``.c-yellow`` (seen in
    LibreOffice 7.4: its PDF of the page showed every highlight uncoloured)."""
    html = writer(sample_library().export_set())
    css = html[html.index("<style>") : html.index("</style>")]
    assert "var(" not in css
    fills = dict(re.findall(r"^\.(c-[a-z]+) \{ background-color: (#[0-9A-F]{6}); \}$", css, re.M))
    parsed = read_html(html)
    marks = [i for i, tag in enumerate(parsed.elements) if tag == "mark"]
    assert marks
    for index in marks:
        tag, attrs = parsed.attributes[index + 1]  # the element right inside the mark
        assert tag == "span"
        assert attrs["class"] in fills
    assert {parsed.attributes[i + 1][1]["class"] for i in marks} >= {"c-yellow", "c-green"}


def test_the_page_is_self_contained_and_printable() -> None:
    html = write_html(sample_library().export_set())
    parsed = read_html(html)
    assert html.startswith("<!DOCTYPE html>")
    assert ("html", {"lang": "zh-CN"}) in parsed.attributes
    assert "@media print" in html
    assert "print-color-adjust: exact" in html
    assert "Noto Serif CJK SC" in html
    linked = [attrs for tag, attrs in parsed.attributes if tag in ("link", "script", "img")]
    assert linked == []


def test_user_strings_are_escaped_everywhere() -> None:
    library = Library()
    collection = library.add_collection(HOSTILE, source=HOSTILE)
    speech = library.add_speech(collection, f"正文{HOSTILE}结束", title=HOSTILE, speaker=HOSTILE)
    library.annotate(speech, HOSTILE, note=HOSTILE, tags=(HOSTILE,))
    html = write_html(library.export_set(scope_title=HOSTILE))
    parsed = read_html(html)
    assert "script" not in parsed.elements
    assert "img" not in parsed.elements
    assert not any("onerror" in attrs for _, attrs in parsed.attributes)
    assert parsed.text.count('<script>alert("x")</script>') >= 5  # title, speech, quote, note, tag


def test_notes_render_a_safe_subset_of_markdown() -> None:
    assert note_html("**重要**和*强调*\n下一行\n\n`代码`") == (
        "<p><strong>重要</strong>和<em>强调</em><br>\n下一行</p><p><code>代码</code></p>"
    )
    assert note_html("<b>不加粗</b> a * b") == "<p>&lt;b&gt;不加粗&lt;/b&gt; a * b</p>"
    assert note_html("`<script>`") == "<p><code>&lt;script&gt;</code></p>"


def test_a_note_s_lists_and_quotes_are_html_lists_and_quotes() -> None:
    note = "要点：\n\n- 提出要求\n- 给出**措施**\n\n> 有目共睹\n\n3. 第三\n1. 第四"
    assert note_html(note) == (
        "<p>要点：</p><ul><li>提出要求</li><li>给出<strong>措施</strong></li></ul>"
        "<blockquote>有目共睹</blockquote>"
        '<ol start="3"><li>第三</li><li>第四</li></ol>'
    )
    assert note_html("- 甲\n1. 乙") == "<ul><li>甲</li></ul><ol><li>乙</li></ol>"
    assert note_html("0. 零\n1. 一") == '<ol start="0"><li>零</li><li>一</li></ol>'


@given(st.text(max_size=80))
def test_any_note_becomes_only_safe_elements_and_keeps_its_words(note: str) -> None:
    parsed = read_html(f"<div>{note_html(note)}</div>")
    blocks = {"ul", "ol", "li", "blockquote"}
    assert set(parsed.elements) <= {"div", "p", "br", "strong", "em", "code"} | blocks
    markup = str.maketrans("", "", "*`")
    # A list item's marker and a quote's > are drawn by the page, not written in its text.
    typed = "".join(span.text for block in note_blocks(note) for span in block.spans)
    assert squeeze(parsed.text).translate(markup) == squeeze(typed).translate(markup)


def test_times_are_in_the_export_zone_said_once_under_the_title() -> None:
    library = sample_library()
    parsed = read_html(write_html(library.export_set(zone=BEIJING)))
    assert parsed.by_class["zone"] == ["时间均为 UTC+08:00"]
    assert "2024-05-03 16:02" in parsed.text  # stored 2024-05-03T08:02:00Z
    assert "08:02" not in parsed.text
    assert parsed.by_class["generated"] == ["批注 Pizhu · 2024-09-10 10:03（UTC+08:00）"]


def test_each_styled_element_has_one_class_whose_rules_carry_all_its_style() -> None:
    """LibreOffice, and Word opening the page, style an element of two classes by neither:
    the zone, each note's citation and what was marked were left black at full size."""
    library = sample_library()
    highlights_without_notes(library)
    html = write_html(library.export_set(zone=BEIJING))
    parsed = read_html(html)
    assert [name for name in element_classes(parsed) if len(name.split()) != 1] == []
    assert parsed.by_class["zone"] == ["时间均为 UTC+08:00"]
    assert len(parsed.by_class["cite"]) == len(library.annotations)
    assert parsed.by_class["marked"] == ["标注时原文：“改革”"]
    assert "这句话已经不在正文里了" in parsed.by_class["orphan"][0]
    styles = class_styles(html)
    for name in ("meta", "zone", "cite", "marked"):
        assert styles[name].items() >= {"color": "#666", "font-size": "0.88em"}.items(), name
    assert styles["orphan"] == {"margin-bottom": "1.4em", "border-left": "4px dashed #bbb"}


def test_a_note_s_quote_has_its_rule_by_its_own_class() -> None:
    """LibreOffice reads no ``.note blockquote``: a note's quote was set as the passages are."""
    library = sample_library()
    library.annotations[0].note = "要点：\n\n> 有目共睹\n\n- 甲"
    html = write_html(library.export_set())
    assert read_html(html).by_class["note-quote"] == ["有目共睹"]
    assert class_styles(html)["note-quote"]["border-left"] == "3px solid #ccc"
    assert ".note blockquote" not in html


def _library_with_notes_in_both_languages() -> Library:
    library = sample_library()
    speech = library.speeches[0]
    library.annotate(speech, "改进作风", note="A stock phrase of such speeches.", tags=("style",))
    library.annotate(speech, "提高效率", note="可作小标题", tags=("标题",))
    return library


def test_an_english_page_is_english_and_its_chinese_text_is_marked_so() -> None:
    library = _library_with_notes_in_both_languages()
    html = write_html(library.export_set(words=ENGLISH_WORDS))
    assert ("html", {"lang": "en-GB"}) in read_html(html).attributes
    texts = html_languages(html)
    for annotation in library.annotations:
        if annotation.start is not None:
            assert language_of(texts, annotation.quote.exact) == {"zh-CN"}
    assert language_of(texts, "效能革命讲话摘录") == {"zh-CN"}  # the export's (own) title
    assert language_of(texts, "《关于作风建设的讲话》") == {"zh-CN"}  # heading and citations
    assert language_of(texts, "李四") == {"zh-CN"}  # in the facts and the citations
    assert language_of(texts, "March 2017") == {"en-GB"}
    assert language_of(texts, "（一）效能革命是发展的需要") == {"zh-CN"}
    assert language_of(texts, "All times are") == {"en-GB"}
    assert language_of(texts, "Yellow") == {"en-GB"}
    assert language_of(texts, "A stock phrase of such speeches.") == {"en-GB"}
    assert language_of(texts, "#style") == {"en-GB"}
    assert language_of(texts, "可作小标题") == {"zh-CN"}
    assert language_of(texts, "#标题") == {"zh-CN"}


def test_an_english_page_without_a_title_names_itself_in_english() -> None:
    html = write_html(sample_library().export_set(scope_title="", words=ENGLISH_WORDS))
    assert language_of(html_languages(html), ENGLISH_WORDS.notes) == {"en-GB"}


def test_a_chinese_page_is_chinese_throughout() -> None:
    html = write_html(_library_with_notes_in_both_languages().export_set())
    languages = [attrs["lang"] for _, attrs in read_html(html).attributes if "lang" in attrs]
    assert languages == ["zh-CN"]  # <html>'s only: nothing inside says otherwise
    assert {language for _, language in html_languages(html)} == {"zh-CN"}


def _one_speech_collection() -> Library:
    library = Library()
    speech = library.add_speech(library.add_collection(TITLE_LINE), title=TITLE_LINE)
    library.annotate(speech, "两集中、两到位", note="重要提法")
    return library


def _headings(html: str) -> list[tuple[str, str]]:
    return re.findall(r"<(h[1-6])[^>]*>([^<]*)</h[1-6]>", html)


def test_a_one_speech_export_titled_as_its_speech_writes_the_title_once() -> None:
    html = write_html(_one_speech_collection().export_set(scope_title=TITLE_LINE))
    headings = _headings(html)
    assert headings[0] == ("h1", TITLE_LINE)
    assert ("h2", f"《{TITLE_LINE}》") not in headings
    assert all(tag in ("h1", "h2") for tag, _ in headings[1:])
    assert len(headings) > 1  # its sections, a level up


def test_a_title_other_than_the_speechs_keeps_the_speech_heading() -> None:
    html = write_html(_one_speech_collection().export_set(scope_title="我的摘录"))
    headings = _headings(html)
    assert headings[:2] == [("h1", "我的摘录"), ("h2", f"《{TITLE_LINE}》")]
    assert all(tag == "h3" for tag, _ in headings[2:])


_LINKED_NOTE = (
    '见[国务院通知](https://www.gov.cn/a?b=1&c="2") 和 https://www.gov.cn/zhengce/。'
    "[点我](javascript:alert(1)) 写信 mailto:office@example.cn"
)


@pytest.mark.parametrize("writer", [write_html, write_annotated_html])
def test_links_in_notes_are_links_and_only_safe_ones(writer: Callable[[ExportSet], str]) -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note=_LINKED_NOTE)
    parsed = read_html(writer(library.export_set()))
    links = [(attrs["href"], attrs.get("class")) for tag, attrs in parsed.attributes if tag == "a"]
    outward = [(href, named) for href, named in links if not (href or "").startswith("#")]
    assert outward == [
        ("https://www.gov.cn/a?b=1&c=%222%22", "named"),  # prints its address after its words
        ("https://www.gov.cn/zhengce/", None),
        ("mailto:office@example.cn", None),
    ]
    assert "[点我](javascript:alert(1))" in parsed.text  # as typed, not a link
    assert "见国务院通知 和 https://www.gov.cn/zhengce/。" in parsed.text


@pytest.mark.parametrize("writer", [write_html, write_annotated_html])
def test_a_link_with_bold_words_is_a_link(writer: Callable[[ExportSet], str]) -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note="见[**政策原文**](https://www.gov.cn/a)。")
    parsed = read_html(writer(library.export_set()))
    hrefs = [attrs["href"] for tag, attrs in parsed.attributes if tag == "a"]
    assert "https://www.gov.cn/a" in hrefs
    assert "见政策原文" in parsed.text
    assert "](https" not in parsed.text
