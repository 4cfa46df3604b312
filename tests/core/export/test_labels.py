"""Citations and small formats shared by every writer."""

from __future__ import annotations

from desktop.core.annotation import AnchorState, Annotation, AnnotationKind, TextQuote
from desktop.core.citation import format_citation
from desktop.core.export import labels
from desktop.core.export.words import CHINESE_WORDS, ENGLISH_WORDS
from desktop.core.records import CollectionRecord, SpeechRecord

SPEECH = SpeechRecord(1, 1, 1, "在全市效能革命工作会上的讲话", "2016-04-15", "张三", "市长", 10, "")
COLLECTION = CollectionRecord(1, "讲话汇编", "C:\\Users\\u\\文稿\\讲话.txt", None, "", "", "", 1)


def test_the_quote_citation_matches_copy_with_citation() -> None:
    copied = format_citation(
        "两集中、两到位", SPEECH.title, date=SPEECH.date, speaker=SPEECH.speaker
    )
    assert copied == "“两集中、两到位”" + labels.quote_citation(SPEECH)


def test_citations_leave_out_what_is_unknown_and_name_a_different_collection() -> None:
    bare = SPEECH._replace(date=None, speaker=None)
    assert labels.source_citation(bare) == "《在全市效能革命工作会上的讲话》"
    assert labels.citation(SPEECH, COLLECTION) == (
        "张三：《在全市效能革命工作会上的讲话》，2016年4月15日，载《讲话汇编》"
    )
    same = COLLECTION._replace(title=SPEECH.title)
    assert labels.citation(SPEECH, same) == "张三：《在全市效能革命工作会上的讲话》，2016年4月15日"


def test_sources_drop_the_folders_of_local_files_but_keep_urls() -> None:
    assert labels.source_name(COLLECTION) == "讲话.txt"
    assert labels.source_name(COLLECTION._replace(source="/home/u/a b.docx")) == "a b.docx"
    url = "https://www.gov.cn/zhengce/2024/content.htm"
    assert labels.source_name(COLLECTION._replace(source=url)) == url
    assert labels.source_name(COLLECTION._replace(source=None)) == "讲话汇编"


def test_titles_of_outlines_and_of_several_speeches_in_each_language() -> None:
    chinese, english = CHINESE_WORDS, ENGLISH_WORDS
    assert chinese.several_title("讲话", 3) == "《讲话》等3篇"
    assert english.several_title("讲话", 3) == "《讲话》 and 2 More", "the user's title as it is"
    assert chinese.outline_title("《讲话》") == "《讲话》提纲"
    assert english.outline_title("《讲话》") == "《讲话》: Outline"
    assert (chinese.outline_title(""), english.outline_title("")) == ("提纲", "Outline")


def test_citations_and_facts_in_english_keep_the_users_words() -> None:
    english = ENGLISH_WORDS
    assert labels.citation(SPEECH, COLLECTION, english) == (
        "张三, 《在全市效能革命工作会上的讲话》, 15 April 2016, in 《讲话汇编》"
    )
    assert (
        labels.quote_citation(SPEECH, english)
        == "(张三, 《在全市效能革命工作会上的讲话》, 15 April 2016)"
    )
    assert labels.speech_facts(SPEECH, COLLECTION, english)[-1] == "Source: 讲话.txt"
    assert labels.speech_facts(SPEECH, COLLECTION)[-1] == "来源：讲话.txt"


def test_a_speechs_facts_date_it_as_its_citation_does() -> None:
    # A Chinese document writes 2016年4月15日 under a title, as its citations and the library
    # pane do; the ISO form stays in the data (Markdown's front matter, CSV, JSON).
    assert labels.speech_facts(SPEECH)[:2] == ["2016年4月15日", "市长 张三"]
    assert labels.speech_facts(SPEECH, words=ENGLISH_WORDS)[0] == "15 April 2016"
    undated = SpeechRecord(1, 1, 1, "讲话", "二〇一六年四月", "张三", "", 10, "")
    assert labels.speech_facts(undated)[0] == "二〇一六年四月", "a date as typed stays as it is"


def test_annotation_facts_and_marked_quotes_in_each_language() -> None:
    facts = ("pink", AnnotationKind.SECTION_NOTE, AnchorState.FUZZY)
    assert labels.annotation_facts(*facts) == ["粉色", "章节批注", "近似定位"]
    english = ENGLISH_WORDS
    assert labels.annotation_facts(*facts, english) == ["Pink", "Note on a section", "Approximate"]
    assert labels.annotation_facts(None, AnnotationKind.HIGHLIGHT, AnchorState.ANCHORED) == []
    assert labels.marked_quote_line("效率\n就是生产力") == "标注时原文：“效率 就是生产力”"
    assert labels.marked_quote_line("效率", english) == "First marked: “效率”"
    assert labels.marked_quote_line(None, english) == ""


def _highlight(words: str, note: str = "", marked_quote: str | None = None) -> Annotation:
    return Annotation(
        "a",
        1,
        AnnotationKind.HIGHLIGHT,
        0,
        len(words),
        TextQuote(words, "", ""),
        "",
        note=note,
        tags=("提法",),
        marked_quote=marked_quote,
    )


def test_a_highlight_without_a_note_is_named_by_its_words_in_its_endnote() -> None:
    assert labels.endnote_quote(_highlight("高质量发展")) == "「高质量发展」"
    assert labels.endnote_quote(_highlight("推动\n 高质量发展\n")) == "「推动 高质量发展」"
    assert labels.endnote_quote(_highlight("高质量发展", note="提法")) == ""
    assert labels.endnote_quote(_highlight("高质量发展", note=" \n")) == "「高质量发展」"
    assert labels.endnote_quote(_highlight("高质量发展", marked_quote="发展")) == ""
    assert labels.endnote_quote(_highlight("")) == ""


def test_facts_share_one_separator_and_skip_the_empty() -> None:
    assert labels.facts_line(["#金句", "", "蓝色", "2026-11-27 12:37"]) == (
        "#金句 · 蓝色 · 2026-11-27 12:37"
    )
    assert labels.facts_line(["", ""]) == ""
