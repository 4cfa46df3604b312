"""Parsing search queries: terms, phrases, exclusions, and the errors a user can read."""

from __future__ import annotations

import pytest

from desktop.core.errors import QueryError
from desktop.core.storage.search_query import Query, parse_query


@pytest.mark.parametrize(
    ("text", "terms", "excluded"),
    [
        ("效能", ("效能",), ()),
        ("效能 革命", ("效能", "革命"), ()),
        ("  效能\t革命\n", ("效能", "革命"), ()),
        ("效能　革命", ("效能", "革命"), ()),  # the ideographic space separates terms too
        ('"效能 革命"', ("效能 革命",), ()),
        ("“效能 革命”", ("效能 革命",), ()),
        ('"“效能革命”"', ("“效能革命”",), ()),  # Chinese quotes are literal inside ASCII ones
        ('“"quoted"”', ('"quoted"',), ()),
        ("效能 -革命", ("效能",), ("革命",)),
        ('效能 -"革命 工作"', ("效能",), ("革命 工作",)),
        ("效能 －革命", ("效能",), ("革命",)),  # a full-width minus excludes too
        ("1-2", ("1-2",), ()),
        ("- 效能", ("-", "效能"), ()),  # a lone minus is an ordinary character
        ("效能 效能", ("效能",), ()),
        ("ＧＤＰ", ("gdp",), ()),
        ("，", (",",), ()),
        ("（一）", ("(一)",), ()),
        ("＂效能 革命＂", ("效能 革命",), ()),  # full-width ASCII quotes quote
    ],
)
def test_parse_query(text: str, terms: tuple[str, ...], excluded: tuple[str, ...]) -> None:
    query = parse_query(text)
    assert query.terms == terms
    assert query.excluded == excluded
    assert query.text == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   \n\t　", "empty"),
        ("-效能", "only-exclusions"),
        ("-效能 -革命", "only-exclusions"),
        ('"效能', "unbalanced-quote"),
        ("“效能", "unbalanced-quote"),
        ('“效能"', "unbalanced-quote"),
        ("效能”", "unbalanced-quote"),
        ("”效能", "unbalanced-quote"),
        ('效"能"', "misplaced-quote"),
        ('""', "empty-phrase"),
        ("“”", "empty-phrase"),
    ],
)
def test_bad_queries_raise_query_error(text: str, code: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse_query(text)
    assert raised.value.code == code
    assert str(raised.value)  # one readable line
    assert "\n" not in str(raised.value)


def test_literal_query_keeps_spaces_and_quotes() -> None:
    query = Query.literal('Ａ "b" “c”')
    assert query.terms == ('a "b" “c”',)
    with pytest.raises(QueryError):
        Query.literal("")


def test_query_needs_a_term() -> None:
    with pytest.raises(QueryError):
        Query(text="", terms=())


@pytest.mark.parametrize("pasted", ["意见。\r\n一、", "意见。\n\n一、", "意见。\r\n　　一、"])
def test_a_paragraph_break_in_a_phrase_is_the_texts_one(pasted: str) -> None:
    assert parse_query(f'"{pasted}"').terms == ("意见。\n一、",)


def test_a_phrase_of_line_breaks_alone_is_empty() -> None:
    with pytest.raises(QueryError) as raised:
        parse_query('"\r\n"')
    assert raised.value.code == "empty-phrase"
