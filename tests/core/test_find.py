"""Find in a text: every occurrence, as the library search finds it in the same text."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.core.find import TextFinder, find_all
from desktop.core.storage.search_index import Query, search
from desktop.core.storage.search_text import fold_paragraph_breaks
from tests.core.storage.search_helpers import index_texts, new_index

TEXT = "今天召开“效能革命”工作会。ＧＤＰ增长８％，gdp 数据；哈哈哈。"


def test_exact_text_with_width_and_case_folded() -> None:
    assert find_all(TEXT, "效能革命") == [(5, 9)]
    assert find_all(TEXT, "GDP") == [(14, 17), (22, 25)]
    assert find_all(TEXT, "8%,") == [(19, 22)]
    assert TEXT[19:22] == "８％，"


def test_overlapping_occurrences_are_each_found() -> None:
    assert find_all(TEXT, "哈哈") == [(29, 31), (30, 32)]


def test_the_typed_text_is_taken_literally() -> None:
    text = "他说“效能 革命”和-效能"
    assert find_all(text, "“效能 革命”") == [(2, 9)]
    assert find_all(text, "-效能") == [(10, 13)]
    assert find_all(text, "") == []
    assert find_all(text, "没有") == []


def test_a_finder_searches_its_text_again_and_again() -> None:
    finder = TextFinder(TEXT)
    assert finder.find_all("工作") == [(10, 12)]
    assert finder.find_all("哈") == [(29, 30), (30, 31), (31, 32)]


def test_a_latin_term_is_found_at_word_starts() -> None:
    text = "Second, the ECONOMY; the party's art. 效能econ，2econ"
    assert find_all(text, "econ") == [(12, 16), (40, 44)]  # not in Second, nor after a digit
    assert find_all(text, "art") == [(33, 36)]  # not in party
    assert find_all(text, "'s art") == [(30, 36)]
    assert find_all("效能革命", "能革") == [(1, 3)]


_CHARS = st.sampled_from(list('效能革命哈，,.ＡAab 1１\n“”"-'))


@given(text=st.text(_CHARS, max_size=40), typed=st.text(_CHARS, min_size=1, max_size=3))
def test_the_find_bar_finds_what_the_library_search_finds(text: str, typed: str) -> None:
    typed = fold_paragraph_breaks(typed)  # as the find bar takes a pasted paragraph break
    assume(typed)
    conn = new_index()
    index_texts(conn, {1: text})
    result = search(conn, Query.literal(typed), text_loader=lambda _speech: text)
    assert find_all(text, typed) == [(hit.start, hit.end) for hit in result.hits]


def test_a_pasted_paragraph_break_finds_the_texts_one() -> None:
    # Text copied from Word (CRLF), a web page (a blank line between paragraphs) or an indented
    # document breaks paragraphs its own way; the canonical text joins them with one \n.
    text = "下面，我讲三点意见。\n一、统一思想\n二、突出重点"
    breaks = ("\r\n", "\n\n", "\r\n    ", "\r", "\n\u3000\u3000")
    for pasted in (f"意见。{line_break}一、统一" for line_break in breaks):
        assert find_all(text, pasted) == [(7, 15)], pasted


def test_line_breaks_at_the_ends_of_a_pasted_paragraph_are_dropped() -> None:
    text = "同志们：\n今天召开大会。"
    assert find_all(text, "今天召开大会。\r\n") == [(5, 12)]
    assert find_all(text, "\n同志们：") == [(0, 4)]
    assert find_all(text, "\r\n") == []
