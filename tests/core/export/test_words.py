"""Every format exported in both languages and read back: no word of the other language's table,
the user's Chinese text intact, the machine-readable fields the same in both."""

from __future__ import annotations

import json
import re
from dataclasses import fields
from string import Formatter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.annotation import AnchorState, Color
from desktop.core.export import FORMATS, render
from desktop.core.export.csv_writer import COLUMNS
from desktop.core.export.words import (
    CHINESE_WORDS,
    ENGLISH_WORDS,
    ExportWords,
    book_title,
    english_date,
    export_words,
    note_marker,
)
from desktop.core.footnotes import find_footnotes
from tests.core.export.factory import BEIJING, Library, sample_library
from tests.core.export.readback import docx_text, pdf_text, read_csv, read_docx, read_html, squeeze

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z ]*[A-Za-z]")
_READABLE = [name for name in FORMATS if name != "json"]


def _library() -> Library:
    """The sample library, plus an annotation whose words moved and changed since marked."""
    library = sample_library()
    moved = library.annotate(
        library.speeches[0], "推进并联审批", color="green", state=AnchorState.MOVED
    )
    moved.marked_quote = "推进审批改革"
    return library


def _table_texts(words: ExportWords) -> list[str]:
    """Every piece of text in a table: its words, names and the literal parts of its templates."""
    texts: list[str] = []
    for spec in fields(words):
        value = getattr(words, spec.name)
        if spec.name == "generator":
            continue  # the app's name, Pizhu, is in both
        if isinstance(value, str):
            texts.extend(literal for literal, *_ in Formatter().parse(value) if literal)
        elif not callable(value):
            texts.extend(value.values())
    return texts


def _phrases(words: ExportWords, pattern: re.Pattern[str]) -> set[str]:
    return {match for text in _table_texts(words) for match in pattern.findall(text)}


CHINESE_PHRASES = _phrases(CHINESE_WORDS, _CJK_RUN)
ENGLISH_PHRASES = _phrases(ENGLISH_WORDS, _LATIN_RUN) | {"April"}


def _readable_text(name: str, data: bytes) -> str:
    """What a reader of the file sees, read back with the parser a user's program would use."""
    if name.endswith("docx") or name == "docx":
        document = read_docx(data)
        properties = document.core_properties
        return "\n".join([docx_text(data), properties.title, properties.last_modified_by])
    if name == "pdf":
        return pdf_text(data)
    text = data.decode("utf-8-sig")
    if name.endswith("html"):
        title = re.search(r"<title>(.*?)</title>", text)
        return read_html(text).text + "\n" + (title.group(1) if title else "")
    if name == "csv":
        rows = read_csv(data)
        return "\n".join("\t".join(row[:-3]) for row in rows[1:])  # no header, times, state, id
    return text


def _export(name: str, words: ExportWords) -> str:
    data = _library().export_set(zone=BEIJING, words=words)
    return _readable_text(name, render(name, data))


def _found(phrases: set[str], text: str, *, latin: bool) -> set[str]:
    if latin:  # whole words, as written: "Note" is not in "notes:" or "Notepad"
        return {phrase for phrase in phrases if re.search(rf"\b{re.escape(phrase)}\b", text)}
    return {phrase for phrase in phrases if phrase in text}


def test_the_phrase_lists_hold_what_the_tables_write() -> None:
    assert {"来源", "标注时原文", "时间均为", "黄色", "已移位", "章节批注"} <= CHINESE_PHRASES
    assert {"Source", "First marked", "All times are", "Yellow", "Moved", "Note"} <= ENGLISH_PHRASES


@pytest.mark.parametrize("name", _READABLE)
def test_an_english_export_has_no_chinese_of_its_own_and_keeps_the_users(name: str) -> None:
    text = _export(name, ENGLISH_WORDS)
    assert _found(CHINESE_PHRASES, text, latin=False) == set()
    flat = squeeze(text)
    assert "在全市效能革命工作会上的讲话" in flat, "the user's title, untranslated"
    if FORMATS[name].needs_text:
        assert squeeze("提高认识，把握效能革命的重大意义") in flat, "the speech's own headings"
    else:
        assert "金句，可用于开头" in flat, "a note"
        assert "两集中、两到位" in flat, "a quote"


@pytest.mark.parametrize("name", _READABLE)
def test_a_chinese_export_has_no_english_of_its_own(name: str) -> None:
    text = _export(name, CHINESE_WORDS)
    assert _found(ENGLISH_PHRASES, text, latin=True) == set()


@pytest.mark.parametrize(
    ("name", "chinese", "english"),
    [
        ("md", "黄色", "Yellow"),
        ("md", "来源：讲话汇编.txt", "Source: 讲话汇编.txt"),
        ("md", "标注时原文：“推进审批改革”", "First marked: “推进审批改革”"),
        ("html", "时间均为 UTC+08:00", "All times are UTC+08:00"),
        ("html", "（张三：《在全市效能革命工作会上的讲话》，2016年4月15日）", "(张三, "),
        ("docx", "导出于 2024-09-10 10:03", "Exported 2024-09-10 10:03"),
        ("docx", "未能定位", "Not found"),
        ("csv", "粉色", "Pink"),
        ("annotated-docx", "，载《效能革命讲话汇编》", ", in 《效能革命讲话汇编》"),
        ("annotated-html", "未能在现文中定位的批注", "Annotations Not Found in the Current Text"),
        ("pdf", "，2016年4月15日", ",15April2016"),
        ("outline-docx", "提纲", "Outline"),
        ("outline-md", 'generator: "批注 Pizhu"', 'generator: "Pizhu"'),
    ],
)
def test_each_format_says_its_own_words_in_the_language_asked_for(
    name: str, chinese: str, english: str
) -> None:
    squeezed = name == "pdf"  # PDF text comes back broken where the lines break
    for words, expected in ((CHINESE_WORDS, chinese), (ENGLISH_WORDS, english)):
        text = _export(name, words)
        assert (squeeze(expected) in squeeze(text)) if squeezed else (expected in text), words


def test_machine_readable_fields_are_the_same_in_both_languages() -> None:
    library = _library()
    chinese = library.export_set(words=CHINESE_WORDS)
    english = library.export_set(words=ENGLISH_WORDS)
    assert render("json", chinese) == render("json", english), "JSON keys and values"
    chinese_rows, english_rows = read_csv(render("csv", chinese)), read_csv(render("csv", english))
    assert chinese_rows[0] == english_rows[0], "the header row"
    ours = COLUMNS.index("modified")  # the values for scripts, from here on
    assert [row[ours:] for row in chinese_rows] == [row[ours:] for row in english_rows]
    states = {row[COLUMNS.index("state")] for row in english_rows[1:]}
    assert states <= {state.value for state in AnchorState}, "states as their codes"
    assert json.loads(render("json", english))["generator"]["name"] == "批注 Pizhu"


def test_every_colour_kind_and_state_has_a_name_in_both_tables() -> None:
    for table in (CHINESE_WORDS, ENGLISH_WORDS):
        assert set(table.colors) == {color.value for color in Color}
        assert all(table.state(state) != state for state in AnchorState)
        assert table.color(None) == table.color("teal") == ""


@pytest.mark.parametrize(
    ("iso", "english"),
    [
        ("2016-04-15", "15 April 2016"),
        ("2017-03", "March 2017"),
        ("2016", "2016"),
        ("2016-13-01", "2016-13-01"),
        ("四月", "四月"),
    ],
)
def test_english_dates(iso: str, english: str) -> None:
    assert english_date(iso) == english


def test_book_titles_nest_marks() -> None:
    assert book_title("学习《决定》的体会") == "《学习〈决定〉的体会》"
    assert book_title("《已有书名号》") == "《已有书名号》"


def test_an_english_title_goes_in_quotation_marks() -> None:
    assert book_title(" Report on the Work of the Government ") == (
        "“Report on the Work of the Government”"
    )
    assert book_title("“Already Quoted”") == "“Already Quoted”"


def test_exports_name_themselves_in_the_language_asked_for() -> None:
    assert export_words("en") is ENGLISH_WORDS
    assert export_words("en_GB") is ENGLISH_WORDS
    assert export_words("zh_CN") is CHINESE_WORDS
    assert export_words("") is CHINESE_WORDS, "the documents' own language"
    assert CHINESE_WORDS.all_notes == "全部批注"
    assert ENGLISH_WORDS.all_notes == "All Annotations"


def test_the_users_note_markers_are_prefixed_in_the_exports_language() -> None:
    assert note_marker(1, CHINESE_WORDS) == "[批1]"
    assert note_marker(12, CHINESE_WORDS) == "[批12]"
    assert note_marker(1, ENGLISH_WORDS) == "[A1]"
    assert note_marker(12, export_words("en_US")) == "[A12]"


@given(st.integers(min_value=1, max_value=9999), st.sampled_from([CHINESE_WORDS, ENGLISH_WORDS]))
def test_a_users_marker_is_never_read_as_one_of_the_speechs_own_note_marks(
    number: int, words: ExportWords
) -> None:
    marker = note_marker(number, words)
    text = f"我们要完成各项任务{marker}，深入领会会议精神［1］。\n注释：\n［1］《某某文选》第三卷。"
    marks = find_footnotes(text).marks
    assert [text[mark.start : mark.end] for mark in marks] == ["［1］"]


def test_a_title_names_its_tags_as_each_language_writes_them() -> None:
    """Chinese quotes each tag, no 顿号 between quoted items, 或 before the last (any of them)."""
    assert CHINESE_WORDS.tagged_title(["形势"]) == "标签为“形势”的批注"
    assert (
        CHINESE_WORDS.tagged_title(["提法", "数据", "金句"]) == "标签为“提法”“数据”或“金句”的批注"
    )
    assert (
        CHINESE_WORDS.tagged_title(["“放管服”"], "《讲话》") == "《讲话》中标签为“‘放管服’”的批注"
    )
    assert ENGLISH_WORDS.tagged_title(["提法", "金句"]) == "Annotations Tagged #提法 #金句"
