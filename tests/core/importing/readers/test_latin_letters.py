"""Tests for desktop.core.importing.readers.latin_letters."""

from __future__ import annotations

import pytest

from desktop.core.importing.readers.latin_letters import implausible


@pytest.mark.parametrize(
    "text",
    [
        "The café’s “Open Day” – a naïve façade…",
        "Þetta er íslenskur texti með ð og þ, já.",
        "Bugün ağaçların altında oturduk ve İstanbul'u konuştuk.",
        "Pan Łukasz źle się czuł, więc żona przyniosła mu herbatę.",
        "¿Qué tal? Está bien, mañana 25 °C.",
    ],
)
def test_a_language_written_in_its_own_letters_is_plausible(text: str) -> None:
    assert implausible(text) == 0


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("Bugün aðaçlarýn altýnda oturduk ve Ýstanbul'u konuþtuk.", 2),  # Turkish as cp1252
        ("Pan £ukasz Ÿle siê czu³, wiêc ¿ona przynios³a mu herbatê.", 2),  # Polish as cp1252
    ],
)
def test_letters_of_two_languages_or_symbols_glued_to_letters_are_not(
    text: str, at_least: int
) -> None:
    assert implausible(text) >= at_least
