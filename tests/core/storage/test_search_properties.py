"""Property tests: for random texts and queries, the index finds exactly what the scan finds."""

from __future__ import annotations

from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.storage import search_run, search_tokens, search_word_starts
from desktop.core.storage.search_index import Query, index_speech, remove_speech
from desktop.core.storage.search_text import normalise
from desktop.core.storage.search_tokens import HOT_MINIMUM
from tests.core.storage.search_helpers import found, index_texts, new_index, scan

# A small alphabet so that substrings repeat, overlap and become hot: CJK, Latin in both cases
# and widths, digits in both widths, punctuation in both widths, spaces, a line break, and the
# characters the token encoding has to escape.
ALPHABET = "效能革命的的的，,。.aAａbé1１ \n\x00\x1f\x80"
texts_strategy = st.text(alphabet=ALPHABET, max_size=4 * HOT_MINIMUM[1])
corpora = st.dictionaries(st.integers(1, 40), texts_strategy, min_size=1, max_size=6)
# Short random texts rarely repeat a gram HOT_MINIMUM times; a low threshold makes most grams
# hot, so both ways a position can be stored (FTS5, packed) are exercised.
thresholds = st.sampled_from([2, 5, HOT_MINIMUM[1]])


def hot_from(threshold: int) -> mock._patch_dict:
    """Index with this hot threshold for characters and bigrams."""
    return mock.patch.dict(search_tokens.HOT_MINIMUM, {1: threshold, 2: threshold})


@st.composite
def corpus_and_terms(draw: st.DrawFn) -> tuple[dict[int, str], list[str]]:
    """Texts, plus substrings of them (some longer than a trigram) and a few free strings."""
    texts = draw(corpora)
    terms = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(st.sampled_from(sorted(texts.values())))
        if text:
            start = draw(st.integers(0, len(text) - 1))
            length = draw(st.integers(1, 12))
            terms.append(text[start : start + length])
    terms += draw(st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=6), max_size=2))
    return texts, terms or ["效"]


@given(corpus_and_terms(), thresholds, st.sampled_from([0, 24]))
def test_every_term_equals_the_scan(
    case: tuple[dict[int, str], list[str]], threshold: int, read_at_most: int
) -> None:
    texts, terms = case
    conn = new_index()
    with hot_from(threshold):
        index_texts(conn, texts)
    # 0: a Latin term's word starts come from the index (search_word_starts), else from texts.
    with mock.patch.object(search_word_starts, "_READ_AT_MOST", read_at_most):
        for term in terms:
            query = Query.literal(term)
            assert found(conn, texts, query) == scan(texts, query)


@given(corpus_and_terms(), thresholds, st.booleans(), st.data())
def test_several_terms_and_exclusions_equal_the_scan(
    case: tuple[dict[int, str], list[str]], threshold: int, per_document: bool, data: st.DataObject
) -> None:
    texts, terms = case
    conn = new_index()
    with hot_from(threshold):
        index_texts(conn, texts)
    positive = list(dict.fromkeys(Query.literal(term).terms[0] for term in terms))
    excluded = data.draw(st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=3), max_size=2))
    query = Query(text="", terms=tuple(positive), excluded=tuple(map(normalise, excluded)))
    with mock.patch.object(search_run, "_MERGE_AT_ONCE", 0 if per_document else 1 << 20):
        assert found(conn, texts, query) == scan(texts, query)


operations = st.lists(
    st.tuples(st.sampled_from(["index", "remove"]), st.integers(1, 5), texts_strategy),
    min_size=1,
    max_size=8,
)


@given(
    operations, st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=5), min_size=1, max_size=3)
)
def test_index_stays_in_step(steps: list[tuple[str, int, str]], terms: list[str]) -> None:
    conn = new_index()
    texts: dict[int, str] = {}
    for action, speech_id, text in steps:
        if action == "index":
            index_speech(conn, speech_id, text)
            texts[speech_id] = text
        else:
            remove_speech(conn, speech_id)
            texts.pop(speech_id, None)
        conn.commit()
        for term in terms:
            query = Query.literal(term)
            assert found(conn, texts, query) == scan(texts, query)
    for size in (1, 2, 3):
        table = f"search_gram{size}"
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 0)")
