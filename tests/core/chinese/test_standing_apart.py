"""Standing formulations written with their items apart: one formulation, not its items."""

from __future__ import annotations

from desktop.core.chinese.formulations import (
    FormulationKind,
    collection_formulations,
    formulation_key,
    formulations,
)
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.standing import standing_formulations
from desktop.core.chinese.standing_apart import apart_formulations
from desktop.core.chinese.terms import text_formulations, text_terms

# The 2016 report: 大众创业、万众创新 four times, never 大众创业万众创新; its items were listed.
REPORT = (
    "大众创业、万众创新蓬勃发展。出台推动大众创业、万众创新政策举措。"
    "持续推动大众创业，万众创新。推进大众创业万众创新。"
    "抓好去产能、去库存、去杠杆、降成本、补短板。去产能，坚持市场倒逼。"
)


def test_every_formulation_of_the_list_is_named_by_a_standing_one_or_its_items() -> None:
    standing = standing_formulations()
    for formulation in apart_formulations():
        assert len(formulation.items) > 1
        assert formulation.name in standing or formulation.items[0] not in standing, formulation


def test_a_formulation_written_apart_is_one_standing_formulation_not_its_items(
    segmenter: Segmenter,
) -> None:
    found = {item.text: item for item in text_formulations([(1, REPORT)], segmenter)}
    both = found["大众创业、万众创新"]
    # Joined by 、 (twice), by ， and by nothing: one formulation, shown as written most.
    assert (both.kind, both.count, both.quoted, both.sources) == (FormulationKind.STANDING, 4, 0, 1)
    assert [REPORT[start:end] for _, start, end in both.occurrences] == [
        "大众创业、万众创新",
        "大众创业、万众创新",
        "大众创业，万众创新",
        "大众创业万众创新",
    ]
    five = found["去产能、去库存、去杠杆、降成本、补短板"]
    assert (five.kind, five.count) == (FormulationKind.STANDING, 1)
    # Items said only inside it are not listed; 去产能, said once on its own too, is.
    assert not {"大众创业", "万众创新", "去库存", "去杠杆", "降成本", "补短板"} & set(found)
    assert found["去产能"].count == 2


def test_the_items_of_a_named_formulation_count_as_its_name_shown_as_written_most(
    segmenter: Segmenter,
) -> None:
    # The 2016 report lists the five items, the 2017 one says 三去一降一补 twice.
    texts = [
        (1, "抓好去产能、去库存、去杠杆、降成本、补短板。"),
        (2, "推进三去一降一补。深化三去一降一补。"),
    ]
    assert formulation_key("去产能、去库存、去杠杆、降成本、补短板") == "三去一降一补"
    found = {item.text: item for item in text_formulations(texts, segmenter)}
    named = found["三去一降一补"]
    assert (named.kind, named.count, named.sources) == (FormulationKind.STANDING, 3, 2)
    assert not {"去产能、去库存、去杠杆、降成本、补短板", "去库存", "补短板"} & set(found)
    report = text_terms(texts, segmenter, wait=True)
    assert report is not None
    assert [(f.text, f.count) for f in report.formulations] == [("三去一降一补", 3)]


def test_a_fixed_formulation_joined_by_a_comma_is_found_bare_and_merged(
    segmenter: Segmenter,
) -> None:
    # The 1995 report writes 两手抓，两手都要硬 unquoted, with a comma; 1994 with 、.
    texts = [
        (1995, "必须始终不渝地坚持两手抓，两手都要硬的方针。"),
        (1994, "必须始终不渝地坚持两手抓、两手都要硬的方针。"),
    ]
    alone = {item.text: item for item in formulations(texts[0][1], segmenter, wait=True) or []}
    assert (alone["两手抓，两手都要硬"].kind, alone["两手抓，两手都要硬"].count) == (
        FormulationKind.STANDING,
        1,
    )
    merged = collection_formulations(texts, segmenter, wait=True) or []
    whole = [item for item in merged if "两手" in item.text]
    assert [(item.count, item.sources, item.kind) for item in whole] == [
        (2, 2, FormulationKind.NUMBERED)  # the enumeration's kind: what a text marks it as
    ]


def test_a_writing_that_does_not_start_a_word_is_no_formulation(segmenter: Segmenter) -> None:
    # 过去|产能: the five items' writing starts inside the word 过去.
    text = "比过去产能、去库存、去杠杆、降成本、补短板的要求更高。"
    assert segmenter.cut("比过去产能", wait=True) == ["比", "过去", "产能"]
    found = {item.text for item in text_formulations([(1, text)], segmenter)}
    assert not [words for words in found if "补短板" in words and "、" in words]
