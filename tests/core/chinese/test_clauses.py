"""Quoted formulations of two parallel clauses joined by a comma."""

from __future__ import annotations

import pytest

from desktop.core.chinese.clauses import parallel_clauses
from desktop.core.chinese.formulations import FormulationKind, formulations
from desktop.core.chinese.segmenter import Segmenter


@pytest.mark.parametrize(
    "words",
    [
        "两手抓，两手都要硬",
        "稳住一头，放开一片",
        "与邻为善，以邻为伴",
        "小机构，大服务",
        "有所为,有所不为",
    ],
)
def test_parallel_clauses_share_a_place_or_a_short_length(words: str) -> None:
    assert parallel_clauses(words)


@pytest.mark.parametrize(
    "words",
    [
        "今年的任务很重，要抓紧落实",
        "保持经济平稳较快发展，控制物价过快上涨",
        "蜀道之难，难于上青天",
        "两手抓",
        "一，二，三",
        "一手抓，one hand",
    ],
)
def test_sentences_and_other_phrases_are_not_parallel_clauses(words: str) -> None:
    assert not parallel_clauses(words)


def test_a_quoted_formulation_of_two_clauses_is_found_not_a_quoted_sentence(
    segmenter: Segmenter,
) -> None:
    # The 1996 report: 真正做到“两手抓，两手都要硬”; a quoted sentence with a comma is no term.
    text = (
        "真正做到“两手抓，两手都要硬”。坚持“稳住一头，放开一片”。"
        "他说“今年的任务很重，要抓紧落实”。大家都说“今年的任务很重，要抓紧落实”。"
    )
    found = {item.text: item for item in formulations(text, segmenter, wait=True) or []}
    hands = found["两手抓，两手都要硬"]
    assert (hands.kind, hands.count, hands.quoted) == (FormulationKind.QUOTED, 1, 1)
    assert found["稳住一头，放开一片"].quoted == 1
    assert not [words for words in found if "任务" in words]
