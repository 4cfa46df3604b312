"""Standing formulations: the dictionaries' 提法 a text uses unmarked, listed with its own."""

from __future__ import annotations

import pytest

from desktop.core.chinese.dictionary import read_dictionary
from desktop.core.chinese.formulations import FormulationKind, collection_formulations
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.standing import standing_formulations
from desktop.core.chinese.terms import (
    formulation_table,
    text_formulations,
    text_terms,
    word_places,
)
from desktop.resources import resource_path

REPORT = (
    "坚持以科学发展观统领经济社会发展全局。深入贯彻落实科学发展观，"
    "推进生态文明建设，建设生态文明。坚持以经济建设为中心。"
    "落实“科学发展观”，完善政务服务中心。"
)


def test_the_curated_formulations_not_the_dictionaries_plain_nouns_or_institutions() -> None:
    found = standing_formulations()
    assert {"科学发展观", "以经济建设为中心", "四个全面", "一国两制", "新常态"} <= found
    assert {"供给侧结构性改革", "新发展理念", "两集中两到位", "邓小平理论"} <= found
    # Words of politics.txt (jieba keeps them whole), but plain nouns of policy or names.
    assert not {"政府采购", "行政执法", "科技创新", "营商环境", "并联审批"} & found
    assert "政务服务中心" not in found  # an institution (nt): a name, no formulation


def test_the_list_is_read_as_a_dictionary_with_its_comments() -> None:
    entries, problems = read_dictionary(resource_path("dict", "standing.txt"))
    assert problems == []
    assert len(entries) == len(standing_formulations()), "each formulation once"
    assert all(entry.freq is None and entry.tag is None for entry in entries), "words only"


@pytest.mark.parametrize("around", ["{}", "坚持{}。", "“{}”的", "全面推进{}和"])
def test_each_standing_formulation_is_counted_as_one_whole_word(
    segmenter: Segmenter, around: str
) -> None:
    # Counted as a whole word only: one jieba splits must go into politics.txt first.
    split = []
    for word in sorted(standing_formulations()):
        text = around.format(word)
        places = word_places([(1, text)], [word], segmenter)[word]
        if [(start, end) for _source, start, end in places] != [
            (text.index(word), len(word) + text.index(word))
        ]:
            split.append((word, segmenter.cut(text, wait=True)))
    assert split == []


def test_a_report_s_plain_policy_nouns_are_no_formulations(segmenter: Segmenter) -> None:
    text = "规范政府采购和行政执法，加强科技创新，优化营商环境，深化供给侧结构性改革。"
    found = {item.text: item.kind for item in text_formulations([(1, text)], segmenter)}
    assert found == {"供给侧结构性改革": FormulationKind.STANDING}


def test_a_formulation_said_unmarked_is_listed_as_standing_with_its_whole_word_count(
    segmenter: Segmenter,
) -> None:
    marked = collection_formulations([(1, REPORT)], segmenter, wait=True) or []
    assert "以经济建设为中心" not in {item.text for item in marked}
    found = {item.text: item for item in text_formulations([(1, REPORT)], segmenter)}
    centre = found["以经济建设为中心"]
    assert (centre.kind, centre.count, centre.quoted, centre.sources) == (
        FormulationKind.STANDING,
        1,
        0,
        1,
    )
    (_source, start, end) = centre.occurrences[0]
    assert REPORT[start:end] == "以经济建设为中心"
    # 生态文明 inside the one word 生态文明建设 is not an occurrence of it: counted once.
    assert found["生态文明"].count == 1
    assert "政务服务中心" not in found


def test_one_the_text_quotes_is_listed_once_in_the_texts_kind(segmenter: Segmenter) -> None:
    found = [item for item in text_formulations([(1, REPORT)], segmenter) if "科学" in item.text]
    assert [(item.text, item.kind, item.count, item.quoted) for item in found] == [
        ("科学发展观", FormulationKind.QUOTED, 3, 1)
    ]


def test_the_terms_of_texts_list_them_sorted_and_table_their_kind(segmenter: Segmenter) -> None:
    texts = [(1, REPORT), (2, "以经济建设为中心，坚持改革开放。")]
    report = text_terms(texts, segmenter, wait=True)
    assert report is not None
    assert report.formulations == text_formulations(texts, segmenter)
    counts = [item.count for item in report.formulations]
    assert counts == sorted(counts, reverse=True)
    rows = {row[0]: row for row in formulation_table(report.formulations).rows}
    assert rows["以经济建设为中心"] == ("以经济建设为中心", 2, 0, "standing", 2)
