"""Formulations (提法): quoted terms and numbered phrases, per speech and per collection."""

from __future__ import annotations

from pathlib import Path

from desktop.core.chinese.formulations import (
    MAX_QUOTED,
    Formulation,
    FormulationKind,
    collection_formulations,
    formulations,
)
from desktop.core.chinese.segmenter import Segmenter


def _by_text(found: list[Formulation] | None) -> dict[str, Formulation]:
    assert found is not None
    return {formulation.text: formulation for formulation in found}


def test_the_sample_speech_counts_its_efficiency_revolution(
    segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    speech = next(text for title, text in sample_speeches.items() if title.endswith("篇1"))
    found = _by_text(formulations(speech, segmenter))
    revolution = found["效能革命"]
    assert revolution.kind == FormulationKind.QUOTED
    assert revolution.count == speech.count("效能革命")  # quoted or not
    assert revolution.quoted == speech.count("“效能革命”")
    assert all(speech[start:end] == "效能革命" for start, end in revolution.occurrences)
    assert found["三铁"].quoted == 1


def test_the_sample_has_the_two_concentrations_and_not_the_primary_industry(
    segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    found = _by_text(
        [f for text in sample_speeches.values() for f in formulations(text, segmenter) or []]
    )
    assert found["两集中、两到位"].kind == FormulationKind.NUMBERED
    assert found["十一五"].kind == FormulationKind.NUMBERED
    assert any("第一产业" in text for text in sample_speeches.values())
    assert not any("产业" in text for text in found)


def test_numbered_formulations(segmenter: Segmenter) -> None:
    text = (
        "坚持“四个全面”战略布局，践行三个代表，做到两个维护；抓好两个“一把手”，"
        "落实1+6规定，编制十四五规划，推进两集中、两到位向纵深发展。"
    )
    found = _by_text(formulations(text, segmenter))
    for words in ("四个全面", "三个代表", "两个维护", "两个“一把手”", "1+6规定", "十四五"):
        assert found[words].kind == FormulationKind.NUMBERED, words
    assert found["两集中、两到位"].occurrences == ((text.index("两集中"), text.index("向纵深")),)
    assert found["四个全面"].quoted == 1


def test_counts_are_not_formulations(segmenter: Segmenter) -> None:
    text = "第一产业增长三个月，两个方面的问题，15个区县，26个牵头单位，第三个人。"
    assert formulations(text, segmenter) == []


def test_a_formulation_in_digits_counts_when_it_recurs(segmenter: Segmenter) -> None:
    text = "全面落实4个全面。4个全面是总体布局。"
    assert _by_text(formulations(text, segmenter))["4个全面"].count == 2


def test_quotations_are_not_formulations(segmenter: Segmenter) -> None:
    long_name = "英德市机关效能建设工作领导小组"
    assert len(long_name) > MAX_QUOTED
    text = f"他说：“我们要把工作做好。”又说“好”。成立了“{long_name}”。提出“两头热、中间冷”。"
    assert list(_by_text(formulations(text, segmenter))) == ["两头热、中间冷"]


def test_writings_of_one_formulation_count_together(segmenter: Segmenter) -> None:
    text = "推进“两集中两到位”。深化“两集中、两到位”，确保两集中、两到位落实。"
    [formulation] = formulations(text, segmenter) or []
    assert (formulation.text, formulation.count, formulation.quoted) == ("两集中、两到位", 3, 2)


def test_not_ready_means_none(tmp_path: Path) -> None:
    assert formulations("“效能革命”", Segmenter(tmp_path, [])) is None


def test_a_collection_adds_its_speeches_up(
    segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    found = collection_formulations(sample_speeches.items(), segmenter)
    assert found is not None
    revolution = next(f for f in found if f.text == "效能革命")
    assert found[0] is revolution  # the most frequent
    speeches_with_it = [title for title, text in sample_speeches.items() if "效能革命" in text]
    assert revolution.sources == len(speeches_with_it) > 1
    assert revolution.count == sum(text.count("效能革命") for text in sample_speeches.values())
    assert {source for source, _, _ in revolution.occurrences} == set(speeches_with_it)
    assert all(
        sample_speeches[source][start:end] == "效能革命"
        for source, start, end in revolution.occurrences
    )


def test_enumerations_end_where_their_last_word_does(plain_segmenter: Segmenter) -> None:
    # Plain jieba cuts 两 | 到位: the last item still ends after 到位, not after 两.
    text = "推进两集中、两到位向纵深发展，坚持一个中心、两个基本点。"
    found = _by_text(formulations(text, plain_segmenter))
    assert {"两集中、两到位", "一个中心、两个基本点"} <= set(found)


def test_the_last_item_of_an_enumeration_is_as_whole_as_the_others(segmenter: Segmenter) -> None:
    # The 2005 report's 一手抓繁荣、一手抓管理 and 两个市场、两种资源 were listed as
    # 一手抓繁荣、一手 and 两个市场、两种: the last item ended with its first word.
    text = "坚持一手抓繁荣、一手抓管理。利用国内国际两个市场、两种资源。"
    found = _by_text(formulations(text, segmenter))
    assert {"一手抓繁荣、一手抓管理", "两个市场、两种资源"} <= set(found)
    assert not {"一手抓繁荣、一手", "两个市场、两种"} & set(found)


def test_the_last_item_runs_on_to_where_its_phrase_ends(segmenter: Segmenter) -> None:
    # The 1990s reports' 两手抓、两手都要硬 was listed as 两手抓、两手都: jieba cuts
    # 两手|都|要|硬 and the item stopped at the first word past the shortest item's length.
    text = (
        "坚持两手抓、两手都要硬的方针。只有坚持两手抓、两手都要硬，才能前进。"
        "坚持“两手抓、两手都要硬”。推进两集中、两到位向纵深发展。"
    )
    found = _by_text(formulations(text, segmenter))
    assert found["两手抓、两手都要硬"].count == 3
    assert "两手抓、两手都" not in found
    # A phrase that goes on past the item's words keeps the first word's end.
    assert "两集中、两到位" in found


def test_a_last_item_cut_short_runs_on_as_long_as_the_items_before_it(
    segmenter: Segmenter,
) -> None:
    # The 1992-1994 reports' 让一部分地区、一部分人先富起来 was listed as 一部分地区、一部分:
    # jieba cuts 一部分|人|先富起来 and no word ended as long as 一部分地区.
    text = "允许和鼓励一部分地区、一部分人先富起来，一部分地区、一部分人先富起来。"
    found = _by_text(formulations(text, segmenter))
    assert found["一部分地区、一部分人"].count == 2
    assert "一部分地区、一部分" not in found


def test_a_modifier_cut_out_of_a_longer_phrase_is_not_a_formulation(
    segmenter: Segmenter,
) -> None:
    """jieba splits 特别|行政区 and 重要|的, but 特别 and 重要 only qualify the word after."""
    text = (
        "支持香港、澳门两个特别行政区发展，两个特别行政区都很繁荣。"
        "抓住两个重要的机遇，两个重要的机遇不能错过。"
        "建设三个主要基地，三个主要基地已经开工。"
    )
    found = _by_text(formulations(text, segmenter))
    assert not [words for words in found if words.startswith(("两个", "三个"))]


def test_true_numbered_formulations_end_where_their_phrase_ends(segmenter: Segmenter) -> None:
    text = (
        "坚持两个确立，增强四个意识，坚定四个自信，做到两个维护。"
        "两个确立是决定性成果；牢记四个意识、四个自信和两个维护，牢记两个务必。"
        "全党要牢记两个务必。"
    )
    found = _by_text(formulations(text, segmenter))
    for words, times in (("两个确立", 2), ("四个意识", 2), ("四个自信", 2), ("两个务必", 2)):
        assert found[words].count == times, words
        assert all(text[start:end] == words for start, end in found[words].occurrences)


def test_bare_occurrences_are_whole_words_only(segmenter: Segmenter) -> None:
    """三个代表 is counted where it stands, not inside 三个代表团 (三个|代表团)."""
    text = "践行三个代表重要思想，牢记三个代表。会议邀请了三个代表团。"
    found = _by_text(formulations(text, segmenter))
    assert found["三个代表"].occurrences == (
        (text.index("三个代表"), text.index("三个代表") + 4),
        (text.index("牢记") + 2, text.index("牢记") + 6),
    )


def test_bare_occurrences_opening_a_longer_word_count(segmenter: Segmenter) -> None:
    """四个全面战略布局 and 放管服改革 are single words of the app's dictionary."""
    text = "“四个全面”是总纲，坚持四个全面战略布局。“放管服”要落地，深化放管服改革。"
    found = _by_text(formulations(text, segmenter))
    assert found["四个全面"].count == 2
    assert found["放管服"].count == 2


def test_things_counted_once_are_no_formulations(segmenter: Segmenter) -> None:
    # The 1955 plan report's inventory of works listed as formulations: 三个铁矿, 两个汽车….
    text = (
        "完成以下主要工程的改建和新建：三个铁矿，八个选矿厂，两个汽车制造厂，十六个轧钢厂。"
        "坚持四个全面，做到两个维护，抓好两个“一把手”，实现两个一百年奋斗目标。"
    )
    found = _by_text(formulations(text, segmenter))
    assert set(found) == {"四个全面", "两个维护", "两个“一把手”", "一把手", "两个一百年"}
    assert all(formulation.count == 1 for formulation in found.values())


def test_a_counted_term_that_recurs_is_a_formulation(segmenter: Segmenter) -> None:
    text = "建设三个一流，是全市的目标。围绕三个一流，抓好落实。"
    assert _by_text(formulations(text, segmenter))["三个一流"].count == 2


def test_enumerations_of_amounts_are_no_formulations(segmenter: Segmenter) -> None:
    # The 1960 report's yields per mu (四百斤、五百斤、八百斤) were listed as formulations.
    text = (
        "亩产分别达到四百斤、五百斤、八百斤，用一年、五年、十年、二十年的时间，"
        "五十五个县、一千多个公社，推进两集中、两到位。"
    )
    assert set(_by_text(formulations(text, segmenter))) == {"两集中、两到位"}


def test_straight_quotes_quote_as_chinese_ones_do(segmenter: Segmenter) -> None:
    # The 2016 government work report was typed with straight quotes throughout: its quoted
    # 三农 and 四风 were no formulations and its "十三五" was counted as never quoted.
    text = (
        '"十三五"时期是全面建成小康社会决胜阶段，编制"十三五"规划。'
        '坚持"三农"重中之重，驰而不息纠正"四风"，推行"双随机、一公开"。'
    )
    found = _by_text(formulations(text, segmenter))
    assert found["十三五"].quoted == 2
    assert found["十三五"].kind == FormulationKind.NUMBERED
    for words in ("三农", "四风", "双随机、一公开"):
        assert found[words].kind == FormulationKind.QUOTED, words
        assert found[words].quoted == 1, words
