"""Formulations alternating numbers and characters (一带一路), told apart from idioms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.chinese.dictionary import app_dictionaries
from desktop.core.chinese.formulations import Formulation, FormulationKind, formulations
from desktop.core.chinese.segmenter import Segmenter, import_jieba

_COUNT = "[一二三四五六七八九十两双]"
_ALTERNATING = re.compile(rf"{_COUNT}[\u4e00-\u9fff]{_COUNT}[\u4e00-\u9fff]")


def _by_text(found: list[Formulation] | None) -> dict[str, Formulation]:
    assert found is not None
    return {formulation.text: formulation for formulation in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持推进一带一路建设，取得新成效。",
        "统筹推进五位一体总体布局。",
        "扎实开展两学一做学习教育。",
        "深入开展三严三实专题教育。",
        "全面准确贯彻一国两制方针。",
        "认真落实三会一课制度。",
        "各级领导干部要落实一岗双责。",
        "大力弘扬两弹一星精神。",
    ],
)
def test_an_alternating_formulation_said_once_is_found(segmenter: Segmenter, sentence: str) -> None:
    words = next(w for w in ("一带一路", "五位一体", "两学一做", "三严三实", "一国两制",
                             "三会一课", "一岗双责", "两弹一星") if w in sentence)  # fmt: skip
    found = _by_text(formulations(sentence, segmenter))
    assert found[words].kind == FormulationKind.NUMBERED
    start = sentence.index(words)
    assert found[words].occurrences == ((start, start + 4),)


@pytest.mark.parametrize(
    "sentence",
    [
        "他一心一意为人民服务。",
        "上级三番五次强调安全生产。",
        "把情况一五一十讲清楚。",
        "工作没有十全十美的。",
        "千方百计增加农民收入。",
        "把账目算得一清二楚。",
        "问题解决得一干二净，一模一样的错误不再犯。",
        "三年两头出问题，三年两头出问题。",
        "一生一世跟党走，一来二去就熟了。",
        "比起全局，这点投入不过九牛一毛。",
        "破除三从四德之类的封建礼教。",
        "万一有个三长两短，后果不堪设想。",
    ],
)
def test_idioms_of_the_same_shape_are_not_formulations(segmenter: Segmenter, sentence: str) -> None:
    assert formulations(sentence, segmenter) == []


def test_a_run_of_words_counts_when_it_recurs_and_counts_of_units_never(
    segmenter: Segmenter,
) -> None:
    once = "推行一村一品，每周一天三次巡查。"
    assert formulations(once, segmenter) == []
    twice = "推行一村一品，一天三次巡查；一村一品见效，一天三次不变。"
    found = _by_text(formulations(twice, segmenter))
    assert set(found) == {"一村一品"}
    assert found["一村一品"].count == 2


def test_a_quoted_alternating_formulation_counts_its_bare_uses(segmenter: Segmenter) -> None:
    text = "提出“一企一策”，推行一企一策，不搞一刀切。"
    found = _by_text(formulations(text, segmenter))
    assert found["一企一策"].count == 2
    assert found["一企一策"].quoted == 1


def test_numbers_inside_longer_numbers_and_ordinals_are_not_formulations(
    segmenter: Segmenter,
) -> None:
    text = "投资一亿五千万元，第一产业和第二产业，十五六岁的青年，二三十个项目。"
    assert formulations(text, segmenter) == []


def test_a_users_words_are_not_jiebas_and_the_users_j_makes_a_formulation(
    tmp_path: Path, jieba_cache: Path
) -> None:
    own = tmp_path / "userdict.txt"
    own.write_text("三优两区 2000 nz\n三从四德 j\n", encoding="utf-8")
    users = Segmenter(jieba_cache, [*app_dictionaries(), own])
    found = _by_text(formulations("建设三优两区，不讲三从四德。", users, wait=True))
    assert set(found) == {"三优两区", "三从四德"}


def test_no_word_of_jiebas_own_dictionary_is_a_formulation_unless_tagged_one(
    segmenter: Segmenter,
) -> None:
    # jieba's dictionary dates from about 2013: its words of this shape are idioms and old set
    # phrases, whatever its tag (l, nz, nr…); the few formulations among them carry j there or
    # in ours.
    words = [word for word in _jieba_words() if _ALTERNATING.fullmatch(word)]
    assert len(words) > 1000
    taken = [word for word in words if _by_text(formulations(f"要做到{word}。", segmenter))]
    assert taken, "the formulations jieba's dictionary knows are still found"
    for word in taken:
        assert "j" in (segmenter.jieba_word_tag(word), segmenter.own_word_tag(word)), word


def _jieba_words() -> Iterator[str]:
    """The words of jieba's own dictionary file, as it ships."""
    with import_jieba().dt.get_dict_file() as lines:
        for line in lines:
            yield line.decode("utf-8").split()[0]
