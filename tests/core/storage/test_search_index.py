"""Search returns exactly what a plain substring scan of the normalised texts finds."""

from __future__ import annotations

import itertools
import random
import sqlite3

import pytest

from desktop.core.errors import CancelledError, QueryError
from desktop.core.storage import search_engine, search_run
from desktop.core.storage.search_index import (
    Query,
    index_note,
    index_speech,
    parse_query,
    rebuild_search_index,
    remove_note,
    remove_speech,
    search,
)
from desktop.core.storage.search_text import normalise
from desktop.core.storage.search_tokens import HOT_MINIMUM
from desktop.resources import sample_collection_path
from tests.core.storage.search_helpers import found, index_notes, index_texts, new_index, scan

TEXTS = {
    1: "在全市“效能革命”工作会上的讲话\n今天，市委、市政府在这里召开“效能革命”工作会。\n"
    "一、效能革命一抓到底的决心是坚定的。GDP增长7.5%，ＧＤＰ总量（1）第１项。",
    2: "效能革命，效能革命，效能革命！aaaa 2024年 2,024 Covid-19 covid\n\n（一）(一)  两个空格",
    3: '革命效能\n效能革命吧…… “提法”与"提法" 1+6规定、两集中、两到位\t制表',
    4: "",
    5: "效",
    7: "的" * (HOT_MINIMUM[1] + 5) + "效能的工作的" * HOT_MINIMUM[1] + "的的",
}

QUERIES = [
    # one character, two characters, common and rare
    "的", "效", "，", "、", "吧", "\n", " ", "\t",
    "效能", "革命", "的的", "aa", "20",
    # longer phrases, overlapping occurrences
    "效能革命", "效能革命，效能革命", "的效能的工作", "aaa", "在全市“效能革命”工作会上的讲话",
    # Latin and digits, case and width folded
    "gdp", "GDP", "ＧＤＰ", "7.5%", "2024年", "2,024", "covid", "COVID-19", "1+6",
    # punctuation in both widths
    ",", "（一）", "(一)", "（", "(", "：", "……", "“提法”", '"提法"', "、两到位",
    # nothing matches
    "量子", "效能革命啊", "zzz", "革命革命",
    # across line breaks and spaces
    "讲话\n今天", "  两个", "aaaa 2024",
]  # fmt: skip


def sample_paragraphs_for_tests() -> list[str]:
    """The sample collection's paragraphs."""
    lines = sample_collection_path().read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


@pytest.fixture(params=[1 << 20, 0], ids=["merge-at-once", "merge-per-document"])
def merge(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """Merge several terms' hits in one sort, or a document at a time (as for huge results)."""
    monkeypatch.setattr(search_run, "_MERGE_AT_ONCE", request.param)
    return request.param


@pytest.fixture
def conn() -> sqlite3.Connection:
    """The index of TEXTS."""
    connection = new_index()
    index_texts(connection, TEXTS)
    return connection


@pytest.mark.parametrize("text", QUERIES)
def test_literal_search_equals_scan(conn: sqlite3.Connection, text: str) -> None:
    query = Query.literal(text)
    assert found(conn, TEXTS, query) == scan(TEXTS, query)


@pytest.mark.parametrize(
    "text",
    [
        "效能 革命",
        "效能 的",
        "效能 -吧",
        "革命 -aaaa -量子",
        '"效能 革命" 讲话',
        "“提法” 两到位",
        '"“提法”"',
        "的 -效能",
        "效 能 革 命",
        "ＧＤＰ 第１项",
        "效能 zzz",
    ],
)
def test_parsed_query_equals_scan(conn: sqlite3.Connection, merge: int, text: str) -> None:
    query = parse_query(text)
    assert found(conn, TEXTS, query) == scan(TEXTS, query)


@pytest.mark.parametrize(
    "text",
    ["NEAR(a b)", "a AND b", "a OR b", "NOT a", "效能*", "^效能", "col:效能", "a:b", "'", "{a}"],
)
def test_fts5_syntax_in_a_query_is_plain_text(conn: sqlite3.Connection, text: str) -> None:
    query = parse_query(text)
    assert found(conn, TEXTS, query) == scan(TEXTS, query)


def test_hits_carry_offsets_into_the_canonical_text(conn: sqlite3.Connection) -> None:
    result = search(conn, "ＧＤＰ", text_loader=TEXTS.__getitem__)
    assert [TEXTS[hit.speech_id][hit.start : hit.end] for hit in result.hits] == ["GDP", "ＧＤＰ"]
    assert result.snippet(result.hits[1], width=3).line() == "5%， | ＧＤＰ | 总量（"


def test_sample_collection_paragraphs() -> None:
    paragraphs = sample_paragraphs_for_tests()
    texts = {
        number: "\n".join(paragraphs[number * 20 : number * 20 + 20]) for number in range(1, 6)
    }
    connection = new_index()
    index_texts(connection, texts)
    sample = "\n".join(texts.values())
    queries = [
        "的",
        "，",
        ",",
        "效能",
        "效能革命",
        "市委、市政府",
        "一抓到底",
        "（",
        "不达目的决不罢休",
    ]
    queries += [sample[start : start + length] for start, length in ((5, 1), (400, 7), (999, 12))]
    for text in queries:
        assert found(connection, texts, Query.literal(text)) == scan(texts, Query.literal(text))


def test_scope_to_some_speeches(conn: sqlite3.Connection) -> None:
    query = Query.literal("效能")
    result = search(conn, query, text_loader=TEXTS.__getitem__, speech_ids=[2, 3, 99])
    expected = [hit for hit in scan(TEXTS, query) if hit[0] in (2, 3)]
    assert [(hit.speech_id, hit.start, hit.end, hit.term) for hit in result.hits] == expected


def test_limit_keeps_the_first_hits_and_the_total(conn: sqlite3.Connection) -> None:
    query = Query.literal("效能")
    everything = scan(TEXTS, query)
    result = search(conn, query, text_loader=TEXTS.__getitem__, limit=3)
    assert [(hit.speech_id, hit.start, hit.end, hit.term) for hit in result.hits] == everything[:3]
    assert result.total == len(everything)
    assert len(search(conn, query, text_loader=TEXTS.__getitem__, limit=0).hits) == 0


def test_speech_counts_group_hits(conn: sqlite3.Connection) -> None:
    query = Query.literal("效能")
    result = search(conn, query, text_loader=TEXTS.__getitem__)
    expected: dict[int, int] = {}
    for speech_id, *_ in scan(TEXTS, query):
        expected[speech_id] = expected.get(speech_id, 0) + 1
    assert result.speech_counts() == list(expected.items())


def test_speech_counts_are_counted_once_and_handed_out_as_copies(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker counts them and the window's list asked again: ~60 ms on 10,000 speeches.
    result = search(conn, Query.literal("效能"), text_loader=TEXTS.__getitem__)
    counted = []
    count_documents = type(result.hits)._count_documents
    monkeypatch.setattr(
        type(result.hits),
        "_count_documents",
        lambda hits: counted.append(1) or count_documents(hits),
    )
    first = result.speech_counts()
    first.clear()
    assert result.speech_counts() == result.speech_counts() != []
    assert counted == [1]


def test_notes_are_searched_and_scoped(conn: sqlite3.Connection) -> None:
    notes = {"n-1": (1, "效能革命是一抓到底的"), "n-2": (2, "好句：效能"), "n-3": (3, "无关")}
    index_notes(conn, notes)
    result = search(conn, "效能", text_loader=TEXTS.__getitem__)
    # Note hits come by speech, then note (in the order they were indexed), then start.
    assert [(hit.annotation_id, hit.speech_id, hit.start) for hit in result.note_hits] == [
        ("n-1", 1, 0),
        ("n-2", 2, 3),
    ]
    assert result.snippet(result.note_hits[0], width=2).match == "效能"
    only_notes = search(conn, "效能", text_loader=TEXTS.__getitem__, notes_only=True)
    assert list(only_notes.hits) == []
    assert len(only_notes.note_hits) == 2
    scoped = search(conn, "效能", text_loader=TEXTS.__getitem__, notes_only=True, speech_ids=[1])
    assert [hit.annotation_id for hit in scoped.note_hits] == ["n-1"]
    remove_note(conn, "n-1")
    index_note(conn, "n-2", 2, "改了")
    assert (
        list(search(conn, "效能", text_loader=TEXTS.__getitem__, notes_only=True).note_hits) == []
    )


def test_index_stays_in_step_through_reindex_and_remove(conn: sqlite3.Connection) -> None:
    texts = dict(TEXTS)
    steps = [
        ("index", 8, "新的讲话：效能革命再动员，" + "的" * 40),
        ("index", 2, "改写后的文本，不再有那个词"),
        ("remove", 3, ""),
        ("index", 3, "革命效能 重新导入"),
        ("remove", 99, ""),
        ("index", 7, TEXTS[7] + "效能"),
        ("index", 7, TEXTS[7] + "效能"),  # unchanged: nothing to do
        ("remove", 1, ""),
    ]
    for action, speech_id, text in steps:
        if action == "index":
            index_speech(conn, speech_id, text)
            texts[speech_id] = text
        else:
            remove_speech(conn, speech_id)
            texts.pop(speech_id, None)
        conn.commit()
        for query_text in ("效能", "的", "效能革命", "革命", "，", "的的的"):
            query = Query.literal(query_text)
            assert found(conn, texts, query) == scan(texts, query), (action, speech_id, query_text)
    conn.execute("INSERT INTO search_gram1(search_gram1, rank) VALUES ('integrity-check', 0)")


def test_a_rolled_back_change_leaves_the_index_as_it_was(conn: sqlite3.Connection) -> None:
    before = found(conn, TEXTS, Query.literal("效能"))
    index_speech(conn, 1, "全部改掉")
    index_speech(conn, 42, "效能效能")
    remove_speech(conn, 2)
    conn.rollback()
    assert found(conn, TEXTS, Query.literal("效能")) == before


def test_special_characters_round_trip() -> None:
    texts = {1: "a\x00b\x1fc\x80d\x80\x80e \x1f\x1f", 2: "\x00" * 40 + "x\x80" * 40, 3: "\ud800z"}
    connection = new_index()
    index_texts(connection, texts)
    for text in (
        "\x00",
        "\x1f",
        "\x80",
        "\x80\x80",
        "c\x80d",
        "\x1f\x1f",
        "x\x80x",
        "\x00\x00x",
        "\ufffd",
    ):
        assert found(connection, texts, Query.literal(text)) == scan(texts, Query.literal(text))
    remove_speech(connection, 2)
    texts.pop(2)
    assert found(connection, texts, Query.literal("x")) == []


def test_long_speech_offsets_beyond_16_bits() -> None:
    text = "开头" + "的工作" * 30_000 + "结尾效能"
    texts = {1: text, 2: "效能"}
    connection = new_index()
    index_texts(connection, texts)
    for query_text in ("的", "结尾", "尾效能", "工作的工", "效能"):
        query = Query.literal(query_text)
        assert found(connection, texts, query) == scan(texts, query)


def test_normalisation_is_the_same_for_texts_and_queries(conn: sqlite3.Connection) -> None:
    assert normalise("ＧＤＰ（１）") == "gdp(1)"
    assert found(conn, TEXTS, "ｇｄｐ") == found(conn, TEXTS, "GDP")


def test_bad_query_text_raises_query_error(conn: sqlite3.Connection) -> None:
    with pytest.raises(QueryError):
        search(conn, '"unbalanced', text_loader=TEXTS.__getitem__)


def test_speech_ids_must_be_positive(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValueError, match="positive"):
        index_speech(conn, 0, "文本")


@pytest.fixture(params=["python", "sqlite"])
def verification(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Check long terms' trigrams in Python, or inside SQLite: both must give the scan."""
    ratio = float("inf") if request.param == "python" else 0.0
    monkeypatch.setattr(search_engine, "_FILTER_IN_SQLITE", ratio)
    return request.param


@pytest.mark.parametrize("text", [query for query in QUERIES if len(query) > 3])
def test_long_terms_both_ways(conn: sqlite3.Connection, verification: str, text: str) -> None:
    query = Query.literal(text)
    assert found(conn, TEXTS, query) == scan(TEXTS, query)


def test_a_near_miss_is_not_a_hit(verification: str) -> None:
    # Every trigram of the term is in the index. Speech 2 has the rarest one (cde) where the
    # others do not follow, and the trigrams at 0 and 4 together: the candidate it gives must be
    # dropped, and only a cover leaving no character out tells "abcXefg" apart.
    common = " ".join(["abc", "bcd", "def", "efg"] * 3)
    texts = {1: "abcdefg", 2: "XXcdeYY abcXefg", 3: common, 4: "xabcdefgabcdXfg"}
    connection = new_index()
    index_texts(connection, texts)
    for text in ("abcdefg", "abcdefgabcd", "bcdefga", "abcXefg"):
        assert found(connection, texts, Query.literal(text)) == scan(texts, Query.literal(text))


@pytest.mark.parametrize("length", range(1, 12))
def test_cheapest_cover_covers_every_character(length: int) -> None:
    rng = random.Random(length)
    for _ in range(50):
        costs = [rng.randint(1, 100) for _ in range(length)]
        cover = search_engine.cheapest_cover(costs)
        assert cover[0] == 0
        assert cover[-1] == length - 1
        assert all(later - earlier <= 3 for earlier, later in itertools.pairwise(cover))
        best = min(
            sum(costs[offset] for offset in subset)
            for size in range(1, length + 1)
            for subset in itertools.combinations(range(length), size)
            if subset[0] == 0
            and subset[-1] == length - 1
            and all(b - a <= 3 for a, b in itertools.pairwise(subset))
        )
        assert sum(costs[offset] for offset in cover) == best


def test_rebuild_from_the_index_own_copies(conn: sqlite3.Connection) -> None:
    index_notes(conn, {"n-1": (1, "效能革命的笔记")})
    before = {text: found(conn, TEXTS, Query.literal(text)) for text in ("效能", "的", "效能革命")}
    with pytest.raises(ValueError, match="transaction"):
        rebuild_search_index(conn)
    conn.execute("BEGIN")
    rebuild_search_index(conn)
    conn.commit()
    assert {text: found(conn, TEXTS, Query.literal(text)) for text in before} == before
    notes = search(conn, "笔记", text_loader=TEXTS.__getitem__, notes_only=True)
    assert [hit.annotation_id for hit in notes.note_hits] == ["n-1"]
    remove_speech(conn, 1)  # the rebuilt rows unindex with the same tokens
    texts = {key: value for key, value in TEXTS.items() if key != 1}
    assert found(conn, texts, Query.literal("效能")) == scan(texts, Query.literal("效能"))


def test_rebuild_reports_progress_and_can_be_cancelled(conn: sqlite3.Connection) -> None:
    conn.commit()
    before = found(conn, TEXTS, Query.literal("效能"))
    seen: list[tuple[int, int]] = []
    conn.execute("BEGIN")
    with pytest.raises(CancelledError):
        rebuild_search_index(
            conn,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: bool(seen),
        )
    conn.rollback()
    assert seen == [(1, len(TEXTS))]
    assert found(conn, TEXTS, Query.literal("效能")) == before


@pytest.fixture(params=["never", "always"])
def text_check(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Check the last candidates against the stored texts never, or as soon as possible."""
    if request.param == "never":
        monkeypatch.setattr(search_engine, "_TEXT_CHECK_CANDIDATES", -1)
    else:
        monkeypatch.setattr(search_engine, "_TEXT_SECONDS", 0.0)
    return request.param


def test_long_terms_and_near_misses(verification: str, text_check: str) -> None:
    paragraph = max(sample_paragraphs_for_tests(), key=len)
    passage = paragraph[:300]
    middle = len(passage) // 2
    near_miss = passage[:middle] + "★" + passage[middle + 1 :]
    texts = {1: passage, 2: near_miss, 3: near_miss + passage, 4: paragraph}
    connection = new_index()
    index_texts(connection, texts)
    index_notes(connection, {"n-1": (1, passage[50:150])})
    for length in (4, 20, 60, 150, 300):
        for start in (0, middle - length // 2):
            query = Query.literal(passage[start : start + length])
            assert found(connection, texts, query) == scan(texts, query), (length, start)
    notes = search(connection, Query.literal(passage[60:140]), text_loader=texts.__getitem__)
    assert [hit.annotation_id for hit in notes.note_hits] == ["n-1"]
