"""Word's number formats: Chinese counting, legal numerals, letters, Roman, enclosed digits."""

from __future__ import annotations

import pytest

from desktop.core.importing.readers.numerals import chinese_number, format_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (21, "二十一"),
        (100, "一百"),
        (101, "一百零一"),
        (110, "一百一十"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (10000, "一万"),
        (10001, "一万零一"),
        (12345, "一万二千三百四十五"),
    ],
)
def test_chinese_counting(value: int, expected: str) -> None:
    assert chinese_number(value) == expected
    assert format_number(value, "chineseCounting") == expected
    assert format_number(value, "chineseCountingThousand") == expected


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (12, "chineseLegalSimplified", "壹拾贰"),
        (3, "ideographLegalTraditional", "參"),
        (3, "ideographTraditional", "丙"),
        (11, "ideographTraditional", "甲"),
        (1, "ideographZodiac", "子"),
        (3, "decimalEnclosedCircle", "③"),
        (20, "decimalEnclosedCircle", "⑳"),
        (21, "decimalEnclosedCircle", "21"),
        (2, "decimalEnclosedParen", "⑵"),
        (2, "decimalEnclosedFullstop", "⒉"),
        (12, "decimalFullWidth", "１２"),
        (105, "ideographDigital", "一〇五"),
        (1, "lowerLetter", "a"),
        (27, "lowerLetter", "aa"),
        (28, "upperLetter", "BB"),
        (1994, "upperRoman", "MCMXCIV"),
        (4, "lowerRoman", "iv"),
        (7, "decimalZero", "07"),
        (2, "ordinal", "2nd"),
        (13, "ordinal", "13th"),
        (5, "none", ""),
        (5, "someFutureFormat", "5"),
    ],
)
def test_other_formats(value: int, number_format: str, expected: str) -> None:
    assert format_number(value, number_format) == expected
