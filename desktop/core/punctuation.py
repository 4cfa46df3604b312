"""Show Latin punctuation in Chinese context as full-width (GB/T 15834), keeping the length.

Imported speeches often mix half-width ``, : ; ? ! ( )`` into Chinese sentences. The reader can
show them as ``，：；？！（）``. This is a display option: every replacement is one character for
one character, so offsets into the canonical text stay valid (DESIGN.md, "Text and offsets").
Left alone: numbers (2,000 and 8:30), Latin sentences, URLs and e-mail addresses.
"""

from __future__ import annotations

import re
from functools import cache

FULLWIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
FULLWIDTH_MARKS = "".join(FULLWIDTH.values())
"""The marks the option shows, as the UI lists them (the menu's tip and Preferences alike)."""

_CJK_CLASS = (
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
# Quotation marks and ellipses appear in both scripts: look past them to decide the context.
_NEUTRAL = frozenset("\"'“”‘’…—")
_URLS = r"(?:[A-Za-z][A-Za-z0-9+.\-]*://|www\.)[\x21-\x7e]*"
_EMAILS = r"[\w.+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
_NUMBERS = (
    r"\d:\d\d"  # times such as 8:30 and ratios such as 1:50 (tests below keep both)
    r"|\d,\d\d\d"  # thousands separators
)
# A URL match ends before trailing punctuation, as linkifiers do: "见http://a.cn," ends at "n".
_URL_TRAILING = ",.;:!?)'\""


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The CJK class and the marks, compiled on first use: the window's first frame names the
    marks above (the View menu's tip) but converts nothing (~3.5 ms to compile)."""
    return re.compile(_CJK_CLASS), re.compile("[" + re.escape("".join(FULLWIDTH)) + "]")


@cache
def _protected_pattern(urls: bool, emails: bool) -> re.Pattern[str]:
    """The spans left alone: URLs, e-mail addresses, times and numbers. A text with no ``://``
    or ``www.`` holds no URL, one with no ``@`` no address: their branches are left out, which
    finds the same spans (a branch that cannot match never takes one from another) much
    faster in Chinese prose, where ``\\w+@`` was tried at every character."""
    branches = [_URLS] * urls + [_EMAILS] * emails + [_NUMBERS]
    return re.compile("|".join(branches))


def is_cjk(char: str) -> bool:
    """True for a Han character, kana, bopomofo or CJK/full-width punctuation."""
    return bool(_patterns()[0].match(char))


def to_fullwidth(text: str) -> str:
    """``text`` with Latin ``, : ; ? ! ( )`` next to Chinese shown full-width; same length."""
    # Only the marks are looked at (found in C): a long report holds a few thousand of them in
    # 300,000 characters, and a loop over every character cost the reader ~100 ms a toggle.
    marks = [match.start() for match in _patterns()[1].finditer(text)]
    if not marks:
        return text
    protected = _protected_positions(text)
    chars = list(text)
    converted = {
        index for index in marks if index not in protected and _in_chinese_context(text, index)
    }
    parentheses = [index for index in marks if text[index] in "()"]
    converted |= _partners_of_converted_parentheses(text, parentheses, converted, protected)
    for index in converted:
        chars[index] = FULLWIDTH[text[index]]
    result = "".join(chars)
    assert len(result) == len(text), "full-width display must keep every offset"
    return result


def _protected_positions(text: str) -> set[int]:
    positions: set[int] = set()
    pattern = _protected_pattern("://" in text or "www." in text, "@" in text)
    for match in pattern.finditer(text):
        end = match.end()
        if match.group().startswith(("www.", "http")) or "://" in match.group():
            while end > match.start() and text[end - 1] in _URL_TRAILING:
                end -= 1
        positions.update(range(match.start(), end))
    return positions


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest character in direction ``step`` that is not a neutral quote or dash."""
    index += step
    while 0 <= index < len(text) and text[index] in _NEUTRAL:
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _in_chinese_context(text: str, index: int) -> bool:
    # GB/T 15834 sets parentheses in Chinese text full-width whatever they enclose, so one
    # Chinese neighbour is enough for every mark (and the pair rule below completes the other).
    return is_cjk(_neighbour(text, index, -1)) or is_cjk(_neighbour(text, index, 1))


def _partners_of_converted_parentheses(
    text: str, parentheses: list[int], converted: set[int], protected: set[int]
) -> set[int]:
    """Matching parentheses change together, so ``会议(2024)召开`` reads ``会议（2024）召开``."""
    partners: set[int] = set()
    stack: list[int] = []
    for index in parentheses:  # the offsets of every ( and ), in order
        if index in protected:
            continue
        char = text[index]
        if char == "(":
            stack.append(index)
        elif char == ")" and stack:
            opening = stack.pop()
            if opening in converted or index in converted:
                partners.update((opening, index))
    return partners
