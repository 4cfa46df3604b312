"""Sentence boundaries: what Ctrl+click and Select Sentence select in the reader."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.sentences import sentence_at, sentences_in, whole_sentences


def _sentences(paragraph: str) -> list[str]:
    return [paragraph[s:e] for s, e in sentences_in(paragraph, 0, len(paragraph))]


def _at(text: str, word: str) -> str:
    span = sentence_at(text, text.index(word))
    assert span is not None
    return text[span[0] : span[1]]


def test_chinese_sentences_end_at_their_marks_with_the_closing_quotes() -> None:
    assert _sentences("今天开会,研究问题。他说：“我们要努力！”大家同意吗？是的……真好。") == [
        "今天开会,研究问题。",
        "他说：“我们要努力！”",
        "大家同意吗？",
        "是的……",
        "真好。",
    ]


def test_an_end_mark_that_a_clause_goes_on_from_ends_nothing() -> None:
    assert _sentences("发展经济、改善民生……等方面，都要抓。引用“……”。再说。") == [
        "发展经济、改善民生……等方面，都要抓。",
        "引用“……”。",
        "再说。",
    ]


def test_semicolons_keep_parallel_clauses_together_but_part_list_points() -> None:
    assert _sentences("发展是第一要务；人才是第一资源；创新是第一动力。") == [
        "发展是第一要务；人才是第一资源；创新是第一动力。"
    ]
    assert _sentences("要做到三点：一是加强学习；二是改进作风；三是狠抓落实。") == [
        "要做到三点：",
        "一是加强学习；",
        "二是改进作风；",
        "三是狠抓落实。",
    ]
    assert _sentences("工作有两项：（一）抓学习；（二）抓落实。") == [
        "工作有两项：",
        "（一）抓学习；",
        "（二）抓落实。",
    ]


def test_a_heading_or_a_line_without_an_end_mark_is_one_sentence() -> None:
    text = "讲话\n一、统一思想，提高认识\n正文。"
    assert _at(text, "统一") == "一、统一思想，提高认识"
    assert _at(text, "讲话") == "讲话"


def test_a_sentence_never_crosses_a_paragraph() -> None:
    text = "没有句号的一段\n下一段。"
    assert _at(text, "没有") == "没有句号的一段"
    assert _at(text, "下一段") == "下一段。"
    assert sentence_at(text, text.index("\n")) == (0, text.index("\n")), "the line's end"
    assert sentence_at("甲。\n\n乙。", 3) is None, "an empty paragraph holds none"


def test_latin_sentences_end_at_a_stop_before_a_space() -> None:
    assert _sentences("He said hello. Mr. Smith came e.g. today! Is it 3.5? 1. First. Done") == [
        "He said hello.",
        "Mr. Smith came e.g. today!",
        "Is it 3.5?",
        "1. First.",
        "Done",
    ]
    assert _sentences("好吗?我们走!") == ["好吗?", "我们走!"], "half-width marks in Chinese"


def test_offsets_count_an_astral_character_as_one() -> None:
    text = "𠮷祥的开头。第二句话。"
    start = text.index("第二")
    assert sentence_at(text, start + 1) == (start, len(text))
    assert start == 6, "𠮷 is one str index (two UTF-16 units in Qt)"
    assert sentence_at(text, 0) == (0, 6)


def test_between_sentences_the_one_before_is_taken() -> None:
    text = "One.  Two."
    assert sentence_at(text, 5) == (0, 4)
    assert sentence_at(text, len(text)) == (6, 10)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(2, 3, (0, 3)), (1, 5, (0, 6)), (4, 4, (3, 6)), (0, 6, (0, 6))],
)
def test_whole_sentences_widens_a_range_to_the_sentences_it_touches(
    start: int, end: int, expected: tuple[int, int]
) -> None:
    assert whole_sentences("甲乙。丙丁。", start, end) == expected


def test_whole_sentences_keeps_a_range_over_paragraphs_and_widens_its_ends() -> None:
    text = "一句。二句。\n三句。四句。"
    assert whole_sentences(text, 4, 9) == (3, 10)
    assert whole_sentences(text, 6, 9) == (7, 10), "from the line's end: nothing of that line"
    assert whole_sentences(text, 1, 7) == (0, 6), "to the next line's start: nothing of it"


@given(st.text(alphabet="甲乙。！？…；：一是（）”“.!? \nab1", max_size=40), st.data())
def test_a_sentence_holds_its_offset_within_its_paragraph(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    span = sentence_at(text, offset)
    if span is None:
        return
    start, end = span
    assert 0 <= start < end <= len(text)
    assert "\n" not in text[start:end]
    assert not text[start].isspace()
    assert not text[end - 1].isspace()
    paragraph_start = text.rfind("\n", 0, offset) + 1
    assert start >= paragraph_start


def test_a_break_ends_a_sentence_where_no_mark_does() -> None:
    # A heading glued to its paragraph's text (the reader names where it ends).
    text = "一、决心是坚定的现在,有些领导没有认识。这些都是误解。"
    glued = text.index("现在")
    first = text.index("。") + 1
    assert sentences_in(text, 0, len(text)) == [(0, first), (first, len(text))]
    assert sentences_in(text, 0, len(text), [glued]) == [
        (0, glued),
        (glued, first),
        (first, len(text)),
    ]
    assert sentence_at(text, glued + 3, [glued]) == (glued, first)
    assert whole_sentences(text, 2, 4, [glued]) == (0, glued)
    # A break at a mark's own end, or outside the paragraph, changes nothing.
    assert sentences_in(text, 0, len(text), [first, len(text) + 5]) == sentences_in(
        text, 0, len(text)
    )
