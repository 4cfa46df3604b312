"""ExportSet building, reading order, section paths and filters."""

from __future__ import annotations

import random

import pytest

from desktop.core.annotation import AnchorState, AnnotationKind
from desktop.core.annotation_match import AnnotationCriteria
from desktop.core.errors import ExportError
from desktop.core.export.model import DateField, ExportFilter, build_export_set, heading_text
from tests.core.export.factory import BEIJING, Library, sample_library


def _quotes(data) -> list[str]:
    return [item.annotation.quote.exact for item in data.items]


def test_items_are_in_reading_order_whatever_order_they_come_in() -> None:
    library = sample_library()
    expected = _quotes(library.export_set())
    random.Random(7).shuffle(library.annotations)
    assert _quotes(library.export_set()) == expected
    keys = [item.reading_key for item in library.export_set().items]
    assert keys == sorted(keys)


def test_reading_order_is_collection_then_speech_index_then_position() -> None:
    library = Library()
    second = library.add_collection("乙")
    first = library.add_collection("甲")
    late = library.add_speech(first, "第二篇：效能。", title="二", index=2)
    early = library.add_speech(first, "第一篇：作风与效能。", title="一", index=1)
    other = library.add_speech(second, "另一个集子：效能。", title="三")
    library.annotate(late, "效能")
    library.annotate(early, "效能")
    library.annotate(early, "作风")
    library.annotate(other, "效能")
    library.annotate(early, None, kind=AnnotationKind.SPEECH_NOTE, note="整篇")
    data = library.export_set()
    titles = [
        (item.collection.title, item.speech.title, item.annotation.exact) for item in data.items
    ]
    assert titles == [
        ("乙", "三", "效能"),
        ("甲", "一", ""),  # the note on the whole speech comes before its ranges
        ("甲", "一", "作风"),
        ("甲", "一", "效能"),
        ("甲", "二", "效能"),
    ]


def test_section_path_is_the_chain_of_headings_with_their_markers() -> None:
    data = sample_library().export_set()
    paths = {item.annotation.exact: item.section_path for item in data.items}
    assert paths["两集中、两到位"] == ("一、提高认识，把握效能革命的重大意义",)
    assert paths["效能是发展的保障"] == (
        "一、提高认识，把握效能革命的重大意义",
        "（一）效能革命是发展的需要",
    )
    assert paths["政务服务中心建设"] == ("二、突出重点，扎实推进各项工作",)
    assert paths[""] == ()  # a note on the whole speech


def test_orphans_have_no_section_path() -> None:
    data = sample_library().export_set()
    orphan = next(item for item in data.items if item.is_orphaned)
    assert orphan.section_path == ()


def test_heading_text_does_not_repeat_a_marker_already_in_the_label() -> None:
    library = sample_library()
    outline = library.speeches[0].outline
    assert heading_text(outline[0]) == "一、提高认识，把握效能革命的重大意义"
    assert heading_text(outline[0].children[0].children[0]) == "一是要改进作风"


def test_deleted_annotations_and_speeches_out_of_scope_are_left_out() -> None:
    library = sample_library()
    library.annotations[0].deleted = "2024-06-01T00:00:00Z"
    in_scope = [library.speeches[0]]
    data = build_export_set(
        library.collections, in_scope, library.annotations, scope_title="一篇", generated="x"
    )
    assert {item.speech.id for item in data.items} == {library.speeches[0].record.id}
    assert library.annotations[0].id not in {item.annotation.id for item in data.items}
    assert [content.record.id for content in data.speeches] == [1]


def _filtered(export_filter: ExportFilter) -> list[str]:
    return [
        item.annotation.id[-2:]
        for item in sample_library().export_set(export_filter=export_filter).items
    ]


def test_filter_by_colour() -> None:
    data = sample_library().export_set(export_filter=ExportFilter(colors=frozenset({"yellow"})))
    assert {item.annotation.color for item in data.items} == {"yellow"}
    assert len(data.items) == 3


def test_filter_by_tag_ignores_case_and_matches_any() -> None:
    library = sample_library()
    library.annotations[4].tags = ("Data",)
    wanted = ExportFilter(tags=frozenset({"data", "范文"}))
    data = library.export_set(export_filter=wanted)
    assert sorted(item.annotation.id[-1] for item in data.items) == ["4", "5"]


def test_filter_by_words_finds_them_in_quote_note_and_tags_as_the_list_does() -> None:
    def found(*words: str) -> list[str]:
        data = sample_library().export_set(export_filter=ExportFilter(words=words))
        return [item.annotation.quote.exact for item in data.items]

    assert found("金句") == ["效能是发展的保障", "作风建设永远在路上"], "in the note"
    assert found("#范文") != [], "a tag, written as the list's search writes it"
    assert found("政务服务") == ["政务服务中心建设"], "in the quote"
    assert found("结尾", "金句") == ["作风建设永远在路上"], "every word, in any order"
    assert found("金句", "数据") == []


def test_filter_words_are_kept_as_typed_and_matched_folded() -> None:
    """The title names the words as typed (GDP); matching folds case and width both ways."""
    library = sample_library()
    library.annotations[4].tags = ("GDP",)
    wanted = library.annotations[4].id
    for typed in ("GDP", "gdp", "ＧＤＰ", "#Gdp"):
        chosen = ExportFilter(words=(typed,))
        assert chosen.words == (typed,), "kept as typed"
        found = [item.annotation.id for item in library.export_set(export_filter=chosen).items]
        assert found == [wanted], typed


def test_filter_by_kind() -> None:
    kinds = frozenset({AnnotationKind.SECTION_NOTE, AnnotationKind.SPEECH_NOTE})
    data = sample_library().export_set(export_filter=ExportFilter(kinds=kinds))
    assert {item.annotation.kind for item in data.items} == set(kinds)


def test_filter_leaves_out_orphans_on_request() -> None:
    with_orphans = sample_library().export_set(export_filter=ExportFilter(include_orphans=True))
    without = sample_library().export_set(export_filter=ExportFilter(include_orphans=False))
    assert len(with_orphans.items) == len(without.items) + 1
    assert not any(item.annotation.state == AnchorState.ORPHANED for item in without.items)


def test_filter_by_creation_date_is_inclusive() -> None:
    library = sample_library()
    created = sorted(annotation.created[:10] for annotation in library.annotations)
    low, high = created[2], created[5]
    data = library.export_set(export_filter=ExportFilter(date_from=low, date_to=high))
    dates = [item.annotation.created[:10] for item in data.items]
    assert dates
    assert all(low <= date <= high for date in dates)
    assert len(dates) == sum(1 for date in created if low <= date <= high)


def test_filter_by_speech_date_accepts_partial_dates_that_overlap() -> None:
    wanted = ExportFilter(date_from="2017-03-10", date_to="2017-12", date_field=DateField.SPEECH)
    data = sample_library().export_set(export_filter=wanted)
    assert {item.speech.date for item in data.items} == {"2017-03"}  # no date → left out


@pytest.mark.parametrize("bound", ["last week", "2020-13-45", "2024-02-30", "2024-00", "2024-1-5"])
def test_filter_refuses_a_bound_that_is_not_a_date(bound: str) -> None:
    with pytest.raises(ExportError) as caught:
        ExportFilter(date_from=bound)
    assert caught.value.code == "bad-filter"


@pytest.mark.parametrize("bound", ["2024", "2024-02", "2024-02-29", "2023-12-31"])
def test_filter_takes_a_real_date_of_any_precision(bound: str) -> None:
    assert ExportFilter(date_to=bound).date_to == bound


def test_speech_groups_follow_sections_in_order() -> None:
    data = sample_library().export_set()
    groups = list(data.speech_groups())
    assert [group.speech.title for group in groups] == [
        "在全市效能革命工作会上的讲话",
        "关于作风建设的讲话",
        "政务服务讲话",
    ]
    paths = [path for path, _ in groups[0].sections]
    assert paths[0] == ()
    assert paths[1] == ("一、提高认识，把握效能革命的重大意义",)
    assert sum(len(items) for group in groups for _, items in group.sections) == len(data.items)


def test_a_speech_whose_collection_is_missing_is_an_error() -> None:
    library = sample_library()
    with pytest.raises(ExportError) as caught:
        build_export_set(
            library.collections[:1], library.speeches, library.annotations, scope_title="x"
        )
    assert caught.value.code == "invalid"


def test_filter_by_creation_date_takes_the_day_in_its_zone() -> None:
    library = Library()
    speech = library.add_speech(library.add_collection("汇编"))
    library.annotate(speech, "两集中、两到位", created="2024-05-01T20:00:00.000000Z")
    may_2 = ExportFilter(date_from="2024-05-02", date_to="2024-05-02", zone=BEIJING)
    assert len(library.export_set(export_filter=may_2).items) == 1  # 04:00 on 2 May in Beijing
    in_utc = ExportFilter(date_from="2024-05-02", date_to="2024-05-02")
    assert library.export_set(export_filter=in_utc).items == []


def _last_speech_in_two_sections() -> Library:
    """Two speeches, the last one's notes under two different headings."""
    library = Library()
    collection = library.add_collection("甲")
    first = library.add_speech(collection, "作风建设永远在路上。", title="一")
    last = library.add_speech(collection)
    library.annotate(first, "作风建设")
    library.annotate(last, "两集中、两到位")
    library.annotate(last, "效能是发展的保障")
    library.annotate(last, "做到一个窗口对外")
    return library


@pytest.mark.parametrize("library", [sample_library(), _last_speech_in_two_sections()])
def test_speech_groups_tell_the_items_of_the_groups_before_each_one(library: Library) -> None:
    data = library.export_set()
    told: list[int] = []
    data.on_items = told.append
    written = 0
    for group in data.speech_groups():
        assert told[-1] == written  # before a group is written: the items written before it
        written += sum(len(items) for _, items in group.sections)
    assert told[-1] == len(data.items)
    assert told == sorted(told)


def test_the_last_group_is_told_without_any_of_its_sections() -> None:
    data = _last_speech_in_two_sections().export_set()
    last = list(data.speech_groups())[-1]
    assert len(last.sections) > 1  # where counting its last section only left the others in
    told: list[int] = []
    data.on_items = told.append
    groups = list(data.speech_groups())
    assert groups[-1].speech.id == last.speech.id
    assert told[-2] == len(data.items) - sum(len(items) for _, items in last.sections)


def test_filter_by_tag_folds_width_and_case_as_the_annotations_list_does() -> None:
    """ＡＢＣ and abc are one tag to the annotations list's tag filter: the export that list
    leads to picks the same notes."""
    library = sample_library()
    library.annotations[4].tags = ("ＤＡＴＡ",)
    library.annotations[5].tags = ("Ｄａｔａ", "金句")
    for wanted in ("data", "ＤＡＴＡ", "Data"):
        data = library.export_set(export_filter=ExportFilter(tags=frozenset({wanted})))
        exported = {item.annotation.id for item in data.items}
        listed = AnnotationCriteria(tag=wanted)
        assert exported == {a.id for a in library.annotations if listed.accepts(a)}
        assert exported == {library.annotations[4].id, library.annotations[5].id}
