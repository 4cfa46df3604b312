"""Markdown export, read back with a CommonMark parser (markdown-it) and a YAML parser."""

from __future__ import annotations

import re
from datetime import timedelta, timezone

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from desktop.core.export.labels import quote_citation
from desktop.core.export.markdown import write_markdown
from desktop.core.export.markdown_text import blockquote, escape_inline, obsidian_tag, safe_note
from tests.core.export.factory import BEIJING, TITLE_LINE, Library, sample_library
from tests.core.export.readback import read_html

# The CommonMark preset renders raw HTML, as Obsidian does: escaping has to hold against it.
_COMMONMARK = MarkdownIt("commonmark")
# With GitHub's tables and footnotes, as Obsidian and Typora read a file.
_EXTENDED = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)


def _front_matter(markdown: str) -> dict:
    assert markdown.startswith("---\n")
    head, _, _ = markdown[4:].partition("\n---\n")
    return yaml.safe_load(head)


def _body(markdown: str) -> str:
    return markdown[4:].partition("\n---\n")[2]


def test_front_matter_is_yaml_with_title_date_speaker_and_source() -> None:
    markdown = write_markdown(sample_library().export_set())
    meta = _front_matter(markdown)
    assert meta["title"] == "效能革命讲话摘录"
    assert str(meta["date"]) == "2024-09-10"  # several speeches: the day of the export
    assert meta["speaker"] == ["张三", "李四"]
    assert meta["source"] == ["讲话汇编.txt", "政务服务文稿"]  # no folders of the user's disk


def test_front_matter_of_one_speech_carries_its_own_date_and_speaker() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"), date="2016-04-15", speaker="张三")
    library.annotate(speech, "两集中、两到位")
    meta = _front_matter(write_markdown(library.export_set()))
    assert str(meta["date"]) == "2016-04-15"
    assert meta["speaker"] == "张三"


def test_front_matter_claims_no_date_or_speaker_a_speech_lacks() -> None:
    """Two speeches, one dated and signed, one neither: the export's day, and the speaker as a
    list of those there are (not one speaker for both)."""
    library = Library()
    collection = library.add_collection("汇编")
    dated = library.add_speech(collection, date="2016-04-15", speaker="张三")
    undated = library.add_speech(
        collection, "同志们：今天的会议很重要。", title="另一篇讲话", date=None, speaker=None
    )
    library.annotate(dated, "两集中、两到位")
    library.annotate(undated, "今天的会议")
    meta = _front_matter(write_markdown(library.export_set()))
    assert str(meta["date"]) == "2024-09-10"  # the day of the export
    assert meta["speaker"] == ["张三"]


def test_every_quote_note_tag_and_colour_is_in_the_rendered_document() -> None:
    library = sample_library()
    html = _COMMONMARK.render(_body(write_markdown(library.export_set())))
    parsed = read_html(html)
    for annotation in library.annotations:
        if annotation.start is not None:
            assert annotation.quote.exact in parsed.text
        for line in annotation.note.replace("**", "").splitlines():
            assert line in parsed.text
    assert "#提法" in parsed.text
    assert "#效能-革命" in parsed.text  # a space in a tag would cut it short in Obsidian
    assert "黄色" in parsed.text
    assert "绿色" in parsed.text


def test_headings_are_speeches_and_section_paths() -> None:
    tokens = _COMMONMARK.parse(_body(write_markdown(sample_library().export_set())))
    headings = [
        (tokens[i].tag, tokens[i + 1].content)
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    assert headings[0] == ("h1", "效能革命讲话摘录")
    assert ("h2", "《在全市效能革命工作会上的讲话》") in headings
    assert ("h3", "一、提高认识，把握效能革命的重大意义 › （一）效能革命是发展的需要") in headings


def _headings(markdown: str) -> list[tuple[str, str]]:
    tokens = _COMMONMARK.parse(_body(markdown))
    return [
        (tokens[i].tag, tokens[i + 1].content)
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]


def _one_speech_collection() -> Library:
    library = Library()
    speech = library.add_speech(library.add_collection(TITLE_LINE), title=TITLE_LINE)
    library.annotate(speech, "两集中、两到位", note="重要提法")
    library.annotate(speech, "效能是发展的保障")
    return library


def test_a_one_speech_collection_titled_as_its_speech_writes_the_title_once() -> None:
    # The collection's export is titled by its one speech (export.selection.scope_title).
    markdown = write_markdown(_one_speech_collection().export_set(scope_title=TITLE_LINE))
    headings = _headings(markdown)
    assert [text for _, text in headings].count(TITLE_LINE) == 1
    assert f"《{TITLE_LINE}》" not in [text for _, text in headings]  # only in the citations
    assert headings[0] == ("h1", TITLE_LINE)
    # Its sections move up a level, under the title; its facts follow the title.
    assert ("h2", "一、提高认识，把握效能革命的重大意义 › （一）效能革命是发展的需要") in headings
    assert all(tag in ("h1", "h2") for tag, _ in headings)
    assert f"# {TITLE_LINE}\n\n2016年4月15日 · 市长 张三 · 来源：讲话汇编.txt\n\n## " in markdown


def test_a_title_other_than_the_speechs_keeps_the_speech_heading() -> None:
    markdown = write_markdown(_one_speech_collection().export_set(scope_title="我的摘录"))
    headings = _headings(markdown)
    assert headings[:2] == [("h1", "我的摘录"), ("h2", f"《{TITLE_LINE}》")]
    assert ("h3", "一、提高认识，把握效能革命的重大意义 › （一）效能革命是发展的需要") in headings


def test_quotes_are_blockquotes_with_the_note_beneath() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note="重要提法")
    html = _COMMONMARK.render(_body(write_markdown(library.export_set())))
    assert "<blockquote>\n<p>两集中、两到位</p>\n</blockquote>\n<p>重要提法</p>" in html


def test_markdown_syntax_in_a_quote_stays_literal() -> None:
    text = (
        "# 不是标题\n> 不是引用\n1. 不是列表\n- 也不是\n"
        "*不是强调* [不是链接](x) <b>粗</b> ==高亮== #标签 [[链接]] &amp;"
    )
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"), text, title="怪文")
    library.annotate(speech, text)
    html = _COMMONMARK.render(_body(write_markdown(library.export_set())))
    parsed = read_html(html)
    assert set(parsed.elements) <= {"h1", "h2", "p", "blockquote", "br"}
    assert parsed.elements.count("blockquote") == 1
    for line in text.splitlines():
        assert line in parsed.text


def test_a_note_cannot_add_headings_or_swallow_the_rest_of_the_file() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note="# 我的标题\n正文\n===\n```\n未闭合的代码")
    library.annotate(speech, "政务服务中心建设", note="第二条批注")
    tokens = _COMMONMARK.parse(_body(write_markdown(library.export_set())))
    heading_levels = [t.tag for t in tokens if t.type == "heading_open"]
    assert heading_levels == ["h1", "h2", "h3", "h3"]  # scope, speech, two sections
    paragraphs = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "paragraph_open"]
    assert "第二条批注" in paragraphs  # not inside the unclosed code block


def test_a_note_keeps_its_own_markdown() -> None:
    note = "**要点**：\n\n- 一条\n- 两条"
    assert safe_note(note) == note
    # Links, autolinks and code spans too: nothing in an autolink or code is escaped.
    linked = "见[通知](https://www.gov.cn/) <https://x.cn/a|b> `<b>%%$` ==重点=="
    assert safe_note(linked) == linked


def test_obsidian_tags_have_no_spaces_or_punctuation_and_are_not_only_digits() -> None:
    assert obsidian_tag("效能 革命") == "效能-革命"
    assert obsidian_tag("#a.b,c") == "a-b-c"
    assert obsidian_tag("2024") == "_2024"
    assert obsidian_tag("政务/服务") == "政务/服务"
    assert obsidian_tag("。，") == ""


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_any_quote_renders_as_one_blockquote_showing_its_text(text: str) -> None:
    html = _COMMONMARK.render(blockquote(text))
    parsed = read_html(html)
    assert parsed.elements.count("blockquote") == 1
    assert set(parsed.elements) <= {"blockquote", "p", "br"}
    shown = "".join(parsed.text.split())
    expected = "".join(line.strip(" \t") for line in text.splitlines())
    # CommonMark folds whitespace and drops NULs; compare the rest character by character.
    assert shown == "".join(expected.split()).replace("\x00", "\ufffd")


def test_escape_inline_escapes_list_markers_only_at_the_start() -> None:
    assert escape_inline("1. 一") == "1\\. 一"
    assert escape_inline("第1. 条") == "第1. 条"
    assert escape_inline("- 项") == "\\- 项"


def test_times_are_in_the_export_zone_which_the_front_matter_names() -> None:
    library = sample_library()
    markdown = write_markdown(library.export_set(zone=BEIJING))
    meta = _front_matter(markdown)
    assert meta["timezone"] == "UTC+08:00"
    assert meta["exported"] == "2024-09-10T10:03:04+08:00"
    assert library.annotations[1].created == "2024-05-03T08:02:00.000000Z"
    assert "2024-05-03 16:02" in _body(markdown)
    assert "08:02" not in _body(markdown)


def test_the_day_of_the_export_is_the_day_in_its_zone() -> None:
    new_york = timezone(timedelta(hours=-5))  # 02:03 UTC on the 10th is the 9th there
    meta = _front_matter(write_markdown(sample_library().export_set(zone=new_york)))
    assert str(meta["date"]) == "2024-09-09"


def test_every_note_is_cited_as_the_html_and_word_exports_cite_it() -> None:
    """A quote copied out of the Markdown keeps its source: speaker, 《title》 and date."""
    data = sample_library().export_set()
    parsed = read_html(_COMMONMARK.render(_body(write_markdown(data))))
    paragraphs = parsed.text.splitlines()
    for speech in {item.speech.id: item.speech for item in data.items}.values():
        citation = quote_citation(speech)
        count = sum(1 for item in data.items if item.speech.id == speech.id)
        assert paragraphs.count(citation) == count
    assert "（张三：《在全市效能革命工作会上的讲话》，2016年4月15日）" in paragraphs


# Each of these, unescaped, changed what the rest of the file showed (or hid the text itself).
_STRUCTURAL = [
    "<!-- 未闭合的注释",
    "%% Obsidian 注释",
    "# 不是标题",
    "> 不是引用",
    "---",
    "甲\n---",
    "***",
    "- - -",
    "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |",
    "[^1]: 不是脚注",
    "正文[^1]",
    "[链接]: https://example.com",
    "<script>alert(1)",
    "<?xml 处理指令",
    "$$ 不是公式",
    "段落 ^block-id",
    "+++",
    "  ---",
]
_STRUCTURE_TOKENS = {
    "hr",
    "table_open",
    "html_block",
    "html_inline",
    "footnote_ref",
    "footnote_open",
}


def _second_item_renders(markdown: str) -> list:
    tokens = _EXTENDED.parse(_body(markdown))
    assert not {t.type for t in tokens} & _STRUCTURE_TOKENS
    assert not any(
        {c.type for c in t.children or []} & _STRUCTURE_TOKENS for t in tokens if t.children
    )
    headings = [t.tag for t in tokens if t.type == "heading_open"]
    assert headings == ["h1", "h2", "h3", "h3"]  # scope, speech, two sections
    paragraphs = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "paragraph_open"]
    assert "第二条批注" in paragraphs  # the next note is still a paragraph of its own
    return tokens


@pytest.mark.parametrize("text", _STRUCTURAL)
def test_a_note_shows_as_typed_and_leaves_the_rest_of_the_file_alone(text: str) -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", note=text)
    library.annotate(speech, "政务服务中心建设", note="第二条批注")
    markdown = write_markdown(library.export_set())
    _second_item_renders(markdown)
    assert "%%" not in markdown  # Obsidian hides from %% to the next %%, or to the end
    # Obsidian's $math$ and ^block-ids (hidden), and footnotes [^1], which CommonMark lacks.
    assert not re.search(r"(?<!\\)[$^]", _body(markdown))
    shown = read_html(_EXTENDED.render(_body(markdown))).text
    for line in text.splitlines():
        assert " ".join(line.split()) in " ".join(shown.split()), line


@pytest.mark.parametrize("text", _STRUCTURAL)
def test_a_quote_round_trips_visibly_identical(text: str) -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"), f"前文{text}后文", title="怪文")
    library.annotate(speech, text)
    library.annotate(speech, "后文", note="第二条批注")
    markdown = write_markdown(library.export_set())
    assert "%%" not in markdown
    assert not re.search(r"(?<!\\)[$^]", _body(markdown))
    tokens = _EXTENDED.parse(_body(markdown))
    assert not {t.type for t in tokens} & _STRUCTURE_TOKENS
    html = _EXTENDED.render(blockquote(text))
    assert set(read_html(html).elements) <= {"blockquote", "p", "br"}
    shown = read_html(html).text
    assert "".join(shown.split()) == "".join(text.split())


@given(st.text(alphabet=st.sampled_from(list("-+*_=#>|[]^%<!$`~:.1 \n甲")), max_size=30))
def test_any_quote_of_markdown_punctuation_is_one_blockquote_of_its_text(text: str) -> None:
    html = _EXTENDED.render(blockquote(text))
    parsed = read_html(html)
    assert parsed.elements.count("blockquote") == 1
    assert set(parsed.elements) <= {"blockquote", "p", "br"}
    expected = "".join(line.strip(" \t") for line in text.splitlines())
    assert "".join(parsed.text.split()) == "".join(expected.split())
