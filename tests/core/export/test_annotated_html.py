"""The annotated speech as HTML, read back with the standard library's HTML parser."""

from __future__ import annotations

import re

from desktop.core.document import SpanKind, TextSpan
from desktop.core.export.annotated_html import write_annotated_html
from desktop.core.export.words import ENGLISH_WORDS
from tests.core.export.factory import (
    BEIJING,
    SPEECH_TEXT,
    Library,
    highlights_without_notes,
    sample_library,
    signed_notice,
    speech_citing_its_notes,
)
from tests.core.export.readback import (
    class_styles,
    element_classes,
    html_languages,
    language_of,
    read_html,
    squeeze,
    without_markers,
)

HOSTILE = '<script>alert("x")</script> & "引号"'


def test_the_whole_text_is_there_with_quotes_notes_and_tags() -> None:
    library = sample_library()
    parsed = read_html(write_annotated_html(library.export_set()))
    text = squeeze(parsed.text)
    for content in library.speeches:
        for line in content.text.splitlines():
            assert squeeze(line) in without_markers(text)
    for annotation in library.annotations:
        assert squeeze(annotation.note.replace("**", "")) in text
        for tag in annotation.tags:
            assert f"#{tag}" in parsed.text
    assert "这句话已经不在正文里了" in parsed.text  # an orphan keeps its quote
    assert "张三：《在全市效能革命工作会上的讲话》，2016年4月15日" in parsed.text


def test_headings_follow_the_outline_levels_and_highlights_their_colours() -> None:
    parsed = read_html(write_annotated_html(sample_library().export_set()))
    assert parsed.by_class["level-1"] == [
        "一、提高认识，把握效能革命的重大意义",
        "二、突出重点，扎实推进各项工作[批4]",
    ]
    assert parsed.by_class["level-2"] == ["（一）效能革命是发展的需要"]
    headings = [
        tag for tag, attrs in parsed.attributes if attrs.get("class", "").startswith("level")
    ]
    assert headings == ["h2", "h3", "h2"]
    assert "两集中、两到位" in parsed.by_class["c-yellow"]
    assert "并联审批" in parsed.by_class["c-pink"]


def test_markers_link_to_notes_listed_after_their_paragraph() -> None:
    html = write_annotated_html(sample_library().export_set())
    parsed = read_html(html)
    assert parsed.by_class["ref"][:2] == ["[批1]", "[批2]"]
    assert parsed.by_class["lead"][:2] == ["[批1]", "[批2]"]  # each note leads with its marker
    links = [attrs["href"] for tag, attrs in parsed.attributes if tag == "a" and attrs.get("href")]
    assert "#s1-n1" in links
    assert "#s1-r1" in links
    paragraph_end = html.index("并联审批</span></mark>")
    notes_start = html.index('<div class="notes">', paragraph_end)
    assert html.index("提法</strong>", notes_start) > notes_start


def test_an_english_export_marks_the_notes_a1_a2() -> None:
    parsed = read_html(write_annotated_html(sample_library().export_set(words=ENGLISH_WORDS)))
    assert parsed.by_class["ref"][:2] == ["[A1]", "[A2]"]
    assert parsed.by_class["lead"][:2] == ["[A1]", "[A2]"]
    assert "[批" not in parsed.text


def test_the_users_marker_and_the_speechs_own_note_mark_read_apart() -> None:
    library = Library()
    speech_citing_its_notes(library)
    parsed = read_html(write_annotated_html(library.export_set()))
    assert "各项任务[批1]，深入领会会议精神［1］。" in squeeze(parsed.text)
    assert parsed.by_class["lead"] == ["[批1]"]
    assert "［1］《某某文选》" in parsed.text  # the speech's own notes, as they are


def test_user_strings_are_escaped() -> None:
    library = Library()
    text = SPEECH_TEXT + HOSTILE
    speech = library.add_speech(library.add_collection(HOSTILE), text, title=HOSTILE)
    library.annotate(speech, HOSTILE, note=HOSTILE, tags=(HOSTILE,))
    parsed = read_html(write_annotated_html(library.export_set(scope_title=HOSTILE)))
    assert "script" not in parsed.elements
    assert parsed.text.count('<script>alert("x")</script>') >= 4


def test_the_page_is_signed_with_the_local_time_and_its_zone() -> None:
    parsed = read_html(write_annotated_html(sample_library().export_set(zone=BEIJING)))
    assert parsed.by_class["generated"] == ["批注 Pizhu · 2024-09-10 10:03（UTC+08:00）"]


def test_the_sign_off_is_set_at_the_right() -> None:
    library = Library()
    signed_notice(library)
    html = write_annotated_html(library.export_set())
    parsed = read_html(html)
    assert parsed.by_class["signature"] == ["某某县人民政府办公室"]
    assert parsed.by_class["closing-date"] == ["2021年5月6日"]
    assert parsed.by_class["title-meta"] == ["2021年5月1日"]  # the date under the title
    styles = class_styles(html)
    for sign_off in ("signature", "closing-date"):
        assert styles[sign_off]["text-align"] == "right"
        assert styles[sign_off]["margin"] == "0 2em 0 0"
    assert styles["title-meta"]["text-align"] == "center"


def test_each_styled_element_has_one_class_whose_rules_carry_all_its_style() -> None:
    """LibreOffice, and Word opening the page, style an element of two classes by neither:
    the date and citation under a title were left black at the left, a closing date too."""
    library = sample_library()
    signed_notice(library)
    highlights_without_notes(library)
    subtitled = "关于作风建设\n——在全县干部大会上的讲话\n同志们：\n要抓作风。"
    speech = library.add_speech(library.add_collection("作风"), subtitled, title="关于作风建设")
    speech.spans = [TextSpan(SpanKind.TITLE, 0, 6), TextSpan(SpanKind.SUBTITLE, 7, 19)]
    html = write_annotated_html(library.export_set())
    parsed = read_html(html)
    assert [name for name in element_classes(parsed) if len(name.split()) != 1] == []
    assert parsed.by_class["subtitle"] == ["——在全县干部大会上的讲话"]
    assert len(parsed.by_class["title-cite"]) == len(library.speeches)  # each one's citation
    assert parsed.by_class["marked"] == ["标注时原文：“改革”"]
    assert "这句话已经不在正文里了" in parsed.by_class["orphan"][0]
    styles = class_styles(html)
    grey = {"color": "#666", "font-size": "0.88em"}
    centred = {"text-align": "center"}
    assert styles["subtitle"].items() >= centred.items()
    for name in ("title-meta", "title-cite"):
        assert styles[name].items() >= (grey | centred).items(), name
    assert styles["marked"].items() >= grey.items()
    assert styles["closing-date"]["text-align"] == "right"
    assert styles["orphan"] == {"margin-bottom": "1.4em", "border-left": "4px dashed #bbb"}


def test_an_english_page_is_english_and_the_speech_is_marked_chinese() -> None:
    library = sample_library()
    speech = library.speeches[0]
    library.annotate(speech, "改进作风", note="A stock phrase of such speeches.")
    html = write_annotated_html(library.export_set(words=ENGLISH_WORDS))
    assert ("html", {"lang": "en-GB"}) in read_html(html).attributes
    texts = html_languages(html)
    for line in speech.text.splitlines():
        for text, language in texts:
            if text in line and len(text) > 1:  # the text's pieces (a [1] marker is neither)
                assert language == "zh-CN", text
    assert language_of(texts, "效能革命是转变政府职能的必然要求") == {"zh-CN"}
    assert language_of(texts, "并联审批的做法") == {"zh-CN"}  # a note written in Chinese
    assert language_of(texts, "A stock phrase of such speeches.") == {"en-GB"}
    assert language_of(texts, ENGLISH_WORDS.speech_notes) == {"en-GB"}
    assert language_of(texts, "15 April 2016") == {"en-GB"}  # the citation's date
    assert language_of(texts, "《在全市效能革命工作会上的讲话》") == {"zh-CN"}  # its title


def test_a_chinese_page_is_chinese_throughout() -> None:
    html = write_annotated_html(sample_library().export_set())
    languages = [attrs["lang"] for _, attrs in read_html(html).attributes if "lang" in attrs]
    assert languages == ["zh-CN"]


def test_a_highlight_without_a_note_leads_its_endnote_with_the_words_it_marks() -> None:
    library = Library()
    highlights_without_notes(library)
    html = write_annotated_html(library.export_set())
    text = squeeze(read_html(html).text)
    assert "[批1]「高质量发展」#提法" in text
    assert "[批2]总基调#提法" in text  # a note speaks for itself
    assert "[批3]#改革标注时原文：“改革”" in text  # words that changed say what was marked
    assert text.count("「") == 1
    english = html_languages(write_annotated_html(library.export_set(words=ENGLISH_WORDS)))
    assert language_of(english, "「高质量发展」") == {"zh-CN"}  # the speech's words


def test_notes_are_paragraphs_led_by_their_markers_not_a_numbered_list() -> None:
    """LibreOffice and Word number an <ol>'s items whatever its list-style says ("1. [批1]"):
    each note is a paragraph opening with its marker, its further paragraphs under it."""
    library = sample_library()
    library.annotations[0].note = "第一段**重点**。\n\n第二段。"
    parsed = read_html(write_annotated_html(library.export_set()))
    assert not {"ol", "ul", "li"} & {tag for tag, _attrs in parsed.attributes}
    endnotes = parsed.by_class["endnote"]
    assert endnotes[0].startswith("[批1] 第一段重点。")
    assert [note[: note.index("]") + 1] for note in endnotes[:3]] == ["[批1]", "[批2]", "[批3]"]
    assert parsed.by_class["endnote-more"][0].startswith("第二段。")
    notes = [attrs.get("id") for tag, attrs in parsed.attributes if tag == "p"]
    assert "s1-n1" in notes  # where the marker in the text links to


def test_body_paragraphs_indent_in_points_before_ems() -> None:
    """LibreOffice's HTML import reads no em lengths: with ``text-indent: 2em`` alone its
    body paragraphs had no first-line indent (seen converting the file with soffice)."""
    html = write_annotated_html(sample_library().export_set())
    assert '<p class="body">' in html
    rule = re.search(r"p\.body \{([^}]*)\}", html)
    assert rule is not None
    indents = re.findall(r"text-indent:\s*([\d.]+)(pt|em)", rule.group(1))
    assert [unit for _value, unit in indents] == ["pt", "em"], "points first, ems for browsers"
    assert float(indents[0][0]) == 25.5  # two characters of the 17px (12.75pt) text


LISTED_NOTE = "三个层次：\n\n- 定调\n- 部署任务\n\n1. 先讲挑战\n2. 再讲机遇\n\n> 极不平凡\n> 的一年"


def test_a_note_s_lists_and_quotes_are_lists_and_a_quote_under_its_marker() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note=LISTED_NOTE, tags=("结构",))
    library.annotate(speech, "效能是发展的保障", note="3. 开篇\n4. 结尾")
    html = write_annotated_html(library.export_set())
    parsed = read_html(html)
    blocks = [(tag, attrs.get("class")) for tag, attrs in parsed.attributes if tag in _BLOCKS]
    notes = [block for block in blocks if block[1] is None or block[1].startswith("endnote")]
    assert notes == [
        ("p", "endnote"),
        ("ul", "endnote-list"),
        ("li", None),
        ("li", None),
        ("ol", "endnote-list"),
        ("li", None),
        ("li", None),
        ("blockquote", "endnote-quote"),
        ("p", "endnote"),  # a note opening with a list: its marker on a line of its own
        ("ol", "endnote-list"),
        ("li", None),
        ("li", None),
    ]
    assert [squeeze(note) for note in parsed.by_class["endnote"]] == ["[批1]三个层次：", "[批2]"]
    lists = [squeeze(items) for items in parsed.by_class["endnote-list"]]
    assert lists == ["定调部署任务", "先讲挑战再讲机遇", "开篇结尾"]
    assert [squeeze(quote) for quote in parsed.by_class["endnote-quote"]] == ["极不平凡的一年#结构"]
    assert '<ol class="endnote-list" start="3">' in html  # numbered as typed, from 3
    text = squeeze(parsed.text)
    assert "-定调" not in text
    assert ">极不平凡" not in text
    assert "1.先讲挑战" not in text  # the list numbers it
    # Set in under the note's first line, as its further paragraphs, the quote by a rule.
    styles = class_styles(html)
    for name in ("endnote-list", "endnote-quote"):
        assert styles[name]["margin-left"] == styles["endnote-more"]["margin-left"], name
    assert styles["endnote-quote"]["border-left"] == "3px solid #ccc"


_BLOCKS = {"p", "ul", "ol", "li", "blockquote"}
