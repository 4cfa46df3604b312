"""Citations and small formats shared by every writer."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.citation import format_citation
from desktop.core.export import labels
from desktop.core.records import CollectionRecord, SpeechRecord

SPEECH = SpeechRecord(1, 1, 1, "在全市效能革命工作会上的讲话", "2016-04-15", "张三", "市长", 10, "")
COLLECTION = CollectionRecord(1, "讲话汇编", "C:\\Users\\u\\文稿\\讲话.txt", None, "", "", "", 1)


def test_the_quote_citation_matches_copy_with_citation() -> None:
    copied = format_citation(
        "两集中、两到位", SPEECH.title, date=SPEECH.date, speaker=SPEECH.speaker
    )
    assert copied == "“两集中、两到位”" + labels.quote_citation(SPEECH)


def test_citations_leave_out_what_is_unknown_and_name_a_different_collection() -> None:
    bare = replace(SPEECH, date=None, speaker=None)
    assert labels.source_citation(bare) == "《在全市效能革命工作会上的讲话》"
    assert labels.citation(SPEECH, COLLECTION) == (
        "张三：《在全市效能革命工作会上的讲话》，2016年4月15日，载《讲话汇编》"
    )
    same = replace(COLLECTION, title=SPEECH.title)
    assert labels.citation(SPEECH, same) == "张三：《在全市效能革命工作会上的讲话》，2016年4月15日"


def test_book_titles_nest_marks() -> None:
    assert labels.book_title("学习《决定》的体会") == "《学习〈决定〉的体会》"
    assert labels.book_title("《已有书名号》") == "《已有书名号》"


def test_sources_drop_the_folders_of_local_files_but_keep_urls() -> None:
    assert labels.source_name(COLLECTION) == "讲话.txt"
    assert labels.source_name(replace(COLLECTION, source="/home/u/a b.docx")) == "a b.docx"
    url = "https://www.gov.cn/zhengce/2024/content.htm"
    assert labels.source_name(replace(COLLECTION, source=url)) == url
    assert labels.source_name(replace(COLLECTION, source=None)) == "讲话汇编"
