"""TF-IDF keywords with document frequencies from the library."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from desktop.core.chinese.dictionary import stop_words
from desktop.core.chinese.keywords import (
    MIN_LIBRARY_DOCUMENTS,
    DocumentFrequencies,
    Keyword,
    document_words,
    keywords,
)
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.errors import LibraryError


def _words(found: list[Keyword] | None) -> list[str]:
    assert found is not None
    return [keyword.word for keyword in found]


def test_a_speech_on_the_efficiency_revolution_is_about_it(
    segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    speech = next(text for title, text in sample_speeches.items() if title.endswith("篇1"))
    top = _words(keywords(speech, segmenter, top=10))
    assert top[0] == "效能革命"  # a user-dictionary word jieba alone would split
    assert {"办事效率", "限时办结"} <= set(top)


def test_a_speech_on_the_arts_is_about_the_arts(
    segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    speech = next(text for text in sample_speeches.values() if text.count("文艺") > 50)
    assert {"文艺", "文艺工作者", "文艺创作"} <= set(_words(keywords(speech, segmenter, top=10)))


def test_library_frequencies_take_over_once_the_library_is_large_enough(
    segmenter: Segmenter, sample_speeches: dict[str, str]
) -> None:
    paragraphs = [p for text in sample_speeches.values() for p in text.split("\n")]
    library = DocumentFrequencies.from_texts(paragraphs, segmenter)
    assert library.documents == len(paragraphs) >= MIN_LIBRARY_DOCUMENTS
    speech = next(text for text in sample_speeches.values() if "机关效能建设" in text)
    with_library = keywords(speech, segmenter, library, top=10)
    assert with_library != keywords(speech, segmenter, top=10)
    assert "机关效能建设" in _words(with_library)
    # The IDF is the library's.
    assert library.idf("效能") == pytest.approx(
        math.log((library.documents + 1) / (library.count("效能") + 1))
    )


def test_a_word_of_every_speech_weighs_nothing_against_a_topic_of_one(
    segmenter: Segmenter,
) -> None:
    # A library of work reports: each says 发展 many times; one of them is about 扶贫开发.
    common = "发展经济，发展教育，发展科技，发展文化。"
    reports = [common * 2 + f"第{n}号文件。" for n in range(MIN_LIBRARY_DOCUMENTS)]
    reports[0] += "扶贫开发要抓紧。扶贫开发要落实。"
    library = DocumentFrequencies.from_texts(reports, segmenter)
    assert library.idf("发展") == 0.0
    found = keywords(reports[0], segmenter, library, top=10)
    assert _words(found)[0] == "扶贫开发"
    assert {k.word: k.score for k in found or ()}.get("发展", 0.0) == 0.0


def test_stop_words_single_characters_and_numbers_are_left_out(segmenter: Segmenter) -> None:
    words = document_words("我们要在2024年进一步加强效能建设，同志们！", segmenter)
    assert words == ["效能建设"]
    assert {"我们", "同志们", "进一步", "加强"} <= stop_words()


def test_the_verbs_of_policy_action_are_left_out_and_what_they_act_on_kept(
    segmenter: Segmenter,
) -> None:
    text = "我国要加强农田水利建设，推进医药卫生体制改革，完善社会保障体系，坚持节约资源。"
    words = document_words(text, segmenter)
    assert words is not None
    assert not {"我国", "加强", "推进", "完善", "坚持"} & set(words)
    assert {"农田水利", "医药卫生", "体制改革", "社会保障", "体系", "节约资源"} <= set(words)


def test_english_function_words_are_left_out_in_any_case(segmenter: Segmenter) -> None:
    text = "The year 2023 was the first year of the plan. We built more 5G base stations."
    words = document_words(text, segmenter)
    assert words == ["year", "first", "year", "plan", "built", "5G", "base", "stations"]


def test_the_modal_verbs_and_connectives_of_an_official_translation_are_left_out(
    segmenter: Segmenter,
) -> None:
    # The English half of a bilingual report led its keywords with "must" (3 times).
    text = "We must adhere to the principle. However, reform must go on; we may thus act."
    words = document_words(text, segmenter)
    assert words == ["adhere", "principle", "reform", "go", "act"]


def test_the_pieces_of_web_and_mail_addresses_are_no_keywords(segmenter: Segmenter) -> None:
    text = (
        "详见https://www.gov.cn/zhengce/202403/content_6937.htm，或发送邮件至gov@example.cn。"
        "For more, visit www.english.gov.cn/news or write to english@gov.cn. Growth is steady."
    )
    words = document_words(text, segmenter)
    assert words == ["详见", "发送", "邮件", "visit", "write", "Growth", "steady"]


def test_not_ready_means_none(tmp_path: Path) -> None:
    assert keywords("效能革命", Segmenter(tmp_path, [])) is None


def test_frequencies_update_and_survive_storage() -> None:
    frequencies = DocumentFrequencies()
    frequencies.add(["效能革命", "效能革命", "办事效率"])
    frequencies.add(["效能革命"])
    assert (frequencies.documents, frequencies.count("效能革命")) == (2, 2)
    stored = json.loads(json.dumps(frequencies.to_dict()))
    restored = DocumentFrequencies.from_dict(stored)
    assert restored.to_dict() == frequencies.to_dict()
    restored.remove(["办事效率", "效能革命"])
    assert (restored.documents, restored.count("办事效率"), restored.count("效能革命")) == (1, 0, 1)
    assert "办事效率" not in restored.to_dict()["counts"]
    assert restored.idf("办事效率") > restored.idf("效能革命")


@pytest.mark.parametrize(
    "data", [{}, {"version": 99, "documents": 1, "counts": {}}, {"version": 1, "documents": "x"}]
)
def test_unreadable_stored_frequencies_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(LibraryError) as raised:
        DocumentFrequencies.from_dict(data)
    assert raised.value.code == "invalid"


def test_against_general_usage_a_frequent_word_does_not_win_by_its_count_alone(
    segmenter: Segmenter,
) -> None:
    # A library of a few speeches weighs against jieba's IDF: the 2009 work report led with
    # 发展(141) 建设(72) 经济(68) over 农民工(12), its year's subject.
    text = "发展经济，发展教育。" * 15 + "农民工就业，农民工培训。" * 3
    top = _words(keywords(text, segmenter, top=3))
    assert top[0] == "农民工"
