"""Tests for desktop/core/text_templates.py: numbered places filled in one pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text_templates import fill


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
