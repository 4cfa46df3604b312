"""A formulation said only inside a longer one listed is not listed beside it."""

from __future__ import annotations

from desktop.core.chinese.formulations import CollectionFormulation, FormulationKind
from desktop.core.chinese.parts import without_parts
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.terms import text_formulations, text_terms

ENUMERATED = "推进两集中、两到位。深化两集中、两到位改革，落实两集中、两到位。"


def _listed(texts: list[tuple[int, str]], segmenter: Segmenter) -> dict[str, int]:
    return {item.text: item.count for item in text_formulations(texts, segmenter)}


def test_the_items_of_a_listed_enumeration_are_not_listed_beside_it(
    segmenter: Segmenter,
) -> None:
    # 两集中 and 两到位 are standing formulations, and jieba's words inside the enumeration.
    assert _listed([(1, ENUMERATED)], segmenter) == {"两集中、两到位": 3}
    report = text_terms([(1, ENUMERATED)], segmenter, wait=True)
    assert report is not None
    assert [item.text for item in report.formulations] == ["两集中、两到位"]


def test_an_item_also_said_on_its_own_is_listed_with_all_its_places(
    segmenter: Segmenter,
) -> None:
    texts = [(1, ENUMERATED), (2, "坚持两集中，办事更快。")]
    found = {item.text: item for item in text_formulations(texts, segmenter)}
    assert set(found) == {"两集中、两到位", "两集中"}
    assert (found["两集中"].count, found["两集中"].sources) == (4, 2)


def test_a_numbered_formulation_said_only_inside_a_longer_word_is_a_part(
    segmenter: Segmenter,
) -> None:
    # 四个全面 opens the one word 四个全面战略布局 (counted there as numbered): a part only.
    text = "协调推进四个全面战略布局。坚持四个全面战略布局，落实四个全面战略布局。"
    assert _listed([(1, text)], segmenter) == {"四个全面战略布局": 3}
    alone = text + "四个全面是总方略。"
    assert _listed([(1, alone)], segmenter) == {"四个全面战略布局": 3, "四个全面": 4}


def _counted(text: str, count: int, places: int = 0) -> CollectionFormulation:
    kind = FormulationKind.STANDING if not places else FormulationKind.NUMBERED
    occurrences = tuple((1, 10 * n, 10 * n + len(text)) for n in range(places))
    return CollectionFormulation(text, kind, count, 0, 1, occurrences)


def test_without_places_an_item_is_a_part_if_the_wholes_count_for_it() -> None:
    """A library's standing formulations have counts, no places: an item of an enumeration
    listed 5 times, counted 5 times, is said only there; counted 6 times, once on its own."""
    whole = _counted("两集中、两到位", 5, places=5)
    listed = [whole, _counted("两集中", 5), _counted("两到位", 6), _counted("科学发展观", 2)]
    assert [item.text for item in without_parts(listed)] == [
        "两集中、两到位",
        "两到位",
        "科学发展观",
    ]
    # An item twice in one enumeration is counted twice in each.
    twice = _counted("一要吃饭、二要建设、一要吃饭", 2, places=2)
    assert without_parts([twice, _counted("一要吃饭", 4)]) == [twice]
