"""Choosing among 8-bit code pages: the detector's measures, Windows-1252 where they tie."""

from __future__ import annotations

import pytest

from desktop.core.importing.readers.code_pages import Guess, choose_code_page, is_single_byte

_FRENCH = "L’été à Paris : « très réussi » – naïve façade.\n".encode("cp1252")


@pytest.mark.parametrize(
    ("encoding", "single"),
    [
        ("cp1252", True),
        ("cp1250", True),
        ("koi8-r", True),
        ("mac-latin2", True),
        ("gb18030", False),
        ("big5", False),
        ("utf-8", False),
        ("utf-16-le", False),
        ("hz", False),  # ASCII-looking, but shifts into GB2312
        ("iso2022-jp", False),
        ("no-such-codec", False),
    ],
)
def test_single_byte_code_pages(encoding: str, single: bool) -> None:
    assert is_single_byte(encoding) is single


def test_windows_1252_wins_a_tie_and_the_tie_is_reported() -> None:
    guesses = [Guess("cp1250", 0.0, 0.52), Guess("cp1252", 0.0, 0.52), Guess("cp1257", 0.0, 0.5)]
    choice = choose_code_page(guesses, _FRENCH)
    assert choice is not None
    assert (choice.encoding, choice.rivals) == ("cp1252", ("cp1250", "cp1257"))


def test_a_code_page_whose_letters_fit_a_language_clearly_better_wins() -> None:
    guesses = [Guess("cp1257", 0.0, 0.92), Guess("cp1252", 0.0, 0.75)]
    choice = choose_code_page(guesses, "Užsienio reikalų ministras lankėsi.".encode("cp1257"))
    assert choice is not None
    assert (choice.encoding, choice.rivals) == ("cp1257", ())


def test_windows_1252_reading_a_non_latin_script_as_accents_loses() -> None:
    # Russian bytes read as cp1252 are all accented letters (Ìèíèñòð): no Latin text.
    data = "Министр посетил Пекин.".encode("cp1251")
    guesses = [Guess("cp1251", 0.0, 0.7), Guess("cp1252", 0.0, 0.7)]
    choice = choose_code_page(guesses, data)
    assert choice is not None
    assert choice.encoding == "cp1251"


def test_a_candidate_that_cannot_decode_the_bytes_is_left_out() -> None:
    data = b"caf\xe9 \x81"  # 0x81 is undefined in cp1252, a letter (Ѓ) in cp1251
    guesses = [Guess("cp1252", 0.0, 0.5), Guess("cp1251", 0.0, 0.5)]
    choice = choose_code_page(guesses, data)
    assert choice is not None
    assert choice.encoding == "cp1251"
    assert choose_code_page([Guess("cp1252", 0.0, 0.5)], data) is None
