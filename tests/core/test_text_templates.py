"""Tests for desktop/core/text_templates.py: numbered places filled in one pass, and the
rule that names a speech in a list."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text_templates import (
    ENGLISH_SPEECH_LABEL_WORDS,
    SpeechLabelWords,
    Template,
    fill,
    mixes_collections,
    shown_speech_number,
)


def test_places_are_filled_in_their_order_of_number() -> None:
    assert fill("“%2” in %1", "集", "题") == "“题” in 集"


def test_a_value_holding_a_place_stays_as_written() -> None:
    assert fill("%1 (%2)", "%2", "3") == "%2 (3)"
    assert fill("Renamed “%1” to “%2”.", "50%2", "%1") == "Renamed “50%2” to “%1”."


def test_a_place_beyond_the_values_stays() -> None:
    assert fill("%1 %3", "a") == "a %3"


@given(st.text(), st.text())
def test_any_two_values_come_back_whole(first: str, second: str) -> None:
    assert fill("%1|%2", first, second) == f"{first}|{second}"


@given(st.text(), st.text(), st.text())
def test_a_split_template_fills_as_fill_does(template: str, first: str, second: str) -> None:
    assert Template(template).fill(first, second) == fill(template, first, second)


CHINESE = SpeechLabelWords.of("第%1篇", "%1 · %2", "%1 › %2")


def test_a_numbered_speech_is_named_number_first() -> None:
    assert ENGLISH_SPEECH_LABEL_WORDS.label("讲话", 3) == "No. 3 · 讲话"
    assert CHINESE.label("讲话", 3) == "第3篇 · 讲话"


def test_a_speech_without_a_number_is_named_by_its_title() -> None:
    assert ENGLISH_SPEECH_LABEL_WORDS.label("讲话") == "讲话"


def test_the_collection_comes_before_the_numbered_title() -> None:
    assert CHINESE.label("讲话", 2, "文集") == "文集 › 第2篇 · 讲话"


def test_a_collection_named_by_its_speech_is_not_said_twice() -> None:
    assert ENGLISH_SPEECH_LABEL_WORDS.label("讲话", 0, " 讲话 ") == "讲话"
    assert ENGLISH_SPEECH_LABEL_WORDS.label("讲话", 1, "讲话") == "讲话 › No. 1 · 讲话"


def test_the_words_come_from_the_caller() -> None:
    words = SpeechLabelWords.of("#%1", "%1: %2", "%2 (%1)")
    assert words.label("T", 4, "C") == "#4: T (C)"


def test_a_title_first_name_brackets_the_number_and_collection_after_the_title() -> None:
    words = ENGLISH_SPEECH_LABEL_WORDS
    assert words.title_first("讲话", 5, "汇编") == "讲话 (No. 5, 汇编)"
    assert words.title_first("讲话", 5) == "讲话 (No. 5)"
    assert words.title_first("讲话", 0, "汇编") == "讲话 (汇编)"
    assert words.title_first("讲话") == "讲话"
    assert words.title_first("讲话", 0, " 讲话 ") == "讲话", "a file of one speech: named once"
    chinese = SpeechLabelWords.of("第%1篇", "%1 · %2", "%1 › %2", "%1（%2）", "%1，%2")
    assert chinese.title_first("讲话", 5, "汇编") == "讲话（第5篇，汇编）"
    assert chinese.title_first("讲话%2", 5, "%1汇编") == "讲话%2（第5篇，%1汇编）"


def test_only_a_speech_with_siblings_shows_its_number() -> None:
    assert shown_speech_number(5, 6) == 5
    assert shown_speech_number(1, 1) == 0
    assert shown_speech_number(1, 0) == 0


def test_speeches_name_their_collection_when_they_come_from_several() -> None:
    assert mixes_collections([1, 2, 1])
    assert not mixes_collections([4, 4])
    assert not mixes_collections([])
