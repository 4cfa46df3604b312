"""Terms of texts: keywords with their occurrences as jieba words, and formulations."""

from __future__ import annotations

import pytest

from desktop.core.chinese.keywords import MIN_LIBRARY_DOCUMENTS, DocumentFrequencies, keywords
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.terms import (
    IdfSource,
    KeywordEntry,
    formulation_table,
    idf_source,
    keyword_table,
    text_keywords,
    text_terms,
)
from desktop.core.errors import CancelledError


def test_keywords_carry_every_occurrence_as_a_word(
    segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    texts = list(enumerate(sample_speeches.values(), 1))[:3]
    found = text_keywords(texts, segmenter, top=10)
    assert found is not None
    joined = "\n".join(text for _, text in texts)
    assert [(k.word, k.count) for k in found] == [
        (k.word, k.count) for k in keywords(joined, segmenter, top=10) or []
    ]
    for entry in found:
        assert len(entry.occurrences) == entry.count
        for source, start, end in entry.occurrences:
            assert dict(texts)[source][start:end] == entry.word


def test_a_word_inside_a_longer_word_is_not_its_occurrence(segmenter: Segmenter) -> None:
    text = "推进效能革命。效能革命要深入。革命传统要发扬，革命精神不能丢。"
    found = text_keywords([(1, text)], segmenter, top=20) or []
    by_word = {entry.word: entry for entry in found}
    assert len(by_word["效能革命"].occurrences) == 2
    assert [start for _, start, _ in by_word["革命"].occurrences] == [15, 23]


def test_terms_hold_formulations_and_say_whose_idf(
    segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    texts = list(enumerate(sample_speeches.values(), 1))
    report = text_terms(texts, segmenter)
    assert report is not None
    assert report.idf == IdfSource.JIEBA
    assert any(item.text == "效能革命" and item.sources > 1 for item in report.formulations)
    library = DocumentFrequencies({"效能革命": 1}, MIN_LIBRARY_DOCUMENTS)
    assert idf_source(library) == IdfSource.LIBRARY


def test_not_ready_means_none_and_cancel_stops(plain_segmenter: Segmenter) -> None:
    waiting = Segmenter(None, [])
    assert text_terms([(1, "效能革命")], waiting) is None
    with pytest.raises(CancelledError):
        text_terms([(1, "效能革命"), (2, "两集中")], plain_segmenter, cancelled=lambda: True)


def test_terms_as_tables_keep_their_order_and_count_texts(segmenter: Segmenter) -> None:
    texts = [(1, "推进“效能革命”。效能革命要深入。"), (2, "效能革命，两个务必。牢记两个务必。")]
    report = text_terms(texts, segmenter, top=5)
    assert report is not None
    keywords_rows = keyword_table(report.keywords).rows
    assert keywords_rows[0][:2] == ("效能革命", 3)
    assert keywords_rows[0][3] == 2
    assert [row[0] for row in keywords_rows] == [entry.word for entry in report.keywords]
    formulations = {row[0]: row for row in formulation_table(report.formulations).rows}
    assert formulations["效能革命"][1:] == (2, 1, "quoted", 1)  # a formulation where quoted
    assert formulations["两个务必"][1:] == (2, 0, "numbered", 1)


def test_a_table_keeps_small_scores_to_three_significant_figures() -> None:
    # The whole library's keywords score 0.0003 or so: to four decimals they were all alike.
    entries = [
        KeywordEntry("方针政策", 0.00042512, 5642, ()),
        KeywordEntry("效能革命", 0.119234, 9, ()),
    ]
    assert [row[2] for row in keyword_table(entries).rows] == [0.000425, 0.1192]
