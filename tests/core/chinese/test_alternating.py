"""Formulations alternating numbers and characters (一带一路), told apart from idioms."""

from __future__ import annotations

import pytest

from desktop.core.chinese.formulations import Formulation, FormulationKind, formulations
from desktop.core.chinese.segmenter import Segmenter


def _by_text(found: list[Formulation] | None) -> dict[str, Formulation]:
    assert found is not None
    return {formulation.text: formulation for formulation in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持推进一带一路建设，取得新成效。",
        "统筹推进五位一体总体布局。",
        "扎实开展两学一做学习教育。",
        "深入开展三严三实专题教育。",
        "全面准确贯彻一国两制方针。",
        "认真落实三会一课制度。",
        "各级领导干部要落实一岗双责。",
    ],
)
def test_an_alternating_formulation_said_once_is_found(segmenter: Segmenter, sentence: str) -> None:
    words = next(w for w in ("一带一路", "五位一体", "两学一做", "三严三实", "一国两制",
                             "三会一课", "一岗双责") if w in sentence)  # fmt: skip
    found = _by_text(formulations(sentence, segmenter))
    assert found[words].kind == FormulationKind.NUMBERED
    start = sentence.index(words)
    assert found[words].occurrences == ((start, start + 4),)


@pytest.mark.parametrize(
    "sentence",
    [
        "他一心一意为人民服务。",
        "上级三番五次强调安全生产。",
        "把情况一五一十讲清楚。",
        "工作没有十全十美的。",
        "千方百计增加农民收入。",
        "把账目算得一清二楚。",
        "问题解决得一干二净，一模一样的错误不再犯。",
        "三年两头出问题，三年两头出问题。",
    ],
)
def test_idioms_of_the_same_shape_are_not_formulations(segmenter: Segmenter, sentence: str) -> None:
    assert formulations(sentence, segmenter) == []


def test_a_run_of_words_counts_when_it_recurs_and_counts_of_units_never(
    segmenter: Segmenter,
) -> None:
    once = "推行一村一品，每周一天三次巡查。"
    assert formulations(once, segmenter) == []
    twice = "推行一村一品，一天三次巡查；一村一品见效，一天三次不变。"
    found = _by_text(formulations(twice, segmenter))
    assert set(found) == {"一村一品"}
    assert found["一村一品"].count == 2


def test_a_quoted_alternating_formulation_counts_its_bare_uses(segmenter: Segmenter) -> None:
    text = "提出“一企一策”，推行一企一策，不搞一刀切。"
    found = _by_text(formulations(text, segmenter))
    assert found["一企一策"].count == 2
    assert found["一企一策"].quoted == 1


def test_numbers_inside_longer_numbers_and_ordinals_are_not_formulations(
    segmenter: Segmenter,
) -> None:
    text = "投资一亿五千万元，第一产业和第二产业，十五六岁的青年，二三十个项目。"
    assert formulations(text, segmenter) == []
