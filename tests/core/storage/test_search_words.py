"""A term that starts with a Latin letter matches at word starts; Chinese terms as substrings."""

from __future__ import annotations

import pytest

from desktop.core.storage import search_word_starts
from desktop.core.storage.search_index import parse_query
from desktop.core.storage.search_words import contains, starts_with_latin, word_start
from tests.core.storage.search_helpers import found, index_notes, index_texts, new_index

ENGLISH = "Second, the economy. The party's article on Econometrics; art and ART."
CHINESE = "第二，经济工作。效能革命GDP增长2019年，19年的econ数据。"
TEXTS = {1: ENGLISH, 2: CHINESE}


@pytest.fixture(autouse=True, params=["texts", "index"])
def _way(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both ways of telling word starts: reading the texts, and the index (search_word_starts)."""
    if request.param == "index":
        monkeypatch.setattr(search_word_starts, "_READ_AT_MOST", 0)


def _starts(query: str, texts: dict[int, str] = TEXTS) -> list[tuple[int, int]]:
    conn = new_index()
    index_texts(conn, texts)
    return [(speech_id, start) for speech_id, start, _end, _term in found(conn, texts, query)]


def test_a_latin_term_is_found_at_word_starts_only() -> None:
    econ = [(1, ENGLISH.index("economy")), (1, ENGLISH.index("Econo")), (2, CHINESE.index("econ"))]
    assert _starts("econ") == econ  # not in "Second"
    art = [ENGLISH.index(word) for word in ("article", "art and", "ART")]
    assert _starts("art") == [(1, start) for start in art]  # not in "party"
    assert _starts("second") == [(1, 0)]


def test_chinese_digits_and_punctuation_match_as_every_substring() -> None:
    assert _starts("济工") == [(2, 4)]
    nineteen = [CHINESE.index("19年"), CHINESE.index("，19年") + 1]  # 2019年 and 19年
    assert _starts("19") == [(2, start) for start in nineteen]
    assert _starts("'s") == [(1, ENGLISH.index("'s"))]
    assert _starts("GDP") == [(2, CHINESE.index("GDP"))]  # after a Han character: a word start


def test_a_word_inside_another_does_not_make_a_speech_hold_every_term() -> None:
    texts = {1: "The second point.", 2: "The economy grows."}
    assert _starts("econ point", texts) == []
    assert _starts("econ grows", texts) == [(2, 4), (2, 12)]


def test_an_excluded_latin_term_excludes_only_where_it_matches() -> None:
    texts = {1: "The second point.", 2: "The economy's point."}
    assert _starts("point -econ", texts) == [(1, 11)]


def test_accented_latin_letters_join_words_and_hot_grams_count_too() -> None:
    texts = {1: "café econ, " * 40 + "résumé", 2: "经济" * 40 + "a sum"}
    assert _starts("sum", texts) == [(2, 82)]  # not after é (a Latin letter beyond ASCII)
    assert len(_starts("econ", texts)) == 40  # hot bigrams ("e" after a space, 40 times)
    assert _starts("afé", texts) == []


def test_notes_follow_the_same_rule() -> None:
    conn = new_index()
    index_texts(conn, {1: "正文"})
    index_notes(conn, {"a": (1, "a second look"), "b": (1, "econ first")})
    from desktop.core.storage.search_index import search

    result = search(conn, "econ", text_loader=lambda _speech: "正文")
    assert [(hit.annotation_id, hit.start) for hit in result.note_hits] == [("b", 0)]


@pytest.mark.parametrize(
    ("term", "latin"), [("econ", True), ("élan", True), ("19", False), ("经济", False), ("", False)]
)
def test_which_terms_match_at_word_starts(term: str, latin: bool) -> None:
    assert starts_with_latin(term) is latin


def test_word_starts() -> None:
    assert word_start("a b", 2)
    assert word_start("效能a", 2)
    assert not word_start("ab", 1)
    assert not word_start("2b", 1)
    assert not word_start("éb", 1)
    assert contains("the art", "art")
    assert not contains("party", "art")
    assert contains("party", "rt") is False
    assert contains("经济", "济")


def test_the_query_grammar_is_unchanged() -> None:
    assert parse_query("econ -art").terms == ("econ",)
