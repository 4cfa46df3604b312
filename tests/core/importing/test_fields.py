"""Labelled lines in square brackets over a speech: speaker, date or subtitle, never a title."""

from __future__ import annotations

import pytest

from desktop.core.document import SpanKind
from desktop.core.importing.fields import bracketed_field, is_listing_field


@pytest.mark.parametrize(
    ("line", "said_by"),
    [
        ("【致辞人】王某某", (None, "王某某")),
        ("【讲话人】某某市市长 王某某", ("某某市市长", "王某某")),
        ("【致辭人】李某", (None, "李某")),
        # a name that is also a word (高峰): the label says a person is named
        ("【讲话人】高峰", (None, "高峰")),
    ],
)
def test_a_speaker_field_names_the_speaker(line: str, said_by: tuple[str | None, str]) -> None:
    field = bracketed_field(line)
    assert field is not None
    assert (field.kind, field.said_by) == (SpanKind.SPEAKER, said_by)


@pytest.mark.parametrize("line", ["【发布时间】2023年5月6日", "【發布時間】2023-05-06"])
def test_a_date_field_dates_the_speech(line: str) -> None:
    field = bracketed_field(line)
    assert field is not None
    assert (field.kind, field.date) == (SpanKind.DATE, "2023-05-06")


@pytest.mark.parametrize(
    "line",
    ["【致辞背景】某某市某某系统动员大会致辞", "【致辞人】某某市卫生健康委员会", "【範例二】"],
)
def test_other_fields_are_subtitles(line: str) -> None:
    field = bracketed_field(line)
    assert field is not None
    assert field.kind == SpanKind.SUBTITLE


@pytest.mark.parametrize(
    "line",
    ["【重磅】某某市长在全市工作会议上的讲话", "[山西] 2023年某某县政府工作报告", "同志们："],
)
def test_a_tag_before_a_headline_is_no_field(line: str) -> None:
    assert bracketed_field(line) is None


def test_an_occasion_naming_a_speech_is_kept_for_a_missing_title() -> None:
    field = bracketed_field("【致辞背景】某某市某某系统动员大会致辞")
    assert field is not None
    assert field.occasion == "某某市某某系统动员大会致辞"
    assert bracketed_field("【致辞背景】某某系统开展大讨论活动") == bracketed_field("【背景】某某")


@pytest.mark.parametrize(
    ("line", "occasion"),
    [
        ("【致辞背景】某某市某某系统动员大会致辞", "某某市某某系统动员大会致辞"),
        ("【致辭背景】某某市某某系統動員大會致辭", "某某市某某系統動員大會致辭"),
        ("【背景】某某局年度工作总结", "某某局年度工作总结"),
        ("【背景】某某局年度工作總結", "某某局年度工作總結"),
        ("【場合】某某大會講話", "某某大會講話"),
        ("【主题】二〇二四年新年贺词", "二〇二四年新年贺词"),
    ],
)
def test_an_occasion_naming_a_speech_in_either_script_is_kept(line: str, occasion: str) -> None:
    field = bracketed_field(line)
    assert field is not None
    assert (field.kind, field.occasion) == (SpanKind.SUBTITLE, occasion)


@pytest.mark.parametrize("line", ["【致辭背景】某某系統開展大討論活動", "【背景】某某大会召开"])
def test_an_occasion_naming_no_speech_is_only_a_subtitle(line: str) -> None:
    field = bracketed_field(line)
    assert field is not None
    assert (field.kind, field.occasion) == (SpanKind.SUBTITLE, None)


@pytest.mark.parametrize(
    "line",
    [
        "关键词：治理；现代化",
        "［关键词］治理；现代化",
        "【关 键 词】治理",
        "Key words: a; b",
        "中图分类号：D61",
    ],
)
def test_listing_fields(line: str) -> None:
    assert is_listing_field(line)


@pytest.mark.parametrize("line", ["关键词是创新", "关键在于落实", "摘要：本文研究了治理"])
def test_sentences_are_no_listing_fields(line: str) -> None:
    assert not is_listing_field(line)
