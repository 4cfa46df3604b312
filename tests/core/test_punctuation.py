"""Tests for desktop/core/punctuation.py: full-width punctuation in Chinese context."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.core.punctuation import FULLWIDTH, is_cjk, to_fullwidth


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今天,市委、市政府在这里召开", "今天，市委、市政府在这里召开"),
        ("我们要问:为什么?", "我们要问：为什么？"),
        ("决不罢休!", "决不罢休！"),
        ("一是抓落实;二是抓督查", "一是抓落实；二是抓督查"),
        ("(一)加强领导", "（一）加强领导"),
        ("会议(2024年)召开", "会议（2024年）召开"),
        ("会议(2024)召开", "会议（2024）召开"),
        ("截止8月31日,仅市效能办", "截止8月31日，仅市效能办"),
        ("增长2.85,比上年", "增长2.85，比上年"),
        ("“效能革命”,有的认为", "“效能革命”，有的认为"),
    ],
)
def test_latin_punctuation_next_to_chinese_becomes_full_width(text: str, expected: str) -> None:
    assert to_fullwidth(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "增长2.85个百分点",
        "上午8:30开会",
        "比例为1:50",
        "投资2,000万元",
        "He said: yes, (really) no!",
        "详见https://www.gov.cn/a,b?x=1;y=2页",
        "网址www.example.com:8080/path",
        "来信请寄admin@example.gov.cn谢谢",
        "",
    ],
)
def test_numbers_latin_sentences_and_addresses_are_left_alone(text: str) -> None:
    assert to_fullwidth(text) == text


def test_punctuation_after_a_url_in_chinese_is_converted() -> None:
    assert to_fullwidth("详见http://a.cn,谢谢") == "详见http://a.cn，谢谢"


def test_mixed_sentence_converts_only_the_chinese_part() -> None:
    text = "他说:Hello, world. 然后(笑)"
    assert to_fullwidth(text) == "他说：Hello, world. 然后（笑）"


def test_is_cjk() -> None:
    assert is_cjk("中")
    assert is_cjk("𠮷")
    assert is_cjk("，")
    assert not is_cjk("a")
    assert not is_cjk(",")


@given(st.text(alphabet=st.sampled_from(list("中文ab12 .,:;?!()“”𠮷/@w"))))
def test_length_and_other_characters_never_change(text: str) -> None:
    result = to_fullwidth(text)
    assert len(result) == len(text)
    for original, shown in zip(text, result, strict=True):
        assert shown == original or FULLWIDTH.get(original) == shown


@given(st.text(alphabet=st.sampled_from(list("Hello world 12.5 ,:;?!()"))))
def test_text_without_chinese_is_unchanged(text: str) -> None:
    assert to_fullwidth(text) == text


@given(st.text(alphabet="会议ab1:2,3@w.x/(h)t p!?;", max_size=60))
@example("会议h://a(会")  # "(" in a URL, by Chinese: left alone
def test_leaving_out_branches_that_cannot_match_converts_the_same(text: str) -> None:
    """A text with no ``://``, ``www.`` or ``@`` is looked at without the URL and address
    branches: it converts as it does with them all (a line ending in ``@://www.``, which none
    can match, turns them on and changes nothing before it)."""
    everything = to_fullwidth(text + "\n@://www.")
    assert to_fullwidth(text) == everything[: len(text)]
