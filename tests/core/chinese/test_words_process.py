"""Words counted in a process of their own are the words counted here."""

from __future__ import annotations

from desktop.core.chinese.formulations import Formulation
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.words_process import WordsProcess, segment_texts


def words_only(words: list[str], _found: list[Formulation]) -> list[str]:
    """The words (module level: a process's result must be picklable)."""
    return words


def test_a_process_counts_the_same_candidate_words(segmenter: Segmenter) -> None:
    texts = [
        "一九五二年抗击COVID-19，ＧＤＰ增长，GDP总量，领导干部要带头，坚持两个一百年。",
        "加大R&D投入，发展5G网络，实现四个全面。",
    ]
    here = segment_texts(texts, segmenter, words_only)
    with WordsProcess(segmenter) as process:
        there = process.segment(texts, words_only)
    assert there == here
    assert here[0] == ["抗击", "COVID-19", "ＧＤＰ", "增长", "GDP", "总量", "领导", "干部", "带头",
                       "两个一百年"]  # fmt: skip
    assert "R&D" in here[1]
