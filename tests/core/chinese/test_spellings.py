"""Work, work and WORK are one term: keywords and formulations fold Latin case, not Chinese."""

from __future__ import annotations

from desktop.core.chinese.formulations import formulation_key, formulations
from desktop.core.chinese.keywords import DocumentFrequencies, keywords
from desktop.core.chinese.segmenter import Segmenter
from desktop.core.chinese.spellings import fold_case, folded_counts
from desktop.core.chinese.terms import text_keywords, word_places

ENGLISH = (
    "Work comes first. We work on the economy; the work of the economy is hard work. "
    "Economy and work. WORK matters. 效能革命，效能革命。"
)


def test_spellings_are_summed_and_the_commonest_shown() -> None:
    totals, shown = folded_counts({"work": 4, "Work": 1, "WORK": 1, "效能革命": 2, "GDP": 1})
    assert totals == {"work": 6, "效能革命": 2, "gdp": 1}
    assert shown == {"work": "work", "效能革命": "效能革命", "gdp": "GDP"}
    assert folded_counts({"Work": 1, "work": 1})[1] == {"work": "Work"}  # a tie: sort order
    assert fold_case("效能革命Ⅰ") == "效能革命Ⅰ"  # no Latin letter: as it is
    assert fold_case("ＧＤＰ增长") == "gdp增长"  # full-width letters: the same word (width folded)


def test_a_speechs_keywords_count_every_spelling_as_one(segmenter: Segmenter) -> None:
    found = keywords(ENGLISH, segmenter, top=10, wait=True)
    assert found is not None
    counts = {keyword.word: keyword.count for keyword in found}
    assert counts["work"] == 6
    assert "Work" not in counts
    assert "WORK" not in counts
    assert counts["economy"] == 3
    assert counts["效能革命"] == 2


def test_a_keywords_places_are_every_spelling(segmenter: Segmenter) -> None:
    found = text_keywords([(1, ENGLISH)], segmenter, top=10, wait=True)
    assert found is not None
    (work,) = [keyword for keyword in found if keyword.word == "work"]
    assert [ENGLISH[start:end] for _, start, end in work.occurrences] == [
        "Work", "work", "work", "work", "work", "WORK"
    ]  # fmt: skip
    places = word_places([(1, ENGLISH)], ["Economy"], segmenter)
    assert len(places["Economy"]) == 3


def test_library_frequencies_count_a_document_once_whatever_its_spellings() -> None:
    frequencies = DocumentFrequencies()
    frequencies.add(["Work", "work", "效能"])
    frequencies.add(["WORK"])
    assert frequencies.count("work") == 2
    assert frequencies.count("Work") == 2
    assert frequencies.count("效能") == 1
    frequencies.remove(["work"])
    assert frequencies.count("WORK") == 1


def test_formulations_fold_latin_case(segmenter: Segmenter) -> None:
    text = "推进“E站通”建设。“e站通”上线，E站通已覆盖全市，“效能革命”。"
    found = formulations(text, segmenter, wait=True)
    assert found is not None
    by_key = {formulation_key(item.text): item for item in found}
    station = by_key["e站通"]
    assert (station.text, station.count, station.quoted) == ("E站通", 3, 2)
    assert by_key["效能革命"].text == "效能革命"
    assert formulation_key("两集中、两到位") == "两集中两到位"  # Chinese as before
