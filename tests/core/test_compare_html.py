"""A comparison's changes as HTML (core.compare_html): what Copy Changes gives Word and WPS,
and Export Changes… writes, read back by an HTML parser."""

from __future__ import annotations

from desktop.core.compare_export import ChangesFormat, ChangeWords, render
from desktop.core.compare_html import to_html
from desktop.core.compare_segments import DELETED_FILL, INSERTED_FILL
from tests.core.compared import compared_speeches
from tests.core.html_tree import every, parsed


def test_the_page_names_both_speeches_counts_the_changes_and_marks_each_in_its_section() -> None:
    compared = compared_speeches()
    root = parsed(to_html(compared))
    assert every(root, "html")[0].attributes["lang"] == "en-GB"
    body = every(root, "body")[0]
    assert [h1.text for h1 in every(body, "h1")] == ["Changes: 征求意见稿 → 正式稿"]
    paragraphs = every(body, "p")
    assert paragraphs[0].text == "3 changes: 3 characters added, 6 removed."  # on top
    assert paragraphs[1].text == "Old: 征求意见稿 · 2025-03-05 · 李某New: 正式稿"
    headings = [h2.text for h2 in every(body, "h2")]
    assert headings == [
        "1. 一、总体 › （0）部分 (inserted)",
        "2. 一、总体 › （1）部分 (inserted)",
        "3. 一、总体 › （2）部分 (deleted)",
    ]
    # The old words struck through on orange, the new underlined on blue.
    assert [u.text for u in every(body, "u")] == ["𠮷", "深化"]
    assert [s.text for s in every(body, "s")] == ["第三段删去。"]
    assert all(INSERTED_FILL in u.attributes["style"] for u in every(body, "u"))
    assert all(DELETED_FILL in s.attributes["style"] for s in every(body, "s"))
    assert "underline" in every(body, "u")[0].attributes["style"]
    assert "line-through" in every(body, "s")[0].attributes["style"]
    # Each change's line in context, the paragraph break shown.
    assert paragraphs[2].text == "New: 第一段讲𠮷发展。 ↵ 第二段讲深化"


def test_a_speech_s_markup_characters_are_text_not_tags() -> None:
    old, new = "甲<b>乙</b>&amp;丙", '甲<b>乙</b>&amp;丙<script>"丁"</script>'
    compared = compared_speeches(old, new, sections=("<i>一、</i>",))
    root = parsed(to_html(compared))
    assert [b.text for b in every(root, "b")][1:] == ["征求意见稿", "正式稿"]  # none of the speech
    assert not every(root, "script")
    assert not every(root, "i")
    assert every(root, "h2")[0].text == "1. <i>一、</i> (inserted)"
    assert every(root, "u")[0].text == '<script>"丁"</script>'
    assert "&amp;amp;" in to_html(compared)


def test_the_page_is_in_the_words_given_and_written_as_utf8() -> None:
    words = ChangeWords(
        title="改动：%1 → %2",
        old="旧稿：",
        new="新稿：",
        section_kind="%1（%2）",
        kinds={"inserted": "新增", "deleted": "删除"},
        language="zh-CN",
        summary=lambda comparison: f"改动 {len(comparison.hunks)} 处",
    )
    data = render(compared_speeches(), ChangesFormat.HTML, words)
    root = parsed(data.decode("utf-8"))
    assert every(root, "html")[0].attributes["lang"] == "zh-CN"
    assert every(root, "p")[0].text == "改动 3 处"
    assert every(root, "h2")[2].text == "3. 一、总体 › （2）部分（删除）"
