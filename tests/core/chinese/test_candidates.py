"""The words keywords are counted from: Latin words whole, widths as one, no numbers or dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.chinese.candidates import _MODALS, candidate_tokens, is_number_word
from desktop.core.chinese.dictionary import app_dictionaries, stop_words
from desktop.core.chinese.keywords import document_words, keywords
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.spellings import fold_case
from desktop.core.chinese.terms import text_keywords

LATIN = (
    "抗击COVID-19疫情。加大R&D投入，R&D经费增长。发展5G网络，5G基站建成。"
    "G20峰会在杭州举行，Ｇ２０峰会发表公报。GDP增长，ＧＤＰ总量，Wi-Fi覆盖，COVID\u201119病例。"
)


def _counts(text: str, segmenter: Segmenter) -> dict[str, int]:
    found = keywords(text, segmenter, top=100, wait=True)
    assert found is not None
    return {keyword.word: keyword.count for keyword in found}


def test_latin_words_are_whole_and_widths_count_as_one(segmenter: Segmenter) -> None:
    counts = _counts(LATIN, segmenter)
    assert counts["COVID-19"] == 2  # one written with a non-breaking hyphen
    assert counts["R&D"] == LATIN.count("R&D") == 2
    assert counts["5G"] == LATIN.count("5G") == 2
    assert counts["G20"] == LATIN.count("G20") + LATIN.count("Ｇ２０") == 2
    assert counts["GDP"] == LATIN.count("GDP") + LATIN.count("ＧＤＰ") == 2
    assert counts["Wi-Fi"] == 1
    assert not {"COVID", "19", "Wi", "Fi", "R", "D"} & counts.keys()


def test_the_places_of_a_latin_keyword_are_its_counted_occurrences(segmenter: Segmenter) -> None:
    found = text_keywords([(1, LATIN)], segmenter, top=100, wait=True) or []
    by_word = {entry.word: entry for entry in found}
    for word in ("COVID-19", "R&D", "GDP", "G20"):
        entry = by_word[word]
        assert len(entry.occurrences) == entry.count == 2
        for _source, start, end in entry.occurrences:
            assert fold_case(LATIN[start:end]) == fold_case(word)


@pytest.mark.parametrize(
    "word",
    ["一九五二年", "二〇〇九年", "五年", "十二年", "第一个", "上一年", "亿元", "万亩", "三十多万吨",
     "百分之五", "百分点", "这场", "本届", "两个", "十五", "2009", "２０２４年", "nlc202309090206"],
)  # fmt: skip
def test_numbers_dates_and_quantities_are_number_words(word: str) -> None:
    assert is_number_word(word)


@pytest.mark.parametrize(
    "word",
    ["十一五", "十三五", "三农", "十五大", "五年计划", "四个全面", "两会", "一带一路", "一国两制",
     "两岸", "5G", "G20", "百姓", "一线", "统一", "COVID-19", "PM2.5", "B2B",
     "上级", "前台", "年度", "美元", "近代", "头条", "下岗"],
)  # fmt: skip
def test_numbered_formulations_and_words_with_numerals_are_not(word: str) -> None:
    assert not is_number_word(word)


def test_a_report_on_a_plan_has_no_years_or_quantities_for_keywords(segmenter: Segmenter) -> None:
    text = (
        "第一个五年计划从一九五三年到一九五七年，五年内投资七百六十六亿元，比上一年增加百分之五。"
        "一九五七年的工业产值达到五百三十五亿元，这场建设关系十一五以前的所有五年计划。"
    )
    counts = _counts(text, segmenter)
    assert counts["五年计划"] == text.count("五年计划") == 2
    assert counts["十一五"] == 1
    assert not {"一九五七年", "五年", "第一个", "亿元", "上一年", "这场"} & counts.keys()


def test_a_modal_glued_to_a_verb_is_split_off(segmenter: Segmenter) -> None:
    # jieba's dictionary holds 要带头, 不断改进, 大力发展 as words: 带头 was missed three times.
    text = "领导干部要带头，党员要带头，带头示范不走样。"
    text += "不断改进作风，大力发展经济，不断改进服务。"
    words = document_words(text, segmenter, wait=True)
    assert words is not None
    assert words.count("带头") == text.count("带头") == 3
    assert words.count("改进") == text.count("改进") == 2
    assert "发展" in words
    assert not {"要带头", "不断改进", "大力发展"} & set(words)
    assert set(_MODALS) <= stop_words()  # what is split off is never a keyword


def test_a_modal_making_a_word_with_a_noun_stays(segmenter: Segmenter) -> None:
    words = document_words("积极分子的思想深入人心，要求严格。", segmenter, wait=True)
    assert words is not None
    assert {"积极分子", "深入人心", "要求"} <= set(words)


@pytest.mark.parametrize(
    "term", ["两个一百年", "十三五", "四项基本原则", "一个中心两个基本点", "三去一降一补"]
)
def test_numbered_formulations_are_counted_whole(term: str, segmenter: Segmenter) -> None:
    text = f"坚持{term}。我们要深刻理解{term}的内涵，把{term}落到实处。"
    assert _counts(text, segmenter)[term] == text.count(term) == 3


def test_adverbs_of_manner_are_no_keywords_nor_glue(segmenter: Segmenter) -> None:
    # The 2009 report's keywords held 继续 (39 times): how, not what.
    text = "继续加强农业，大力发展教育，坚决贯彻方针，稳步提高收入，继续实施积极的财政政策。"
    words = document_words(text, segmenter, wait=True)
    assert words is not None
    assert not {"继续", "大力", "坚决", "稳步"} & set(words)
    assert not {"继续加强", "大力发展", "坚决贯彻", "稳步提高", "继续实施"} & set(words)
    assert {"农业", "发展", "教育", "方针", "收入", "积极的财政政策"} <= set(words)
    # The verbs of policy action are stop words of their own (加强, 坚持: what is done, not
    # what to); 发展 also names a subject of policy and stays.
    assert {"加强", "贯彻", "提高", "实施", "坚持"} <= stop_words()


def test_a_word_our_dictionaries_or_the_users_list_is_not_split_at_its_modal(
    tmp_path: Path, jieba_cache: Path
) -> None:
    # jieba's 继续教育 and 全面深化改革 read as a modal and a verb (继续|教育, 全面|深化改革);
    # a user who lists the word, or politics.txt with the other 四个全面, counts it whole
    own = tmp_path / "userdict.txt"
    own.write_text("继续教育 2000\n", encoding="utf-8")
    users = Segmenter(jieba_cache, [*app_dictionaries(), own])
    text = "发展继续教育，全面深化改革。"
    words = candidate_tokens(text, users, wait=True)
    assert words is not None
    assert [token.word for token in words] == ["发展", "继续教育", "全面深化改革"]
    plain = candidate_tokens(text, Segmenter(jieba_cache, app_dictionaries()), wait=True)
    assert plain is not None
    assert [token.word for token in plain] == ["发展", "教育", "全面深化改革"]


def test_pieces_jieba_glued_around_its_cuts_are_no_words(segmenter: Segmenter) -> None:
    # Fragments in the keywords of real work reports: 这是 (137 times), 比前 (比前|五年),
    # 所县 (786|所县|医院), 地为 (更好|地为), 二要, and 率居 (下降|率居 in the sample).
    text = "这是好办法。比前五年增长，建成786所县医院，更好地为人民服务。二要抓紧。"
    text += "单位GDP能耗下降率居全市前列，参保率居全省前列。"
    words = document_words(text, segmenter, wait=True)
    assert words is not None
    assert not {"这是", "比前", "所县", "地为", "二要", "率居"} & set(words)
    assert {"办法", "医院", "人民", "服务", "下降", "参保", "前列"} <= set(words)


def test_new_words_jieba_found_rightly_stay(segmenter: Segmenter) -> None:
    text = "严肃问责，推进双创，清理涉企收费，支持小微企业，全面推行河长制。"
    words = document_words(text, segmenter, wait=True)
    assert words is not None
    assert {"问责", "双创", "涉企", "小微", "河长制"} <= set(words)
    assert not segmenter.is_word("双创")  # jieba's HMM made it: no dictionary holds it


def test_a_unit_whose_number_jieba_cut_off_is_no_keyword(segmenter: Segmenter) -> None:
    text = "新建住房4000万平方米，改造公路1万公里，降低2个百分点。"
    words = document_words(text, segmenter, wait=True)
    assert words == ["新建", "住房", "改造", "公路", "降低"]
    assert is_number_word("平方公里")
    assert not is_number_word("公路")
