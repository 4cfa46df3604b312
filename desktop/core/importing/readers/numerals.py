"""Numbers written the ways Word's list numbering writes them (w:numFmt): 3 → 三, c, ③, III…"""

from __future__ import annotations

from collections.abc import Callable

_CHINESE_DIGITS = "零一二三四五六七八九"
_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_CHINESE_UNITS = ("", "十", "百", "千")
_LEGAL_SIMPLIFIED_UNITS = ("", "拾", "佰", "仟")
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def chinese_number(
    value: int, digits: str = _CHINESE_DIGITS, units: tuple[str, ...] = _CHINESE_UNITS
) -> str:
    """``value`` in Chinese numerals: 10 → 十, 21 → 二十一, 105 → 一百零五, 20000 → 二万."""
    if value < 0:
        return "负" + chinese_number(-value, digits, units)
    if value < 10:
        return digits[value]
    if value >= 10_000:
        high, low = divmod(value, 10_000)
        rest = "" if low == 0 else ("零" if low < 1000 else "") + _below_10000(low, digits, units)
        return chinese_number(high, digits, units) + "万" + rest
    text = _below_10000(value, digits, units)
    # "一十二" is read and written "十二" (only when ten leads the number).
    return text[1:] if 10 <= value < 20 and digits is _CHINESE_DIGITS else text


def _below_10000(value: int, digits: str, units: tuple[str, ...]) -> str:
    text = ""
    zero_pending = False
    for power in (3, 2, 1, 0):
        digit = value // 10**power % 10
        if digit == 0:
            zero_pending = bool(text)
            continue
        if zero_pending:
            text += digits[0]
            zero_pending = False
        text += digits[digit] + units[power]
    return text


def _letters(value: int, alphabet: str) -> str:
    """Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated)."""
    if value < 1:
        return str(value)
    repeat, index = divmod(value - 1, len(alphabet))
    return alphabet[index] * (repeat + 1)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    text = ""
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        text += numeral * count
    return text


def _enclosed(value: int, first: int, last_value: int) -> str:
    """A character from a run of enclosed numbers (①…⑳), plain digits beyond the run."""
    return chr(first + value - 1) if 1 <= value <= last_value else str(value)


def _cycle(value: int, symbols: str) -> str:
    return symbols[(value - 1) % len(symbols)] if value >= 1 else str(value)


def _ideograph_digital(value: int) -> str:
    return "".join("〇一二三四五六七八九"[int(digit)] for digit in str(value))


def _full_width(value: int) -> str:
    return "".join(chr(0xFF10 + int(digit)) for digit in str(value))


def _ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda value: f"{value:02d}",
    "decimalFullWidth": _full_width,
    "decimalFullWidth2": _full_width,
    "decimalHalfWidth": str,
    "ordinal": _ordinal,
    "upperRoman": _roman,
    "lowerRoman": lambda value: _roman(value).lower(),
    "upperLetter": lambda value: _letters(value, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "lowerLetter": lambda value: _letters(value, "abcdefghijklmnopqrstuvwxyz"),
    "chineseCounting": chinese_number,
    "chineseCountingThousand": chinese_number,
    "japaneseCounting": chinese_number,
    "taiwaneseCounting": chinese_number,
    "taiwaneseCountingThousand": chinese_number,
    "ideographDigital": _ideograph_digital,
    "taiwaneseDigital": _ideograph_digital,
    "chineseLegalSimplified": lambda value: chinese_number(
        value, _LEGAL_SIMPLIFIED, _LEGAL_SIMPLIFIED_UNITS
    ),
    "ideographLegalTraditional": lambda value: chinese_number(
        value, _LEGAL_TRADITIONAL, _LEGAL_SIMPLIFIED_UNITS
    ),
    "ideographTraditional": lambda value: _cycle(value, _HEAVENLY_STEMS),
    "ideographZodiac": lambda value: _cycle(value, _EARTHLY_BRANCHES),
    "decimalEnclosedCircle": lambda value: _enclosed(value, 0x2460, 20),
    "decimalEnclosedCircleChinese": lambda value: _enclosed(value, 0x2460, 20),
    "ideographEnclosedCircle": lambda value: _enclosed(value, 0x3280, 10),
    "decimalEnclosedFullstop": lambda value: _enclosed(value, 0x2488, 20),
    "decimalEnclosedParen": lambda value: _enclosed(value, 0x2474, 20),
    "none": lambda value: "",
}


def format_number(value: int, number_format: str) -> str:
    """``value`` in Word's ``number_format`` (a w:numFmt value); unknown formats as decimal."""
    return _FORMATS.get(number_format, str)(value)
