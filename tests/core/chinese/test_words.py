"""The word under a position: double-click and shift-double-click selection."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.words import (
    WordAt,
    extend_by_words,
    simple_word_at,
    word_at,
    word_step,
)
from desktop.resources import sample_collection_path

TEXT = "今天，市委、市政府召开“效能革命”工作会，研究并联审批。\n下一段。"


def test_the_middle_of_a_dictionary_word_selects_it_whole(segmenter: Segmenter) -> None:
    start = TEXT.index("效能革命")
    for offset in range(start, start + 4):
        assert word_at(TEXT, offset, segmenter) == (start, start + 4)


def test_punctuation_and_the_end_of_the_text(segmenter: Segmenter) -> None:
    comma = TEXT.index("，")
    assert word_at(TEXT, comma, segmenter) == (comma, comma + 1)
    assert word_at(TEXT, len(TEXT), segmenter) == (len(TEXT) - 1, len(TEXT))
    assert word_at("", 0, segmenter) == (0, 0)


def test_full_width_figures_are_one_word_as_their_half_width_forms(
    segmenter: Segmenter,
) -> None:
    """Government reports write figures full width (６．１３万亿元, １９．５％): a double-click
    selected the one digit under the pointer, where 19.5% is one word."""
    text = "财政收入６．１３万亿元，增长１９．５％；粮食总产量５２８５０万吨，ＧＤＰ增长。"
    for figure in ("６．１３", "万亿元", "１９．５％", "５２８５０", "ＧＤＰ", "增长"):
        start = text.rindex(figure)
        for offset in range(start, start + len(figure)):
            assert word_at(text, offset, segmenter) == (start, start + len(figure)), figure
    comma = text.index("，")
    assert word_at(text, comma, segmenter) == (comma, comma + 1)


def test_not_ready_means_none(tmp_path: Path) -> None:
    lazy = Segmenter(tmp_path, [])
    assert word_at(TEXT, 15, lazy) is None
    assert extend_by_words(TEXT, 0, 2, 15, lazy) is None
    assert not lazy.ready


def test_shift_double_click_grows_the_selection_to_the_word(segmenter: Segmenter) -> None:
    review = TEXT.index("并联审批")
    assert extend_by_words(TEXT, 0, 2, review + 1, segmenter) == (0, review + 4)
    assert extend_by_words(TEXT, review, review + 4, 1, segmenter) == (0, review + 4)
    assert extend_by_words(TEXT, 3, 9, 5, segmenter) == (3, 9)  # already inside


def test_without_jieba_a_latin_word_or_one_character() -> None:
    text = "推进e-government和GDP核算"
    assert simple_word_at(text, text.index("G") + 1) == (text.index("G"), text.index("G") + 3)
    assert simple_word_at(text, 1) == (1, 2)
    assert simple_word_at("", 3) == (0, 0)
    assert simple_word_at("增长２０１６年", 4) == (2, 6)  # full-width digits, while jieba loads


_PARAGRAPHS = [
    line.strip()
    for line in sample_collection_path().read_text(encoding="utf-8").splitlines()
    if len(line.strip()) > 20
]


@given(st.sampled_from(_PARAGRAPHS), st.data())
def test_the_word_is_the_one_the_whole_paragraph_gives(
    segmenter: Segmenter, paragraph: str, data: st.DataObject
) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(paragraph) - 1))
    tokens = segmenter.tokens(paragraph)
    assert tokens is not None
    whole = next((t.start, t.end) for t in tokens if t.start <= offset < t.end)
    assert word_at(paragraph, offset, segmenter) == whole


# Ctrl+→ and Ctrl+← in the reader -------------------------------------------------------------


def _no_words(_text: str, _offset: int) -> None:
    """A segmenter still loading."""


def _steps(text: str, start: int, forward: bool, word_at_: WordAt) -> list[int]:
    """Every place the caret stops at from ``start`` until the text's end (or start)."""
    stops, offset = [], start
    while (nxt := word_step(text, offset, forward=forward, word_at=word_at_)) != offset:
        stops.append(nxt)
        offset = nxt
    return stops


def test_word_steps_go_through_jiebas_words(segmenter: Segmenter) -> None:
    """Qt knows no words in Chinese: Ctrl+Shift+→ took the whole paragraph at once."""
    text = "今天，市委召开“效能革命”工作会。\n下一段"

    def jieba(t: str, o: int) -> tuple[int, int] | None:
        return word_at(t, o, segmenter)

    forward = _steps(text, 0, True, jieba)
    words = [text[a:b] for a, b in zip([0, *forward], forward, strict=False)]
    assert "|".join(words) == "今天|，|市委|召开|“|效能革命|”|工作|会|。|\n|下|一段"
    assert _steps(text, len(text), False, jieba) == list(reversed([0, *forward[:-1]]))


def test_without_jieba_a_step_is_a_character_or_a_latin_word() -> None:
    text = "在 GDP 增长\n９％"
    stops = _steps(text, 0, True, _no_words)
    assert stops == [2, 6, 7, 8, 9, 10, 11]  # 在 and its space, GDP and its space, 增, 长, ⏎…
    assert _steps(text, len(text), False, _no_words) == [10, 9, 8, 7, 6, 2, 0]


def test_a_word_step_stops_at_the_line_break_on_either_side() -> None:
    text = "第一段\n\u3000\u3000第二段"
    assert word_step(text, 3, forward=True, word_at=_no_words) == 4
    assert word_step(text, 6, forward=False, word_at=_no_words) == 4  # over the indent: line start
    assert word_step(text, 4, forward=False, word_at=_no_words) == 3


@given(st.text(alphabet="效能革命工作会，。 \u3000\nGDP9", max_size=30), st.data())
def test_a_word_step_always_moves_within_the_text(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    forward = word_step(text, offset, forward=True, word_at=lambda t, o: simple_word_at(t, o))
    backward = word_step(text, offset, forward=False, word_at=_no_words)
    assert offset < forward <= len(text) or forward == offset == len(text)
    assert 0 <= backward < offset or backward == offset == 0


# Latin words that jieba cuts at every sign ----------------------------------------------------

_JOINED = "研发R&D投入，COVID-19疫情期间用e-mail联系U.S.同行，it’s 3.5%。A股上涨，the end."


def _word(text: str, piece: str, inside: int, segmenter: Segmenter) -> str:
    """The word double-click selects at character ``inside`` of the first ``piece``."""
    found = word_at(text, text.index(piece) + inside, segmenter)
    assert found is not None
    return text[found[0] : found[1]]


def test_latin_letters_and_digits_joined_by_signs_are_one_word(segmenter: Segmenter) -> None:
    assert _word(_JOINED, "R&D", 0, segmenter) == "R&D"
    assert _word(_JOINED, "R&D", 1, segmenter) == "R&D"  # on the & itself
    assert _word(_JOINED, "COVID", 6, segmenter) == "COVID-19"
    assert _word(_JOINED, "e-mail", 3, segmenter) == "e-mail"
    assert _word(_JOINED, "U.S.", 2, segmenter) == "U.S."  # an abbreviation keeps its stop
    assert _word(_JOINED, "it’s", 2, segmenter) == "it’s"
    assert _word(_JOINED, "3.5", 0, segmenter) in ("3.5", "3.5%")
    assert _word(_JOINED, "end.", 1, segmenter) == "end"  # a sentence's full stop is not in it
    assert _word(_JOINED, "研发", 0, segmenter) == "研发"  # Chinese words are jieba's
    assert _word(_JOINED, "投入", 1, segmenter) == "投入"
    assert _word(_JOINED, "A股", 0, segmenter) == word_text(_JOINED, "A股", segmenter)


def word_text(text: str, piece: str, segmenter: Segmenter) -> str:
    """jieba's own word at the start of ``piece`` (a dictionary word mixing Han and Latin)."""
    tokens = segmenter.tokens(text) or []
    start = text.index(piece)
    return next(token.word for token in tokens if token.start <= start < token.end)


def test_without_jieba_and_in_word_steps_a_joined_latin_word_is_one_word() -> None:
    text = "研发R&D投入 e-mail"
    assert simple_word_at(text, 3) == (2, 5)
    stops = _steps(text, 0, True, _no_words)
    assert stops == [1, 2, 5, 6, 8, 14]  # 研, 发, R&D, 投, 入 and its space, e-mail
