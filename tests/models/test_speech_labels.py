"""Tests for desktop/models/speech_labels.py: how lists name speeches whose titles repeat."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.records import CollectionRecord, SpeechLabelParts, SpeechRecord
from desktop.models.speech_labels import (
    SpeechName,
    library_distinctions,
    speech_label,
    speech_labels,
    speech_names,
    title_first_label,
)

pytestmark = pytest.mark.usefixtures("qapp")  # translate() needs the application

COLLECTION = CollectionRecord(
    id=1,
    title="效能革命讲话汇编",
    source="/data/汇编.txt",
    date=None,
    encoding="utf-8",
    format="txt",
    imported="2024-03-05T08:00:00Z",
    speech_count=7,
)


def _speech(
    speech_id: int, index: int, title: str = "在全市“效能革命”工作会上的讲话"
) -> SpeechRecord:
    return SpeechRecord(
        id=speech_id,
        collection_id=COLLECTION.id,
        index=index,
        title=title,
        date=None,
        speaker=None,
        role=None,
        length=100,
        text_hash="hash",
    )


def test_a_speech_is_named_by_its_number_then_its_title() -> None:
    assert speech_label("讲话", 5) == "No. 5 · 讲话"
    assert speech_label("讲话", 5, "汇编") == "汇编 › No. 5 · 讲话"
    assert speech_label("讲话") == "讲话"
    assert speech_label("讲话", 0, "汇编") == "汇编 › 讲话"


def test_a_lone_speech_needs_no_number() -> None:
    alone = COLLECTION._replace(speech_count=1)
    assert SpeechName.of(_speech(3, 1), alone).label() == "在全市“效能革命”工作会上的讲话"
    assert SpeechName.of(_speech(3, 1), COLLECTION).number == 1
    assert SpeechName.of(_speech(3, 1)).number == 1, "unknown collection: numbered"


def test_the_collection_is_named_only_when_several_are_listed() -> None:
    speeches = {COLLECTION.id: [_speech(1, 1), _speech(2, 2)]}
    one = speech_names([COLLECTION], speeches)
    assert [name.label() for name in one.values()] == [
        "No. 1 · 在全市“效能革命”工作会上的讲话",
        "No. 2 · 在全市“效能革命”工作会上的讲话",
    ]
    other = COLLECTION._replace(id=2, title="文艺", speech_count=1)
    speeches[2] = [_speech(9, 1, "在全市文艺工作会议上的讲话")._replace(collection_id=2)]
    both = speech_names([COLLECTION, other], speeches)
    assert both[2].label() == "效能革命讲话汇编 › No. 2 · 在全市“效能革命”工作会上的讲话"
    assert both[9].label() == "文艺 › 在全市文艺工作会议上的讲话"
    assert list(both) == [1, 2, 9], "library order"


@given(st.text(min_size=1, max_size=20), st.text(min_size=1, max_size=20))
def test_titles_are_shown_as_they_are(title: str, collection: str) -> None:
    # A title holding "%1" or "%2" is text, not a place to fill.
    assert speech_label(title, 3, collection) == f"{collection} › No. 3 · {title}"


def _parts(collection_id: int, size: int, *indexes: int) -> list[SpeechLabelParts]:
    return [
        SpeechLabelParts(
            collection_id * 100 + i, f"讲话{i}%2", i, collection_id, f"汇编{collection_id}", size
        )
        for i in indexes
    ]


def test_labels_from_parts_are_those_of_the_records() -> None:
    one = speech_labels(_parts(1, 2, 1, 2))
    assert one == {101: "No. 1 · 讲话1%2", 102: "No. 2 · 讲话2%2"}
    both = speech_labels(_parts(1, 2, 1, 2) + _parts(2, 1, 1))
    assert both[102] == speech_label("讲话2%2", 2, "汇编1")
    assert both[201] == "汇编2 › 讲话1%2", "a lone speech needs no number"
    assert list(both) == [101, 102, 201], "the order given"


def test_a_lone_speech_named_as_its_collection_is_named_once() -> None:
    title = "在全市干部作风建设大会上的讲话"
    assert speech_label(title, 0, title) == title
    assert speech_label(title, 2, title) == f"{title} › No. 2 · {title}", "numbered: kept"
    parts = [*_parts(1, 2, 1), SpeechLabelParts(7, title, 1, 2, title, 1)]
    assert speech_labels(parts)[7] == title


def test_the_concordance_s_name_leads_with_the_title() -> None:
    assert title_first_label("讲话", 5, "汇编") == "讲话 (No. 5, 汇编)"
    assert title_first_label("讲话", 5) == "讲话 (No. 5)"
    assert title_first_label("讲话", 0, "汇编") == "讲话 (汇编)"
    assert title_first_label("讲话") == "讲话"
    assert title_first_label("讲话", 0, "讲话") == "讲话", "a file of one speech: named once"
    assert SpeechName("讲话", 2, "汇编").title_first() == "讲话 (No. 2, 汇编)"


@given(st.text(min_size=1, max_size=20), st.text(min_size=1, max_size=20))
def test_a_title_first_name_shows_titles_as_they_are(title: str, collection: str) -> None:
    expected = f"{title} (No. 3)" if collection.strip() == title.strip() else None
    assert title_first_label(title, 3, collection) == (expected or f"{title} (No. 3, {collection})")


def test_in_chinese_the_title_first_name_takes_full_width_brackets_and_comma(qapp) -> None:
    from desktop.gui.i18n import Translations

    translations = Translations(qapp)
    try:
        translations.apply("zh_CN")
        assert title_first_label("讲话", 5, "汇编") == "讲话（第5篇，汇编）"
    finally:
        translations.remove()


def test_same_titled_collections_are_told_apart_in_the_labels() -> None:
    parts = [
        SpeechLabelParts(1, "政府工作报告", 1, 1, "政府工作报告", 1),
        SpeechLabelParts(2, "政府工作报告", 1, 2, "政府工作报告", 1),
    ]
    labels = speech_labels(parts, distinctions={1: "初稿.txt", 2: "定稿.txt"})
    assert labels == {1: "政府工作报告 (初稿.txt)", 2: "政府工作报告 (定稿.txt)"}
    assert speech_labels(parts)[1] == "政府工作报告", "without them: the title alone, as before"


def test_titles_shown_full_width_before_a_label_is_made_of_them() -> None:
    """The titles' brackets follow the page; the label's own, "(初稿.txt)", the language."""
    from desktop.core.punctuation import to_fullwidth

    parts = [
        SpeechLabelParts(1, "讲话(讨论稿)", 1, 1, "汇编(一)", 2),
        SpeechLabelParts(2, "报告(草案)", 1, 2, "报告(草案)", 1),
        SpeechLabelParts(3, "报告(草案)", 1, 3, "报告(草案)", 1),
    ]
    labels = speech_labels(parts, None, {2: "初稿.txt", 3: "定稿.txt"}, to_fullwidth)
    assert labels[1] == "汇编（一） › No. 1 · 讲话（讨论稿）"
    assert labels[2] == "报告（草案） (初稿.txt)"
    assert speech_labels(parts, None, {2: "初稿.txt"})[2] == "报告(草案) (初稿.txt)", "as stored"


def test_library_distinctions_only_where_titles_clash() -> None:
    def record(collection_id: int, title: str, source: str) -> CollectionRecord:
        return CollectionRecord(collection_id, title, source, None, "utf-8", "txt", "", 1)

    assert library_distinctions([record(1, "甲", "/a.txt"), record(2, "乙", "/a.txt")]) == {}
    clashing = [record(1, "甲", "/初稿.txt"), record(2, "甲 ", "/定稿.txt")]
    assert library_distinctions(clashing) == {1: "初稿.txt", 2: "定稿.txt"}
