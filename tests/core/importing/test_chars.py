"""Character classes and counts: counting by runs agrees with judging each character."""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.importing.chars import (
    HAN_RE,
    NUMERAL_MAX,
    cn_number,
    display_width,
    either_script,
    either_script_words,
    han_count,
    has_readable,
    holds_any,
    is_han,
    matched_length,
    number_value,
)

# Chinese text with Latin, digits, punctuation of both widths, spaces and a supplementary ideograph.
_MIXED = st.text(alphabet=st.sampled_from("中文效能革命〇𠮷、，。（）()“”Ab1９ 　\n—…Ａﾊ가"))


@given(_MIXED)
def test_han_count_counts_each_ideograph(text: str) -> None:
    assert han_count(text) == sum(1 for char in text if is_han(char))


@given(st.text())
def test_han_count_on_any_text(text: str) -> None:
    assert han_count(text) == len(HAN_RE.findall(text))


@given(_MIXED)
def test_display_width_counts_wide_characters_twice(text: str) -> None:
    wide = re.compile(
        r"[\u3000-\u303e\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff00-\uff60\U00020000-\U0003fffd]"
    )
    wide_count = sum(1 for char in text if wide.match(char))
    # East Asian Ambiguous marks (“”—…) are full width beside Chinese, narrow without it
    ambiguous = sum(1 for char in text if char in "“”—…") if wide_count else 0
    assert display_width(text) == len(text) + wide_count + ambiguous


def test_display_width_of_a_plain_line() -> None:
    assert display_width("效能 ab") == 7


def test_quotes_are_full_width_in_chinese_and_narrow_in_english() -> None:
    assert display_width("“效能革命”") == 12
    assert display_width("“Hello” — he said… ‘yes’") == len("“Hello” — he said… ‘yes’")


def test_a_chinese_line_is_measured_without_a_lookup_per_character(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # display_width measures every line of a file to find its wrap: in a Chinese line only
    # the few characters neither ASCII nor wide (“”—①) are looked up, not each of its Han
    looked: list[str] = []
    width_of = unicodedata.east_asian_width
    monkeypatch.setattr(unicodedata, "east_asian_width", lambda c: looked.append(c) or width_of(c))
    line = "同志们，“效能革命”——①要抓落实，2024年"
    assert display_width(line) == 2 * len(line) - len("2024")
    assert sorted(looked) == sorted("“”——①")


def test_a_wide_character_of_the_ambiguous_class_is_two_columns_not_three() -> None:
    # ㉈ (U+3248, circled 10 on black square) is East Asian Ambiguous within the wide range
    assert display_width("中㉈") == 4


@given(st.text(alphabet="ab c"))
def test_matched_length_is_the_length_covered_by_the_runs(text: str) -> None:
    assert matched_length(re.compile("[ab]+"), text) == text.count("a") + text.count("b")


_IMPORTING = Path(__file__).parents[3] / "desktop" / "core" / "importing"
_FORMS_LIST = Path(__file__).with_name("traditional_forms.txt")


def _traditional_forms() -> dict[str, list[str]]:
    """The simplified characters of the OpenCC-derived list and their traditional forms."""
    lines = _FORMS_LIST.read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    return {simplified: forms.split() for simplified, forms in rows}


def _either_script_literals() -> Iterator[tuple[str, str]]:
    """``(where, literal)`` for every string literal that reaches an ``either_script`` (or
    ``either_script_words``) call in
    the importing package: its argument's, and those of the module-level names and the
    comprehension iterables the argument uses (``either_script(_THANKS_PATTERN)``)."""
    for path in sorted(_IMPORTING.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sources: dict[str, list[ast.expr]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and node in tree.body:
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        sources.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.comprehension) and isinstance(node.target, ast.Name):
                sources.setdefault(node.target.id, []).append(node.iter)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in _BUILDERS:
                where = f"{path.name}:{node.lineno}"
                yield from ((where, text) for text in _literals(node.args[0], sources, set()))


def _literals(node: ast.expr, sources: dict[str, list[ast.expr]], seen: set[str]) -> Iterator[str]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.value
        elif isinstance(sub, ast.Name) and sub.id in sources and sub.id not in seen:
            seen.add(sub.id)
            for value in sources[sub.id]:
                yield from _literals(value, sources, seen)


_BUILDERS = {"either_script", "either_script_words"}
_LITERALS = list(_either_script_literals())


def test_the_either_script_patterns_are_found() -> None:
    wheres = {where.split(":")[0] for where, _ in _LITERALS}
    assert {"chair.py", "fields.py", "lines.py", "noise.py", "page_chrome.py"} <= wheres
    literals = "".join(text for _, text in _LITERALS)
    # through a module-level name, an f-string's name and a comprehension's iterable
    for literal in ("刚才[^", "嘉宾", "组配分类"):
        assert literal in literals


def test_every_character_of_an_either_script_pattern_matches_its_traditional_forms() -> None:
    forms = _traditional_forms()
    missing = sorted(
        {
            f"{char}→{form} ({where})"
            for where, text in _LITERALS
            for char in text
            for form in forms.get(char, ())
            if re.fullmatch(either_script(char), form) is None
        }
    )
    assert missing == []


_CLASS = re.compile(r"(?<!\\)\[(?:\\.|[^\]\\])*\]")


def test_no_character_with_another_form_stands_in_a_class_of_an_either_script_pattern() -> None:
    forms = _traditional_forms()
    inside = {
        (where, char)
        for where, text in _LITERALS
        for found in _CLASS.finditer(text)
        for char in found.group()
        if char in forms
    }
    assert inside == set()


@pytest.mark.parametrize(("simplified", "traditional"), [("讲话", "講話"), ("书记", "書記")])
def test_either_script_matches_both_scripts(simplified: str, traditional: str) -> None:
    pattern = re.compile(either_script(simplified))
    assert pattern.fullmatch(simplified)
    assert pattern.fullmatch(traditional)


def test_either_script_words_match_each_word_in_either_script_and_nothing_else() -> None:
    pattern = re.compile(either_script_words("讲话|发言|主持词"))
    found = [m.group() for m in pattern.finditer("讲话 講話 发言 發言 主持詞 讲言 发话 主持 持词")]
    assert found == ["讲话", "講話", "发言", "發言", "主持詞"]


def test_numbers_as_long_as_a_year_or_a_heading_number_are_read() -> None:
    assert cn_number("二〇二四") == 2024
    assert cn_number("一百二十三") == 123
    assert number_value("１９５５") == 1955


@pytest.mark.parametrize("digit", ["一", "1", "１", "十"])
def test_a_run_of_digits_longer_than_any_number_is_not_a_number(digit: str) -> None:
    # a line of 一一一… or 111… must not be read as one huge number: that is quadratic
    # (Chinese) or refused by int() beyond 4300 digits (Arabic)
    assert number_value(digit * NUMERAL_MAX) is not None
    assert number_value(digit * (NUMERAL_MAX + 1)) is None
    assert number_value(digit * 10_000) is None


@given(st.text(alphabet=st.sampled_from(" \t\n\r\u3000\x00\x1a\x0b\u200b\ufeff\ufffd\ue000")))
def test_whitespace_controls_and_replacement_characters_are_not_readable(text: str) -> None:
    assert not has_readable(text)


@pytest.mark.parametrize("char", ["中", "A", "1", "，", "𠮷", "—"])
def test_a_letter_digit_or_mark_is_readable(char: str) -> None:
    assert has_readable(f"\ufffd {char}\x00")


@given(_MIXED, st.lists(st.text(alphabet="中文、（ 　A", max_size=3), max_size=4))
def test_holds_any_is_any_piece_in_the_text(text: str, pieces: list[str]) -> None:
    assert holds_any(text, pieces) is any(piece in text for piece in pieces)
    assert holds_any(text, " 　") is (" " in text or "　" in text)
